/**
 * set and frozenset: CPython's open-addressing hash table, reproduced slot for slot (the same
 * probe sequence, linear probes, dummies, fill/used accounting and resize points), because the
 * slot order is what a program observes: iteration, repr, and the order in which a set releases
 * its elements when it is cleared or dies.
 */
import { PyObject, type Visit } from './object';
import { makeStaticType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, TPFLAGS_WEAKREFABLE, type PyType, isSubtype } from './type';
import { decref, gcFree, gcTrack, gcUntrack, immortalize, incref, newref } from './heap';
import { ObjectType } from './type';
import { PyStr, StrType } from './str';
import { PyDict, DictType, dictForEach, dictGetItem } from './dict';
import { getIter, iterNext, richCompareBool } from './abstract';
import { Raised } from './errors';
import { TypeError as TypeErrorType } from './exceptions';
import { PY_EQ } from './ops';
import { clearWeakrefs } from './weakref';
import { hashFrozensetOf } from './hash';
import { hashKey } from './hash-key';
import { recorder } from '../trace/recorder';
import { traceSetMember } from '../trace/containers';

export const SetType = makeStaticType('set', 'set', {
  flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_WEAKREFABLE,
  dealloc: setDealloc,
});
export const FrozenSetType = makeStaticType('frozenset', 'set', {
  flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_WEAKREFABLE,
  dealloc: setDealloc,
});

/** The key of a deleted slot (CPython's `dummy`); its slot hash is -1. */
export const DUMMY = immortalize(new PyObject(ObjectType));

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;

