/**
 * The cycle collector's runs, explained: for each collection (gc_begin … gc_end) its generation
 * and reason, the unreachable set and the cycles in it, the weakrefs cleared (with or without a
 * callback, and whether it was called), the finalizers run, what was resurrected and freed, and
 * what gc.collect() returned.
 */
import type { TraceIndex } from './trace-index';
import { cyclePath, cyclesAmong } from './cycles';
import { objectTitle } from './labels';
import { EV, PHASE, eventLine, gcReason, hasCallbackFlags, isWeakFlags } from './schema';

export interface Collection {
  /** 0-based ordinal among the trace's collections. */
  readonly ordinal: number;
  /** Event indices of gc_begin and gc_end (events.count if the trace ends inside it). */
  readonly begin: number;
  readonly end: number;
  readonly step: number;
  readonly line: number;
  readonly generation: number;
  readonly reason: 'manual' | 'automatic' | 'shutdown' | 'unknown';
  readonly unreachable: readonly number[];
  readonly weakrefsCleared: readonly { readonly weakref: number; readonly referent: number; readonly hadCallback: boolean; readonly called: boolean }[];
  readonly callbacks: readonly { readonly weakref: number; readonly referent: number; readonly callback: number; readonly event: number }[];
  readonly finalizers: readonly { readonly id: number; readonly event: number; readonly kind: 'del' | 'finalize' }[];
  readonly resurrected: readonly number[];
  readonly freed: readonly number[];
  readonly collected: number;
  readonly uncollectable: number;
  /** What gc.collect() returned (or would have, for an automatic collection). */
  readonly returned: number;
}

const cache = new WeakMap<TraceIndex, readonly Collection[]>();

export function collections(index: TraceIndex): readonly Collection[] {
  const known = cache.get(index);
  if (known !== undefined) return known;
  const { events } = index.trace;
  const out: Collection[] = [];
  for (let i = 0; i < events.count; i++) if (events.kind[i] === EV.gc_begin) out.push(readCollection(index, i, out.length));
  cache.set(index, out);
  return out;
}

/** The collection whose events include event `e`, or null. */
export function collectionAt(index: TraceIndex, e: number): Collection | null {
  const all = collections(index);
  let lo = 0;
  let hi = all.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = all[mid] as Collection;
    if (e < c.begin) hi = mid - 1;
    else if (e > c.end) lo = mid + 1;
    else return c;
  }
  return null;
}

function readCollection(index: TraceIndex, begin: number, ordinal: number): Collection {
  const { events } = index.trace;
  const unreachable: number[] = [];
  const cleared: { weakref: number; referent: number; hadCallback: boolean; called: boolean }[] = [];
  const callbacks: { weakref: number; referent: number; callback: number; event: number }[] = [];
  const finalizers: { id: number; event: number; kind: 'del' | 'finalize' }[] = [];
  const resurrected: number[] = [];
  const freed: number[] = [];
  const inSet = new Set<number>();
  let end = events.count;
  let collected = 0;
  let uncollectable = 0;
  let returned = 0;
  for (let i = begin + 1; i < events.count; i++) {
    const k = events.kind[i];
    const a = events.a[i] as number;
    const b = events.b[i] as number;
    if (k === EV.gc_end) {
      end = i;
      collected = a;
      uncollectable = b;
      returned = events.c[i] as number;
      break;
    }
    if (k === EV.gc_begin) {
      end = i - 1;
      break;
    }
    if (k === EV.gc_unreachable) {
      unreachable.push(a);
      inSet.add(a);
    } else if (k === EV.edge_remove && isWeakFlags(events.d[i] as number) && inSet.has(b)) {
      cleared.push({ weakref: a, referent: b, hadCallback: hasCallbackFlags(events.d[i] as number), called: false });
    } else if (k === EV.weakref_callback) {
      callbacks.push({ weakref: a, referent: b, callback: events.c[i] as number, event: i });
    } else if (k === EV.del_call) {
      finalizers.push({ id: a, event: i, kind: 'del' });
    } else if (k === EV.finalize_call) {
      finalizers.push({ id: a, event: i, kind: 'finalize' });
    } else if (k === EV.resurrect) {
      resurrected.push(a);
    } else if (k === EV.free) {
      freed.push(a);
    }
  }
  const calledRefs = new Set(callbacks.map((c) => c.weakref));
  for (const c of cleared) c.called = calledRefs.has(c.weakref);
  const step = events.step[begin] as number;
  return {
    ordinal,
    begin,
    end,
    step,
    line: eventLine(index.trace, begin),
    generation: events.a[begin] as number,
    reason: gcReason(events.b[begin] as number),
    unreachable,
    weakrefsCleared: cleared,
    callbacks,
    finalizers,
    resurrected,
    freed,
    collected,
    uncollectable,
    returned,
  };
}

/** The cycles in a collection's unreachable set, each as a path (A#1 → B#2 → A#1), as the heap was when it was found. */
export function collectionCycles(index: TraceIndex, c: Collection): number[][] {
  const { events } = index.trace;
  // The heap right after the unreachable set was announced, before anything was cleared.
  let p = c.begin + 1;
  while (p < c.end && (events.kind[p] === EV.gc_unreachable || (events.kind[p] === EV.phase && events.b[p] === PHASE('handle_weakrefs') && events.a[p] === -1))) p++;
  const view = index.at(p, c.step);
  return cyclesAmong(view, new Set(c.unreachable)).map((comp) => cyclePath(view, comp));
}

/** A collection in one paragraph: what it found, what it cleared and ran, what it freed and returned. */
export function explainCollection(index: TraceIndex, c: Collection): string {
  const trace = index.trace;
  const title = (id: number): string => objectTitle(trace, id).split(' ')[0] as string;
  const cycles = collectionCycles(index, c);
  const what = c.reason === 'manual' ? `gc.collect() at line ${c.line}` : c.reason === 'shutdown' ? 'the final collection at shutdown' : `an automatic collection at line ${c.line}`;
  const parts = [`${what} (generation ${c.generation}) found ${plural(c.unreachable.length, 'unreachable object')}`];
  if (cycles.length > 0) parts[0] += ` in ${plural(cycles.length, 'cycle')} (${cycles.slice(0, 3).map((p) => p.map(title).join(' → ')).join('; ')}${cycles.length > 3 ? '; …' : ''})`;
  const withCb = c.weakrefsCleared.filter((w) => w.hadCallback);
  if (c.weakrefsCleared.length > 0) {
    parts.push(`cleared ${plural(c.weakrefsCleared.length, 'weak reference')} (${withCb.length} with a callback, ${withCb.filter((w) => w.called).length} called)`);
  }
  const dels = c.finalizers.filter((f) => f.kind === 'del');
  if (dels.length > 0) parts.push(`ran __del__ of ${dels.map((f) => title(f.id)).join(', ')}`);
  if (c.resurrected.length > 0) parts.push(`${c.resurrected.map(title).join(', ')} resurrected (nothing was freed)`);
  parts.push(`freed ${plural(c.freed.length, 'object')}`);
  parts.push(c.reason === 'manual' ? `gc.collect() returned ${c.returned}` : `it would have returned ${c.returned}`);
  return `${parts.join('; ')}.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
