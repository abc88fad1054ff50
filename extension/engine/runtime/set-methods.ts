/**
 * The methods, operators, comparisons, repr and iterator of set and frozenset, each walking the
 * tables in the order CPython's setobject.c walks them (which decides which elements a result
 * holds first, and when replaced contents are released).
 */
import { PyObject, type Visit } from './object';
import { makeStaticType, TPFLAGS_HAVE_GC, type PyType } from './type';
import { decref, gcFree, gcTrack, gcUntrack, incref, newref, xdecref } from './heap';
import { DictType, type PyDict, dictForEach } from './dict';
import { checkArgs, defMethod, noKwargs, type NativeFn } from './builtin';
import { getIter, iterNext, pyRepr, reprEnter, reprLeave } from './abstract';
import { raise } from './errors';
import { KeyError, RuntimeError } from './exceptions';
import { exceptionArgs } from './exceptionargs';
import { None, NotImplemented } from './singletons';
import { False, True, newInt, pyBool } from './int';
import { NB_AND, NB_OR, NB_SUBTRACT, NB_XOR, PY_EQ, PY_GE, PY_GT, PY_LE, PY_LT, PY_NE } from './ops';
import {
  DUMMY, FrozenSetType, PySet, SetType, addEntry, containsEntry, dictContains, discardEntry, frozensetHash,
  isAnySet, setAllocBase, setClear, setContainsKey, setDiscardKey, setEntries, setHashKey, setMerge, setNew,
  setUpdate, tableResize, withFrozenFallback, setAdd,
} from './set';
import { recorder } from '../trace/recorder';
import { traceSetMember } from '../trace/containers';

// ---- copies and the algebra ---------------------------------------------------------------------

export function setCopy(so: PySet): PySet {
  const c = setAllocBase(so.ob_type);
  setMerge(c, so);
  return c;
}

function setIntersection(so: PySet, other: PyObject): PySet {
  if (so === other) return setCopy(so);
  const result = setAllocBase(so.ob_type);
  try {
    if (other instanceof PySet) {
      let a = so;
      let b = other;
      if (b.used > a.used) [a, b] = [b, a];
      const { keys, hashes } = setEntries(b);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i] as PyObject;
        incref(k);
        try {
          if (containsEntry(a, k, hashes[i] as number)) addEntry(result, k, hashes[i] as number);
        } finally {
          decref(k);
        }
      }
      return result;
    }
    const it = getIter(other);
    try {
      for (let k = iterNext(it); k !== null; k = iterNext(it)) {
        try {
          const h = setHashKey(k);
          if (containsEntry(so, k, h)) {
            addEntry(result, k, h);
            if (result.used >= so.used) break;
          }
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(it);
    }
    return result;
  } catch (e) {
    decref(result);
    throw e;
  }
}

/** set_swap_bodies: exchanges the tables of two sets (intersection_update keeps the new one). */
function swapBodies(a: PySet, b: PySet): void {
  // The members change owner: in the trace, each set drops its old ones and takes the other's.
  if (recorder.on) {
    for (const k of setEntries(a).keys) traceSetMember(a, k, false);
    for (const k of setEntries(b).keys) traceSetMember(b, k, false);
    for (const k of setEntries(b).keys) traceSetMember(a, k, true);
    for (const k of setEntries(a).keys) traceSetMember(b, k, true);
  }
  [a.keys, b.keys] = [b.keys, a.keys];
  [a.hashes, b.hashes] = [b.hashes, a.hashes];
  [a.mask, b.mask] = [b.mask, a.mask];
  [a.fill, b.fill] = [b.fill, a.fill];
  [a.used, b.used] = [b.used, a.used];
  [a.small, b.small] = [b.small, a.small];
  if (a.ob_type === FrozenSetType && b.ob_type === FrozenSetType) [a.hash, b.hash] = [b.hash, a.hash];
  else a.hash = b.hash = -1;
}

function intersectionUpdate(so: PySet, other: PyObject): void {
  const tmp = setIntersection(so, other);
  swapBodies(so, tmp);
  decref(tmp);
}

