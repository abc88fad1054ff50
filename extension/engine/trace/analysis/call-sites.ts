/**
 * Call and store sites that create weak references, from the syntax tree: `weakref.ref(x)`,
 * `proxy(x)`, `finalize(x, …)`, `WeakMethod(x)`, `s.add(x)` (a WeakSet, if s turns out to be one)
 * and `d[k] = v` (a weak dictionary, if d does). For each: where it is, and what the weakly
 * referenced argument is — a literal of a known type, a name, an attribute (`obj.method`).
 */
import { NODE_SCHEMA, type Node, type NodeKind, type Position } from '../../syntax/ast';
import type { ConstantValue } from '../../syntax/constant';
import { utf16Col } from './source-names';

export interface WeakSite {
  readonly kind: 'call' | 'store_value' | 'store_key';
  /** ref, proxy, finalize, WeakMethod, add; '[]' for stores. */
  readonly callee: string;
  /** The object a method is called on, or stored into, when it is a plain name (`s` in s.add(x)). */
  readonly receiver: string | null;
  readonly line: number;
  /** 1-based UTF-16 column of the call (or the store's target). */
  readonly col: number;
  /** The weakly referenced expression. */
  readonly arg: { readonly literalType: string | null; readonly name: string | null; readonly attribute: boolean; readonly line: number; readonly col: number; readonly text: string };
}

const WEAK_CALLEES = new Set(['ref', 'proxy', 'finalize', 'WeakMethod', 'add', 'KeyedRef']);

export function weakSites(tree: Node | null, lines: readonly string[]): WeakSite[] {
  const out: WeakSite[] = [];
  if (tree !== null) walk(tree, lines, out);
  return out;
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as { kind?: unknown }).kind === 'string' && (v as { kind: string }).kind in NODE_SCHEMA;
}

function walk(node: Node, lines: readonly string[], out: WeakSite[]): void {
  if (node.kind === 'Call' && node.args.length > 0) {
    const f = node.func;
    const callee = f.kind === 'Name' ? f.id : f.kind === 'Attribute' ? f.attr : null;
    if (callee !== null && WEAK_CALLEES.has(callee)) {
      const receiver = f.kind === 'Attribute' && f.value.kind === 'Name' ? f.value.id : null;
      if (callee !== 'add' || receiver !== null) {
        out.push({ kind: 'call', callee, receiver, line: node.lineno, col: utf16Col(lines, node.lineno, node.col_offset) + 1, arg: argOf(node.args[0] as Node, lines) });
      }
    }
  }
  if (node.kind === 'Assign') {
    for (const t of node.targets) {
      if (t.kind !== 'Subscript' || t.value.kind !== 'Name') continue;
      const at = { line: t.lineno, col: utf16Col(lines, t.lineno, t.col_offset) + 1 };
      out.push({ kind: 'store_value', callee: '[]', receiver: t.value.id, ...at, arg: argOf(node.value, lines) });
      out.push({ kind: 'store_key', callee: '[]', receiver: t.value.id, ...at, arg: argOf(t.slice, lines) });
    }
  }
  const record = node as unknown as Record<string, unknown>;
  for (const [, category, property] of NODE_SCHEMA[node.kind as NodeKind].fields) {
    if (category !== 'node' && category !== 'list' && category !== 'optional') continue;
    const value = record[property];
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) walk(child, lines, out);
  }
}

function argOf(arg: Node, lines: readonly string[]): WeakSite['arg'] {
  const p = arg as unknown as Partial<Position>;
  let pos = { line: 0, col: 0, text: '' };
  if (p.lineno !== undefined && p.col_offset !== undefined && p.end_col_offset !== undefined) {
    const start = utf16Col(lines, p.lineno, p.col_offset);
    const end = p.end_lineno === p.lineno ? utf16Col(lines, p.lineno, p.end_col_offset) : undefined;
    pos = { line: p.lineno, col: start + 1, text: (lines[p.lineno - 1] ?? '').slice(start, end) };
  }
  return { literalType: literalType(arg), name: arg.kind === 'Name' ? arg.id : null, attribute: arg.kind === 'Attribute', ...pos };
}

/** The type of a literal that cannot be weakly referenced, or null. */
function literalType(arg: Node): string | null {
  switch (arg.kind) {
    case 'Constant':
      return constantType(arg.value);
    case 'JoinedStr':
      return 'str';
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    default:
      return null;
  }
}

function constantType(v: ConstantValue): string {
  if (v === null) return 'NoneType';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'string':
      return 'str';
    default:
      return v.kind === 'ellipsis' ? 'ellipsis' : v.kind;
  }
}
