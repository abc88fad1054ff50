/**
 * The Problems panel's entries for one run: the syntax error (CPython's message and span) and
 * SyntaxWarnings, a construct the engine does not support yet, a limit reached, an engine failure,
 * and the lifetime lints, each lint with its fix as the short explanation.
 */
import type { Trace } from '../../protocol/trace';
import type { TraceIndex } from '../../engine/trace/analysis/trace-index';
import { lint } from '../../engine/trace/analysis/lints/index';
import { compileCheck } from '../../engine/frontend';

export type Severity = 'error' | 'warning' | 'information';

export interface EditorDiagnostic {
  /** 1-based lines, 0-based UTF-16 columns, end exclusive (what editors index by). */
  readonly line: number;
  readonly col: number;
  readonly endLine: number;
  readonly endCol: number;
  readonly severity: Severity;
  readonly message: string;
  /** 'syntax-error', 'syntax-warning', 'unsupported', 'limit', 'internal-error', or a lint id. */
  readonly code: string;
  readonly related: readonly { readonly line: number; readonly message: string }[];
}

export function diagnosticsOf(trace: Trace, index: TraceIndex | null): EditorDiagnostic[] {
  const lines = trace.source.split(/\r\n|\r|\n/);
  const out: EditorDiagnostic[] = [];
  const o = trace.outcome;
  switch (o.kind) {
    case 'syntax_error':
      out.push(...syntaxDiagnostics(trace.source, lines));
      break;
    case 'unsupported':
      out.push(wholeLine(lines, o.line, 'warning', `Weakscope cannot run this file: ${o.message}`, 'unsupported'));
      break;
    case 'limit':
      out.push(wholeLine(lines, o.line, 'warning', `Weakscope stopped the run: ${o.message}. What happened before it is shown.`, 'limit'));
      break;
    case 'internal_error':
      out.push(wholeLine(lines, o.line, 'error', `Weakscope failed on this file (an engine bug, please report it): ${o.message}`, 'internal-error'));
      break;
    case 'completed':
      out.push(...warningsOf(trace.source, lines));
      break;
    default: {
      const never: never = o;
      return never;
    }
  }
  if (index !== null && o.kind !== 'syntax_error') out.push(...lintDiagnostics(index, lines));
  return out;
}

function syntaxDiagnostics(source: string, lines: readonly string[]): EditorDiagnostic[] {
  const checked = compileCheck(source);
  const found = warningsOf(source, lines, checked.warnings);
  if (checked.ok) return found;
  const e = checked.error;
  found.push({ ...span(lines, e.lineno, e.offset, e.endLineno, e.endOffset), severity: 'error', message: `${e.type}: ${e.msg}`, code: 'syntax-error', related: [] });
  return found;
}

function warningsOf(source: string, lines: readonly string[], warnings = compileCheck(source).warnings): EditorDiagnostic[] {
  return warnings.map((w) => ({ ...span(lines, w.lineno, w.offset, w.endLineno, w.endOffset), severity: 'warning' as const, message: `SyntaxWarning: ${w.msg}`, code: 'syntax-warning', related: [] }));
}

/**
 * CPython's 1-based offsets (code points of the line) as a 0-based UTF-16 span. A missing or
 * empty end marks one character; a position past the line's end (an unexpected EOF) stays at it.
 */
function span(lines: readonly string[], lineno: number, offset: number, endLineno: number, endOffset: number): Pick<EditorDiagnostic, 'line' | 'col' | 'endLine' | 'endCol'> {
  const line = Math.max(1, lineno);
  const col = utf16(lines[line - 1] ?? '', Math.max(0, offset - 1));
  let endLine = endLineno > 0 ? endLineno : line;
  let endCol = endOffset > 0 ? utf16(lines[endLine - 1] ?? '', endOffset - 1) : col + 1;
  if (endLine < line || (endLine === line && endCol <= col)) {
    endLine = line;
    endCol = col + 1;
  }
  return { line, col, endLine, endCol };
}

/** The UTF-16 index of code point `n` of `text` (past the end: the length plus the overshoot). */
function utf16(text: string, n: number): number {
  let i = 0;
  let cps = 0;
  while (i < text.length && cps < n) {
    i += (text.codePointAt(i) as number) >= 0x10000 ? 2 : 1;
    cps++;
  }
  return i + (n - cps);
}

function wholeLine(lines: readonly string[], lineno: number, severity: Severity, message: string, code: string): EditorDiagnostic {
  const line = Math.max(1, lineno);
  const text = lines[line - 1] ?? '';
  const col = text.length - text.trimStart().length;
  return { line, col, endLine: line, endCol: Math.max(col + 1, text.trimEnd().length), severity, message, code, related: [] };
}

function lintDiagnostics(index: TraceIndex, lines: readonly string[]): EditorDiagnostic[] {
  return lint(index).map((f) => {
    const text = lines[f.line - 1] ?? '';
    const col = Math.max(0, f.col - 1);
    return {
      line: f.line,
      col,
      endLine: f.line,
      endCol: Math.max(col + 1, text.trimEnd().length),
      severity: 'warning',
      message: `${f.message}\n${f.fix}`,
      code: f.id,
      related: f.related,
    };
  });
}
