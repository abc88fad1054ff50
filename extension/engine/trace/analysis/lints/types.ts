/**
 * What a lifetime lint is: a rule over the analysis of one run, producing findings with the
 * compiler-like position, a precise message, the other lines involved and how to fix it.
 */
import type { TraceIndex } from '../trace-index';
import { perLine, type PerLine } from '../line-facts';

export const LINT_IDS = [
  'finalize-refers-to-object',
  'callback-bound-method',
  'del-cycle',
  'weak-container-temporary',
  'not-weakrefable',
  'weakref-to-bound-method',
  'del-resurrects',
  'dead-proxy',
  'exception-keeps-alive',
] as const;
export type LintId = (typeof LINT_IDS)[number];

export interface LintFinding {
  readonly id: LintId;
  readonly line: number;
  /** 1-based column (UTF-16), as compilers print it. */
  readonly col: number;
  readonly message: string;
  /** Other lines involved, each with what happens there. */
  readonly related: readonly { readonly line: number; readonly message: string }[];
  /** How to fix it, in a sentence or two. */
  readonly fix: string;
}

/** The analysis a lint reads, computed once per run and shared by every lint. */
export class LintContext {
  private lines: PerLine | null = null;

  constructor(readonly index: TraceIndex) {}

  get perLine(): PerLine {
    this.lines ??= perLine(this.index);
    return this.lines;
  }

  get trace(): TraceIndex['trace'] {
    return this.index.trace;
  }

  /** The 1-based column of the first call on `line` to one of `callees` (by name or attribute), else the statement's. */
  callColumn(line: number, callees: readonly string[], fallbackStep = -1): number {
    const text = this.perLine.source.lines[line - 1] ?? '';
    for (const name of callees) {
      const m = new RegExp(`(?:\\b|\\.)${name}\\s*\\(`).exec(text);
      if (m !== null) return m.index + (m[0].startsWith('.') ? 1 : 0) + 1;
    }
    if (fallbackStep >= 0) return (this.trace.steps.col[fallbackStep] ?? 0) + 1;
    return text.length - text.trimStart().length + 1;
  }
}

export type LintRule = (ctx: LintContext) => LintFinding[];
