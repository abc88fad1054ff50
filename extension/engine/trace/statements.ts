/**
 * Statements, the unit a trace step is made of. The program's statements are numbered once per
 * run from its syntax tree (pre-order, which is source order); each code object of the program
 * then gets a per-instruction table of the statement the instruction belongs to, so the
 * evaluation loop finds a statement boundary with one array load per instruction.
 *
 * An instruction belongs to the innermost statement whose span contains the instruction's start
 * position. Instructions with no position of their own (CPython's artificial ones) continue the
 * statement before them. Instructions of a function or class body's prologue (MAKE_CELL, RESUME,
 * the class body's `__module__` set-up) and every instruction of code that is not the program's
 * (the bundled Python modules) belong to no statement (-1): they run inside the caller's step.
 */
import type { Code } from '../compile/code';
import { NODE_SCHEMA, type Node, type NodeKind } from '../syntax/ast';

const STATEMENT_KINDS = new Set<string>([
  'AnnAssign', 'Assert', 'Assign', 'AsyncFor', 'AsyncFunctionDef', 'AsyncWith', 'AugAssign', 'Break',
  'ClassDef', 'Continue', 'Delete', 'Expr', 'For', 'FunctionDef', 'Global', 'If', 'Import',
  'ImportFrom', 'Match', 'Nonlocal', 'Pass', 'Raise', 'Return', 'Try', 'TryStar', 'TypeAlias', 'While',
  'With', 'ExceptHandler',
]);

const DEF_KINDS = new Set<string>(['FunctionDef', 'AsyncFunctionDef', 'ClassDef']);

interface Positioned {
  readonly kind: string;
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
}

export class StatementTable {
  count = 0;
  /** Span used to find an instruction's statement: UTF-8 byte columns, as code positions are. */
  readonly startLine: number[] = [];
  readonly startCol: number[] = [];
  readonly endLine: number[] = [];
  readonly endCol: number[] = [];
  readonly parent: number[] = [];
  /** Names of def/class statements (to recognise a code object's own definition), else ''. */
  readonly defName: string[] = [];
  /** The line of the `def`/`class` keyword (decorators come before it). */
  readonly defLine: number[] = [];
  /** Span shown for the step: the header of compound statements; UTF-16 columns. */
  readonly showLine: number[] = [];
  readonly showCol: number[] = [];
  readonly showEndLine: number[] = [];
  readonly showEndCol: number[] = [];
}

