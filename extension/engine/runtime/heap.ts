/**
 * Reference counting and deallocation, as CPython's Py_INCREF/Py_DECREF/_Py_Dealloc, plus the
 * generation lists the cycle collector walks (CPython's PyGC_Head links live in the object header).
 *
 * Deallocation cascades recurse (a list's dealloc decrefs its items, which may dealloc...). CPython
 * bounds the C stack with the trashcan: past a depth it deposits objects on a delete-later stack
 * and frees them once the stack has unwound a little. The same mechanism here keeps deep cascades
 * (a 100,000-node linked list) off the JS stack, and reproduces the order CPython's gives.
 */
import { GC_OLD, GC_TRACKED, PyObject } from './object';
import { IMMORTAL_REFCNT, ObjectType, TPFLAGS_HAVE_GC } from './type';
import { recorder } from '../trace/recorder';
import { countFree } from './limits';

/**
 * Whether the trace is being recorded: a reference count change of an object in the trace then
 * marks it for the end-of-step 'refcnt' event. A module-local flag keeps the check to one load.
 */
let tracing = false;

export function setHeapTracing(on: boolean): void {
  tracing = on;
}

/** Told of every object whose memory is released, while set (the capi lens's borrowed references). */
let freeWatcher: ((o: PyObject) => void) | null = null;

export function setFreeWatcher(f: ((o: PyObject) => void) | null): void {
  freeWatcher = f;
}

export function incref(o: PyObject): void {
  o.ob_refcnt++;
  if (tracing && o.ob_tid !== 0) recorder.touch(o);
}

export function decref(o: PyObject): void {
  if (--o.ob_refcnt === 0) dealloc(o);
  else if (tracing && o.ob_tid !== 0) recorder.touch(o);
}

export function xdecref(o: PyObject | null): void {
  if (o === null) return;
  if (--o.ob_refcnt === 0) dealloc(o);
  else if (tracing && o.ob_tid !== 0) recorder.touch(o);
}

/** Returns its argument with one more reference: `return newref(x)` hands the caller a reference. */
export function newref<T extends PyObject>(o: T): T {
  o.ob_refcnt++;
  if (tracing && o.ob_tid !== 0) recorder.touch(o);
  return o;
}

export function immortalize<T extends PyObject>(o: T): T {
  o.ob_refcnt = IMMORTAL_REFCNT;
  return o;
}

export function isImmortal(o: PyObject): boolean {
  return o.ob_refcnt >= IMMORTAL_REFCNT / 2;
}

/**
 * How deep deallocations may nest before the trashcan defers them. CPython 3.14 measures the
 * remaining C stack; a fixed depth stands in for it (order differs from CPython's only when
 * several deep cascades interleave).
 */
export const TRASHCAN_DEPTH = 800;
let deallocDepth = 0;

/** How many deallocations are nested right now (the trace's phase depth). */
export function deallocNesting(): number {
  return deallocDepth;
}
const deleteLater: PyObject[] = [];

/**
 * MicroPython counts no references: under its profile an object whose count reaches 0 is not freed
 * but waits here until the next collection (runtime/mp-gc.ts) reclaims it.
 */
export const deferredFrees = { on: false, pending: [] as PyObject[] };

export function dealloc(o: PyObject): void {
  if (deferredFrees.on) {
    deferredFrees.pending.push(o);
    return;
  }
  if (deallocDepth >= TRASHCAN_DEPTH) {
    deleteLater.push(o);
    return;
  }
  deallocDepth++;
  try {
    o.ob_type.tp_dealloc(o);
  } finally {
    deallocDepth--;
  }
  if (deleteLater.length !== 0 && deallocDepth <= TRASHCAN_DEPTH - 4) destroyChain();
}

function destroyChain(): void {
  while (deleteLater.length !== 0 && deallocDepth <= TRASHCAN_DEPTH - 4) {
    const o = deleteLater.pop() as PyObject;
    deallocDepth++;
    try {
      o.ob_type.tp_dealloc(o);
    } finally {
      deallocDepth--;
    }
  }
}

