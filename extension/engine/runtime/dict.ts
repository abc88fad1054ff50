/**
 * dict objects: insertion-ordered entries (CPython's compact dict). Keys whose equality is
 * identity or value equality of a JS primitive (str, int, float, bool, None, objects with the
 * default __eq__) are found through one JS Map; other keys (tuples, user __eq__/__hash__) through
 * hash buckets and Python-level equality. Deallocation releases key then value, entry by entry,
 * in insertion order, as CPython's free_keys_object does.
 */
import { PyObject, type Visit } from './object';
import { makeStaticType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, type PyType } from './type';
import { decref, gcFree, gcTrack, gcUntrack, incref } from './heap';
import { intern, PyStr, StrType } from './str';
import { recorder } from '../trace/recorder';
import { traceDictDelete, traceDictStore } from '../trace/containers';
import { hashObject, richCompareBool } from './abstract';
import { hashKey } from './hash-key';
import { splitKeyIndex, type SharedKeys } from './shared-keys';
import { PY_EQ } from './ops';
import { objectHash, objectRichCompare } from './objecttype';
import { PyInt, IntType, BoolType } from './int';
import { PyFloat, FloatType } from './float';

export const DictType = makeStaticType('dict', 'dict', {
  flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
  dealloc: dictDealloc,
});

type SimpleKey = string | number | bigint | PyObject;

export class PyDict extends PyObject {
  keys: (PyObject | null)[] = [];
  values: (PyObject | null)[] = [];
  /** Live entries. */
  used = 0;
  readonly index = new Map<SimpleKey, number>();
  /** hash → entry indices, for keys compared with Python-level __eq__. */
  buckets: Map<number, number[]> | null = null;
  /** Bumped on every mutation; iterators detect "dictionary changed size during iteration". */
  version = 0;
  /** The object whose attributes these are (an instance's inline values): the trace's edges come from it. */
  owner: PyObject | null = null;
  /** The trace's label kind for entries: 'value' (key's repr), or 'name'/'attr' (the key itself) for namespaces. */
  traceKind = 4;
  /** A split table (an instance's inline values): its class's shared keys, which fix the release order. */
  split: SharedKeys | null = null;
  constructor(type: PyType = DictType) {
    super(type);
  }
}

export function dictNew(): PyDict {
  const d = new PyDict();
  recorder.alloc(d);
  gcTrack(d);
  return d;
}

/**
 * A dict that is part of another object (an instance's attributes), untracked. It is not an
 * object of its own in the trace: its entries are the owner's attributes (labelKind: 'attr').
 */
export function dictNewUntracked(owner: PyObject | null = null, labelKind = 4): PyDict {
  const d = new PyDict();
  d.owner = owner;
  d.traceKind = labelKind;
  if (owner === null) recorder.alloc(d);
  return d;
}

/** The Map key for keys whose equality JS can decide; undefined for the others. */
function simpleKey(k: PyObject): SimpleKey | undefined {
  const t = k.ob_type;
  if (t === StrType) return (k as PyStr).value;
  if (t === IntType || t === BoolType) return (k as PyInt).value;
  if (t === FloatType) {
    const v = (k as PyFloat).value;
    if (Number.isNaN(v)) return k;
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
    return v;
  }
  if (t.tp_hash === objectHash && t.tp_richcompare === objectRichCompare) return k;
  return undefined;
}

function findGeneric(d: PyDict, key: PyObject, hash: number): number {
  const b = d.buckets?.get(hash);
  if (b === undefined) return -1;
  for (let j = 0; j < b.length; j++) {
    const i = b[j] as number;
    const k = d.keys[i] as PyObject;
    if (k === key || richCompareBool(k, key, PY_EQ)) return i;
  }
  return -1;
}

function lookup(d: PyDict, key: PyObject): number {
  const sk = simpleKey(key);
  if (sk !== undefined) {
    const i = d.index.get(sk);
    return i === undefined ? -1 : i;
  }
  if (d.buckets === null) {
    hashKey(key, 'a dict key'); // unhashable keys raise even on a miss
    return -1;
  }
  return findGeneric(d, key, hashKey(key, 'a dict key'));
}

/** Borrowed value for `key`, or null. */
export function dictGetItem(d: PyDict, key: PyObject): PyObject | null {
  const i = lookup(d, key);
  return i < 0 ? null : (d.values[i] as PyObject);
}

/** Borrowed value for a str key given as a JS string (globals, attributes), or null. */
export function dictGetStr(d: PyDict, name: string): PyObject | null {
  const i = d.index.get(name);
  return i === undefined ? null : (d.values[i] as PyObject);
}

/** d[key] = value; takes new references to both; the replaced value is released last. */
export function dictSetItem(d: PyDict, key: PyObject, value: PyObject): void {
  incref(value);
  const sk = simpleKey(key);
  let i: number;
  let hash = 0;
  if (sk !== undefined) {
    const found = d.index.get(sk);
    i = found === undefined ? -1 : found;
  } else {
    hash = hashKey(key, 'a dict key');
    i = d.buckets === null ? -1 : findGeneric(d, key, hash);
  }
  if (i >= 0) {
    const old = d.values[i] as PyObject;
    d.values[i] = value;
    if (recorder.on) traceDictStore(d, d.keys[i] as PyObject, old, value, false);
    decref(old);
    return;
  }
  // A key the shared keys cannot take makes the table combined (insertion_resize).
  if (d.split !== null && (key.ob_type !== StrType || splitKeyIndex(d.split, (key as PyStr).value) < 0)) d.split = null;
  incref(key);
  i = d.keys.length;
  d.keys.push(key);
  d.values.push(value);
  d.used++;
  d.version++;
  if (recorder.on) traceDictStore(d, key, null, value, true);
  if (sk !== undefined) d.index.set(sk, i);
  else {
    d.buckets ??= new Map();
    const b = d.buckets.get(hash);
    if (b === undefined) d.buckets.set(hash, [i]);
    else b.push(i);
  }
}

