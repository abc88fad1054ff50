/**
 * What the graph shows: the program's own objects. Walking from the running frames, the __main__
 * module, objects held only from outside the trace (temporaries) and cycle garbage, without entering other modules
 * (their names are shown, not their contents), without following a module's dunder globals
 * (__builtins__, __file__…) and without following references into a module's __dict__ from
 * anything but its module (every function's __globals__). A module's __dict__ is drawn as the
 * module itself: its names are edges from the module node.
 */
import type { HeapView } from './heap-view';
import { cycleOnlyObjects, rootKind } from './roots';
import { mainModule, moduleDicts } from './structure';
import { OF, hasFlag } from './schema';

export interface Visibility {
  readonly visible: ReadonlySet<number>;
  /** A module __dict__ → the module drawn in its place. */
  readonly drawnAs: ReadonlyMap<number, number>;
  readonly cycleOnly: ReadonlySet<number>;
}

export function visibility(view: HeapView): Visibility {
  const trace = view.index.trace;
  const dicts = moduleDicts(view.index);
  const main = mainModule(trace);
  const drawnAs = new Map<number, number>();
  for (const id of view.objects) {
    if (!hasFlag(trace, id, OF.isModule)) continue;
    for (const e of view.out(id)) if (view.labelKind(e) === 'dict' && dicts.has(view.to(e))) drawnAs.set(view.to(e), id);
  }
  const cycleOnly = cycleOnlyObjects(view);
  const visible = new Set<number>();
  const stack: number[] = [];
  const visit = (id: number): void => {
    if (visible.has(id) || hasFlag(trace, id, OF.isInterpreter)) return;
    visible.add(id);
    stack.push(id);
  };
  for (const id of view.objects) {
    if (hasFlag(trace, id, OF.isFrame) || id === main || cycleOnly.has(id)) visit(id);
    // Held from outside the trace and by nothing recorded: a temporary, or C's. (With recorded holders it shows if they do.)
    else if (rootKind(view, id) === 'external' && view.strongIn(id) === 0 && !hasFlag(trace, id, OF.isModule) && !dicts.has(id)) visit(id);
  }
  while (stack.length > 0) {
    const id = stack.pop() as number;
    const isModule = hasFlag(trace, id, OF.isModule);
    if (isModule && id !== main) continue;
    const namespace = dicts.has(id);
    if (namespace && drawnAs.get(id) !== main) continue;
    if (hasFlag(trace, id, OF.isType) && definedElsewhere(view, id, dicts, drawnAs, main)) continue;
    for (const e of view.out(id)) {
      if (view.isWeak(e)) continue;
      const to = view.to(e);
      if (dicts.has(to) && !(isModule && view.labelKind(e) === 'dict')) continue;
      if (namespace && /^__.*__$/.test(view.label(e))) continue;
      visit(to);
    }
  }
  for (const d of dicts) visible.delete(d);
  return { visible, drawnAs, cycleOnly };
}

/**
 * A class another module defines (WeakValueDictionary, KeyedRef, finalize…) is drawn, but not its
 * methods and class attributes: they are that module's, like its other names.
 */
function definedElsewhere(view: HeapView, type: number, dicts: ReadonlySet<number>, drawnAs: ReadonlyMap<number, number>, main: number): boolean {
  for (const e of view.in(type)) {
    const holder = view.from(e);
    if (!view.isWeak(e) && dicts.has(holder) && drawnAs.get(holder) !== main) return true;
  }
  return false;
}