function differenceUpdate(so: PySet, other: PyObject): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (other instanceof PySet) {
    const o = (other.used >> 3) > so.used ? setIntersection(so, other) : newref(other);
    try {
      const { keys, hashes } = setEntries(o);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i] as PyObject;
        incref(k);
        try {
          discardEntry(so, k, hashes[i] as number);
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(o);
    }
  } else {
    const it = getIter(other);
    try {
      for (let k = iterNext(it); k !== null; k = iterNext(it)) {
        try {
          setDiscardKey(so, k);
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(it);
    }
  }
  if (so.fill - so.used <= Math.floor(so.mask / 4)) return;
  tableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

function copyAndDifference(so: PySet, other: PyObject): PySet {
  const r = setCopy(so);
  try {
    differenceUpdate(r, other);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

function setDifference(so: PySet, other: PyObject): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (other.ob_type === DictType) otherSize = (other as PyDict).used;
  else return copyAndDifference(so, other);
  if ((so.used >> 2) > otherSize) return copyAndDifference(so, other);
  const result = setAllocBase(so.ob_type);
  try {
    const { keys, hashes } = setEntries(so);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as PyObject;
      incref(k);
      try {
        const inOther = other instanceof PySet ? containsEntry(other, k, hashes[i] as number) : dictContains(other as PyDict, k);
        if (!inOther) addEntry(result, k, hashes[i] as number);
      } finally {
        decref(k);
      }
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function symDiffUpdateEntries(so: PySet, keys: readonly PyObject[], hashes: readonly number[]): void {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as PyObject;
    incref(k);
    try {
      if (!discardEntry(so, k, hashes[i] as number)) addEntry(so, k, hashes[i] as number);
    } finally {
      decref(k);
    }
  }
}

function symmetricDifferenceUpdate(so: PySet, other: PyObject): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (other.ob_type === DictType) {
    const keys: PyObject[] = [];
    dictForEach(other as PyDict, (k) => {
      keys.push(k);
    });
    symDiffUpdateEntries(so, keys, keys.map((k) => setHashKey(k)));
    return;
  }
  if (other instanceof PySet) {
    const { keys, hashes } = setEntries(other);
    symDiffUpdateEntries(so, keys, hashes);
    return;
  }
  const tmp = setNew(so.ob_type === SetType || so.ob_type === FrozenSetType ? so.ob_type : SetType, other);
  try {
    const { keys, hashes } = setEntries(tmp);
    symDiffUpdateEntries(so, keys, hashes);
  } finally {
    decref(tmp);
  }
}

function symmetricDifference(so: PySet, other: PyObject): PySet {
  const result = setAllocBase(so.ob_type);
  try {
    setUpdate(result, other);
    const { keys, hashes } = setEntries(so);
    symDiffUpdateEntries(result, keys, hashes);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function isSubset(so: PySet, other: PyObject): boolean {
  if (!(other instanceof PySet)) {
    const tmp = setIntersection(so, other);
    const r = tmp.used === so.used;
    decref(tmp);
    return r;
  }
  if (so.used > other.used) return false;
  const { keys, hashes } = setEntries(so);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as PyObject;
    incref(k);
    try {
      if (!containsEntry(other, k, hashes[i] as number)) return false;
    } finally {
      decref(k);
    }
  }
  return true;
}

function isSuperset(so: PySet, other: PyObject): boolean {
  if (other instanceof PySet) return isSubset(other, so);
  const it = getIter(other);
  try {
    for (let k = iterNext(it); k !== null; k = iterNext(it)) {
      try {
        if (!setContainsKey(so, k)) return false;
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
  return true;
}

function isDisjoint(so: PySet, other: PyObject): boolean {
  if (so === other) return so.used === 0;
  if (other instanceof PySet && (other.ob_type === SetType || other.ob_type === FrozenSetType)) {
    let a = so;
    let b = other;
    if (b.used > a.used) [a, b] = [b, a];
    const { keys, hashes } = setEntries(b);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as PyObject;
      incref(k);
      try {
        if (containsEntry(a, k, hashes[i] as number)) return false;
      } finally {
        decref(k);
      }
    }
    return true;
  }
  const it = getIter(other);
  try {
    for (let k = iterNext(it); k !== null; k = iterNext(it)) {
      try {
        if (setContainsKey(so, k)) return false;
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
  return true;
}

// ---- slots --------------------------------------------------------------------------------------

for (const t of [SetType, FrozenSetType]) {
  t.tp_repr = (o) => {
    const so = o as PySet;
    const name = o.ob_type.tp_name;
    if (!reprEnter(o)) return `${name}(...)`;
    try {
      if (so.used === 0) return `${name}()`;
      const keys = setEntries(so).keys;
      for (const k of keys) incref(k);
      let body: string;
      try {
        body = keys.map((k) => pyRepr(k)).join(', ');
      } finally {
        for (const k of keys) decref(k);
      }
      return o.ob_type === SetType ? `{${body}}` : `${name}({${body}})`;
    } finally {
      reprLeave(o);
    }
  };
  t.sq_contains = (o, key) => withFrozenFallback(o as PySet, key, (h) => containsEntry(o as PySet, key, h));
  t.tp_iter = (o) => setIterNew(o as PySet);
  t.tp_richcompare = (a, b, op) => {
    const v = a as PySet;
    if (!(b instanceof PySet)) return NotImplemented;
    switch (op) {
      case PY_EQ:
        if (v.used !== b.used) return False;
        if (v.hash !== -1 && b.hash !== -1 && v.hash !== b.hash) return False;
        return pyBool(isSubset(v, b));
      case PY_NE:
        if (v.used !== b.used) return True;
        return pyBool(!isSubset(v, b));
      case PY_LE: return pyBool(isSubset(v, b));
      case PY_GE: return pyBool(isSuperset(v, b));
      case PY_LT: return v.used >= b.used ? False : pyBool(isSubset(v, b));
      case PY_GT: return v.used <= b.used ? False : pyBool(isSuperset(v, b));
      default: return NotImplemented;
    }
  };
  t.nb_binop = (a, b, op) => {
    if (!isAnySet(a) || !isAnySet(b)) return NotImplemented;
    switch (op) {
      case NB_SUBTRACT: return setDifference(a, b);
      case NB_AND: return setIntersection(a, b);
      case NB_XOR: return symmetricDifference(a, b);
      case NB_OR: {
        const r = setCopy(a);
        if (a !== b) {
          try {
            setUpdate(r, b);
          } catch (e) {
            decref(r);
            throw e;
          }
        }
        return r;
      }
      default: return NotImplemented;
    }
  };
}
SetType.tp_hash = null;
FrozenSetType.tp_hash = (o) => frozensetHash(o as PySet);

SetType.nb_inplace = (a, b, op) => {
  const so = a as PySet;
  if (!isAnySet(b)) return NotImplemented;
  switch (op) {
    case NB_OR: setUpdate(so, b); break;
    case NB_AND: intersectionUpdate(so, b); break;
    case NB_SUBTRACT: differenceUpdate(so, b); break;
    case NB_XOR: symmetricDifferenceUpdate(so, b); break;
    default: return NotImplemented;
  }
  return newref(so);
};

SetType.tp_new = (type, args, kwnames) => {
  noKwargs('set', kwnames);
  checkArgs('set', args, null, 0, 1);
  return setNew(type, args.length ? (args[0] as PyObject) : null);
};
SetType.tp_init = () => undefined;
FrozenSetType.tp_new = (type, args, kwnames) => {
  noKwargs('frozenset', kwnames);
  checkArgs('frozenset', args, null, 0, 1);
  const it = args.length ? (args[0] as PyObject) : null;
  if (type === FrozenSetType && it !== null && it.ob_type === FrozenSetType) return newref(it);
  return setNew(type, it);
};
FrozenSetType.tp_init = () => undefined;

// ---- iterator -----------------------------------------------------------------------------------

export const SetIterType = makeStaticType('set_iterator', 'iter', {
  flags: TPFLAGS_HAVE_GC,
  dealloc: (o) => {
    gcUntrack(o);
    const it = o as PySetIter;
    const s = it.set;
    it.set = null;
    xdecref(s);
    gcFree(o);
  },
});

class PySetIter extends PyObject {
  pos = 0;
  constructor(public set: PySet | null, public used: number, public len: number) {
    super(SetIterType);
  }
}

function setIterNew(so: PySet): PyObject {
  incref(so);
  const it = new PySetIter(so, so.used, so.used);
  recorder.alloc(it);
  gcTrack(it);
  return it;
}

SetIterType.tp_iter = (o) => newref(o);
SetIterType.tp_traverse = (o: PyObject, visit: Visit) => {
  const s = (o as PySetIter).set;
  if (s !== null) visit(s);
};
SetIterType.tp_iternext = (o) => {
  const it = o as PySetIter;
  const so = it.set;
  if (so === null) return null;
  if (it.used !== so.used) {
    it.used = -1;
    raise(RuntimeError, 'Set changed size during iteration');
  }
  let i = it.pos;
  while (i <= so.mask && (so.keys[i] === null || so.keys[i] === DUMMY)) i++;
  it.pos = i + 1;
  if (i > so.mask) {
    it.set = null;
    decref(so);
    return null;
  }
  it.len--;
  return newref(so.keys[i] as PyObject);
};
defMethod(SetIterType, '__length_hint__', (self) => {
  const it = self as PySetIter;
  return newInt(it.set !== null && it.used === it.set.used ? it.len : 0);
});

// ---- methods ------------------------------------------------------------------------------------

function keyErrorFor(key: PyObject): never {
  incref(key);
  throw exceptionArgs(KeyError, [key]);
}

/** A method taking any number of iterables (set.union(*others)...). */
function multi(name: string, fn: (so: PySet, others: readonly PyObject[]) => PyObject): NativeFn {
  return (self, args, kwnames) => {
    noKwargs(name, kwnames);
    return fn(self as PySet, args);
  };
}

function one(name: string, fn: (so: PySet, x: PyObject) => PyObject): NativeFn {
  return (self, args, kwnames) => {
    checkArgs(name, args, kwnames, 1, 1);
    return fn(self as PySet, args[0] as PyObject);
  };
}

function none(name: string, fn: (so: PySet) => PyObject): NativeFn {
  return (self, args, kwnames) => {
    checkArgs(name, args, kwnames, 0, 0);
    return fn(self as PySet);
  };
}

const union = multi('set.union', (so, others) => {
  const r = setCopy(so);
  try {
    for (const o of others) if (o !== so) setUpdate(r, o);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
});
const intersection = multi('set.intersection', (so, others) => {
  if (others.length === 0) return setCopy(so);
  let result: PySet = newref(so);
  for (const o of others) {
    let next: PySet;
    try {
      next = setIntersection(result, o);
    } catch (e) {
      decref(result);
      throw e;
    }
    decref(result);
    result = next;
  }
  return result;
});
const difference = multi('set.difference', (so, others) => {
  if (others.length === 0) return setCopy(so);
  const result = setDifference(so, others[0] as PyObject);
  try {
    for (let i = 1; i < others.length; i++) differenceUpdate(result, others[i] as PyObject);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
});

for (const t of [SetType, FrozenSetType]) {
  defMethod(t, 'union', union);
  defMethod(t, 'intersection', intersection);
  defMethod(t, 'difference', difference);
  defMethod(t, 'symmetric_difference', one('symmetric_difference', (so, x) => symmetricDifference(so, x)));
  defMethod(t, 'issubset', one('issubset', (so, x) => pyBool(isSubset(so, x))));
  defMethod(t, 'issuperset', one('issuperset', (so, x) => pyBool(isSuperset(so, x))));
  defMethod(t, 'isdisjoint', one('isdisjoint', (so, x) => pyBool(isDisjoint(so, x))));
  defMethod(t, '__contains__', one('__contains__', (so, x) => pyBool((t.sq_contains as (o: PyObject, k: PyObject) => boolean)(so, x))));
  defMethod(t, '__len__', none('__len__', (so) => newInt(so.used)));
}
defMethod(SetType, 'copy', none('set.copy', (so) => setCopy(so)));
defMethod(FrozenSetType, 'copy', none('frozenset.copy', (so) => (so.ob_type === FrozenSetType ? newref(so) : setCopy(so))));
defMethod(SetType, 'add', one('set.add', (so, x) => {
  setAdd(so, x);
  return None;
}));
defMethod(SetType, 'clear', none('set.clear', (so) => {
  setClear(so);
  return None;
}));
defMethod(SetType, 'discard', one('set.discard', (so, x) => {
  withFrozenFallback(so, x, (h) => discardEntry(so, x, h));
  return None;
}));
defMethod(SetType, 'remove', one('set.remove', (so, x) => {
  if (!withFrozenFallback(so, x, (h) => discardEntry(so, x, h))) keyErrorFor(x);
  return None;
}));
defMethod(SetType, 'pop', none('set.pop', (so) => {
  if (so.used === 0) raise(KeyError, 'pop from an empty set');
  let j = so.finger & so.mask;
  while (so.keys[j] === null || so.keys[j] === DUMMY) {
    j++;
    if (j > so.mask) j = 0;
  }
  const key = so.keys[j] as PyObject;
  so.keys[j] = DUMMY;
  so.hashes[j] = -1;
  so.used--;
  so.finger = j + 1;
  if (recorder.on) traceSetMember(so, key, false);
  return key;
}));
defMethod(SetType, 'update', multi('set.update', (so, others) => {
  for (const o of others) setUpdate(so, o);
  return None;
}));
defMethod(SetType, 'intersection_update', multi('set.intersection_update', (so, others) => {
  const tmp = intersection(so, others, null) as PySet;
  swapBodies(so, tmp);
  decref(tmp);
  return None;
}));
defMethod(SetType, 'difference_update', multi('set.difference_update', (so, others) => {
  for (const o of others) differenceUpdate(so, o);
  return None;
}));
defMethod(SetType, 'symmetric_difference_update', one('symmetric_difference_update', (so, x) => {
  symmetricDifferenceUpdate(so, x);
  return None;
}));

/** BUILD_SET: a set from values on the value stack, whose references are consumed in order. */
export function buildSetSteal(items: PyObject[]): PySet {
  const so = setNew(SetType, null);
  let err: unknown = null;
  for (const x of items) {
    if (err === null) {
      try {
        setAdd(so, x);
      } catch (e) {
        err = e;
      }
    }
    decref(x);
  }
  if (err !== null) {
    decref(so);
    throw err;
  }
  return so;
}

export type { PyType };
