/**
 * list's slots and methods (Objects/listobject.c). Every mutation leaves the list consistent
 * before it releases what it removed, and releases in CPython's order: slice assignment and
 * deletion free the old items last to first, extended-slice deletion first to last, clear()
 * last to first; pop() hands its reference to the caller.
 */
import { cpythonAtLeast } from '../profile';
import type { PyObject } from './object';
import { PyList, ListType, appendAll, listSteal, listClear } from './list';
import { PyTuple } from './tuple';
import { PyInt, newInt, True, False } from './int';
import { None, NotImplemented } from './singletons';
import { decref, incref, newref } from './heap';
import { typeError, valueError, indexError } from './errors';
import { PySlice, sliceIndices } from './slice';
import { seqIterNew } from './iter';
import { defMethod } from './builtin';
import { getIter, iterNext, iterateToArray, pyRepr, reprEnter, reprLeave, richCompare, richCompareBool, typeName } from './abstract';
import { NB_ADD, NB_MULTIPLY, PY_EQ, PY_NE } from './ops';
import { clinic, indexArg, noArgs, oneArg, positional } from './args';
import { adjustBounds } from './ucs';
import { listSort } from './list-sort';
import { recorder } from '../trace/recorder';
import { traceItemSet, traceItemsAdded, traceItemsCleared, traceItemsMoved } from '../trace/containers';
import { checkAllocation } from './limits';

/** A sequence index: ints and objects with __index__, with "<what> indices must be integers..." otherwise. */
export function seqIndex(k: PyObject, what: string): number {
  if (!(k instanceof PyInt) && k.ob_type.nb_index === null) typeError(`${what} indices must be integers or slices, not ${typeName(k)}`);
  return indexArg(k);
}

export function seqRepr(items: readonly PyObject[], open: string, close: string, self: PyObject): string {
  if (!reprEnter(self)) return open + '...' + close;
  try {
    const parts: string[] = [];
    // Items may be removed by a __repr__; hold each while it is formatted.
    for (let i = 0; i < items.length; i++) {
      const x = items[i] as PyObject;
      incref(x);
      try {
        parts.push(pyRepr(x));
      } finally {
        decref(x);
      }
    }
    if (open === '(' && parts.length === 1) return `(${parts[0] as string},)`;
    return open + parts.join(', ') + close;
  } finally {
    reprLeave(self);
  }
}

/** Lexicographic comparison of two item arrays (list_richcompare / tuplerichcompare). */
export function seqCompare(a: readonly PyObject[], b: readonly PyObject[], op: number): PyObject {
  if (a.length !== b.length && (op === PY_EQ || op === PY_NE)) return op === PY_EQ ? False : True;
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    const x = a[i] as PyObject;
    const y = b[i] as PyObject;
    incref(x);
    incref(y);
    let eq: boolean;
    try {
      eq = richCompareBool(x, y, PY_EQ);
    } finally {
      decref(x);
      decref(y);
    }
    if (!eq) break;
  }
  if (i >= a.length || i >= b.length) {
    const la = a.length;
    const lb = b.length;
    return ([la < lb, la <= lb, la === lb, la !== lb, la > lb, la >= lb][op] as boolean) ? True : False;
  }
  if (op === PY_EQ) return False;
  if (op === PY_NE) return True;
  return richCompare(a[i] as PyObject, b[i] as PyObject, op);
}

/** `x in seq` for lists and tuples: identity first, then ==. */
export function seqContains(items: readonly PyObject[], x: PyObject): boolean {
  for (let i = 0; i < items.length; i++) {
    const y = items[i] as PyObject;
    if (y === x) return true;
    incref(y);
    try {
      if (richCompareBool(y, x, PY_EQ)) return true;
    } finally {
      decref(y);
    }
  }
  return false;
}

