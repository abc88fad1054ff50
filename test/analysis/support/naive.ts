/**
 * The heap at a position by the contract's own definition (protocol/trace.ts: apply events in
 * order; free removes a node with its edges), replayed from the start with maps. The index must
 * agree with this everywhere.
 */
import type { Trace } from '../../../extension/protocol/trace';
import { EV } from '../../../extension/engine/trace/analysis/schema';

export interface NaiveHeap {
  objects: Set<number>;
  refcnt: Map<number, number>;
  /** `${from}->${to}:${label}:${flags & ~2}` → multiplicity */
  edges: Map<string, number>;
}

export function naiveHeap(trace: Trace, position: number): NaiveHeap {
  const { events } = trace;
  const objects = new Set<number>();
  const allocated = new Set<number>();
  for (let i = 0; i < events.count; i++) if (events.kind[i] === EV.alloc) allocated.add(events.a[i] as number);
  for (let o = 0; o < trace.objects.count; o++) if (!allocated.has(o)) objects.add(o);
  const refcnt = new Map<number, number>();
  const edges = new Map<string, number>();
  const touching = new Map<number, Set<string>>();
  const note = (id: number, key: string): void => {
    let s = touching.get(id);
    if (s === undefined) touching.set(id, (s = new Set()));
    s.add(key);
  };
  for (let i = 0; i < position; i++) {
    const k = events.kind[i];
    const a = events.a[i] as number;
    const b = events.b[i] as number;
    const key = `${a}->${b}:${events.c[i]}:${(events.d[i] as number) & ~2}`;
    if (k === EV.alloc) objects.add(a);
    else if (k === EV.free) {
      objects.delete(a);
      for (const e of touching.get(a) ?? []) edges.delete(e);
      touching.delete(a);
    } else if (k === EV.refcnt) refcnt.set(a, b);
    else if (k === EV.edge_add) {
      edges.set(key, (edges.get(key) ?? 0) + 1);
      note(a, key);
      note(b, key);
    } else if (k === EV.edge_remove) {
      const n = edges.get(key) ?? 0;
      if (n <= 1) edges.delete(key);
      else edges.set(key, n - 1);
    }
  }
  return { objects, refcnt, edges };
}
