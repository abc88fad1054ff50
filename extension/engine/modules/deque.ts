/**
 * collections.deque (Modules/_collectionsmodule.c): a double-ended queue with an optional maximum
 * length. What programs observe is kept: an append to a full deque releases the item pushed out at
 * the other end after storing the new one; clear() and deallocation release items left to right
 * after the deque is already empty; the iterators keep the deque until they die (not only until
 * exhausted) and fail once it is mutated; messages are CPython's.
 */
import type { PyObject, Visit } from '../runtime/object';
import { PyObject as PyObjectClass } from '../runtime/object';
import { makeStaticType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, TPFLAGS_WEAKREFABLE, isSubtype, type KwNames, type PyType } from '../runtime/type';
import { decref, gcFree, gcTrack, gcUntrack, incref, newref } from '../runtime/heap';
import { None, NotImplemented } from '../runtime/singletons';
import { newInt, PyInt } from '../runtime/int';
import { listSteal } from '../runtime/list';
import { tupleSteal, EmptyTuple } from '../runtime/tuple';
import { call, getIter, iterNext, pyRepr, reprEnter, reprLeave, richCompareBool, typeName } from '../runtime/abstract';
import { indexError, raise, typeError, valueError } from '../runtime/errors';
import { RuntimeError } from '../runtime/exceptions';
import { clearWeakrefs } from '../runtime/weakref';
import { defGetSet, defMethod } from '../runtime/builtin';
import { clinic, indexArg, noArgs, oneArg, positional } from '../runtime/args';
import { seqCompare } from '../runtime/list-ops';
import { NB_ADD, NB_MULTIPLY, PY_EQ } from '../runtime/ops';
import { recorder } from '../trace/recorder';
import { objectGetState } from './object-reduce';
import { traceItemSet, traceItemsAdded, traceItemsMoved, traceItemsCleared } from '../trace/containers';

export const DequeType = makeStaticType('collections.deque', 'other', {
  flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_WEAKREFABLE,
  dealloc: (o) => {
    gcUntrack(o);
    if (o.ob_weaklist !== null) clearWeakrefs(o);
    dequeClear(o as PyDeque);
    gcFree(o);
  },
});

export class PyDeque extends PyObjectClass {
  items: PyObject[] = [];
  /** -1: unbounded. */
  maxlen = -1;
  /** Bumped by every mutation; iterators and searches compare it. */
  state = 0;
}

DequeType.tp_new = (t) => {
  const d = new PyDeque(t);
  recorder.alloc(d);
  gcTrack(d);
  return d;
};
DequeType.tp_traverse = (o: PyObject, visit: Visit) => {
  for (const x of (o as PyDeque).items) visit(x);
};
DequeType.tp_clear = (o) => dequeClear(o as PyDeque);

/** Runs a mutation; while tracing, the index edges that changed are redrawn afterwards. */
function mutate<T>(d: PyDeque, fn: () => T): T {
  if (!recorder.on) return fn();
  const before = d.items.slice();
  const r = fn();
  traceItemsMoved(d, 0, before);
  return r;
}

/** deque_clear: the deque is emptied first, then the old items are released left to right. */
function dequeClear(d: PyDeque): void {
  if (d.items.length === 0) return;
  const old = d.items;
  d.items = [];
  d.state++;
  if (recorder.on) traceItemsCleared(d, old);
  for (const x of old) decref(x);
}

/** deque_append_internal: steals `item`; a full deque then drops (and releases) its leftmost. */
function appendSteal(d: PyDeque, item: PyObject): void {
  d.items.push(item);
  if (recorder.on) traceItemsAdded(d, d.items.length - 1);
  if (d.maxlen >= 0 && d.items.length > d.maxlen) decref(popSide(d, true));
  else d.state++;
}

function appendLeftSteal(d: PyDeque, item: PyObject): void {
  mutate(d, () => d.items.unshift(item));
  if (d.maxlen >= 0 && d.items.length > d.maxlen) decref(popSide(d, false));
  else d.state++;
}