/** The items of an iterable as a JS array of new references (PySequence_Fast for lists/tuples). */
function fastItems(v: PyObject, msg: string): PyObject[] {
  if (v instanceof PyList || v instanceof PyTuple) {
    const items = v.items.slice();
    for (const x of items) incref(x);
    return items;
  }
  if (v.ob_type.tp_iter === null) typeError(msg);
  return iterateToArray(v);
}

/** list_ass_slice for a contiguous range: replace items[lo:hi] by `added` (references consumed). */
export function listAssSlice(l: PyList, lo: number, hi: number, added: PyObject[]): void {
  const items = l.items;
  if (hi < lo) hi = lo;
  checkAllocation(items.length + added.length, 8);
  const before = recorder.on ? items.slice(lo) : null;
  let removed: PyObject[];
  if (added.length < 1024) removed = items.splice(lo, hi - lo, ...added);
  else {
    // A spread of a huge array overflows the host's stack: rebuild the tail instead.
    removed = items.slice(lo, hi);
    const tail = items.slice(hi);
    items.length = lo;
    appendAll(items, added);
    appendAll(items, tail);
  }
  if (before !== null) traceItemsMoved(l, lo, before);
  for (let k = removed.length - 1; k >= 0; k--) decref(removed[k] as PyObject);
}

ListType.tp_iter = (o) => seqIterNew(o, 'list');
ListType.tp_repr = (o) => seqRepr((o as PyList).items, '[', ']', o);
ListType.tp_hash = null;
ListType.tp_richcompare = (a, b, op) => (b instanceof PyList ? seqCompare((a as PyList).items, b.items, op) : NotImplemented);
ListType.sq_contains = (o, x) => seqContains((o as PyList).items, x);

ListType.mp_subscript = (o, k) => {
  const items = (o as PyList).items;
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, items.length);
    const out: PyObject[] = [];
    for (let i = 0, j = start; i < n; i++, j += step) out.push(newref(items[j] as PyObject));
    return listSteal(out);
  }
  let i = seqIndex(k, 'list');
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) indexError('list index out of range');
  return newref(items[i] as PyObject);
};

ListType.mp_ass_subscript = (o, k, v) => {
  const l = o as PyList;
  if (k instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(k, l.items.length);
    if (step === 1) {
      const added = v === null ? [] : fastItems(v, 'must assign iterable to extended slice');
      listAssSlice(l, start, stop, added);
      return;
    }
    if (v === null) {
      // Extended-slice deletion: the survivors close up, then the removed go first to last.
      if (n === 0) return;
      const idx: number[] = [];
      for (let i = 0, j = start; i < n; i++, j += step) idx.push(j);
      if (step < 0) idx.reverse();
      const drop = new Set(idx);
      const garbage = idx.map((j) => l.items[j] as PyObject);
      const before = recorder.on ? l.items : null;
      l.items = l.items.filter((_, j) => !drop.has(j));
      if (before !== null) traceItemsMoved(l, 0, before);
      for (const g of garbage) decref(g);
      return;
    }
    const seq = fastItems(v, 'must assign iterable to extended slice');
    if (seq.length !== n) {
      for (const x of seq) decref(x);
      valueError(`attempt to assign sequence of size ${seq.length} to extended slice of size ${n}`);
    }
    const garbage: PyObject[] = [];
    for (let i = 0, j = start; i < n; i++, j += step) {
      garbage.push(l.items[j] as PyObject);
      l.items[j] = seq[i] as PyObject;
      if (recorder.on) traceItemSet(l, j, garbage[i] as PyObject, seq[i] as PyObject);
    }
    for (const g of garbage) decref(g);
    return;
  }
  let i = seqIndex(k, 'list');
  if (i < 0) i += l.items.length;
  if (i < 0 || i >= l.items.length) indexError('list assignment index out of range');
  const old = l.items[i] as PyObject;
  const before = recorder.on && v === null ? l.items.slice(i) : null;
  if (v === null) l.items.splice(i, 1);
  else l.items[i] = newref(v);
  if (before !== null) traceItemsMoved(l, i, before);
  else if (recorder.on) traceItemSet(l, i, old, v as PyObject);
  decref(old);
};

