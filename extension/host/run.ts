/**
 * One run of a program in a fresh engine worker. The run can be cancelled at any moment (the
 * worker is terminated: the engine runs synchronously and cannot be interrupted otherwise), and a
 * worker that overruns the run's time budget by a grace period is terminated too. A completed run
 * keeps its worker, which holds the trace and answers questions about it. Plain Node, no vscode.
 */
import { DEFAULT_LIMITS } from '../engine/runtime/limits';
import type { RunReport, RunRequest } from '../protocol/rpc';
import { EngineClient, type WorkerFactory } from './engine-client';

export type RunEnd =
  | { readonly kind: 'completed'; readonly report: RunReport; readonly client: EngineClient }
  | { readonly kind: 'cancelled' }
  /** The worker failed or overran its time budget: no trace to show, only this message. */
  | { readonly kind: 'failed'; readonly message: string; readonly timedOut: boolean };

export interface RunningRun {
  readonly done: Promise<RunEnd>;
  cancel(): void;
}

/** Beyond the run's own time limit (which the engine enforces), for indexing and summarizing. */
export const RUN_GRACE_MS = 15_000;

export function startRun(factory: WorkerFactory, request: RunRequest, graceMs: number = RUN_GRACE_MS): RunningRun {
  let client: EngineClient;
  try {
    client = new EngineClient(factory);
  } catch (e) {
    const message = `could not start the engine: ${e instanceof Error ? e.message : String(e)}`;
    return { done: Promise.resolve({ kind: 'failed', message, timedOut: false }), cancel: () => undefined };
  }
  const budget = request.limits.maxTimeMs ?? DEFAULT_LIMITS.maxTimeMs;
  const done = client.call('run', [request], budget + graceMs).then((answer): RunEnd => {
    if (answer.ok) return { kind: 'completed', report: answer.value, client };
    client.dispose();
    if (answer.reason === 'cancelled' || answer.reason === 'disposed') return { kind: 'cancelled' };
    if (answer.reason === 'timeout') {
      return { kind: 'failed', message: `limit reached: time (the engine did not stop within ${Math.round((budget + graceMs) / 1000)} s and was stopped)`, timedOut: true };
    }
    return { kind: 'failed', message: answer.error, timedOut: false };
  });
  return { done, cancel: () => client.cancel() };
}