/** A new reference to the leftmost (left) or rightmost item, removed. */
function popSide(d: PyDeque, left: boolean): PyObject {
  if (d.items.length === 0) indexError('pop from an empty deque');
  const x = mutate(d, () => (left ? d.items.shift() : d.items.pop()) as PyObject);
  d.state++;
  return x;
}

/** deque_extend / deque_extendleft: a deque extended by itself copies itself first. */
function extend(d: PyDeque, iterable: PyObject, left: boolean): void {
  if (iterable === d) {
    const copy = listSteal(d.items.map((x) => newref(x)));
    try {
      extend(d, copy, left);
    } finally {
      decref(copy);
    }
    return;
  }
  const it = getIter(iterable);
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      // maxlen 0 keeps nothing: each item is released as it comes (consume_iterator).
      if (d.maxlen === 0) decref(x);
      else if (left) appendLeftSteal(d, x);
      else appendSteal(d, x);
    }
  } finally {
    decref(it);
  }
}

function rotate(d: PyDeque, n: number): void {
  const len = d.items.length;
  if (len <= 1) return;
  const k = ((n % len) + len) % len;
  if (k === 0) return;
  mutate(d, () => {
    d.items = [...d.items.slice(len - k), ...d.items.slice(0, len - k)];
  });
  d.state++;
}

function checkIndex(d: PyDeque, i: number): number {
  const n = d.items.length;
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) indexError('deque index out of range');
  return j;
}

function dequeIndexArg(k: PyObject): number {
  if (!(k instanceof PyInt) && k.ob_type.nb_index === null) typeError(`sequence index must be integer, not '${typeName(k)}'`);
  return indexArg(k);
}

/** Compares each item with `value` (a strong reference held across the comparison); -1 when absent. */
function find(d: PyDeque, value: PyObject, start: number, stop: number): number {
  const state = d.state;
  for (let i = start; i < stop && i < d.items.length; i++) {
    const item = d.items[i] as PyObject;
    incref(item);
    let eq: boolean;
    try {
      eq = richCompareBool(item, value, PY_EQ);
    } finally {
      decref(item);
    }
    if (state !== d.state) raise(RuntimeError, 'deque mutated during iteration');
    if (eq) return i;
  }
  return -1;
}

// ---- construction, the maxlen, repr ---------------------------------------------------------------

function dequeInit(self: PyObject, args: readonly PyObject[], kwnames: KwNames): void {
  const [iterable, maxlenObj] = clinic('deque', args, kwnames, { names: ['iterable', 'maxlen'], posOnly: 0, required: 0 });
  const d = self as PyDeque;
  let maxlen = -1;
  if (maxlenObj !== undefined && maxlenObj !== None) {
    if (!(maxlenObj instanceof PyInt) && maxlenObj.ob_type.nb_index === null) typeError('an integer is required');
    maxlen = indexArg(maxlenObj);
    if (maxlen < 0) valueError('maxlen must be non-negative');
  }
  d.maxlen = maxlen;
  dequeClear(d);
  if (iterable !== undefined) extend(d, iterable, false);
}
DequeType.tp_init = dequeInit;
defMethod(DequeType, '__init__', (self, args, kw) => {
  dequeInit(self, args, kw);
  return None;
});
defGetSet(DequeType, 'maxlen', (o) => ((o as PyDeque).maxlen < 0 ? None : newInt((o as PyDeque).maxlen)));

/** _PyType_Name: the type's name without its module. */
const shortName = (t: PyType): string => t.tp_name.slice(t.tp_name.lastIndexOf('.') + 1);