ListType.nb_binop = (a, b, op) => {
  if (op === NB_ADD) {
    if (!(a instanceof PyList) || !(b instanceof PyList)) return NotImplemented;
    checkAllocation(a.items.length + b.items.length, 8);
    const items = [...a.items, ...b.items];
    for (const x of items) incref(x);
    return listSteal(items);
  }
  if (op === NB_MULTIPLY) {
    const [l, n] = a instanceof PyList ? [a, b] : [b, a];
    if (!(l instanceof PyList)) return NotImplemented;
    if (!(n instanceof PyInt) && n.ob_type.nb_index === null) return NotImplemented;
    const count = indexArg(n);
    if (count > 0) checkAllocation(l.items.length * count, 8);
    const items: PyObject[] = [];
    const src = l.items.slice();
    for (let i = 0; i < count; i++) for (const x of src) items.push(newref(x));
    return listSteal(items);
  }
  return NotImplemented;
};

/** list_extend: from a list or tuple in one step, else item by item as the iterator yields. */
export function listExtend(l: PyList, it: PyObject): void {
  const start = l.items.length;
  if (it instanceof PyList || it instanceof PyTuple) {
    checkAllocation(start + it.items.length, 8);
    const add = it.items.slice();
    for (const x of add) incref(x);
    appendAll(l.items, add);
    if (recorder.on) traceItemsAdded(l, start);
    return;
  }
  const iter = getIter(it);
  try {
    for (let x = iterNext(iter); x !== null; x = iterNext(iter)) l.items.push(x);
  } finally {
    decref(iter);
    if (recorder.on) traceItemsAdded(l, start);
  }
}

ListType.nb_inplace = (a, b, op) => {
  const l = a as PyList;
  if (op === NB_ADD) {
    // list_inplace_concat is list.extend: a non-iterable fails with "'int' object is not iterable".
    listExtend(l, b);
    return newref(l);
  }
  if (op === NB_MULTIPLY) {
    if (!(b instanceof PyInt) && b.ob_type.nb_index === null) return NotImplemented;
    const count = indexArg(b);
    if (count <= 0) {
      listClear(l);
      return newref(l);
    }
    const src = l.items.slice();
    checkAllocation(src.length * count, 8);
    for (let i = 1; i < count; i++) for (const x of src) l.items.push(newref(x));
    if (recorder.on) traceItemsAdded(l, src.length);
    return newref(l);
  }
  return NotImplemented;
};

ListType.tp_new = (t, args, kwnames) => {
  if (kwnames !== null && kwnames.length) typeError('list() takes no keyword arguments');
  positional('list', 'list', args, null, 0, 1);
  void t;
  const l = listSteal([]);
  if (args.length) {
    try {
      listExtend(l, args[0] as PyObject);
    } catch (e) {
      decref(l);
      throw e;
    }
  }
  return l;
};
ListType.tp_init = () => undefined;

