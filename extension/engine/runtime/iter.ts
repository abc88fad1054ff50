/**
 * Iterators over the builtin sequences, dicts and ranges, and the range type. An iterator holds
 * a strong reference to what it iterates until it is exhausted, as CPython's do.
 */
import { PyObject, type Visit } from './object';
import { makeStaticType, TPFLAGS_HAVE_GC, type PyType } from './type';
import { decref, gcFree, gcTrack, gcUntrack, incref, newref, xdecref } from './heap';
import { PyList } from './list';
import { PyTuple } from './tuple';
import { PyStr, newStr } from './str';
import { PyDict } from './dict';
import { newInt, PyInt } from './int';
import { tupleSteal } from './tuple';
import { None } from './singletons';
import { raise, typeError, valueError } from './errors';
import { IndexError, RuntimeError } from './exceptions';
import { recorder, L_INTERNAL } from '../trace/recorder';
import { traceItemSet } from '../trace/containers';

export type IterKind = 'list' | 'tuple' | 'str' | 'dictkeys' | 'dictvalues' | 'dictitems' | 'range' | 'reversed';

export const SeqIterType = makeStaticType('iterator', 'iter', {
  flags: TPFLAGS_HAVE_GC,
  dealloc: (o) => {
    gcUntrack(o);
    const it = o as PySeqIter;
    const s = it.seq;
    it.seq = null;
    if (s !== null && recorder.on) recorder.edge(it, s, L_INTERNAL, 'it_seq', false);
    xdecref(s);
    const r = it.result;
    it.result = null;
    xdecref(r);
    gcFree(o);
  },
});

export class PySeqIter extends PyObject {
  index = 0;
  /** Range iterators: current value, step and count left. */
  cur = 0;
  step = 1;
  left = 0;
  version = 0;
  /** dict items iterators recycle their (key, value) tuple while nothing else holds it (di_result). */
  result: PyTuple | null = null;
  constructor(public seq: PyObject | null, readonly kind: IterKind) {
    super(SeqIterType);
  }
}

/** Chooses the concrete iterator type for a kind (installed by iter-types.ts). */
export const iterTypeHook: { fn: ((kind: IterKind, seq: PyObject) => PyType) | null } = { fn: null };

export function seqIterNew(seq: PyObject, kind: IterKind): PySeqIter {
  incref(seq);
  const it = new PySeqIter(seq, kind);
  // Each kind shows its own type name (list_iterator, dict_keyiterator...); see iter-types.ts.
  if (iterTypeHook.fn !== null) it.ob_type = iterTypeHook.fn(kind, seq);
  if (seq instanceof PyDict) {
    it.version = seq.used;
    it.left = seq.used;
  }
  if (kind === 'dictitems') it.result = tupleSteal([newref(None), newref(None)]);
  recorder.alloc(it);
  gcTrack(it);
  if (recorder.on) recorder.edge(it, seq, L_INTERNAL, 'it_seq', true);
  return it;
}

function exhausted(it: PySeqIter): null {
  const s = it.seq;
  it.seq = null;
  if (s !== null && recorder.on) recorder.edge(it, s, L_INTERNAL, 'it_seq', false);
  xdecref(s);
  return null;
}

SeqIterType.tp_iter = (o) => newref(o);
SeqIterType.tp_traverse = (o: PyObject, visit: Visit) => {
  const s = (o as PySeqIter).seq;
  if (s !== null) visit(s);
  const r = (o as PySeqIter).result;
  if (r !== null) visit(r);
};
SeqIterType.tp_iternext = (o) => {
  const it = o as PySeqIter;
  const seq = it.seq;
  if (seq === null) return null;
  switch (it.kind) {
    case 'list':
    case 'tuple': {
      const items = (seq as PyList | PyTuple).items;
      if (it.index >= items.length) return exhausted(it);
      return newref(items[it.index++] as PyObject);
    }
    case 'reversed': {
      const items = (seq as PyList).items;
      if (it.index < 0 || it.index >= items.length) return exhausted(it);
      return newref(items[it.index--] as PyObject);
    }
    case 'str': {
      const s = (seq as PyStr).value;
      if (it.index >= s.length) return exhausted(it);
      // One code point per item: a surrogate pair is a single character.
      const cp = s.codePointAt(it.index) as number;
      const ch = String.fromCodePoint(cp);
      it.index += ch.length;
      return newStr(ch);
    }
    case 'range': {
      if (it.left <= 0) return exhausted(it);
      it.left--;
      const v = it.cur;
      it.cur += it.step;
      return newInt(v);
    }
    case 'dictkeys':
    case 'dictvalues':
    case 'dictitems': {
      const d = seq as PyDict;
      if (d.used !== it.version) {
        it.version = -1;
        raise(RuntimeError, 'dictionary changed size during iteration');
      }
      const keys = d.keys;
      while (it.index < keys.length && (keys[it.index] === null || keys[it.index] === undefined)) it.index++;
      if (it.index >= keys.length) return exhausted(it);
      const i = it.index++;
      const k = keys[i] as PyObject;
      const v = d.values[i] as PyObject;
      if (it.kind === 'dictkeys') return newref(k);
      if (it.kind === 'dictvalues') return newref(v);
      incref(k);
      incref(v);
      const r = it.result;
      if (r !== null && r.ob_refcnt === 1) {
        incref(r);
        const [oldK, oldV] = r.items as [PyObject, PyObject];
        r.items[0] = k;
        r.items[1] = v;
        if (recorder.on) {
          traceItemSet(r, 0, oldK, k);
          traceItemSet(r, 1, oldV, v);
        }
        decref(oldK);
        decref(oldV);
        return r;
      }
      return tupleSteal([k, v]);
    }
    default: {
      const never: never = it.kind;
      throw new Error(`unknown iterator ${String(never)}`);
    }
  }
};

export const RangeType = makeStaticType('range', 'range', { dealloc: (o) => gcFree(o) });

export class PyRange extends PyObject {
  constructor(readonly start: number, readonly stop: number, readonly step: number) {
    super(RangeType);
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}

function rangeArg(o: PyObject): number {
  if (!(o instanceof PyInt)) typeError(`'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  return Number(o.value);
}

RangeType.tp_new = (_t, args) => {
  if (args.length < 1 || args.length > 3) typeError(`range expected at least 1 argument, got ${args.length}`);
  const a = args.map(rangeArg);
  const [start, stop, step] = a.length === 1 ? [0, a[0] as number, 1] : [a[0] as number, a[1] as number, a[2] ?? 1];
  if (step === 0) valueError('range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
};
RangeType.tp_iter = (o) => {
  const r = o as PyRange;
  const it = seqIterNew(r, 'range');
  it.cur = r.start;
  it.step = r.step;
  it.left = r.length;
  return it;
};
RangeType.mp_length = (o) => (o as PyRange).length;
RangeType.tp_repr = (o) => {
  const r = o as PyRange;
  return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
};
RangeType.mp_subscript = (o, k) => {
  const r = o as PyRange;
  let i = rangeArg(k);
  if (i < 0) i += r.length;
  if (i < 0 || i >= r.length) raise(IndexError, 'range object index out of range');
  return newInt(r.start + i * r.step);
};

