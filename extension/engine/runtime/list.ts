/** list objects. Deallocation releases items last to first, as CPython's list_dealloc does. */
import { PyObject, type Visit } from './object';
import { makeStaticType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC } from './type';
import { decref, gcFree, gcTrack, gcUntrack, incref } from './heap';
import { recorder } from '../trace/recorder';
import { traceItemReleased, traceItemsAdded, traceItemsCleared } from '../trace/containers';

export const ListType = makeStaticType('list', 'list', {
  flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
  dealloc: listDealloc,
});

export class PyList extends PyObject {
  items: PyObject[];
  constructor(items: PyObject[]) {
    super(ListType);
    this.items = items;
  }
}

/** dst.push(...src) without spreading: a spread of a huge array overflows the host's stack. */
export function appendAll(dst: PyObject[], src: readonly PyObject[]): void {
  for (let i = 0; i < src.length; i++) dst.push(src[i] as PyObject);
}

/** A list that takes ownership of the references in `items`. */
export function listSteal(items: PyObject[]): PyList {
  const l = new PyList(items);
  recorder.alloc(l);
  gcTrack(l);
  if (recorder.on && items.length !== 0) traceItemsAdded(l);
  return l;
}

export function listNew(items: readonly PyObject[]): PyList {
  for (let i = 0; i < items.length; i++) incref(items[i] as PyObject);
  return listSteal(items.slice());
}

function listDealloc(o: PyObject): void {
  const l = o as PyList;
  gcUntrack(l);
  const items = l.items;
  l.items = [];
  const tracing = recorder.on;
  for (let i = items.length - 1; i >= 0; i--) {
    if (tracing) traceItemReleased(l, i, items[i] as PyObject);
    decref(items[i] as PyObject);
  }
  gcFree(l);
}

/** list_clear (tp_clear and list.clear()): detach the items first, then release them last to first. */
export function listClear(o: PyObject): void {
  const l = o as PyList;
  const items = l.items;
  if (items.length === 0) return;
  l.items = [];
  if (recorder.on) traceItemsCleared(l, items);
  for (let i = items.length - 1; i >= 0; i--) decref(items[i] as PyObject);
}

ListType.tp_traverse = (o: PyObject, visit: Visit) => {
  // list_traverse visits the items last to first (the collector's move order depends on it).
  const items = (o as PyList).items;
  for (let i = items.length - 1; i >= 0; i--) visit(items[i] as PyObject);
};
ListType.tp_clear = listClear;
ListType.mp_length = (o) => (o as PyList).items.length;
ListType.nb_bool = (o) => (o as PyList).items.length !== 0;