DequeType.tp_repr = (o) => {
  const d = o as PyDeque;
  if (!reprEnter(o)) return '[...]';
  let inner: string;
  try {
    const list = listSteal(d.items.map((x) => newref(x)));
    try {
      inner = pyRepr(list);
    } finally {
      decref(list);
    }
  } finally {
    reprLeave(o);
  }
  return d.maxlen < 0 ? `${shortName(o.ob_type)}(${inner})` : `${shortName(o.ob_type)}(${inner}, maxlen=${d.maxlen})`;
};
DequeType.tp_hash = null;

// ---- adding and removing -------------------------------------------------------------------------

defMethod(DequeType, 'append', (self, args, kw) => {
  appendSteal(self as PyDeque, newref(oneArg('deque.append', args, kw)));
  return None;
});
defMethod(DequeType, 'appendleft', (self, args, kw) => {
  appendLeftSteal(self as PyDeque, newref(oneArg('deque.appendleft', args, kw)));
  return None;
});
defMethod(DequeType, 'pop', (self, args, kw) => {
  noArgs('deque.pop', args, kw);
  return popSide(self as PyDeque, false);
});
defMethod(DequeType, 'popleft', (self, args, kw) => {
  noArgs('deque.popleft', args, kw);
  return popSide(self as PyDeque, true);
});
defMethod(DequeType, 'extend', (self, args, kw) => {
  extend(self as PyDeque, oneArg('deque.extend', args, kw), false);
  return None;
});
defMethod(DequeType, 'extendleft', (self, args, kw) => {
  extend(self as PyDeque, oneArg('deque.extendleft', args, kw), true);
  return None;
});
defMethod(DequeType, 'clear', (self, args, kw) => {
  noArgs('deque.clear', args, kw);
  dequeClear(self as PyDeque);
  return None;
});
defMethod(DequeType, 'rotate', (self, args, kw) => {
  positional('rotate', 'deque.rotate', args, kw, 0, 1);
  rotate(self as PyDeque, args.length ? indexArg(args[0] as PyObject) : 1);
  return None;
});
defMethod(DequeType, 'reverse', (self, args, kw) => {
  noArgs('deque.reverse', args, kw);
  const d = self as PyDeque;
  mutate(d, () => d.items.reverse());
  d.state++;
  return None;
});
defMethod(DequeType, 'insert', (self, args, kw) => {
  positional('insert', 'deque.insert', args, kw, 2, 2);
  const d = self as PyDeque;
  const n = d.items.length;
  if (d.maxlen >= 0 && n >= d.maxlen) indexError('deque already at its maximum size');
  let i = indexArg(args[0] as PyObject);
  if (i < 0) i = Math.max(0, i + n);
  i = Math.min(i, n);
  const v = newref(args[1] as PyObject);
  mutate(d, () => d.items.splice(i, 0, v));
  d.state++;
  return None;
});
/** deque_del_item: the item leaves the deque, then it is released. */
function delAt(d: PyDeque, i: number): void {
  const x = mutate(d, () => d.items.splice(i, 1)[0] as PyObject);
  d.state++;
  decref(x);
}
defMethod(DequeType, 'remove', (self, args, kw) => {
  const d = self as PyDeque;
  const v = oneArg('deque.remove', args, kw);
  const state = d.state;
  let found = -1;
  for (let i = 0; i < d.items.length; i++) {
    const item = d.items[i] as PyObject;
    incref(item);
    let eq: boolean;
    try {
      eq = richCompareBool(item, v, PY_EQ);
    } finally {
      decref(item);
    }
    if (state !== d.state) indexError('deque mutated during remove().');
    if (eq) {
      found = i;
      break;
    }
  }
  if (found < 0) valueError('deque.remove(x): x not in deque');
  delAt(d, found);
  return None;
});
defMethod(DequeType, 'count', (self, args, kw) => {
  const d = self as PyDeque;
  const v = oneArg('deque.count', args, kw);
  let n = 0;
  for (let i = find(d, v, 0, d.items.length); i >= 0; i = find(d, v, i + 1, d.items.length)) n++;
  return newInt(n);
});
defMethod(DequeType, 'index', (self, args, kw) => {
  positional('index', 'deque.index', args, kw, 1, 3);
  const d = self as PyDeque;
  const n = d.items.length;
  const bound = (o: PyObject | undefined, dflt: number): number => {
    if (o === undefined) return dflt;
    let v = indexArg(o);
    if (v < 0) v = Math.max(0, v + n);
    return Math.min(v, n);
  };
  const i = find(d, args[0] as PyObject, bound(args[1], 0), bound(args[2], n));
  if (i < 0) valueError('deque.index(x): x not in deque');
  return newInt(i);
});

