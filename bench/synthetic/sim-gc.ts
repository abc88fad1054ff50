/**
 * The model's cycle collector, in gc.c's order: unreachable set found from refcounts minus
 * internal references; weakrefs to it cleared (callbacks only for weakrefs outside it); each
 * __del__ once; if a finalizer resurrected anything nothing is cleared; else tp_clear each.
 */
import { GC_REASONS, ObjectFlags, type GcReason } from '../../extension/protocol/trace';
import type { SimHeap, SimObject } from './sim-heap';

export function simCollect(h: SimHeap, reason: GcReason, generation: number): number {
  h.w.event('gc_begin', generation, GC_REASONS.indexOf(reason));
  const isCandidate = (o: SimObject): boolean =>
    o.alive && !o.dying && (o.flags & ObjectFlags.gcTracked) !== 0 && (o.flags & ObjectFlags.immortal) === 0;
  const candidates = h.objs.filter(isCandidate);
  const inSet = new Set(candidates.map((o) => o.id));
  const gcRefs = new Map<number, number>();
  for (const o of candidates) gcRefs.set(o.id, o.inStrong + o.ext);
  for (const o of candidates) {
    for (const e of o.out) if (!e.weak && inSet.has(e.to)) gcRefs.set(e.to, (gcRefs.get(e.to) as number) - 1);
  }
  const reachable = new Set<number>();
  const stack = candidates.filter((o) => (gcRefs.get(o.id) as number) > 0).map((o) => o.id);
  while (stack.length > 0) {
    const id = stack.pop() as number;
    if (reachable.has(id)) continue;
    reachable.add(id);
    for (const e of h.obj(id).out) if (!e.weak && inSet.has(e.to) && !reachable.has(e.to)) stack.push(e.to);
  }
  const garbage = candidates.filter((o) => !reachable.has(o.id));
  const garbageIds = new Set(garbage.map((o) => o.id));
  for (const g of garbage) h.w.event('gc_unreachable', g.id);
  for (const g of garbage) g.ext++;

  // handle_weakrefs
  const callbacks: [number, number, number][] = [];
  for (const g of garbage) {
    if (g.weaklist.length === 0) continue;
    h.phase(g.id, 'handle_weakrefs');
    const refs = g.weaklist;
    g.weaklist = [];
    for (const r of refs) {
      const ro = h.obj(r);
      const weak = ro.out.find((e) => e.weak);
      if (weak !== undefined) h.unlinkEdge(weak);
      const cb = ro.out.find((e) => e.kind === 'callback');
      if (cb === undefined) continue;
      if (garbageIds.has(r)) h.unlinkEdge(cb);
      else callbacks.push([r, g.id, cb.to]);
    }
  }
  for (const [r, referent, cb] of callbacks) {
    h.w.event('weakref_callback', r, referent, cb);
    h.onCall.get(cb)?.(r);
    const cbEdge = h.obj(r).out.find((e) => e.kind === 'callback');
    if (cbEdge !== undefined) h.unlinkEdge(cbEdge);
  }
  // finalize_garbage
  for (const g of garbage) {
    if ((g.flags & ObjectFlags.hasFinalizer) === 0 || g.finalized) continue;
    g.finalized = true;
    h.phase(g.id, 'finalize_garbage');
    h.w.event('del_call', g.id);
    h.onDel.get(g.id)?.(g.id);
  }
  // check_garbage: anything referenced from outside the set now was resurrected.
  const outside = new Map<number, number>();
  for (const g of garbage) outside.set(g.id, g.inStrong + g.ext - 1);
  for (const g of garbage) for (const e of g.out) if (!e.weak && garbageIds.has(e.to)) outside.set(e.to, (outside.get(e.to) as number) - 1);
  const resurrected = garbage.filter((g) => (outside.get(g.id) as number) > 0);
  for (const g of resurrected) {
    h.phase(g.id, 'handle_resurrected_objects');
    h.w.event('resurrect', g.id);
  }
  if (resurrected.length === 0) {
    for (const g of garbage) {
      if (!g.alive) continue;
      h.phase(g.id, 'delete_garbage');
      h.phase(g.id, 'tp_clear');
      for (const e of [...g.out]) if (!e.weak && e.kind !== 'type') h.unlinkEdge(e);
    }
  }
  let freed = 0;
  for (const g of garbage) {
    g.ext--;
    h.maybeDealloc(g.id);
    if (!g.alive) freed++;
  }
  const n = resurrected.length === 0 ? garbage.length : 0;
  h.w.event('gc_end', freed, 0, n);
  return n;
}
