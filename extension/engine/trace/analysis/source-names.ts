/**
 * The name occurrences of a program's source, from its syntax tree: each Name with its position
 * (UTF-16 columns, as steps and editors count; the tree counts UTF-8 bytes), its context
 * (Load/Store/Del), the statement it belongs to, and how it is used (the value of an attribute,
 * the function called, an argument of which call…) for the lints that care. Names inside lambdas
 * and generator expressions are left out: they run in frames of their own, not in their
 * statement's step.
 */
import { NODE_SCHEMA, type Node, type NodeKind, type Position } from '../../syntax/ast';
import { parse } from '../../syntax/parser';

export type NameUse = 'attribute' | 'call' | 'subscript' | 'operand' | 'argument' | 'iterated' | 'other';

export interface NameOccurrence {
  readonly name: string;
  readonly line: number;
  readonly col: number;
  readonly endCol: number;
  readonly ctx: 'Load' | 'Store' | 'Del';
  /** Start of the enclosing statement (line, UTF-16 column). */
  readonly stmtLine: number;
  readonly stmtCol: number;
  readonly use: NameUse;
  /** For an argument: the called function's name when it is a plain name or attribute (`print`, `ref`). */
  readonly callee: string | null;
}

export interface SourceNames {
  readonly occurrences: readonly NameOccurrence[];
  /** Occurrences by their statement's start, `${line}:${col}`. */
  readonly byStatement: ReadonlyMap<string, readonly NameOccurrence[]>;
  /** Occurrences by their statement's first line. */
  readonly byStatementLine: ReadonlyMap<number, readonly NameOccurrence[]>;
  /** The syntax tree (null when the source does not parse). */
  readonly tree: Node | null;
  readonly lines: readonly string[];
}

export function sourceNames(source: string): SourceNames {
  const lines = source.split(/\r\n|\r|\n/);
  const parsed = parse(source, { fileMode: true });
  const occurrences: NameOccurrence[] = [];
  if (parsed.ok) walk(parsed.tree as Node, null, lines, occurrences);
  const byStatement = new Map<string, NameOccurrence[]>();
  const byStatementLine = new Map<number, NameOccurrence[]>();
  for (const o of occurrences) {
    push(byStatement, `${o.stmtLine}:${o.stmtCol}`, o);
    push(byStatementLine, o.stmtLine, o);
  }
  return { occurrences, byStatement, byStatementLine, tree: parsed.ok ? (parsed.tree as Node) : null, lines };
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list === undefined) m.set(k, [v]);
  else list.push(v);
}

/** A UTF-8 byte column of `line` as a UTF-16 column. */
export function utf16Col(lines: readonly string[], line: number, byteCol: number): number {
  const text = lines[line - 1] ?? '';
  let bytes = 0;
  let i = 0;
  while (i < text.length && bytes < byteCol) {
    const cp = text.codePointAt(i) as number;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp >= 0x10000 ? 2 : 1;
  }
  return i;
}

const STATEMENTS = new Set<string>([
  'AnnAssign', 'Assert', 'Assign', 'AsyncFor', 'AsyncFunctionDef', 'AsyncWith', 'AugAssign', 'Break', 'ClassDef',
  'Continue', 'Delete', 'Expr', 'For', 'FunctionDef', 'Global', 'If', 'Import', 'ImportFrom', 'Match', 'Nonlocal',
  'Pass', 'Raise', 'Return', 'Try', 'TryStar', 'TypeAlias', 'While', 'With',
]);

interface Context {
  readonly stmt: Position & { kind: string };
  readonly use: NameUse;
  readonly callee: string | null;
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string' && (v as { kind: string }).kind in NODE_SCHEMA;
}

function calleeName(func: unknown): string | null {
  if (!isNode(func)) return null;
  if (func.kind === 'Name') return func.id;
  if (func.kind === 'Attribute') return func.attr;
  return null;
}

function walk(node: Node, ctx: Context | null, lines: readonly string[], out: NameOccurrence[]): void {
  if (node.kind === 'Lambda' || node.kind === 'GeneratorExp') return;
  let here = ctx;
  if (STATEMENTS.has(node.kind)) here = { stmt: node as unknown as Position & { kind: string }, use: 'other', callee: null };
  if (node.kind === 'Name' && here !== null) {
    const stmt = here.stmt;
    out.push({
      name: node.id,
      line: node.lineno,
      col: utf16Col(lines, node.lineno, node.col_offset),
      endCol: utf16Col(lines, node.end_lineno, node.end_col_offset),
      ctx: node.ctx,
      stmtLine: stmt.lineno,
      stmtCol: utf16Col(lines, stmt.lineno, stmt.col_offset),
      use: here.use,
      callee: here.callee,
    });
    return;
  }
  const record = node as unknown as Record<string, unknown>;
  for (const [, category, property] of NODE_SCHEMA[node.kind as NodeKind].fields) {
    if (category !== 'node' && category !== 'list' && category !== 'optional') continue;
    const value = record[property];
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (!isNode(child)) continue;
      walk(child, here === null ? null : { stmt: here.stmt, ...useOf(node, property) }, lines, out);
    }
  }
}

/** How a direct child (in field `property`) of `node` is used. */
function useOf(node: Node, property: string): { use: NameUse; callee: string | null } {
  switch (node.kind) {
    case 'Attribute':
      return { use: 'attribute', callee: null };
    case 'Subscript':
      return { use: property === 'value' ? 'subscript' : 'other', callee: null };
    case 'Call':
      return property === 'func' ? { use: 'call', callee: null } : { use: 'argument', callee: calleeName(node.func) };
    case 'BinOp':
    case 'UnaryOp':
    case 'AugAssign':
      return { use: 'operand', callee: null };
    case 'Compare':
      return { use: node.ops.every((op) => op === 'Is' || op === 'IsNot') ? 'other' : 'operand', callee: null };
    case 'For':
    case 'comprehension':
      return { use: property === 'iter' ? 'iterated' : 'other', callee: null };
    default:
      return { use: 'other', callee: null };
  }
}