/** Byte column → UTF-16 column on one line of source. */
function utf16Col(line: string, byteCol: number): number {
  if (byteCol <= 0) return Math.max(byteCol, 0);
  let bytes = 0;
  for (let i = 0; i < line.length; i++) {
    if (bytes >= byteCol) return i;
    const c = line.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return line.length;
}

function lineEnd(line: string): number {
  return line.trimEnd().length;
}

/** Where a compound statement's header ends (its body is not part of its step). */
function headerEnd(node: Positioned & Record<string, unknown>): Positioned | null {
  const pick = (n: unknown): Positioned | null => (n !== null && typeof n === 'object' && 'end_lineno' in n ? (n as Positioned) : null);
  switch (node.kind) {
    case 'If':
    case 'While':
      return pick(node['test']);
    case 'For':
    case 'AsyncFor':
      return pick(node['iter']);
    case 'Match':
      return pick(node['subject']);
    case 'With':
    case 'AsyncWith': {
      const items = node['items'] as { context_expr: Positioned; optional_vars: Positioned | null }[];
      const last = items[items.length - 1];
      return last === undefined ? null : (last.optional_vars ?? last.context_expr);
    }
    default:
      return null;
  }
}

const COMPOUND = new Set<string>(['If', 'While', 'For', 'AsyncFor', 'Match', 'With', 'AsyncWith', 'Try', 'TryStar',
  'FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'ExceptHandler']);

/** Numbers the statements of a module in source order. */
export function buildStatements(tree: Node, source: string): StatementTable {
  const lines = source.split(/\r\n|\r|\n/);
  const t = new StatementTable();
  const text = (line: number): string => lines[line - 1] ?? '';
  const visit = (node: Node, parent: number): void => {
    let here = parent;
    if (STATEMENT_KINDS.has(node.kind)) {
      const s = node as unknown as Positioned & Record<string, unknown>;
      const i = t.count++;
      let startLine = s.lineno;
      let startCol = s.col_offset;
      const decorators = s['decorator_list'] as Positioned[] | undefined;
      if (decorators !== undefined && decorators.length > 0) {
        const d = decorators[0] as Positioned;
        // The decorator expression sits on the line after '@'.
        startLine = d.lineno;
        startCol = Math.max(0, d.col_offset - 1);
      }
      t.startLine.push(startLine);
      t.startCol.push(startCol);
      t.endLine.push(s.end_lineno);
      t.endCol.push(s.end_col_offset);
      t.parent.push(parent);
      t.defName.push(DEF_KINDS.has(s.kind) ? String(s['name']) : '');
      t.defLine.push(s.lineno);
      t.showLine.push(s.lineno);
      t.showCol.push(utf16Col(text(s.lineno), s.col_offset));
      if (COMPOUND.has(s.kind)) {
        const h = headerEnd(s);
        if (h !== null) {
          t.showEndLine.push(h.end_lineno);
          t.showEndCol.push(utf16Col(text(h.end_lineno), h.end_col_offset));
        } else {
          t.showEndLine.push(s.lineno);
          t.showEndCol.push(lineEnd(text(s.lineno)));
        }
      } else {
        t.showEndLine.push(s.end_lineno);
        t.showEndCol.push(utf16Col(text(s.end_lineno), s.end_col_offset));
      }
      here = i;
    }
    const schema = NODE_SCHEMA[node.kind as NodeKind];
    const record = node as unknown as Record<string, unknown>;
    for (const [, category, prop] of schema.fields) {
      const v = record[prop];
      if (category === 'list') {
        for (const child of v as unknown[]) if (child !== null && typeof child === 'object' && 'kind' in child) visit(child as Node, here);
      } else if ((category === 'node' || category === 'optional') && v !== null && typeof v === 'object' && 'kind' in v) {
        visit(v as Node, here);
      }
    }
  };
  visit(tree, -1);
  return t;
}

function before(l1: number, c1: number, l2: number, c2: number): boolean {
  return l1 < l2 || (l1 === l2 && c1 <= c2);
}

/** The innermost statement containing (line, col), or -1. */
function innermost(t: StatementTable, line: number, col: number): number {
  let lo = 0;
  let hi = t.count - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (before(t.startLine[mid] as number, t.startCol[mid] as number, line, col)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let s = found; s >= 0; s = t.parent[s] as number) {
    if (before(line, col, t.endLine[s] as number, t.endCol[s] as number)) return s;
  }
  return -1;
}

/** The statement of each instruction of `code` (-1: none, the instruction runs in its caller's step). */
export function statementsOfCode(code: Code, t: StatementTable): Int32Array {
  const n = code.code.length >> 1;
  const out = new Int32Array(n).fill(-1);
  let own = -1;
  if (code.name !== '<module>') {
    for (let s = 0; s < t.count; s++) {
      if (t.defName[s] === code.name && (t.defLine[s] === code.firstlineno || t.startLine[s] === code.firstlineno)) {
        own = s;
        break;
      }
    }
  }
  let prev = -1;
  const pos = code.positions;
  for (let i = 0; i < n; i++) {
    const line = pos[i * 4] as number;
    const col = pos[i * 4 + 2] as number;
    let s = prev;
    if (line > 0 && col >= 0) {
      const found = innermost(t, line, col);
      if (found >= 0) s = found === own ? -1 : found;
    }
    out[i] = s;
    prev = s;
  }
  return out;
}
