/**
 * Which call arguments CPython 3.14 loads with LOAD_FAST_BORROW (Python/flowgraph.c,
 * optimize_load_fast): a local's reference is borrowed — no incref — when it is consumed in the
 * same basic block, before anything stores to that local, and the local is known to be bound
 * (LOAD_FAST, not LOAD_FAST_CHECK). The engine keeps strong references on its value stack (the
 * lifetimes are the same, since the local outlives the borrow); only sys.getrefcount can see the
 * difference, so the compiler records, for each CALL, the frame slot of each borrowed argument,
 * and vm/borrowed.ts subtracts those references when the count is read.
 */
import type * as ast from '../syntax/ast';

/** Expression kinds whose code contains jumps (ending the basic block) or may suspend the frame. */
const BLOCK_ENDING: ReadonlySet<string> = new Set([
  'BoolOp', 'IfExp', 'ListComp', 'SetComp', 'DictComp', 'Await', 'Yield', 'YieldFrom',
]);

function walk(node: unknown, visit: (n: { kind: string }) => boolean): boolean {
  if (Array.isArray(node)) return node.some((x) => walk(x, visit));
  if (typeof node !== 'object' || node === null || !('kind' in node)) return false;
  const n = node as { kind: string } & Record<string, unknown>;
  if (visit(n)) return true;
  for (const k in n) {
    const v = n[k];
    if (typeof v === 'object' && v !== null && walk(v, visit)) return true;
  }
  return false;
}

/** True when evaluating `rest` could end the block or rebind `name` (a borrow of it would not survive). */
export function breaksBorrow(rest: readonly ast.expr[], name: string): boolean {
  return walk(rest, (n) => {
    if (BLOCK_ENDING.has(n.kind)) return true;
    if (n.kind === 'Compare') return (n as ast.Compare).ops.length > 1;
    if (n.kind === 'Lambda' || n.kind === 'GeneratorExp') return false;
    if (n.kind !== 'NamedExpr') return false;
    const t = (n as ast.NamedExpr).target;
    return t.kind === 'Name' && t.id === name;
  });
}

/** The names a statement deletes anywhere inside it (`del`, and `except … as name`). */
export function deletedNames(s: ast.stmt): Set<string> {
  const out = new Set<string>();
  walk(s, (n) => {
    if (n.kind === 'Delete') for (const t of (n as ast.Delete).targets) if (t.kind === 'Name') out.add(t.id);
    if (n.kind === 'ExceptHandler' && (n as ast.ExceptHandler).name !== null) out.add((n as ast.ExceptHandler).name as string);
    return false;
  });
  return out;
}

function targetNames(t: ast.expr, out: string[]): void {
  if (t.kind === 'Name') out.push(t.id);
  else if (t.kind === 'Tuple' || t.kind === 'List') for (const x of t.elts) targetNames(x.kind === 'Starred' ? x.value : x, out);
}

/**
 * The names a top-level statement of a function body leaves bound on every path out of it: after
 * it, CPython's scan_block_for_locals knows them bound and loads them with LOAD_FAST (borrowable).
 * Assignments nested in branches, loops or try blocks may not run, so they do not count.
 */
export function boundNames(s: ast.stmt): string[] {
  const out: string[] = [];
  switch (s.kind) {
    case 'Assign': for (const t of s.targets) targetNames(t, out); break;
    case 'AnnAssign': if (s.value !== null) targetNames(s.target, out); break;
    case 'AugAssign': targetNames(s.target, out); break;
    case 'Import': case 'ImportFrom': for (const a of s.names) if (a.name !== '*') out.push((a.asname ?? a.name).split('.')[0] as string); break;
    case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': out.push(s.name); break;
    case 'With': case 'AsyncWith': for (const w of s.items) if (w.optional_vars !== null) targetNames(w.optional_vars, out); break;
    default: break;
  }
  return out;
}
