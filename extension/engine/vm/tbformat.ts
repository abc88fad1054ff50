/**
 * Printing an uncaught exception the way CPython 3.14's traceback module does for the default
 * excepthook: the chain of causes/contexts, one "File ..., line N, in NAME" entry per traceback
 * entry with the source line, and the caret line under the failing expression (with ~ and ^
 * anchors for binary operators, subscripts and calls) where CPython shows one.
 */
import type { PyObject } from '../runtime/object';
import { PyBaseException } from '../runtime/exceptions';
import { isExceptionGroup } from '../runtime/exception-group';
import type { PyTraceback } from '../runtime/traceback';
import type { Frame } from './frame';
import type * as ast from '../syntax/ast';
import { pyStr } from '../runtime/abstract';
import { Raised } from '../runtime/errors';
import { decref } from '../runtime/heap';
import { statementOfCall } from '../compile/code';
import { exceptionNotes } from './objattrs';
import { suggestionSuffix } from './suggest';
import { cpythonAtLeast, semantics } from '../profile';

export interface SourceFile {
  readonly filename: string;
  readonly lines: readonly string[];
}

let source: SourceFile = { filename: '', lines: [] };

export function setSource(s: SourceFile): void {
  source = s;
}

/** UTF-8 byte column → character index in `line`. */
function charOffset(line: string, byteCol: number): number {
  const bytes = new TextEncoder().encode(line);
  return new TextDecoder().decode(bytes.subarray(0, byteCol)).length;
}

interface Entry {
  filename: string;
  lineno: number;
  name: string;
  frame: Frame;
  lasti: number;
}

function entries(tb: PyTraceback | null): Entry[] {
  const out: Entry[] = [];
  for (let t = tb; t !== null; t = t.tb_next) {
    const f = t.tb_frame as Frame | null;
    if (f === null) continue;
    out.push({ filename: f.code.filename, lineno: t.tb_lineno, name: f.code.name, frame: f, lasti: t.tb_lasti });
  }
  return out;
}

function caretLine(e: Entry, legacy: boolean): string | null {
  const code = e.frame.code;
  const p = code.positions;
  const i = e.lasti;
  if (i < 0) return null;
  const line = p[i * 4] as number;
  const endLine = p[i * 4 + 1] as number;
  const col = p[i * 4 + 2] as number;
  const endCol = p[i * 4 + 3] as number;
  if (col < 0 || endCol < 0 || line !== endLine || e.filename !== source.filename) return null;
  const text = source.lines[line - 1];
  if (text === undefined) return null;
  const start = charOffset(text, col);
  const end = charOffset(text, endCol);
  const node = code.nodes[i] ?? null;
  if (!legacy) {
    const stmt = statementOf(node);
    if (stmt !== null && node !== null && node.kind === 'Call' && node.func.kind === 'Name') {
      // `return f(x)` and `y = f(x)` covering their whole line show no carets.
      if ((stmt.kind === 'Return' && stmt.value === node) || (stmt.kind === 'Assign' && stmt.value === node && stmt.targets.length === 1)) {
        if (stmt.lineno === stmt.end_lineno) return null;
      }
    }
  }
  const anchors = node === null ? null : legacy ? legacyAnchorsOf(node, text) : anchorsOf(node, text);
  if (anchors === null && text.slice(0, start).trim() === '' && text.slice(end).trim() === '') return null;
  const indent = text.length - text.trimStart().length;
  let s = ' '.repeat(start - indent);
  for (let k = start; k < end; k++) s += anchors !== null && (k < anchors[0] || k >= anchors[1]) ? '~' : '^';
  return '    ' + s;
}

/**
 * 3.11 and 3.12 print tracebacks in C (traceback.c's extract_anchors_from_expr): anchors for binary
 * operators (the operator, one or two characters after the left operand, skipping only
 * whitespace) and subscripts (from the end of the value to one past the end of the index) only.
 */
function legacyAnchorsOf(n: ast.expr | ast.stmt, text: string): [number, number] | null {
  if (n.kind === 'BinOp') {
    if (n.left.end_lineno !== n.lineno || n.right.lineno !== n.lineno) return null;
    const stop = charOffset(text, n.right.col_offset);
    for (let k = charOffset(text, n.left.end_col_offset); k < stop; k++) {
      if (/\s/.test(text[k] as string)) continue;
      return [k, k + 1 < stop && !/\s/.test(text[k + 1] as string) ? k + 2 : k + 1];
    }
    return null;
  }
  if (n.kind === 'Subscript') {
    if (n.value.end_lineno !== n.lineno || n.slice.end_lineno !== n.lineno) return null;
    return [charOffset(text, n.value.end_col_offset), charOffset(text, n.slice.end_col_offset) + 1];
  }
  return null;
}

