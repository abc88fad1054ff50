/**
 * Validation of every webview → host message (protocol/messages.ts WebviewToHost). The webview's
 * page runs code the host does not control (the program's reprs are drawn there), so its messages
 * are checked like any input: an invalid one is rejected with the reason, never trusted or thrown.
 * Plain Node, no vscode.
 */
import { MESSAGE_LIMITS, PROTOCOL_VERSION, type WebviewToHost } from '../protocol/messages';

export type Checked = { readonly ok: true; readonly message: WebviewToHost } | { readonly ok: false; readonly error: string };

/** An exported SVG is a whole picture, not a label: allowed up to the message size limit. */
const MAX_SVG_LENGTH = MESSAGE_LIMITS.maxMessageBytes / 2;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

export function validateWebviewMessage(raw: unknown): Checked {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'not an object' };
  const m = raw as Record<string, unknown>;
  const fail = (why: string): Checked => ({ ok: false, error: `${String(m['type']).slice(0, 40)}: ${why}` });
  switch (m['type']) {
    case 'ready':
      if (m['protocol'] !== PROTOCOL_VERSION) return fail(`protocol ${String(m['protocol'])}, expected ${PROTOCOL_VERSION}`);
      return { ok: true, message: { type: 'ready', protocol: PROTOCOL_VERSION } };
    case 'seek':
      return isCount(m['step']) ? { ok: true, message: { type: 'seek', step: m['step'] } } : fail('step must be a count');
    case 'selectObject':
      return isCount(m['id']) ? { ok: true, message: { type: 'selectObject', id: m['id'] } } : fail('id must be a count');
    case 'revealLine':
      return isCount(m['line']) && m['line'] >= 1 ? { ok: true, message: { type: 'revealLine', line: m['line'] } } : fail('line must be a line number');
    case 'exportSvg': {
      const svg = m['svg'];
      if (typeof svg !== 'string' || svg.length > MAX_SVG_LENGTH) return fail('svg must be a string within the size limit');
      if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(svg)) return fail('svg must be an SVG document');
      return { ok: true, message: { type: 'exportSvg', svg } };
    }
    case 'state': {
      const { step, selected } = m;
      if (!isCount(step)) return fail('step must be a count');
      if (selected !== null && !isCount(selected)) return fail('selected must be a count or null');
      return { ok: true, message: { type: 'state', step, selected } };
    }
    default:
      return { ok: false, error: `unknown message type ${JSON.stringify(m['type'])?.slice(0, 40) ?? 'undefined'}` };
  }
}
