/**
 * Roots and reachability in one heap view. The roots are what CPython's collector would find
 * externally referenced: the interpreter (ObjectId 0: sys.modules, the executing frames, the
 * exception being handled), immortal objects, and any object whose refcount exceeds the strong
 * edges recorded into it (a reference held by C code or the value stack that the trace does not
 * attribute). Everything else is alive only because something alive refers to it — or, when no
 * root reaches it, only because of a reference cycle: that is what `cycleOnly` means.
 */
import { INTERPRETER_ID } from '../../../protocol/trace';
import type { HeapView } from './heap-view';
import { OF } from './schema';
import { isNamespace } from './structure';

// Module-level copies: reading an imported binding is a getter call under tsx's CommonJS interop.
const IS_INTERPRETER = OF.isInterpreter;
const IMMORTAL = OF.immortal;

export type RootKind = 'interpreter' | 'immortal' | 'external';

/** Why `id` counts as a root here, or null. */
export function rootKind(view: HeapView, id: number): RootKind | null {
  const flags = view.index.trace.objects.flags[id] as number;
  if (id === INTERPRETER_ID || (flags & IS_INTERPRETER) !== 0) return 'interpreter';
  if ((flags & IMMORTAL) !== 0) return 'immortal';
  if (unattributedRefs(view, id) > 0) return 'external';
  return null;
}

/**
 * References to `id` that no recorded edge accounts for. A trace without refcounts for an object
 * says nothing: an object with no recorded holder at all must be held by something unrecorded.
 */
export function unattributedRefs(view: HeapView, id: number): number {
  const rc = view.refcnt(id);
  const strong = view.strongIn(id);
  if (rc < 0) return strong === 0 && ((view.index.trace.objects.flags[id] as number) & IS_INTERPRETER) === 0 ? 1 : 0;
  return Math.max(0, rc - strong);
}

/** Strong out-neighbours, including the implicit edge to an instance's heap type. */
export function strongSuccessors(view: HeapView, id: number, visit: (to: number) => void): void {
  for (const e of view.out(id)) if (!view.isWeak(e)) visit(view.to(e));
  const cls = view.index.trace.objects.typeObject?.[id] ?? -1;
  if (cls >= 0 && view.isAlive(cls)) visit(cls);
}

/** Every object reachable from a root by strong references (roots included). */
export function reachableFromRoots(view: HeapView): Set<number> {
  const seen = new Set<number>();
  const stack: number[] = [];
  for (const id of view.objects) {
    if (rootKind(view, id) !== null) {
      seen.add(id);
      stack.push(id);
    }
  }
  while (stack.length > 0) {
    const id = stack.pop() as number;
    strongSuccessors(view, id, (to) => {
      if (!seen.has(to)) {
        seen.add(to);
        stack.push(to);
      }
    });
  }
  return seen;
}

/** Objects alive here that no root reaches: kept only by reference cycles (garbage the collector would find). */
export function cycleOnlyObjects(view: HeapView): Set<number> {
  const reached = reachableFromRoots(view);
  const out = new Set<number>();
  for (const id of view.objects) if (!reached.has(id)) out.add(id);
  return out;
}

export type RootBindingKind = 'local' | 'global' | 'stack' | 'exception' | 'interpreter';

export interface RootBinding {
  readonly kind: RootBindingKind;
  /** The frame, module (or its __dict__) or the interpreter holding it. */
  readonly holder: number;
  readonly label: string;
  readonly target: number;
}

/**
 * The references the heap hangs from at this point: running frames' locals and value stacks,
 * module globals, pending and handled exceptions, and what the interpreter holds directly.
 */
export function rootBindings(view: HeapView): RootBinding[] {
  const trace = view.index.trace;
  const out: RootBinding[] = [];
  for (const e of view.edges) {
    if (view.isWeak(e)) continue;
    const from = view.from(e);
    const kind = view.labelKind(e);
    const flags = trace.objects.flags[from] as number;
    let k: RootBindingKind | null = null;
    if (from === INTERPRETER_ID || (flags & IS_INTERPRETER) !== 0) k = kind === 'exception' ? 'exception' : 'interpreter';
    else if ((flags & OF.isFrame) !== 0) k = kind === 'stack' ? 'stack' : kind === 'exception' ? 'exception' : kind === 'name' || kind === 'cell' ? 'local' : null;
    else if (kind === 'name' && isNamespace(view.index, from)) k = 'global';
    if (k !== null) out.push({ kind: k, holder: from, label: view.label(e), target: view.to(e) });
  }
  return out;
}