defMethod(ListType, 'append', (self, args, kw) => {
  (self as PyList).items.push(newref(oneArg('list.append', args, kw)));
  if (recorder.on) traceItemsAdded(self as PyList, (self as PyList).items.length - 1);
  return None;
});
defMethod(ListType, 'extend', (self, args, kw) => {
  const it = oneArg('list.extend', args, kw);
  if (it.ob_type.tp_iter === null) typeError(`'${typeName(it)}' object is not iterable`);
  listExtend(self as PyList, it);
  return None;
});
defMethod(ListType, 'insert', (self, args, kw) => {
  positional('insert', 'list.insert', args, kw, 2, 2);
  const items = (self as PyList).items;
  let i = indexArg(args[0] as PyObject);
  if (i < 0) i = Math.max(0, i + items.length);
  if (i > items.length) i = items.length;
  const before = recorder.on ? items.slice(i) : null;
  items.splice(i, 0, newref(args[1] as PyObject));
  if (before !== null) traceItemsMoved(self as PyList, i, before);
  return None;
});
defMethod(ListType, 'pop', (self, args, kw) => {
  positional('pop', 'list.pop', args, kw, 0, 1);
  const items = (self as PyList).items;
  let i = args.length ? indexArg(args[0] as PyObject) : -1;
  if (items.length === 0) indexError('pop from empty list');
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) indexError('pop index out of range');
  const before = recorder.on ? items.slice(i) : null;
  const popped = items.splice(i, 1)[0] as PyObject;
  if (before !== null) traceItemsMoved(self as PyList, i, before);
  return popped;
});
defMethod(ListType, 'remove', (self, args, kw) => {
  const x = oneArg('list.remove', args, kw);
  const l = self as PyList;
  for (let i = 0; i < l.items.length; i++) {
    const y = l.items[i] as PyObject;
    incref(y);
    let eq: boolean;
    try {
      eq = y === x || richCompareBool(y, x, PY_EQ);
    } finally {
      decref(y);
    }
    if (eq) {
      if (i < l.items.length) listAssSlice(l, i, i + 1, []);
      return None;
    }
  }
  return valueError('list.remove(x): x not in list');
});
defMethod(ListType, 'clear', (self, args, kw) => {
  noArgs('list.clear', args, kw);
  listClear(self);
  return None;
});
defMethod(ListType, 'copy', (self, args, kw) => {
  noArgs('list.copy', args, kw);
  const items = (self as PyList).items.slice();
  for (const x of items) incref(x);
  return listSteal(items);
});
defMethod(ListType, 'reverse', (self, args, kw) => {
  noArgs('list.reverse', args, kw);
  const before = recorder.on ? (self as PyList).items.slice() : null;
  (self as PyList).items.reverse();
  if (before !== null) traceItemsMoved(self as PyList, 0, before);
  return None;
});
defMethod(ListType, 'index', (self, args, kw) => {
  positional('index', 'list.index', args, kw, 1, 3);
  const items = (self as PyList).items;
  const [a, b] = adjustBounds(items.length, args[1] === undefined ? null : indexArg(args[1]), args[2] === undefined ? null : indexArg(args[2]));
  for (let i = a; i < b && i < items.length; i++) {
    const y = items[i] as PyObject;
    incref(y);
    try {
      if (y === args[0] || richCompareBool(y, args[0] as PyObject, PY_EQ)) return newInt(i);
    } finally {
      decref(y);
    }
  }
  // Before 3.14 the message showed the value's repr.
  return valueError(cpythonAtLeast(14) ? 'list.index(x): x not in list' : `${pyRepr(args[0] as PyObject)} is not in list`);
});
defMethod(ListType, 'count', (self, args, kw) => {
  const x = oneArg('list.count', args, kw);
  const items = (self as PyList).items.slice();
  let n = 0;
  for (const y of items) if (y === x || richCompareBool(y, x, PY_EQ)) n++;
  return newInt(n);
});
defMethod(ListType, 'sort', (self, args, kwnames) => {
  const [key, rev] = clinic('sort', args, kwnames, { names: ['key', 'reverse'], posOnly: 0, required: 0, kwOnly: 0 });
  sortList(self as PyList, key === undefined || key === None ? null : key, rev !== undefined && indexArg(rev) !== 0);
  return None;
});

/** list.sort: the list is empty while it sorts, so mutations by key functions are detected. */
export function sortList(l: PyList, key: PyObject | null, reverse: boolean): void {
  const items = l.items;
  l.items = [];
  if (recorder.on) traceItemsCleared(l, items);
  let modified = false;
  try {
    listSort(items, key, reverse, () => {
      modified = l.items.length !== 0;
      return modified;
    });
  } finally {
    const junk = l.items;
    l.items = items;
    if (recorder.on) {
      traceItemsCleared(l, junk);
      traceItemsAdded(l, 0);
    }
    for (let i = junk.length - 1; i >= 0; i--) decref(junk[i] as PyObject);
  }
}
