/**
 * Set displays as CPython 3.14 compiles them. A display whose elements are all constants becomes
 * a frozenset constant (built from the elements in order); `x in {...}` and `for x in {...}` use that frozenset directly,
 * and other displays of three or more constants copy it into a new set (BUILD_SET 0, SET_UPDATE).
 * The table shapes those steps leave are what decide the set's iteration order.
 */
import { PyObject } from './object';
import { IMMORTAL_REFCNT } from './type';
import { decref } from './heap';
import { FrozenSetType, PySet, SetType, setAdd, setMerge, setNew } from './set';
import { buildSetSteal } from './set-methods';

/** Flag the compiler ORs into BUILD_SET's argument when every element is a folded constant. */
export const SET_DISPLAY_CONSTANT = 1 << 16;

/** A constant frozenset: part of the code object, so neither traced nor counted by the collector. */
function constantFrozenset(items: readonly PyObject[]): PySet {
  const first = new PySet(FrozenSetType);
  first.ob_refcnt = IMMORTAL_REFCNT;
  for (const x of items) setAdd(first, x);
  return first;
}

/** BUILD_SET: `items` are the references taken off the value stack (consumed). */
export function buildSetDisplay(items: PyObject[], arg: number, feedsIterOrContains: boolean): PyObject {
  if ((arg & SET_DISPLAY_CONSTANT) === 0 || (!feedsIterOrContains && items.length < 3)) return buildSetSteal(items);
  const c = constantFrozenset(items);
  for (const x of items) decref(x);
  if (feedsIterOrContains) return c;
  const so = setNew(SetType, null);
  setMerge(so, c);
  return so;
}
