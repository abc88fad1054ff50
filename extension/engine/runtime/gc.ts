/**
 * The cycle collector (CPython's Python/gc.c): update_refs copies refcounts into gc_refs,
 * subtract_refs removes references internal to the collected set (via tp_traverse),
 * move_unreachable separates what nothing outside reaches, then weakrefs to the unreachable are
 * cleared (callbacks of reachable weakrefs run, newest first per object), finalizers (__del__)
 * run once each (PEP 442), objects a finalizer resurrected survive, and tp_clear breaks the rest.
 */
import { GC_COLLECTING, GC_FINALIZED, GC_OLD, GC_TRACKED, GC_UNREACHABLE, PyObject } from './object';
import { GcList, gcState, gcUnlink, old, young } from './heap';
import { PyWeakref, clearWeakrefKeepCallback, handleCallback, takeCallback } from './weakref';
import { callFinalizer } from './subtype';
import { TupleType, tupleMaybeUntrack, type PyTuple } from './tuple';
import { decref, incref } from './heap';
import {
  recorder, GC_AUTOMATIC, GC_MANUAL, GC_SHUTDOWN, P_DELETE_GARBAGE, P_FINALIZE_GARBAGE, P_HANDLE_RESURRECTED, P_HANDLE_WEAKREFS,
  P_TP_CLEAR,
} from '../trace/recorder';

function visitDecref(child: PyObject): void {
  if ((child.gc_flags & GC_COLLECTING) !== 0) child.gc_refs--;
}

/** Reached from a reachable object: make it reachable too (move_unreachable's visit_reachable). */
let reachableList: GcList | null = null;
function visitReachable(child: PyObject): void {
  if ((child.gc_flags & GC_COLLECTING) === 0) return;
  if ((child.gc_flags & GC_UNREACHABLE) !== 0) {
    // Tentatively unreachable: move it back to the end of the list still being scanned.
    child.gc_flags &= ~GC_UNREACHABLE;
    gcUnlink(child);
    (reachableList as GcList).append(child);
    child.gc_refs = 1;
  } else if (child.gc_refs === 0) child.gc_refs = 1;
}

/** Set while the interpreter finalizes: every collection then is a shutdown one in the trace. */
let finalizing = false;

export function setFinalizing(on: boolean): void {
  finalizing = on;
}

/**
 * Collects `base` (after merging in the younger lists); returns the number of unreachable objects.
 * The phases are separate functions (as in gc.c): each hot loop is optimized once, and the garbage
 * handling, rarely reached in young collections, cannot deoptimize the scanning loops.
 */
function collect(base: GcList, generation: number, reason: number): number {
  gcState.collecting = true;
  const tracing = recorder.on;
  if (tracing) recorder.gcBegin(generation, finalizing ? GC_SHUTDOWN : reason);
  updateRefs(base);
  subtractRefs(base);
  const unreachable = new GcList();
  moveUnreachable(base, unreachable);
  const n = unreachable.isEmpty() ? 0 : handleGarbage(unreachable, tracing);
  gcState.youngCount = 0;
  if (tracing) recorder.gcEnd(n, 0, n);
  gcState.collecting = false;
  return n;
}

function updateRefs(base: GcList): void {
  for (let o = base.head.gc_next as PyObject; o !== base.head; o = o.gc_next as PyObject) {
    o.gc_refs = o.ob_refcnt;
    o.gc_flags |= GC_COLLECTING;
  }
}

function subtractRefs(base: GcList): void {
  for (let o = base.head.gc_next as PyObject; o !== base.head; o = o.gc_next as PyObject) {
    const tr = o.ob_type.tp_traverse;
    if (tr !== null) tr(o, visitDecref);
  }
}

