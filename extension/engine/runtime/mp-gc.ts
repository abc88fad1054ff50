/**
 * MicroPython's object lifetime (the `micropython` profile): no reference counting — an object
 * that loses its last reference is not freed (heap.ts `deferredFrees` keeps it) — and a tracing
 * collector that reclaims everything unreachable when `gc.collect()` runs and once more after the
 * program ends. A collection first takes the weak references of every object it is about to free,
 * frees them (user classes' `__del__` is never called: slots.ts gives them no tp_finalize), then
 * runs the callbacks: `weakref.finalize` ones newest first, then the other refs' newest first.
 *
 * MicroPython's real collector is conservative: it scans the C stack and registers for anything
 * that looks like a pointer, so an object can survive a collection it is unreachable at. The
 * engine's model is precise; where outputs differ for that reason the difference is documented
 * (test/conformance/VERSION-DIFFERENCES.md), not imitated.
 */
import type { PyObject } from './object';
import { dealloc, decref, deferredFrees, incref } from './heap';
import { collectAll, findUnreachable } from './gc';
import { PyWeakref, clearWeakrefKeepCallback, handleCallback, takeCallback } from './weakref';

let collecting = false;

interface Pending {
  readonly ref: PyWeakref;
  readonly callback: PyObject;
  readonly referent: PyObject;
}

/** A `weakref.finalize` of the MicroPython profile's weakref module (its class is named so). */
function isFinalize(callback: PyObject): boolean {
  return callback.ob_type.tp_name === 'finalize';
}

/** One MicroPython collection: frees every unreachable object, then runs the weak callbacks. */
export function mpCollect(): void {
  if (collecting) return;
  collecting = true;
  deferredFrees.on = false;
  const finalizers: Pending[] = [];
  const refs: Pending[] = [];
  try {
    const pending = deferredFrees.pending.splice(0);
    const garbage = new Set<PyObject>([...pending, ...findUnreachable()]);
    for (const g of garbage) {
      for (let wr = g.ob_weaklist; wr !== null; wr = g.ob_weaklist) {
        clearWeakrefKeepCallback(wr);
        const callback = takeCallback(wr);
        if (callback === null || garbage.has(wr)) {
          if (callback !== null) decref(callback);
          continue;
        }
        incref(wr);
        (isFinalize(callback) ? finalizers : refs).push({ ref: wr, callback, referent: g });
      }
    }
    // Nothing references the pending objects any more: free them (what only they held follows),
    // then let the cycle collector clear what is left (cycles; no finalizers, no weakrefs remain).
    for (const p of pending) dealloc(p);
    collectAll();
    const newestFirst = (a: Pending, b: Pending): number => b.ref.ob_id - a.ref.ob_id;
    for (const p of [...finalizers.sort(newestFirst), ...refs.sort(newestFirst)]) {
      handleCallback(p.ref, p.callback, null, 'Unhandled exception in weakref callback');
      decref(p.callback);
      decref(p.ref);
    }
  } finally {
    deferredFrees.on = true;
    collecting = false;
  }
}
