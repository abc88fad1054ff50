/**
 * A base class's record of its subclasses (CPython's tp_subclasses): add_subclass stores a
 * callback-less weak reference to the new class, one per base, and remove_subclass drops it when
 * the subclass dies. The ref is the shared basic ref, so `weakref.getweakrefcount(Sub)` counts it
 * once whatever the number of bases, and `getweakrefs(Sub)` lists it, as in CPython.
 */
import type { PyObject } from './object';
import { forgetHeapSubclasses, type PyType } from './type';
import { decref } from './heap';
import { weakrefNew, WeakrefType, type PyWeakref } from './weakref';
import { recorder, L_INTERNAL } from '../trace/recorder';

/** Each heap class's shared ref, as held by its bases' (untraced) subclass tables. */
const refs = new Map<PyType, PyWeakref>();

/** A run's classes and their refs are not the next run's. */
export function resetSubclassRefs(): void {
  refs.clear();
  forgetHeapSubclasses();
}

export function addSubclass(base: PyType, sub: PyType): void {
  base.subclasses.push(sub);
  const r = weakrefNew(WeakrefType, sub, null);
  refs.set(sub, r);
  if (recorder.on) recorder.edge(base, r, L_INTERNAL, '__subclasses__', true);
}

export function removeSubclass(base: PyType, sub: PyType): void {
  const i = base.subclasses.indexOf(sub);
  if (i < 0) return;
  base.subclasses.splice(i, 1);
  const r = refs.get(sub);
  if (r === undefined) return;
  if (r.ob_refcnt === 1) refs.delete(sub);
  if (recorder.on) recorder.edge(base, r, L_INTERNAL, '__subclasses__', false);
  decref(r as PyObject);
}
