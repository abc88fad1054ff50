/**
 * Instances of classes defined in Python: allocation (object.__new__), and deallocation in
 * subtype_dealloc's order — __del__ first (PEP 442: at most once, and the object may be
 * resurrected), then the weak references are cleared and their callbacks run newest first, then
 * the instance __dict__ is released in insertion order, then the base type's part, then the
 * reference the instance held to its class.
 */
import { GC_FINALIZED, PyObject, type Visit } from './object';
import { ObjectType, TypeType, typeLookup, type KwNames, type PyType } from './type';
import { deallocNesting, decref, gcFree, gcTrack, gcUntrack, incref } from './heap';
import { PyInstance } from './instance';
import { PyBaseException, baseExceptionClear, baseExceptionTraverse, excSetArgs } from './exceptions';
import { clearWeakrefs, clearWeakrefsNoCallbacks } from './weakref';
import { dictForEach, type PyDict } from './dict';
import { tupleNew } from './tuple';
import { removeSubclass } from './subclass-refs';
import {
  clearBuiltinSubclass, clearHeapSlots, dropMroSelf, visitMroSelf, releaseTypeBase, releaseTypeMro, deallocBuiltinSubclass, initSlots, isBuiltinSubclassInstance, traverseBuiltinSubclass,
  traverseHeapSlots,
} from './layout';
import { typeError } from './errors';
import { recorder, L_INTERNAL, P_CLEAR_WEAKREFS_NO_CALLBACKS, P_SUBTYPE_DEALLOC, P_TP_FINALIZE } from '../trace/recorder';

/** object.__new__ for heap types: the instance layout comes from the nearest builtin base. */
export function objectNew(type: PyType, args: readonly PyObject[], kwnames: KwNames): PyObject {
  if (args.length !== 0) {
    if (type.tp_new !== objectNew) typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    if (type.tp_init === objectInit) typeError(`${type.tp_name}() takes no arguments`);
  }
  void kwnames;
  return allocInstance(type);
}

export function allocInstance(type: PyType): PyObject {
  if (type === ObjectType) {
    const o = new PyInstance(ObjectType);
    recorder.alloc(o);
    return o;
  }
  const o = type.layout === 'exception' ? new PyBaseException(type) : new PyInstance(type);
  incref(type);
  initSlots(o, type);
  recorder.alloc(o);
  gcTrack(o);
  return o;
}

export function objectInit(self: PyObject, args: readonly PyObject[], kwnames: KwNames): void {
  void kwnames;
  if (args.length === 0) return;
  const type = self.ob_type;
  if (type.tp_init !== objectInit) typeError('object.__init__() takes exactly one argument (the instance to initialize)');
  if (type.tp_new === objectNew) typeError(`${type.tp_name}.__init__() takes exactly one argument (the instance to initialize)`);
}

/** BaseException.__new__: the arguments become `args`. */
export function baseExceptionNew(type: PyType, args: readonly PyObject[]): PyObject {
  const e = allocInstance(type) as PyBaseException;
  excSetArgs(e, tupleNew(args));
  return e;
}

/**
 * PyObject_CallFinalizerFromDealloc: the object is resurrected for the duration of __del__;
 * returns true when __del__ left new references to it (the object lives on).
 */
export function callFinalizerFromDealloc(o: PyObject): boolean {
  o.ob_refcnt = 1;
  callFinalizer(o);
  if (--o.ob_refcnt === 0) return false;
  if (recorder.on) recorder.resurrect(o);
  return true;
}

/** PyObject_CallFinalizer: run tp_finalize unless it already ran for this object. */
export function callFinalizer(o: PyObject): void {
  const fin = o.ob_type.tp_finalize;
  if (fin === null || (o.gc_flags & GC_FINALIZED) !== 0) return;
  o.gc_flags |= GC_FINALIZED;
  if (recorder.on) {
    recorder.phase(o, P_TP_FINALIZE, deallocNesting());
    if (typeLookup(o.ob_type, '__del__') !== null) recorder.delCall(o);
  }
  fin(o);
}

/** Releases the instance dict: values (and keys) in insertion order. */
function clearInstanceDict(o: PyInstance): void {
  const d = o.dict;
  if (d === null) return;
  o.dict = null;
  decref(d);
}

