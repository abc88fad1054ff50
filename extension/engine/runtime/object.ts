/**
 * The object header every Python object carries, as CPython's PyObject does: a reference count,
 * a type, and the links the cycle collector and weak references need. Every object kind extends
 * this one class so that V8 sees a single monomorphic header on the hot refcount paths.
 */
import type { PyType } from './type';
import type { PyWeakref } from './weakref';

/** GC state bits (CPython keeps the equivalents in the low bits of gc_prev and ob_gc_bits). */
export const GC_TRACKED = 1;
/** tp_finalize (__del__) has run; PEP 442 says never again. */
export const GC_FINALIZED = 2;
/** Set on objects in the collection set while a collection runs. */
export const GC_COLLECTING = 4;
/** Set on objects the current collection found (tentatively) unreachable. */
export const GC_UNREACHABLE = 8;
/** The object survived a collection and lives in the old generation. */
export const GC_OLD = 16;
/**
 * 0x100 and 0x200 are the trace's (trace/hooks.ts, trace/recorder.ts): a running frame's edge from
 * the interpreter, and a frame's value-stack edges, are in the trace.
 */

let nextId = 0;

/** Object ids restart for every run so traces of the same program are identical. */
export function resetObjectIds(): void {
  nextId = 0;
}

/** Objects created since the last reset (the live-object budget subtracts those freed). */
export function objectsCreated(): number {
  return nextId;
}

export class PyObject {
  ob_refcnt = 1;
  ob_type: PyType;
  /** The trace's object id, in allocation order (never shown as id(), which is address-like). */
  readonly ob_id: number;
  gc_flags = 0;
  /** The collector's working copy of the refcount (update_refs, subtract_refs). */
  gc_refs = 0;
  gc_prev: PyObject | null = null;
  gc_next: PyObject | null = null;
  /** Head of the list of weak references to this object (callback refs newest first). */
  ob_weaklist: PyWeakref | null = null;
  /** The object's id in the lifetime trace (trace/recorder.ts); 0 until it enters the trace. */
  ob_tid = 0;

  constructor(type: PyType) {
    this.ob_type = type;
    this.ob_id = ++nextId;
  }
}

/** A visitor for tp_traverse; the collector passes module-level functions so nothing allocates. */
export type Visit = (child: PyObject) => void;
