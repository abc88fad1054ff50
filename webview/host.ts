/**
 * The webview's side of the VS Code API: typed posting to the host and the persisted view state.
 * `acquireVsCodeApi` may be called once per page, so it is called here and nowhere else.
 */
import type { WebviewToHost } from '../extension/protocol/messages';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** What survives the panel being hidden or VS Code restarting. */
export interface PersistedState {
  readonly step: number;
  readonly selected: number | null;
}

export interface Host {
  post(message: WebviewToHost): void;
  restore(): PersistedState | null;
  persist(state: PersistedState): void;
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

export function connectHost(): Host {
  const api = acquireVsCodeApi();
  return {
    post: (message) => api.postMessage(message),
    restore: () => {
      // Saved state comes from an older build too: trust nothing about its shape.
      const raw: unknown = api.getState();
      if (typeof raw !== 'object' || raw === null) return null;
      const step: unknown = (raw as Record<string, unknown>)['step'];
      const selected: unknown = (raw as Record<string, unknown>)['selected'];
      if (!isCount(step)) return null;
      return { step, selected: isCount(selected) ? selected : null };
    },
    persist: (state) => api.setState({ step: state.step, selected: state.selected }),
  };
}
