/**
 * The trace's edges for containers: dict entries (a namespace's names, an instance's attributes,
 * a plain dict's keys and values), list and tuple items, set members. Called only while
 * recording, right after the container changed and before anything it released is decref'd, so
 * an edge always disappears before the object it pointed to can die.
 */
import type { PyObject } from '../runtime/object';
import { recorder, L_ITEM, L_KEY, L_VALUE, L_INDEX } from './recorder';

interface DictLike extends PyObject {
  readonly owner: PyObject | null;
  readonly traceKind: number;
}

interface Sequence extends PyObject {
  readonly items: readonly PyObject[];
}

function keyName(kind: number, key: PyObject): number {
  if (kind !== L_VALUE && typeof (key as { value?: unknown }).value === 'string') return recorder.nameLabel(key);
  return recorder.keyLabel(key);
}

/** d[key] = value (old: the value replaced, null for a new key). */
export function traceDictStore(d: DictLike, key: PyObject, old: PyObject | null, value: PyObject, newKey: boolean): void {
  if (old === value) return;
  const kind = d.traceKind;
  const from = d.owner ?? d;
  const label = keyName(kind, key);
  if (old !== null) recorder.edgeLabel(from, old, kind, label, false, 0);
  recorder.edgeLabel(from, value, kind, label, true, 0);
  if (newKey && kind === L_VALUE) recorder.edgeLabel(d, key, L_KEY, label, true, 0);
}

export function traceDictDelete(d: DictLike, key: PyObject, value: PyObject): void {
  const kind = d.traceKind;
  const label = keyName(kind, key);
  recorder.edgeLabel(d.owner ?? d, value, kind, label, false, 0);
  if (kind === L_VALUE) recorder.edgeLabel(d, key, L_KEY, label, false, 0);
}

/** A new list or tuple: its items, from index `from` on, are edges now. */
export function traceItemsAdded(seq: Sequence, from = 0): void {
  const items = seq.items;
  for (let i = from; i < items.length; i++) recorder.edgeLabel(seq, items[i] as PyObject, L_INDEX, recorder.indexLabel(i), true, 0);
}

/** seq[i] replaced. */
export function traceItemSet(seq: PyObject, i: number, old: PyObject, value: PyObject): void {
  if (old === value) return;
  const label = recorder.indexLabel(i);
  recorder.edgeLabel(seq, old, L_INDEX, label, false, 0);
  recorder.edgeLabel(seq, value, L_INDEX, label, true, 0);
}

/**
 * Items from index `from` on changed place (insert, pop, remove, sort, slice assignment): `before`
 * is the whole old tail — what was at from, from+1… up to the old end — and the sequence's
 * current items from `from` on are the new tail. (One item replaced in place: traceItemSet.)
 */
export function traceItemsMoved(seq: Sequence, from: number, before: readonly PyObject[]): void {
  const items = seq.items;
  const n = Math.max(before.length, items.length - from);
  for (let k = 0; k < n; k++) {
    const a = before[k];
    const b = items[from + k];
    if (a === b) continue;
    const label = recorder.indexLabel(from + k);
    if (a !== undefined) recorder.edgeLabel(seq, a, L_INDEX, label, false, 0);
    if (b !== undefined) recorder.edgeLabel(seq, b, L_INDEX, label, true, 0);
  }
}

/** Item i is being released (the container is freed): its edge goes first. */
export function traceItemReleased(seq: PyObject, i: number, item: PyObject): void {
  recorder.edgeLabel(seq, item, L_INDEX, recorder.indexLabel(i), false, 0);
}

/** A list emptied in place (clear, tp_clear): `items` were its items. */
export function traceItemsCleared(seq: PyObject, items: readonly PyObject[]): void {
  for (let i = 0; i < items.length; i++) recorder.edgeLabel(seq, items[i] as PyObject, L_INDEX, recorder.indexLabel(i), false, 0);
}

/** A set or frozenset gained or lost a member. */
export function traceSetMember(set: PyObject, item: PyObject, add: boolean): void {
  recorder.edgeLabel(set, item, L_ITEM, 0, add, 0);
}