/** Forget any deferred deallocations (a run ended abnormally). */
export function resetHeap(): void {
  deleteLater.length = 0;
  deallocDepth = 0;
  young.forgetAll();
  old.forgetAll();
  gcState.youngCount = 0;
}

// ---- generation lists --------------------------------------------------------------------------

/** A doubly linked list threaded through gc_prev/gc_next, with a sentinel head. */
export class GcList {
  readonly head: PyObject;
  constructor() {
    this.head = new PyObject(ObjectType);
    this.head.ob_refcnt = IMMORTAL_REFCNT;
    this.head.gc_prev = this.head;
    this.head.gc_next = this.head;
  }
  clear(): void {
    this.head.gc_prev = this.head;
    this.head.gc_next = this.head;
  }
  /**
   * Empties the list and unlinks every member, for a new run: objects a previous run left alive
   * (leaked, or reachable from a static type) would otherwise keep the whole old list, and
   * everything it holds, reachable.
   */
  forgetAll(): void {
    let o = this.head.gc_next;
    while (o !== null && o !== this.head) {
      const next: PyObject | null = o.gc_next;
      o.gc_prev = null;
      o.gc_next = null;
      o = next;
    }
    this.clear();
  }
  isEmpty(): boolean {
    return this.head.gc_next === this.head;
  }
  append(o: PyObject): void {
    const last = this.head.gc_prev as PyObject;
    o.gc_prev = last;
    o.gc_next = this.head;
    last.gc_next = o;
    this.head.gc_prev = o;
  }
  /** Moves every object of `from` to this list's tail, keeping their order. */
  merge(from: GcList): void {
    if (from.isEmpty()) return;
    const first = from.head.gc_next as PyObject;
    const last = from.head.gc_prev as PyObject;
    const tail = this.head.gc_prev as PyObject;
    tail.gc_next = first;
    first.gc_prev = tail;
    last.gc_next = this.head;
    this.head.gc_prev = last;
    from.clear();
  }
}

export function gcUnlink(o: PyObject): void {
  const prev = o.gc_prev as PyObject;
  const next = o.gc_next as PyObject;
  prev.gc_next = next;
  next.gc_prev = prev;
  o.gc_prev = null;
  o.gc_next = null;
}

/** Objects tracked since the last collection. */
export const young = new GcList();
/** Survivors of a collection. */
export const old = new GcList();

export const gcState = {
  enabled: true,
  collecting: false,
  /** Allocations of GC objects minus deallocations since the last collection (gen0 count). */
  youngCount: 0,
  threshold0: 2000,
  /** Set when youngCount passes the threshold; the eval loop runs the collection at a safe point. */
  scheduled: false,
};

/** _PyObject_GC_TRACK, counting the allocation as _PyObject_GC_Link does. */
export function gcTrack(o: PyObject): void {
  o.gc_flags |= GC_TRACKED;
  young.append(o);
  if (++gcState.youngCount > gcState.threshold0 && gcState.enabled && !gcState.collecting) gcState.scheduled = true;
}

/** _PyObject_GC_Link alone: a GC object allocated but left untracked still counts for gen0. */
export function gcCountAlloc(): void {
  if (++gcState.youngCount > gcState.threshold0 && gcState.enabled && !gcState.collecting) gcState.scheduled = true;
}

export function gcUntrack(o: PyObject): void {
  if ((o.gc_flags & GC_TRACKED) === 0) return;
  gcUnlink(o);
  o.gc_flags &= ~(GC_TRACKED | GC_OLD);
}

/** The memory of a GC object is released (PyObject_GC_Del): gen0 shrinks. */
export function gcFree(o: PyObject): void {
  if (gcState.youngCount > 0) gcState.youngCount--;
  countFree();
  if (freeWatcher !== null) freeWatcher(o);
  if (tracing) recorder.free(o);
}

/** The memory of a non-GC object is released. */
export function objFree(o: PyObject): void {
  countFree();
  if (freeWatcher !== null) freeWatcher(o);
  if (tracing) recorder.free(o);
}

export function isGcType(o: PyObject): boolean {
  return (o.ob_type.tp_flags & TPFLAGS_HAVE_GC) !== 0;
}
