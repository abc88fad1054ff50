/**
 * Per-object views of the history that death causes ask for again and again: the strong
 * references into and out of an object, its deallocation phases and rebirths. A frame running a
 * 20,000-iteration loop has hundreds of thousands of events; asking "was this a rebinding?" or
 * "was its holder dying?" once per death by scanning them all made a run's causes quadratic. Each
 * view is built once per object, on first use, and answered by binary search.
 */
import type { TraceIndex } from './trace-index';
import { objectEvents } from './object-events';
import { EV, isWeakFlags, labelKindOf } from './schema';
import { INTERPRETER_ID } from '../../../protocol/trace';

/** The first position in the ascending `list` whose value is ≥ `value`. */
export function lowerBound(list: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Event indices in trace order, with a running count where one applies. */
interface Counted {
  readonly at: Int32Array;
  /** After at[k]: how many such references are held. */
  readonly live: Int32Array;
}

export interface ObjectHistory {
  /** Its own deallocation phases, allocation and resurrections. */
  readonly marks: Int32Array;
  /** Strong references to it removed. */
  readonly inRemovals: Int32Array;
  /** Strong references to it added and removed. */
  readonly strongIn: Counted;
  /** Strong references it holds, added and removed. */
  readonly strongOut: Counted;
  /** Name bindings to it (edge_add with a 'name' label). */
  readonly nameIns: Int32Array;
  /** The interpreter's references to it (a frame being run), added and removed. */
  readonly interpreterIn: Int32Array;
}

const caches = new WeakMap<TraceIndex, Map<number, ObjectHistory>>();

export function historyOf(index: TraceIndex, id: number): ObjectHistory {
  let cache = caches.get(index);
  if (cache === undefined) {
    cache = new Map();
    caches.set(index, cache);
  }
  let h = cache.get(id);
  if (h === undefined) {
    h = build(index, id);
    cache.set(id, h);
  }
  return h;
}

function build(index: TraceIndex, id: number): ObjectHistory {
  const { events } = index.trace;
  const marks: number[] = [];
  const inRemovals: number[] = [];
  const inAt: number[] = [];
  const inLive: number[] = [];
  const outAt: number[] = [];
  const outLive: number[] = [];
  const nameIns: number[] = [];
  const interpreterIn: number[] = [];
  let nIn = 0;
  let nOut = 0;
  for (const i of objectEvents(index).of(id)) {
    const k = events.kind[i];
    const a = events.a[i] as number;
    if ((k === EV.phase && a === id) || k === EV.alloc || k === EV.resurrect) marks.push(i);
    if (k !== EV.edge_add && k !== EV.edge_remove) continue;
    const add = k === EV.edge_add;
    const flags = events.d[i] as number;
    if (events.b[i] === id) {
      if (a === INTERPRETER_ID) interpreterIn.push(i);
      if (add && labelKindOf(flags) === 'name') nameIns.push(i);
      if (!isWeakFlags(flags)) {
        nIn += add ? 1 : -1;
        inAt.push(i);
        inLive.push(nIn);
        if (!add) inRemovals.push(i);
      }
    }
    if (a === id && !isWeakFlags(flags)) {
      nOut += add ? 1 : -1;
      outAt.push(i);
      outLive.push(nOut);
    }
  }
  return {
    marks: Int32Array.from(marks),
    inRemovals: Int32Array.from(inRemovals),
    strongIn: { at: Int32Array.from(inAt), live: Int32Array.from(inLive) },
    strongOut: { at: Int32Array.from(outAt), live: Int32Array.from(outLive) },
    nameIns: Int32Array.from(nameIns),
    interpreterIn: Int32Array.from(interpreterIn),
  };
}

/** How many of the counted references were held just before event `before`. */
export function liveBefore(c: Counted, before: number): number {
  const k = lowerBound(c.at, before) - 1;
  return k < 0 ? 0 : (c.live[k] as number);
}

/** The latest allocation or resurrection of the object before `before`, or -1. */
export function lastBirthBefore(index: TraceIndex, h: ObjectHistory, before: number): number {
  const kind = index.trace.events.kind;
  for (let j = lowerBound(h.marks, before) - 1; j >= 0; j--) {
    const i = h.marks[j] as number;
    if (kind[i] === EV.alloc || kind[i] === EV.resurrect) return i;
  }
  return -1;
}
