/**
 * The behaviour of list, tuple and dict beyond allocation lives in list-ops.ts, tuple-ops.ts and
 * dict-ops.ts; this module loads them and keeps the names other modules import from here.
 */
import type { PyObject } from './object';
import { None } from './singletons';
import { listSort } from './list-sort';
import './list-ops';
import './tuple-ops';
import './dict-ops';
import './dictview';

export { keyError } from './dict-ops';

/** A stable sort with Python comparisons (sorted()); `key` None means no key function. */
export function sortItems(items: PyObject[], key: PyObject, reverse: boolean): void {
  listSort(items, key === None ? null : key, reverse);
}
