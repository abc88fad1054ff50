/**
 * range beyond iteration: the constructor's argument rules, O(1) `in`, index/count, slicing into
 * ranges, equality by the sequence they produce, hashing, reversed() and the start/stop/step
 * attributes (Objects/rangeobject.c).
 */
import type { PyObject } from './object';
import { RangeType, PyRange, seqIterNew } from './iter';
import { PyInt, newInt, pyBool, True, False } from './int';
import { None, NotImplemented } from './singletons';
import { indexError, typeError, valueError } from './errors';
import { richCompareBool, hashObject } from './abstract';
import { PySlice, sliceIndices } from './slice';
import { defMethod, defGetSet } from './builtin';
import { indexArg, oneArg, positional } from './args';
import { PY_EQ, PY_NE } from './ops';
import { tupleSteal } from './tuple';
import { decref } from './heap';
import { objFree } from './heap';

function rangeArg(o: PyObject): number {
  if (!(o instanceof PyInt) && o.ob_type.nb_index === null) typeError(`'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  return indexArg(o);
}

RangeType.tp_dealloc = (o) => objFree(o);
RangeType.tp_new = (_t, args, kwnames) => {
  positional('range', 'range', args, kwnames, 1, 3);
  const a = args.map(rangeArg);
  const [start, stop, step] = a.length === 1 ? [0, a[0] as number, 1] : [a[0] as number, a[1] as number, a[2] ?? 1];
  if (step === 0) valueError('range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
};
RangeType.tp_init = () => undefined;
RangeType.nb_bool = (o) => (o as PyRange).length !== 0;

function rangeContainsInt(r: PyRange, v: number): boolean {
  if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
  return (v - r.start) % r.step === 0;
}

RangeType.sq_contains = (o, x) => {
  const r = o as PyRange;
  if (x instanceof PyInt && (x.ob_type.tp_name === 'int' || x.ob_type.tp_name === 'bool')) {
    const v = Number(x.value);
    return Number.isSafeInteger(v) && rangeContainsInt(r, v);
  }
  for (let i = 0, v = r.start; i < r.length; i++, v += r.step) {
    const item = newInt(v);
    try {
      if (richCompareBool(item, x, PY_EQ)) return true;
    } finally {
      decref(item);
    }
  }
  return false;
};

RangeType.mp_subscript = (o, k) => {
  const r = o as PyRange;
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, r.length);
    const s = r.start + start * r.step;
    const st = r.step * step;
    return new PyRange(s, s + n * st, st);
  }
  if (!(k instanceof PyInt) && k.ob_type.nb_index === null) typeError(`range indices must be integers or slices, not ${k.ob_type.tp_name}`);
  let i = indexArg(k);
  if (i < 0) i += r.length;
  if (i < 0 || i >= r.length) indexError('range object index out of range');
  return newInt(r.start + i * r.step);
};

function sameSequence(a: PyRange, b: PyRange): boolean {
  const n = a.length;
  if (n !== b.length) return false;
  if (n === 0) return true;
  if (a.start !== b.start) return false;
  return n === 1 || a.step === b.step;
}

RangeType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyRange) || (op !== PY_EQ && op !== PY_NE)) return NotImplemented;
  return sameSequence(a as PyRange, b) === (op === PY_EQ) ? True : False;
};
RangeType.tp_hash = (o) => {
  const r = o as PyRange;
  const n = r.length;
  const t = tupleSteal([newInt(n), n === 0 ? None : newInt(r.start), n <= 1 ? None : newInt(r.step)]);
  try {
    return hashObject(t);
  } finally {
    decref(t);
  }
};

defMethod(RangeType, 'index', (self, args, kw) => {
  const x = oneArg('range.index', args, kw);
  const r = self as PyRange;
  if (x instanceof PyInt && rangeContainsInt(r, Number(x.value))) return newInt((Number(x.value) - r.start) / r.step);
  for (let i = 0, v = r.start; i < r.length; i++, v += r.step) {
    const item = newInt(v);
    try {
      if (!(x instanceof PyInt) && richCompareBool(item, x, PY_EQ)) return newInt(i);
    } finally {
      decref(item);
    }
  }
  return valueError('range.index(x): x not in range');
});
defMethod(RangeType, 'count', (self, args, kw) => {
  const x = oneArg('range.count', args, kw);
  const r = self as PyRange;
  if (x instanceof PyInt) return newInt(rangeContainsInt(r, Number(x.value)) ? 1 : 0);
  let n = 0;
  for (let i = 0, v = r.start; i < r.length; i++, v += r.step) {
    const item = newInt(v);
    if (richCompareBool(item, x, PY_EQ)) n++;
    decref(item);
  }
  return newInt(n);
});
defMethod(RangeType, '__reversed__', (self, args, kw) => {
  positional('__reversed__', 'range.__reversed__', args, kw, 0, 0);
  const r = self as PyRange;
  const it = seqIterNew(r, 'range');
  it.cur = r.start + (r.length - 1) * r.step;
  it.step = -r.step;
  it.left = r.length;
  return it;
});
defMethod(RangeType, '__len__', (self) => newInt((self as PyRange).length));
defGetSet(RangeType, 'start', (o) => newInt((o as PyRange).start));
defGetSet(RangeType, 'stop', (o) => newInt((o as PyRange).stop));
defGetSet(RangeType, 'step', (o) => newInt((o as PyRange).step));
void pyBool;
