/**
 * Names bound to objects in one heap view: a frame's locals (and its cells' contents) and a
 * module's globals, read off 'name' and 'cell' edges.
 */
import type { HeapView } from './heap-view';
import { qualifiedName } from './labels';
import { isNamespace as isNs } from './structure';

function isNamespace(view: HeapView, id: number): boolean {
  return isNs(view.index, id);
}

/** Every name bound to `id` here ('x' for a global, 'f.x' for a local of f). */
export function namesOf(view: HeapView, id: number): string[] {
  const t = view.index.trace;
  const names: string[] = [];
  for (const e of view.in(id)) {
    if (view.isWeak(e)) continue;
    const kind = view.labelKind(e);
    const from = view.from(e);
    if (kind === 'name' && isNamespace(view, from)) names.push(qualifiedName(t, from, view.label(e)));
    else if (kind === 'cell' && !isNamespace(view, from)) {
      // A cell's contents: named by the variable of the frames holding the cell.
      for (const h of view.in(from)) {
        if (view.labelKind(h) === 'cell' && isNamespace(view, view.from(h))) names.push(qualifiedName(t, view.from(h), view.label(e)));
      }
    }
  }
  return [...new Set(names)];
}

/** The object bound to `name` in namespace `holder` here, or -1 (following a cell if the name is one). */
export function lookupName(view: HeapView, holder: number, name: string): number {
  for (const e of view.out(holder)) {
    if (view.isWeak(e) || view.label(e) !== name) continue;
    const kind = view.labelKind(e);
    if (kind === 'name') return view.to(e);
    if (kind === 'cell') {
      const cell = view.to(e);
      for (const c of view.out(cell)) if (view.labelKind(c) === 'cell') return view.to(c);
      return -1;
    }
  }
  return -1;
}