export class PySet extends PyObject {
  keys: (PyObject | null)[] = new Array<PyObject | null>(MINSIZE).fill(null);
  hashes: number[] = new Array<number>(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  /** Active plus dummy slots. */
  fill = 0;
  /** Active slots. */
  used = 0;
  /** The table is the object's own 8-slot smalltable (matters for resize and clear). */
  small = true;
  /** frozenset hash cache. */
  hash = -1;
  /** Where set.pop() resumes its search. */
  finger = 0;
  constructor(type: PyType) {
    super(type);
  }
}

export function isAnySet(o: PyObject): o is PySet {
  return o instanceof PySet;
}

export function isFrozenSet(o: PyObject): boolean {
  return o instanceof PySet && isSubtype(o.ob_type, FrozenSetType);
}

/** An empty set or frozenset of `type` (tracked, as PyType_GenericAlloc tracks). */
export function setAlloc(type: PyType): PySet {
  const s = new PySet(type);
  recorder.alloc(s);
  gcTrack(s);
  return s;
}

/** make_new_set_basetype: copies of set subclasses are plain sets, of frozensets plain frozensets. */
export function setAllocBase(type: PyType): PySet {
  return setAlloc(isSubtype(type, SetType) ? SetType : FrozenSetType);
}

// ---- probing ------------------------------------------------------------------------------------

function strEq(a: PyObject, b: PyObject): boolean {
  return a.ob_type === StrType && b.ob_type === StrType && (a as PyStr).value === (b as PyStr).value;
}

/** set_lookkey: the slot holding `key`, or the empty slot that ends its probe sequence. */
function lookkey(so: PySet, key: PyObject, hash: number): number {
  for (;;) {
    let mask = so.mask;
    let perturb = hash >>> 0;
    let i = perturb & mask;
    restart: for (;;) {
      let j = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const k = so.keys[j] as PyObject | null;
        const h = so.hashes[j] as number;
        if (h === 0 && k === null) return j;
        if (h === hash && k !== null) {
          if (k === key || strEq(k, key)) return j;
          const table = so.keys;
          incref(k);
          let cmp: boolean;
          try {
            cmp = richCompareBool(k, key, PY_EQ);
          } finally {
            decref(k);
          }
          if (table !== so.keys || so.keys[j] !== k) break restart;
          if (cmp) return j;
          mask = so.mask;
        }
        j++;
      } while (probes-- > 0);
      perturb >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
}

/** set_add_entry_takeref: inserts `key` (its reference is stolen) unless an equal key is present. */
function addEntryTakeRef(so: PySet, key: PyObject, hash: number): void {
  restart: for (;;) {
    let mask = so.mask;
    let perturb = hash >>> 0;
    let i = perturb & mask;
    let freeslot = -1;
    for (;;) {
      let j = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const k = so.keys[j] as PyObject | null;
        const h = so.hashes[j] as number;
        if (h === 0 && k === null) {
          if (recorder.on) traceSetMember(so, key, true);
          if (freeslot >= 0) {
            so.used++;
            so.keys[freeslot] = key;
            so.hashes[freeslot] = hash;
            return;
          }
          so.fill++;
          so.used++;
          so.keys[j] = key;
          so.hashes[j] = hash;
          if (so.fill * 5 < mask * 3) return;
          tableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
          return;
        }
        if (h === hash && k !== null) {
          if (k === key || strEq(k, key)) {
            decref(key);
            return;
          }
          const table = so.keys;
          incref(k);
          let cmp: boolean;
          try {
            cmp = richCompareBool(k, key, PY_EQ);
          } catch (e) {
            decref(k);
            decref(key);
            throw e;
          }
          decref(k);
          if (cmp) {
            decref(key);
            return;
          }
          if (table !== so.keys || so.keys[j] !== k) continue restart;
          mask = so.mask;
        } else if (h === -1) freeslot = j;
        j++;
      } while (probes-- > 0);
      perturb >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
}

/** set_insert_clean: places a key known to be absent, in a table without dummies. */
function insertClean(keys: (PyObject | null)[], hashes: number[], mask: number, key: PyObject, hash: number): void {
  let perturb = hash >>> 0;
  let i = perturb & mask;
  for (;;) {
    if (keys[i] === null) {
      keys[i] = key;
      hashes[i] = hash;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (keys[i + j] === null) {
          keys[i + j] = key;
          hashes[i + j] = hash;
          return;
        }
      }
    }
    perturb >>>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

/** set_table_resize: the smallest power-of-two table above `minused`, keys reinserted in slot order. */
export function tableResize(so: PySet, minused: number): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize *= 2;
  if (newsize === MINSIZE && so.small && so.fill === so.used) return;
  const oldKeys = so.keys;
  const oldHashes = so.hashes;
  const keys = new Array<PyObject | null>(newsize).fill(null);
  const hashes = new Array<number>(newsize).fill(0);
  so.keys = keys;
  so.hashes = hashes;
  so.mask = newsize - 1;
  so.small = newsize === MINSIZE;
  const noDummies = so.fill === so.used;
  if (!noDummies) so.fill = so.used;
  for (let j = 0; j < oldKeys.length; j++) {
    const k = oldKeys[j] as PyObject | null;
    if (k !== null && k !== DUMMY) insertClean(keys, hashes, so.mask, k, oldHashes[j] as number);
  }
}

// ---- element operations -------------------------------------------------------------------------

/** _PyObject_HashFast with set_unhashable_type's message for TypeErrors. */
export function setHashKey(key: PyObject, what = 'a set element'): number {
  return hashKey(key, what);
}

/** set_add_entry: `key` is borrowed. */
export function addEntry(so: PySet, key: PyObject, hash: number): void {
  incref(key);
  addEntryTakeRef(so, key, hash);
}

/** set.add / PySet_Add: `key` is borrowed. */
export function setAdd(so: PySet, key: PyObject): void {
  addEntry(so, key, setHashKey(key));
}

export function containsEntry(so: PySet, key: PyObject, hash: number): boolean {
  return so.keys[lookkey(so, key, hash)] !== null;
}

export function setContainsKey(so: PySet, key: PyObject): boolean {
  return containsEntry(so, key, setHashKey(key));
}

/** set_discard_entry: true when found; the removed key is released last. */
export function discardEntry(so: PySet, key: PyObject, hash: number): boolean {
  const j = lookkey(so, key, hash);
  const old = so.keys[j] as PyObject | null;
  if (old === null) return false;
  so.keys[j] = DUMMY;
  so.hashes[j] = -1;
  so.used--;
  if (recorder.on) traceSetMember(so, old, false);
  decref(old);
  return true;
}

export function setDiscardKey(so: PySet, key: PyObject): boolean {
  return discardEntry(so, key, setHashKey(key));
}

/** A set used as an element is looked up as the equal frozenset would be (set_contains_lock_held). */
export function withFrozenFallback<T>(so: PySet, key: PyObject, op: (hash: number) => T): T {
  let hash: number;
  try {
    hash = setHashKey(key);
  } catch (e) {
    if (!(key instanceof PySet) || !(e instanceof Raised) || e.exc.ob_type !== TypeErrorType) throw e;
    decref(e.exc);
    hash = frozensetHash(key);
  }
  void so;
  return op(hash);
}

function emptyToMinsize(so: PySet): void {
  so.keys = new Array<PyObject | null>(MINSIZE).fill(null);
  so.hashes = new Array<number>(MINSIZE).fill(0);
  so.fill = 0;
  so.used = 0;
  so.mask = MINSIZE - 1;
  so.small = true;
  so.hash = -1;
}

/** set_clear_internal: the set is emptied first, then the old keys are released in slot order. */
export function setClear(o: PyObject): void {
  const so = o as PySet;
  const keys = so.keys;
  let used = so.used;
  if (!so.small || so.fill > 0) emptyToMinsize(so);
  if (recorder.on) for (const k of keys) if (k !== null && k !== DUMMY) traceSetMember(so, k, false);
  for (let j = 0; used > 0 && j < keys.length; j++) {
    const k = keys[j] as PyObject | null;
    if (k !== null && k !== DUMMY) {
      used--;
      decref(k);
    }
  }
}

function setDealloc(o: PyObject): void {
  const so = o as PySet;
  gcUntrack(so);
  if (so.ob_weaklist !== null) clearWeakrefs(so);
  const keys = so.keys;
  let used = so.used;
  const tracing = recorder.on;
  for (let j = 0; used > 0 && j < keys.length; j++) {
    const k = keys[j] as PyObject | null;
    if (k !== null && k !== DUMMY) {
      used--;
      if (tracing) traceSetMember(so, k, false);
      decref(k);
    }
  }
  gcFree(so);
}

/** Active keys and their hashes in slot order (borrowed), for the operations that walk a set. */
export function setEntries(so: PySet): { keys: PyObject[]; hashes: number[] } {
  const keys: PyObject[] = [];
  const hashes: number[] = [];
  for (let j = 0; j <= so.mask; j++) {
    const k = so.keys[j] as PyObject | null;
    if (k !== null && k !== DUMMY) {
      keys.push(k);
      hashes.push(so.hashes[j] as number);
    }
  }
  return { keys, hashes };
}

/** set_merge: adds every element of another set, copying slots directly when the shapes allow. */
export function setMerge(so: PySet, other: PySet): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) tableResize(so, (so.used + other.used) * 2);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let j = 0; j <= other.mask; j++) {
      const k = other.keys[j] as PyObject | null;
      if (k !== null) {
        so.keys[j] = newref(k);
        so.hashes[j] = other.hashes[j] as number;
        if (recorder.on && k !== DUMMY) traceSetMember(so, k, true);
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let j = 0; j <= other.mask; j++) {
      const k = other.keys[j] as PyObject | null;
      if (k !== null && k !== DUMMY) {
        insertClean(so.keys, so.hashes, so.mask, newref(k), other.hashes[j] as number);
        if (recorder.on) traceSetMember(so, k, true);
      }
    }
    return;
  }
  const { keys, hashes } = setEntries(other);
  for (let i = 0; i < keys.length; i++) addEntry(so, keys[i] as PyObject, hashes[i] as number);
}

