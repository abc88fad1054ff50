/** tuple objects. Deallocation releases items last to first, as CPython's tupledealloc does. */
import { GC_TRACKED, PyObject, type Visit } from './object';
import { makeStaticType, PyType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, IMMORTAL_REFCNT } from './type';
import { decref, gcCountAlloc, gcFree, gcTrack, gcUntrack, incref } from './heap';
import { recorder } from '../trace/recorder';
import { traceItemReleased, traceItemsAdded } from '../trace/containers';

export const TupleType = makeStaticType('tuple', 'tuple', {
  flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
  dealloc: tupleDealloc,
});

export class PyTuple extends PyObject {
  readonly items: PyObject[];
  constructor(items: PyObject[]) {
    super(TupleType);
    this.items = items;
  }
}

export const EmptyTuple = new PyTuple([]);
EmptyTuple.ob_refcnt = IMMORTAL_REFCNT;

/** A tuple that takes ownership of the references in `items`. */
export function tupleSteal(items: PyObject[]): PyTuple {
  if (items.length === 0) return EmptyTuple;
  const t = new PyTuple(items);
  recorder.alloc(t);
  gcTrack(t);
  if (recorder.on) traceItemsAdded(t);
  return t;
}

/** PyObject_IS_GC: instances of GC types, except static types (type_is_gc). */
function isGcObject(o: PyObject): boolean {
  return (o.ob_type.tp_flags & TPFLAGS_HAVE_GC) !== 0 && !(o instanceof PyType && !o.isHeapType());
}

/**
 * _PyTuple_FromArraySteal (BUILD_TUPLE, *args, tuple(list)): since 3.14 the tuple is tracked only
 * when an item is a GC object; otherwise only its allocation counts, as _PyObject_GC_Link does.
 */
export function tupleFromArray(items: PyObject[]): PyTuple {
  if (items.length === 0) return EmptyTuple;
  for (let i = 0; i < items.length; i++) if (isGcObject(items[i] as PyObject)) return tupleSteal(items);
  const t = new PyTuple(items);
  recorder.alloc(t);
  gcCountAlloc();
  if (recorder.on) traceItemsAdded(t);
  return t;
}

/** _PyTuple_MaybeUntrack, run by the collector on survivors: no item may be tracked. */
export function tupleMaybeUntrack(t: PyTuple): void {
  const items = t.items;
  for (let i = 0; i < items.length; i++) {
    const x = items[i] as PyObject;
    if (isGcObject(x) && (x.ob_type !== TupleType || (x.gc_flags & GC_TRACKED) !== 0)) return;
  }
  gcUntrack(t);
}

/** A tuple holding new references to `items`. */
export function tupleNew(items: readonly PyObject[]): PyTuple {
  for (let i = 0; i < items.length; i++) incref(items[i] as PyObject);
  return tupleSteal(items.slice());
}

function tupleDealloc(o: PyObject): void {
  const t = o as PyTuple;
  gcUntrack(t);
  const items = t.items;
  const tracing = recorder.on;
  for (let i = items.length - 1; i >= 0; i--) {
    if (tracing) traceItemReleased(t, i, items[i] as PyObject);
    decref(items[i] as PyObject);
  }
  items.length = 0;
  gcFree(t);
}

TupleType.tp_traverse = (o: PyObject, visit: Visit) => {
  // tupletraverse visits the items last to first.
  const items = (o as PyTuple).items;
  for (let i = items.length - 1; i >= 0; i--) visit(items[i] as PyObject);
};
TupleType.mp_length = (o) => (o as PyTuple).items.length;
TupleType.nb_bool = (o) => (o as PyTuple).items.length !== 0;
