/**
 * What changed in the heap between two steps: objects born and freed, references added and
 * removed, refcounts that moved. Computed from the two views, so it is exact whatever happened in
 * between (an object born and freed in between is in neither).
 */
import type { TraceIndex } from './trace-index';
import type { HeapView } from './heap-view';

export interface EdgeChange {
  readonly edge: number;
  readonly from: number;
  readonly to: number;
  readonly label: string;
  readonly weak: boolean;
}

export interface HeapDiff {
  readonly fromStep: number;
  readonly toStep: number;
  readonly born: readonly number[];
  readonly freed: readonly number[];
  readonly edgesAdded: readonly EdgeChange[];
  readonly edgesRemoved: readonly EdgeChange[];
  readonly refcnts: readonly { readonly id: number; readonly before: number; readonly after: number }[];
}

export function diffSteps(index: TraceIndex, fromStep: number, toStep: number): HeapDiff {
  const a = index.seek(fromStep);
  const b = index.seek(toStep);
  const born: number[] = [];
  const freed: number[] = [];
  const refcnts: { id: number; before: number; after: number }[] = [];
  for (const id of b.objects) {
    if (!a.isAlive(id)) born.push(id);
    else if (a.refcnt(id) !== b.refcnt(id)) refcnts.push({ id, before: a.refcnt(id), after: b.refcnt(id) });
  }
  for (const id of a.objects) if (!b.isAlive(id)) freed.push(id);
  const inA = new Set(a.edges);
  const inB = new Set(b.edges);
  const change = (v: HeapView, e: number): EdgeChange => ({ edge: e, from: v.from(e), to: v.to(e), label: v.label(e), weak: v.isWeak(e) });
  return {
    fromStep,
    toStep,
    born: born.sort((x, y) => x - y),
    freed: freed.sort((x, y) => x - y),
    edgesAdded: [...b.edges].filter((e) => !inA.has(e)).sort((x, y) => x - y).map((e) => change(b, e)),
    edgesRemoved: [...a.edges].filter((e) => !inB.has(e)).sort((x, y) => x - y).map((e) => change(a, e)),
    refcnts: refcnts.sort((x, y) => x.id - y.id),
  };
}