/** set_update_internal: from a set, a dict (its keys) or any iterable. */
export function setUpdate(so: PySet, other: PyObject): void {
  if (other instanceof PySet) {
    setMerge(so, other);
    return;
  }
  if (other.ob_type === DictType) {
    const d = other as PyDict;
    if ((so.fill + d.used) * 5 >= so.mask * 3) tableResize(so, (so.used + d.used) * 2);
    const keys: PyObject[] = [];
    dictForEach(d, (k) => {
      keys.push(k);
    });
    for (const k of keys) addEntry(so, k, setHashKey(k));
    return;
  }
  const it = getIter(other);
  try {
    for (let k = iterNext(it); k !== null; k = iterNext(it)) {
      try {
        setAdd(so, k);
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
}

/** make_new_set: a new set or frozenset of `type` holding the elements of `iterable`. */
export function setNew(type: PyType, iterable: PyObject | null): PySet {
  const so = setAlloc(type);
  if (iterable !== null) {
    try {
      setUpdate(so, iterable);
    } catch (e) {
      decref(so);
      throw e;
    }
  }
  return so;
}

/** frozenset_hash (cached). */
export function frozensetHash(so: PySet): number {
  if (so.hash !== -1 && isFrozenSet(so)) return so.hash;
  const h = hashFrozensetOf(setEntries(so).hashes);
  if (isFrozenSet(so)) so.hash = h;
  return h;
}

/** dict membership by a known hash, for difference and symmetric difference with dicts. */
export function dictContains(d: PyDict, key: PyObject): boolean {
  return dictGetItem(d, key) !== null;
}

SetType.tp_traverse = (o: PyObject, visit: Visit) => {
  const so = o as PySet;
  for (let j = 0; j <= so.mask; j++) {
    const k = so.keys[j] as PyObject | null;
    if (k !== null && k !== DUMMY) visit(k);
  }
};
FrozenSetType.tp_traverse = SetType.tp_traverse;
SetType.tp_clear = setClear;
FrozenSetType.tp_clear = setClear;
SetType.mp_length = (o) => (o as PySet).used;
FrozenSetType.mp_length = SetType.mp_length;
SetType.nb_bool = (o) => (o as PySet).used !== 0;
FrozenSetType.nb_bool = SetType.nb_bool;
