/**
 * What the status bar item says about the active document's run, in words: running, N steps and
 * M objects, the limit reached, the syntax error. Plain Node, no vscode.
 */
import type { RunReport } from '../protocol/rpc';

export type StatusInput =
  | { readonly kind: 'none' }
  | { readonly kind: 'running'; readonly filename: string }
  | { readonly kind: 'report'; readonly report: RunReport }
  | { readonly kind: 'failed'; readonly message: string };

export interface StatusText {
  /** With a codicon: '$(sync~spin) Weakscope: running'. */
  readonly text: string;
  readonly tooltip: string;
  readonly problem: 'error' | 'warning' | null;
}

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

export function statusText(s: StatusInput): StatusText {
  switch (s.kind) {
    case 'none':
      return { text: '$(pulse) Weakscope', tooltip: 'Weakscope: visualize this file', problem: null };
    case 'running':
      return { text: '$(sync~spin) Weakscope: running', tooltip: `Running ${s.filename}… (click to stop)`, problem: null };
    case 'failed':
      return { text: '$(error) Weakscope: failed', tooltip: s.message, problem: 'error' };
    case 'report':
      return reportText(s.report);
    default: {
      const _: never = s;
      return _;
    }
  }
}

function reportText(r: RunReport): StatusText {
  const counts = `${plural(r.stepCount, 'step')}, ${plural(r.objectCount, 'object')}`;
  const tooltip = `${r.profile}: ${counts} in ${r.elapsedMs} ms${r.message === null ? '' : `\n${r.message}`}`;
  switch (r.status) {
    case 'ok':
    case 'error':
      // A Python exception is part of the program's behaviour: the run itself succeeded.
      return { text: `$(pulse) ${counts}`, tooltip: r.status === 'error' ? `${tooltip}\nThe program ended with an exception (exit status ${r.exitStatus})` : tooltip, problem: null };
    case 'limit':
      return { text: `$(warning) limit reached: ${r.limit ?? 'budget'}`, tooltip, problem: 'warning' };
    case 'syntax-error':
      return { text: `$(error) syntax error${r.line > 0 ? ` (line ${r.line})` : ''}`, tooltip, problem: 'error' };
    case 'unsupported':
      return { text: `$(warning) not supported yet${r.line > 0 ? ` (line ${r.line})` : ''}`, tooltip, problem: 'warning' };
    case 'internal-error':
      return { text: '$(error) Weakscope: internal error', tooltip, problem: 'error' };
    default: {
      const _: never = r.status;
      return _;
    }
  }
}