function statementOf(n: ast.expr | ast.stmt | null): ast.stmt | null {
  if (n === null) return null;
  return statementOfCall.get(n) ?? null;
}

/** [primary start, primary end) in characters, as traceback._extract_caret_anchors_from_line_segment. */
function anchorsOf(n: ast.expr | ast.stmt, text: string): [number, number] | null {
  switch (n.kind) {
    case 'BinOp': {
      if (n.left.end_lineno !== n.lineno || n.right.lineno !== n.lineno) return null;
      let k = charOffset(text, n.left.end_col_offset);
      const stop = charOffset(text, n.right.col_offset);
      while (k < stop && (text[k] === ' ' || text[k] === ')' || text[k] === '\t')) k++;
      let e = k;
      while (e < stop && !/[\s(]/.test(text[e] as string)) e++;
      return [k, e];
    }
    case 'Subscript': {
      if (n.value.end_lineno !== n.lineno) return null;
      let k = charOffset(text, n.value.end_col_offset);
      while (k < text.length && text[k] !== '[') k++;
      return [k, charOffset(text, n.end_col_offset)];
    }
    case 'Call': {
      if (n.func.end_lineno !== n.lineno || n.end_lineno !== n.lineno) return null;
      let k = charOffset(text, n.func.end_col_offset);
      while (k < text.length && text[k] !== '(') k++;
      return [k, charOffset(text, n.end_col_offset)];
    }
    default:
      return null;
  }
}

function formatEntries(list: Entry[], carets = true): string {
  // 3.11 and 3.12 print tracebacks in C, with their own caret rules; 3.13+ use the traceback module.
  const legacy = !semantics().tracebackModuleCarets;
  let out = '';
  let last: string | null = null;
  let repeat = 0;
  for (const e of list) {
    const key = `${e.filename}:${e.lineno}:${e.name}`;
    if (key === last) {
      repeat++;
      if (repeat >= 3) continue;
    } else {
      if (repeat >= 3) out += `  [Previous line repeated ${repeat - 2} more time${repeat - 2 === 1 ? '' : 's'}]\n`;
      last = key;
      repeat = 0;
    }
    out += `  File "${e.filename}", line ${e.lineno}, in ${e.name}\n`;
    if (e.filename === source.filename) {
      const text = source.lines[e.lineno - 1];
      if (text !== undefined && text.trim() !== '') {
        out += `    ${text.trim()}\n`;
        const c = carets ? caretLine(e, legacy) : null;
        if (c !== null) out += c + '\n';
      }
    }
  }
  if (repeat >= 3) out += `  [Previous line repeated ${repeat - 2} more time${repeat - 2 === 1 ? '' : 's'}]\n`;
  return out;
}

function typeLabel(e: PyObject): string {
  const t = e.ob_type;
  const mod = t.module;
  return mod !== null && mod !== '__main__' && mod !== 'builtins' ? `${mod}.${t.qualname}` : t.qualname;
}

function safeStr(e: PyObject): string {
  try {
    return pyStr(e);
  } catch (err) {
    if (err instanceof Raised) {
      decref(err.exc);
      return `<exception str() failed>`;
    }
    throw err;
  }
}

/** format_exception_only: "Type: message", then the notes. */
function formatOnly(e: PyBaseException): string {
  const msg = safeStr(e) + suggestionSuffix(e);
  let out = msg === '' ? `${typeLabel(e)}\n` : `${typeLabel(e)}: ${msg}\n`;
  for (const note of exceptionNotes(e) ?? []) out += note + '\n';
  return out;
}

/** traceback._ExceptionPrintContext: the nesting of exception groups being drawn. */
interface PrintContext {
  depth: number;
  needClose: boolean;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** _ExceptionPrintContext.emit: every line indented, with the group's margin when nested. */
function emit(ctx: PrintContext, text: string, margin = '|'): string {
  if (text === '') return '';
  const prefix = ' '.repeat(2 * ctx.depth) + (ctx.depth > 0 ? margin + ' ' : '');
  return text.split(/(?<=\n)/).map((line) => prefix + line).join('');
}

/** TracebackException.format: the chain (causes and contexts first), groups drawn as boxes. */
function formatChain(top: PyBaseException, ctx: PrintContext, seen: Set<PyObject>): string {
  const chain: [string | null, PyBaseException][] = [];
  let msg: string | null = null;
  for (let e: PyBaseException | null = top; e !== null;) {
    seen.add(e);
    chain.push([msg, e]);
    if (e.cause instanceof PyBaseException && !seen.has(e.cause)) {
      msg = '\nThe above exception was the direct cause of the following exception:\n\n';
      e = e.cause;
    } else if (!e.suppressContext && e.context instanceof PyBaseException && !seen.has(e.context)) {
      msg = '\nDuring handling of the above exception, another exception occurred:\n\n';
      e = e.context;
    } else e = null;
  }
  let out = '';
  for (let i = chain.length - 1; i >= 0; i--) {
    const [m, e] = chain[i] as [string | null, PyBaseException];
    const stack = e.traceback !== null ? formatEntries(entries(e.traceback)) : '';
    const group = isExceptionGroup(e) ? (e.egExceptions?.items ?? []) : null;
    if (group === null) {
      if (stack !== '') out += emit(ctx, 'Traceback (most recent call last):\n') + emit(ctx, stack);
      out += emit(ctx, formatOnly(e));
    } else if (ctx.depth > MAX_GROUP_DEPTH) {
      out += emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})\n`);
    } else {
      out += formatGroup(e, group, stack, ctx, seen);
    }
    // The message stored with an exception says how it led to the newer one printed next.
    if (m !== null) out += emit(ctx, m);
  }
  return out;
}

function formatGroup(e: PyBaseException, excs: readonly PyObject[], stack: string, ctx: PrintContext, seen: Set<PyObject>): string {
  const toplevel = ctx.depth === 0;
  if (toplevel) ctx.depth++;
  let out = '';
  if (stack !== '') out += emit(ctx, 'Exception Group Traceback (most recent call last):\n', toplevel ? '+' : '|') + emit(ctx, stack);
  out += emit(ctx, formatOnly(e));
  const n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    out += ' '.repeat(2 * ctx.depth) + (i === 0 ? '+-' : '  ') + `+---------------- ${truncated ? '...' : String(i + 1)} ----------------\n`;
    ctx.depth++;
    if (!truncated) out += formatChain(excs[i] as PyBaseException, ctx, seen);
    else {
      const remaining = excs.length - MAX_GROUP_WIDTH;
      out += emit(ctx, `and ${remaining} more exception${remaining > 1 ? 's' : ''}\n`);
    }
    if (last && ctx.needClose) {
      out += ' '.repeat(2 * ctx.depth) + '+------------------------------------\n';
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (toplevel) ctx.depth = 0;
  return out;
}

/** The full report for an uncaught exception, chained exceptions first. */
export function formatException(e: PyBaseException, seen = new Set<PyObject>()): string {
  if (!semantics().cpython) return formatMicroPython(e) + '\n';
  return formatChain(e, { depth: 0, needClose: false }, seen);
}

/**
 * MicroPython's report (its port runs the program as `<stdin>`): entries without source lines and
 * no chained exceptions (an uncaught one is followed by a blank line). The engine's own Python
 * modules are native code in MicroPython: their frames are left out.
 */
function formatMicroPython(e: PyBaseException): string {
  let out = 'Traceback (most recent call last):\n';
  for (const t of entries(e.traceback)) {
    if (!t.filename.startsWith('<frozen ')) out += `  File "<stdin>", line ${t.lineno}, in ${t.name}\n`;
  }
  const msg = safeStr(e);
  return out + (msg === '' ? `${e.ob_type.tp_name}\n` : `${e.ob_type.tp_name}: ${msg}\n`);
}

/**
 * The default sys.unraisablehook's report of an exception (write_unraisable_exc_file's C
 * fallback, which is what 3.14 prints): the traceback without carets and without the chained
 * exceptions, then "module.Type: message" (the ": " even for an empty message).
 */
export function formatUnraisable(e: PyBaseException): string {
  if (!semantics().cpython) return formatMicroPython(e);
  let out = '';
  // Before 3.13 the C traceback printer drew carets here too.
  // 3.13 and 3.14 print none; 3.15's hook draws them as the traceback module does.
  const carets = !semantics().tracebackModuleCarets || cpythonAtLeast(15);
  if (e.traceback !== null) out += 'Traceback (most recent call last):\n' + formatEntries(entries(e.traceback), carets);
  return out + `${typeLabel(e)}: ${safeStr(e)}\n`;
}

/** A line of the program's source, stripped, as warnings and tracebacks show it (null for others). */
export function sourceLine(filename: string, lineno: number): string | null {
  if (filename !== source.filename) return null;
  const text = source.lines[lineno - 1];
  return text === undefined || text.trim() === '' ? null : text.trim();
}