export function dictSetStr(d: PyDict, name: string, value: PyObject): void {
  dictSetItem(d, intern(name), value);
}

/** del d[key]; returns false when the key is missing. Releases the key, then the value, afterwards. */
export function dictDelItem(d: PyDict, key: PyObject): boolean {
  const sk = simpleKey(key);
  let i: number;
  if (sk !== undefined) {
    const found = d.index.get(sk);
    if (found === undefined) return false;
    i = found;
    d.index.delete(sk);
  } else {
    const hash = hashKey(key, 'a dict key');
    i = d.buckets === null ? -1 : findGeneric(d, key, hash);
    if (i < 0) return false;
    const b = d.buckets?.get(hash) as number[];
    b.splice(b.indexOf(i), 1);
    if (b.length === 0) d.buckets?.delete(hash);
  }
  const oldKey = d.keys[i] as PyObject;
  const oldValue = d.values[i] as PyObject;
  d.keys[i] = null;
  d.values[i] = null;
  d.used--;
  d.version++;
  if (d.keys.length > 16 && d.used * 2 < d.keys.length) compact(d);
  if (recorder.on) traceDictDelete(d, oldKey, oldValue);
  decref(oldKey);
  decref(oldValue);
  return true;
}

export function dictDelStr(d: PyDict, name: string): boolean {
  return dictDelItem(d, intern(name));
}

function compact(d: PyDict): void {
  const keys: (PyObject | null)[] = [];
  const values: (PyObject | null)[] = [];
  d.index.clear();
  d.buckets = null;
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k === null || k === undefined) continue;
    const j = keys.length;
    keys.push(k);
    values.push(d.values[i] as PyObject);
    const sk = simpleKey(k);
    if (sk !== undefined) d.index.set(sk, j);
    else {
      const h = hashObject(k);
      d.buckets ??= new Map();
      const b = d.buckets.get(h);
      if (b === undefined) d.buckets.set(h, [j]);
      else b.push(j);
    }
  }
  d.keys = keys;
  d.values = values;
}

/** Empties the dict first, then releases the old entries in insertion order (dict_clear). */
export function dictClear(o: PyObject): void {
  const d = o as PyDict;
  const keys = d.keys;
  const values = d.values;
  if (keys.length === 0) return;
  d.keys = [];
  d.values = [];
  d.used = 0;
  d.index.clear();
  d.buckets = null;
  d.version++;
  const tracing = recorder.on;
  const order = d.split !== null ? splitOrder(d.split, keys) : null;
  d.split = null;
  for (let j = 0; j < keys.length; j++) {
    const i = order === null ? j : (order[j] as number);
    const k = keys[i];
    if (k === null || k === undefined) continue;
    // The edge goes before the reference: a __del__ run by this release sees the dict without it.
    if (tracing) traceDictDelete(d, k, values[i] as PyObject);
    decref(k);
    decref(values[i] as PyObject);
  }
}

/**
 * Entry indices in shared-key slot order (a split table's values are cleared slot by slot), or
 * null when that is the insertion order already — the usual case, kept free of allocation.
 */
function splitOrder(shared: SharedKeys, keys: readonly (PyObject | null)[]): number[] | null {
  const slots = new Int32Array(keys.length);
  let sorted = true;
  let last = -1;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const slot = k === null || k === undefined ? -1 : (shared.get((k as PyStr).value) ?? -1);
    slots[i] = slot;
    if (slot < 0) continue;
    if (slot < last) sorted = false;
    last = slot;
  }
  if (sorted) return null;
  return keys.map((_k, i) => i).sort((a, b) => (slots[a] as number) - (slots[b] as number));
}

function dictDealloc(o: PyObject): void {
  const d = o as PyDict;
  gcUntrack(d);
  dictClear(d);
  gcFree(d);
}

export function dictTraverse(o: PyObject, visit: Visit): void {
  const d = o as PyDict;
  const keys = d.keys;
  const values = d.values;
  // dict_traverse: a table of str keys visits only the values; others visit value then key.
  let strKeys = true;
  for (let i = 0; i < keys.length && strKeys; i++) {
    const k = keys[i];
    if (k !== null && k !== undefined && k.ob_type !== StrType) strKeys = false;
  }
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === null || k === undefined) continue;
    visit(values[i] as PyObject);
    if (!strKeys) visit(k);
  }
}

/** Calls fn for each live entry in order; stops early when fn returns true. */
export function dictForEach(d: PyDict, fn: (k: PyObject, v: PyObject) => boolean | void): void {
  const keys = d.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === null || k === undefined) continue;
    if (fn(k, d.values[i] as PyObject) === true) return;
  }
}

DictType.tp_traverse = dictTraverse;
DictType.tp_clear = dictClear;
DictType.mp_length = (o) => (o as PyDict).used;
DictType.nb_bool = (o) => (o as PyDict).used !== 0;