// ---- the sequence protocol -----------------------------------------------------------------------

DequeType.mp_length = (o) => (o as PyDeque).items.length;
DequeType.nb_bool = (o) => (o as PyDeque).items.length > 0;
DequeType.mp_subscript = (o, k) => {
  const d = o as PyDeque;
  return newref(d.items[checkIndex(d, dequeIndexArg(k))] as PyObject);
};
DequeType.mp_ass_subscript = (o, k, v) => {
  const d = o as PyDeque;
  const i = checkIndex(d, dequeIndexArg(k));
  if (v === null) {
    delAt(d, i);
    return;
  }
  const old = d.items[i] as PyObject;
  d.items[i] = newref(v);
  if (recorder.on) traceItemSet(d, i, old, d.items[i] as PyObject);
  decref(old);
};
DequeType.sq_contains = (o, x) => find(o as PyDeque, x, 0, (o as PyDeque).items.length) >= 0;
DequeType.tp_richcompare = (a, b, op) => {
  if (!isSubtype(b.ob_type, DequeType)) return NotImplemented;
  return seqCompare((a as PyDeque).items, (b as PyDeque).items, op);
};

/** deque_copy: an exact deque copies itself; a subclass is called as type(d)(d[, maxlen]). */
function dequeCopy(d: PyDeque): PyObject {
  if (d.ob_type === DequeType) {
    const c = (DequeType.tp_new as NonNullable<PyType['tp_new']>)(DequeType, [], null) as PyDeque;
    c.maxlen = d.maxlen;
    try {
      extend(c, d, false);
    } catch (e) {
      decref(c);
      throw e;
    }
    return c;
  }
  const r = d.maxlen < 0 ? call(d.ob_type, [d]) : call(d.ob_type, [d, newInt(d.maxlen)]);
  if (!isSubtype(r.ob_type, DequeType)) {
    const n = r.ob_type.tp_name;
    decref(r);
    typeError(`${d.ob_type.tp_name}() must return a deque, not ${n}`);
  }
  return r;
}
defMethod(DequeType, 'copy', (self, args, kw) => {
  noArgs('deque.copy', args, kw);
  return dequeCopy(self as PyDeque);
});
defMethod(DequeType, '__copy__', (self, args, kw) => {
  noArgs('deque.__copy__', args, kw);
  return dequeCopy(self as PyDeque);
});

