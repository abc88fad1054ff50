/**
 * Weak containers (weakref.WeakValueDictionary, WeakKeyDictionary, WeakSet — Python code, so
 * ordinary instances in the trace): their entries at any step, each eviction's step and cause,
 * and removals pending while the container is being iterated (CPython defers them to
 * `_pending_removals`; until then the entry is still in `data` with a dead weakref).
 *
 * Layout read: WeakValueDictionary.data = {key: KeyedRef(value)}; WeakKeyDictionary.data =
 * {ref(key): value}; WeakSet.data = {ref(item)}. A dict's key and value edges for one entry carry
 * the same label (the key's short repr), which is how a key is paired with its value.
 */
import type { TraceIndex } from './trace-index';
import type { HeapView } from './heap-view';
import { deathOf } from './death';
import { objectEvents } from './object-events';
import { objectTitle } from './labels';
import { attribute, isWeakref, weakContainerKind, weakReferentOf, type WeakContainerKind } from './structure';
import { EV, OF, hasFlag, isWeakFlags, labelKindOf, stepLine, str } from './schema';

export interface WeakEntry {
  /** The key as it reads: repr(key) for a WeakValueDictionary, the referent's title otherwise. */
  readonly key: string;
  /** The weakly held object (the value of a WeakValueDictionary, the key of a WeakKeyDictionary, the member of a WeakSet). */
  readonly referent: number;
  /** The strongly held value of a WeakKeyDictionary (-1 otherwise, or when not recorded). */
  readonly value: number;
  /** The weak reference object of the entry (KeyedRef, or the ref used as key/member). */
  readonly ref: number;
  readonly addedStep: number;
  readonly addedLine: number;
  /** -1 while the entry is in the container at the step asked about. */
  readonly removedStep: number;
  readonly removedLine: number;
  /** Its referent had died when the entry left (an eviction), or has died while it is still there (pending). */
  readonly referentDied: boolean;
  /** Dead referent, entry still present: a removal deferred while the container was iterated. */
  readonly pending: boolean;
  /** Why it left, in words; null while present. */
  readonly cause: string | null;
  /** Step at which the referent died (-1 if alive at the step asked about). */
  readonly referentDiedStep: number;
}

export interface WeakContainerState {
  readonly id: number;
  readonly kind: WeakContainerKind;
  readonly step: number;
  /** The `data` dict or set (-1 when not found). */
  readonly data: number;
  readonly entries: readonly WeakEntry[];
  readonly evicted: readonly WeakEntry[];
  /** Items queued in `_pending_removals` at this step. */
  readonly pendingRemovals: number;
}

/** Every weak container in the trace (by class name, or by flag and layout for subclasses). */
export function weakContainers(index: TraceIndex): number[] {
  const t = index.trace;
  const out: number[] = [];
  for (let id = 0; id < t.objects.count; id++) if (weakContainerKind(t, id) !== null || hasFlag(t, id, OF.isWeakContainer)) out.push(id);
  return out;
}

export function weakContainerAt(index: TraceIndex, id: number, step: number): WeakContainerState | null {
  const view = index.seek(step);
  if (!view.isAlive(id)) return null;
  const data = attribute(view, id, 'data');
  const kind = weakContainerKind(index.trace, id) ?? layoutKind(view, data);
  if (kind === null) return null;
  const pendingList = attribute(view, id, '_pending_removals');
  const pendingRemovals = pendingList < 0 ? 0 : [...view.out(pendingList)].filter((e) => !view.isWeak(e)).length;
  if (data < 0) return { id, kind, step, data, entries: [], evicted: [], pendingRemovals };
  const all = entryHistory(index, view, kind, data);
  return {
    id,
    kind,
    step,
    data,
    entries: all.filter((e) => e.removedStep < 0),
    evicted: all.filter((e) => e.removedStep >= 0),
    pendingRemovals,
  };
}

function layoutKind(view: HeapView, data: number): WeakContainerKind | null {
  if (data < 0) return null;
  const t = view.index.trace;
  for (const e of view.out(data)) {
    const k = view.labelKind(e);
    if (k === 'value' && isWeakref(t, view.to(e))) return 'WeakValueDictionary';
    if (k === 'key' && isWeakref(t, view.to(e))) return 'WeakKeyDictionary';
    if (k === 'item') return 'WeakSet';
  }
  return null;
}

/** Every entry `data` has held up to the view's position, from its edge events. */
function entryHistory(index: TraceIndex, view: HeapView, kind: WeakContainerKind, data: number): WeakEntry[] {
  const trace = index.trace;
  const { events } = trace;
  const wanted = kind === 'WeakValueDictionary' ? 'value' : kind === 'WeakKeyDictionary' ? 'key' : 'item';
  const p = view.position;
  const out: WeakEntry[] = [];
  for (const i of objectEvents(index).of(data)) {
    if (i >= p) break;
    if (events.kind[i] !== EV.edge_add || events.a[i] !== data || isWeakFlags(events.d[i] as number)) continue;
    if (labelKindOf(events.d[i] as number) !== wanted) continue;
    const ref = events.b[i] as number;
    const end = index.edgeEnd(i);
    const removed = end < p ? end : -1;
    const label = str(trace, events.c[i] as number);
    const { referent, cleared } = weakReferentOf(index, ref);
    // The weakref is cleared (its edge removed) as its referent starts dying, before callbacks run and long before the free.
    const diedAt = referent >= 0 ? Math.min(cleared, index.freeAt[referent] as number) : index.eventCount;
    const at = removed >= 0 ? removed : p;
    const referentDied = diedAt < at;
    const value = kind === 'WeakKeyDictionary' ? valueFor(index, data, label, i, at) : -1;
    out.push({
      key: kind === 'WeakValueDictionary' ? label : referent >= 0 ? objectTitle(trace, referent) : label,
      referent,
      value,
      ref,
      addedStep: events.step[i] as number,
      addedLine: stepLine(trace, events.step[i] as number),
      removedStep: removed >= 0 ? (events.step[removed] as number) : -1,
      removedLine: removed >= 0 ? stepLine(trace, events.step[removed] as number) : 0,
      referentDied,
      pending: removed < 0 && referentDied,
      cause: removed >= 0 ? evictionCause(index, referent, referentDied, removed) : null,
      referentDiedStep: referentDied ? (events.step[diedAt] as number) : -1,
    });
  }
  return out;
}

function valueFor(index: TraceIndex, data: number, label: number | string, after: number, before: number): number {
  const { events } = index.trace;
  for (const i of objectEvents(index).of(data)) {
    if (i < after) continue;
    if (i >= before) break;
    if (events.kind[i] === EV.edge_add && events.a[i] === data && labelKindOf(events.d[i] as number) === 'value' && str(index.trace, events.c[i] as number) === label) return events.b[i] as number;
  }
  return -1;
}

function evictionCause(index: TraceIndex, referent: number, died: boolean, removed: number): string {
  const trace = index.trace;
  const line = stepLine(trace, trace.events.step[removed] as number);
  if (died && referent >= 0) {
    const d = deathOf(index, referent);
    return `${objectTitle(trace, referent)} died (${d === null ? 'freed' : d.because}); its entry was removed at line ${line}`;
  }
  return `removed at line ${line} while ${referent >= 0 ? objectTitle(trace, referent) : 'its referent'} was alive`;
}
