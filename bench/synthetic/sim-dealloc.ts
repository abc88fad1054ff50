/**
 * The model's deallocation, in subtype_dealloc's order: __del__ first (it may resurrect), then
 * every weakref cleared before any callback runs (callbacks in list order), then the object's
 * references released in order, then the free.
 */
import { ObjectFlags } from '../../extension/protocol/trace';
import type { SimHeap, SimObject } from './sim-heap';

/** _Py_Dealloc → subtype_dealloc: __del__, weakrefs cleared then called back, references released, free. */
export function simDealloc(h: SimHeap, o: SimObject): void {
  o.dying = true;
  h.phase(o.id, (o.flags & ObjectFlags.hasFinalizer) !== 0 ? 'subtype_dealloc' : 'tp_dealloc');
  if ((o.flags & ObjectFlags.hasFinalizer) !== 0 && !o.finalized) {
    o.finalized = true;
    h.phase(o.id, 'tp_finalize');
    o.ext++;
    h.w.event('del_call', o.id);
    h.onDel.get(o.id)?.(o.id);
    o.ext--;
    if (o.inStrong + o.ext > 0) {
      o.dying = false;
      h.w.event('resurrect', o.id);
      return;
    }
  }
  clearWeakrefs(h, o, true);
  for (const e of [...o.out]) if (!e.weak) h.unlinkEdge(e);
  for (const e of [...o.out]) h.unlinkEdge(e);
  o.alive = false;
  h.w.event('free', o.id);
  h.w.died(o.id);
}

/** PyObject_ClearWeakRefs: every weakref cleared first, then the callbacks in list order. */
export function clearWeakrefs(h: SimHeap, o: SimObject, callCallbacks: boolean): void {
  if (o.weaklist.length === 0) return;
  h.phase(o.id, callCallbacks ? 'PyObject_ClearWeakRefs' : 'handle_weakrefs');
  const refs = o.weaklist;
  o.weaklist = [];
  const calls: [number, number][] = [];
  for (const r of refs) {
    const ro = h.obj(r);
    const weak = ro.out.find((e) => e.weak);
    if (weak !== undefined) h.unlinkEdge(weak);
    const cb = ro.out.find((e) => e.kind === 'callback');
    if (cb !== undefined && callCallbacks && ro.alive) calls.push([r, cb.to]);
  }
  for (const [r, cb] of calls) {
    h.w.event('weakref_callback', r, o.id, cb);
    h.onCall.get(cb)?.(r);
    const ro = h.obj(r);
    const cbEdge = ro.out.find((e) => e.kind === 'callback');
    if (cbEdge !== undefined && ro.alive) h.unlinkEdge(cbEdge);
  }
}