export function subtypeDealloc(o: PyObject): void {
  const type = o.ob_type;
  gcUntrack(o);
  // Only deaths where code runs or weak references go are worth a phase in the trace.
  if (recorder.on && (type.tp_finalize !== null || o.ob_weaklist !== null)) recorder.phase(o, P_SUBTYPE_DEALLOC, deallocNesting());
  if (type.tp_finalize !== null) {
    gcTrack(o);
    if (callFinalizerFromDealloc(o)) return;
    gcUntrack(o);
  }
  if (o.ob_weaklist !== null) {
    clearWeakrefs(o);
    // Refs made during __del__ must not call back into a half-destroyed object.
    if (type.tp_finalize !== null && o.ob_weaklist !== null) {
      if (recorder.on) recorder.phase(o, P_CLEAR_WEAKREFS_NO_CALLBACKS, deallocNesting());
      clearWeakrefsNoCallbacks(o);
    }
  }
  // __slots__ values go before the __dict__ (clear_slots, most derived class first).
  clearHeapSlots(o);
  if (o instanceof PyBaseException) {
    baseExceptionClear(o);
  } else if (o instanceof PyInstance) {
    clearInstanceDict(o);
  } else {
    // An instance of a list/dict/int... subclass: its __dict__, then the builtin's own dealloc.
    deallocBuiltinSubclass(o);
    return;
  }
  gcFree(o);
  decref(type);
}

export function subtypeTraverse(o: PyObject, visit: Visit): void {
  traverseHeapSlots(o, visit);
  if (isBuiltinSubclassInstance(o)) {
    visit(o.ob_type);
    traverseBuiltinSubclass(o, visit);
    return;
  }
  if (o instanceof PyBaseException) baseExceptionTraverse(o, visit);
  else if (o instanceof PyInstance && o.dict !== null) {
    // The dict is part of the instance (3.14's inline values): its entries are the instance's edges.
    // Inline values: only the values are visited (the keys are the class's shared str keys).
    dictForEach(o.dict as PyDict, (_k, v) => {
      visit(v);
    });
  }
  visit(o.ob_type);
}

export function subtypeClear(o: PyObject): void {
  clearHeapSlots(o);
  if (isBuiltinSubclassInstance(o)) clearBuiltinSubclass(o);
  else if (o instanceof PyBaseException) baseExceptionClear(o);
  else if (o instanceof PyInstance) clearInstanceDict(o);
}

/** Plain `object()` instances: not tracked, no dict. */
ObjectType.tp_dealloc = (o) => gcFree(o);
ObjectType.tp_new = objectNew;
ObjectType.tp_init = objectInit;

/** Deallocation of classes themselves. */
export function typeDealloc(o: PyObject): void {
  const t = o as PyType;
  gcUntrack(t);
  // type_dealloc_common (remove_all_subclasses) comes before PyObject_ClearWeakRefs.
  for (const b of t.tp_bases) removeSubclass(b, t);
  if (t.ob_weaklist !== null) clearWeakrefs(t);
  if (recorder.on) for (const b of t.tp_bases) recorder.edge(t, b, L_INTERNAL, '__bases__', false);
  const values = [...t.tp_dict.values()];
  t.tp_dict.clear();
  // type_dealloc's order: tp_base, the namespace, tp_bases, tp_mro.
  releaseTypeBase(t);
  for (const v of values) decref(v);
  for (const b of t.tp_bases) decref(b);
  releaseTypeMro(t);
  gcFree(t);
}

export function typeTraverse(o: PyObject, visit: Visit): void {
  const t = o as PyType;
  if (!t.isHeapType()) return;
  for (const v of t.tp_dict.values()) visit(v);
  visitMroSelf(t, visit);
  for (const b of t.tp_bases) visit(b);
}

export function typeClear(o: PyObject): void {
  const t = o as PyType;
  const values = [...t.tp_dict.values()];
  t.tp_dict.clear();
  for (const v of values) decref(v);
  dropMroSelf(t);
}

TypeType.tp_traverse = typeTraverse;
TypeType.tp_clear = typeClear;
TypeType.tp_dealloc = (o) => {
  if ((o as PyType).isHeapType()) typeDealloc(o);
};