/** deque_inplace_repeat: n copies, fewer when maxlen would drop whole copies anyway. */
function repeatInPlace(d: PyDeque, n: number): void {
  if (n <= 0) {
    dequeClear(d);
    return;
  }
  const size = d.items.length;
  if (size === 0 || n === 1) return;
  let reps = n;
  if (d.maxlen >= 0 && reps * size > d.maxlen) reps = Math.floor((d.maxlen + size - 1) / size);
  const src = d.items.slice();
  for (const x of src) incref(x);
  try {
    for (let r = 1; r < reps; r++) for (const x of src) appendSteal(d, newref(x));
  } finally {
    for (const x of src) decref(x);
  }
}
function repeatCount(o: PyObject): number | null {
  if (!(o instanceof PyInt) && o.ob_type.nb_index === null) return null;
  return indexArg(o);
}
DequeType.nb_binop = (a, b, op) => {
  if (op === NB_ADD) {
    if (!isSubtype(a.ob_type, DequeType)) return NotImplemented;
    if (!isSubtype(b.ob_type, DequeType)) typeError(`can only concatenate deque (not "${typeName(b)}") to deque`);
    const c = dequeCopy(a as PyDeque);
    try {
      extend(c as PyDeque, b, false);
    } catch (e) {
      decref(c);
      throw e;
    }
    return c;
  }
  if (op === NB_MULTIPLY) {
    const [d, n] = isSubtype(a.ob_type, DequeType) ? [a, b] : [b, a];
    const count = repeatCount(n);
    if (count === null) typeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
    const c = dequeCopy(d as PyDeque);
    try {
      repeatInPlace(c as PyDeque, count);
    } catch (e) {
      decref(c);
      throw e;
    }
    return c;
  }
  return NotImplemented;
};
DequeType.nb_inplace = (a, b, op) => {
  if (op === NB_ADD) {
    extend(a as PyDeque, b, false);
    return newref(a);
  }
  if (op === NB_MULTIPLY) {
    const count = repeatCount(b);
    if (count === null) typeError(`can't multiply sequence by non-int of type '${typeName(b)}'`);
    repeatInPlace(a as PyDeque, count);
    return newref(a);
  }
  return NotImplemented;
};

// ---- iterators -----------------------------------------------------------------------------------

class PyDequeIter extends PyObjectClass {
  constructor(type: PyType, public deque: PyDeque, public index: number, readonly state: number, public counter: number) {
    super(type);
  }
}

function iterType(name: string, reverse: boolean): PyType {
  const t = makeStaticType(`collections.${name}`, 'iter', {
    flags: TPFLAGS_HAVE_GC,
    dealloc: (o) => {
      gcUntrack(o);
      decref((o as PyDequeIter).deque);
      gcFree(o);
    },
  });
  t.tp_traverse = (o: PyObject, visit: Visit) => visit((o as PyDequeIter).deque);
  t.tp_iter = (o) => newref(o);
  t.tp_iternext = (o) => {
    const it = o as PyDequeIter;
    // The deque stays referenced until the iterator dies, even once exhausted (dequeiter_next).
    if (it.deque.state !== it.state) {
      it.counter = 0;
      raise(RuntimeError, 'deque mutated during iteration');
    }
    if (it.counter === 0) return null;
    const x = it.deque.items[it.index] as PyObject;
    it.index += reverse ? -1 : 1;
    it.counter--;
    return newref(x);
  };
  defMethod(t, '__length_hint__', (self) => newInt((self as PyDequeIter).counter));
  return t;
}
const DequeIterType = iterType('_deque_iterator', false);
const DequeRevIterType = iterType('_deque_reverse_iterator', true);

function iterNew(d: PyDeque, reverse: boolean): PyObject {
  incref(d);
  const n = d.items.length;
  const it = new PyDequeIter(reverse ? DequeRevIterType : DequeIterType, d, reverse ? n - 1 : 0, d.state, n);
  recorder.alloc(it);
  gcTrack(it);
  return it;
}
DequeType.tp_iter = (o) => iterNew(o as PyDeque, false);
defMethod(DequeType, '__reversed__', (self, args, kw) => {
  noArgs('deque.__reversed__', args, kw);
  return iterNew(self as PyDeque, true);
});

/** deque.__reduce__: (type, () or ((), maxlen), state, iter(d)), rebuilt by appending the items. */
defMethod(DequeType, '__reduce__', (self, args, kw) => {
  noArgs('deque.__reduce__', args, kw);
  const d = self as PyDeque;
  const state = objectGetState(self);
  const ctorArgs = d.maxlen < 0 ? newref(EmptyTuple) : tupleSteal([newref(EmptyTuple), newInt(d.maxlen)]);
  return tupleSteal([newref(self.ob_type), ctorArgs, state, iterNew(d, false)]);
});