/** move_unreachable; then what is left in base survives and joins the old generation. */
function moveUnreachable(base: GcList, unreachable: GcList): void {
  reachableList = base;
  let o = base.head.gc_next as PyObject;
  while (o !== base.head) {
    if (o.gc_refs > 0) {
      const tr = o.ob_type.tp_traverse;
      if (tr !== null) tr(o, visitReachable);
      o = o.gc_next as PyObject;
    } else {
      const next = o.gc_next as PyObject;
      gcUnlink(o);
      unreachable.append(o);
      o.gc_flags |= GC_UNREACHABLE;
      o = next;
    }
  }
  reachableList = null;
  // Everything left in base survives: it joins the old generation (untrack_tuples: tuples of
  // objects that cannot be in a cycle stop being tracked).
  for (let r = base.head.gc_next as PyObject; r !== base.head;) {
    const next = r.gc_next as PyObject;
    r.gc_flags = (r.gc_flags & ~GC_COLLECTING) | GC_OLD;
    if (r.ob_type === TupleType) tupleMaybeUntrack(r as PyTuple);
    r = next;
  }
  if (base !== old) old.merge(base);
}

/** What is done with the unreachable objects; returns how many count as collected. */
function handleGarbage(unreachable: GcList, tracing: boolean): number {
  const garbage: PyObject[] = [];
  for (let u = unreachable.head.gc_next as PyObject; u !== unreachable.head; u = u.gc_next as PyObject) garbage.push(u);
  for (const g of garbage) incref(g);
  if (tracing) {
    for (const g of garbage) recorder.gcUnreachable(g);
    if (garbage.some((g) => g.ob_weaklist !== null)) recorder.phase(null, P_HANDLE_WEAKREFS, 0);
  }

  // handle_weakrefs: clear every weakref to garbage; call back only weakrefs that are not garbage themselves.
  const callbacks: PyWeakref[] = [];
  const referents: PyObject[] = [];
  let freedWeakrefs = 0;
  for (const g of garbage) {
    for (let wr = g.ob_weaklist; wr !== null; wr = g.ob_weaklist) {
      clearWeakrefKeepCallback(wr);
      if (wr.wr_callback === null) continue;
      // A weakref that is garbage itself is not called back; it keeps its callback until it is
      // cleared with the rest (so the callback still counts among the collected).
      if ((wr.gc_flags & GC_UNREACHABLE) !== 0) continue;
      incref(wr);
      callbacks.push(wr);
      referents.push(g);
    }
  }
  for (let i = 0; i < callbacks.length; i++) {
    const wr = callbacks[i] as PyWeakref;
    const cb = takeCallback(wr);
    if (cb !== null) {
      handleCallback(wr, cb, referents[i] as PyObject, 'Exception ignored on calling weakref callback');
      decref(cb);
    }
    decref(wr);
    // A weakref its own callback let go of counts among the collected (handle_weakref_callbacks).
    if (wr.ob_refcnt === 0) freedWeakrefs++;
  }
  // finalize_garbage: each __del__ at most once, in list order.
  if (tracing && garbage.some((g) => g.ob_type.tp_finalize !== null && (g.gc_flags & GC_FINALIZED) === 0)) {
    recorder.phase(null, P_FINALIZE_GARBAGE, 0);
  }
  for (const g of garbage) {
    if (g.ob_type.tp_finalize !== null && (g.gc_flags & GC_FINALIZED) === 0) callFinalizer(g);
  }
  // handle_resurrected_objects: what a finalizer made reachable again (and all it reaches)
  // survives; the rest is still garbage. Objects whose last reference went during the finalizers
  // (only the reference held here is left) died there in CPython.
  const candidates = garbage.filter((g) => g.ob_refcnt > 1 && (g.gc_flags & GC_TRACKED) !== 0);
  for (const g of garbage) g.gc_flags &= ~GC_UNREACHABLE;
  for (const g of candidates) {
    g.gc_flags |= GC_UNREACHABLE;
    // The extra reference held here is subtracted; internal references are recounted below.
    g.gc_refs = g.ob_refcnt - 1;
  }
  for (const g of candidates) {
    const tr = g.ob_type.tp_traverse;
    if (tr !== null) tr(g, visitDecrefGarbage);
  }
  const resurrected: PyObject[] = candidates.filter((g) => g.gc_refs > 0);
  for (const g of resurrected) g.gc_flags &= ~GC_UNREACHABLE;
  for (let i = 0; i < resurrected.length + resurrectedNow.length; i++) {
    const r = (i < resurrected.length ? resurrected[i] : resurrectedNow[i - resurrected.length]) as PyObject;
    const tr = r.ob_type.tp_traverse;
    if (tr !== null) tr(r, visitResurrect);
  }
  const stillGarbage = candidates.filter((g) => (g.gc_flags & GC_UNREACHABLE) !== 0);
  if (tracing && resurrectedNow.length + resurrected.length !== 0) {
    recorder.phase(null, P_HANDLE_RESURRECTED, 0);
    for (const g of [...resurrected, ...resurrectedNow]) recorder.resurrect(g);
  }
  resurrectedNow.length = 0;
  for (const g of garbage) g.gc_flags &= ~(GC_COLLECTING | GC_UNREACHABLE);
  // Everything still tracked goes to the old generation; the still-unreachable are cleared.
  for (const g of garbage) {
    if ((g.gc_flags & GC_TRACKED) !== 0) {
      gcUnlink(g);
      old.append(g);
      g.gc_flags |= GC_OLD;
    }
  }
  // delete_garbage: tp_clear each in order while it is still alive.
  if (tracing && stillGarbage.length !== 0) recorder.phase(null, P_DELETE_GARBAGE, 0);
  for (const g of stillGarbage) {
    if (gcDebug.saveAll !== null) {
      // gc.DEBUG_SAVEALL: gc.garbage keeps the object instead of it being cleared.
      gcDebug.saveAll(g);
      continue;
    }
    if (g.ob_refcnt > 1) {
      const clear = g.ob_type.tp_clear;
      if (clear !== null) {
        if (recorder.on) recorder.phase(g, P_TP_CLEAR, 0);
        clear(g);
      }
    }
  }
  const n = stillGarbage.length + freedWeakrefs;
  for (const g of garbage) decref(g);
  return n;
}

