/**
 * Each object's events in order — every event naming it as `a` or as `b` (an edge's target, a
 * callback's referent), or as the live referent of a finalizer run directly or at exit — as one
 * CSR table built once per index, on first use. Lifespans, death causes and why-dead read an
 * object's history from here instead of scanning the trace.
 */
import type { TraceIndex } from './trace-index';
import { EV } from './schema';

const A_IS_OBJECT = new Set<number>([
  EV.alloc, EV.refcnt, EV.edge_add, EV.edge_remove, EV.phase, EV.del_call, EV.weakref_callback,
  EV.finalize_call, EV.resurrect, EV.free, EV.gc_unreachable, EV.unraisable, EV.repr,
]);
const B_IS_OBJECT = new Set<number>([EV.edge_add, EV.edge_remove, EV.weakref_callback, EV.finalize_call]);

export class ObjectEvents {
  private readonly start: Int32Array;
  private readonly list: Int32Array;

  constructor(index: TraceIndex) {
    const { events, objects } = index.trace;
    const n = objects.count;
    const start = new Int32Array(n + 1);
    const valid = (x: number): boolean => x >= 0 && x < n;
    for (let i = 0; i < events.count; i++) {
      const k = events.kind[i] as number;
      const a = events.a[i] as number;
      const b = events.b[i] as number;
      if (A_IS_OBJECT.has(k) && valid(a)) start[a + 1]++;
      if (B_IS_OBJECT.has(k) && valid(b) && b !== a) start[b + 1]++;
      // A finalizer called directly or at exit names its (live) referent in c.
      if (k === EV.finalize_call && valid(events.c[i] as number)) start[(events.c[i] as number) + 1]++;
    }
    for (let i = 1; i <= n; i++) start[i] = (start[i] as number) + (start[i - 1] as number);
    const fill = start.slice(0, n);
    const list = new Int32Array(start[n] as number);
    for (let i = 0; i < events.count; i++) {
      const k = events.kind[i] as number;
      const a = events.a[i] as number;
      const b = events.b[i] as number;
      if (A_IS_OBJECT.has(k) && valid(a)) list[fill[a]++ as number] = i;
      if (B_IS_OBJECT.has(k) && valid(b) && b !== a) list[fill[b]++ as number] = i;
      if (k === EV.finalize_call && valid(events.c[i] as number)) list[fill[events.c[i] as number]++ as number] = i;
    }
    this.start = start;
    this.list = list;
  }

  /** Event indices involving `id`, in trace order. */
  of(id: number): Int32Array {
    if (id < 0 || id + 1 >= this.start.length) return new Int32Array(0);
    return this.list.subarray(this.start[id] as number, this.start[id + 1] as number);
  }
}

const cache = new WeakMap<TraceIndex, ObjectEvents>();

export function objectEvents(index: TraceIndex): ObjectEvents {
  let oe = cache.get(index);
  if (oe === undefined) {
    oe = new ObjectEvents(index);
    cache.set(index, oe);
  }
  return oe;
}