function visitDecrefGarbage(child: PyObject): void {
  if ((child.gc_flags & GC_UNREACHABLE) !== 0) child.gc_refs--;
}

/** Reached from a resurrected object: it survives too (and is traversed in turn, from a worklist). */
const resurrectedNow: PyObject[] = [];
function visitResurrect(child: PyObject): void {
  if ((child.gc_flags & GC_UNREACHABLE) === 0) return;
  child.gc_flags &= ~GC_UNREACHABLE;
  resurrectedNow.push(child);
}

/** gc.collect(): a full collection of every generation (reason: trace/recorder's GC_* numbers). */
export function collectAll(reason = GC_MANUAL): number {
  if (gcState.collecting) return 0;
  gcState.scheduled = false;
  const all = new GcList();
  all.merge(old);
  all.merge(young);
  const n = collect(all, 2, reason);
  old.merge(all);
  return n;
}

/**
 * The objects a full collection would find unreachable, without collecting them (MicroPython's
 * collector uses this to take their weak references first: runtime/mp-gc.ts).
 */
export function findUnreachable(): PyObject[] {
  const all = new GcList();
  all.merge(old);
  all.merge(young);
  updateRefs(all);
  subtractRefs(all);
  const unreachable = new GcList();
  moveUnreachable(all, unreachable);
  const found: PyObject[] = [];
  for (let u = unreachable.head.gc_next as PyObject; u !== unreachable.head; u = u.gc_next as PyObject) found.push(u);
  for (const u of found) u.gc_flags = (u.gc_flags & ~(GC_COLLECTING | GC_UNREACHABLE)) | GC_OLD;
  old.merge(all);
  old.merge(unreachable);
  return found;
}

/** gc.set_debug(gc.DEBUG_SAVEALL) installs where unreachable objects go instead of tp_clear. */
export const gcDebug = { saveAll: null as ((o: PyObject) => void) | null };

/** gc.collect(0) or gc.collect(1): the young generation, even while automatic collection is off. */
export function collectYoung(reason = GC_MANUAL): number {
  if (gcState.collecting) return 0;
  gcState.scheduled = false;
  const gen = new GcList();
  gen.merge(young);
  const n = collect(gen, 0, reason);
  old.merge(gen);
  return n;
}

/** A collection the allocation threshold scheduled: the young generation only. */
export function collectScheduled(): void {
  gcState.scheduled = false;
  if (!gcState.enabled || gcState.collecting) return;
  const gen = new GcList();
  gen.merge(young);
  collect(gen, 0, GC_AUTOMATIC);
  old.merge(gen);
}

