/** tuple's slots and methods (Objects/tupleobject.c). */
import type { PyObject } from './object';
import { PyTuple, TupleType, tupleFromArray, tupleSteal, EmptyTuple } from './tuple';
import { PyInt, newInt } from './int';
import { NotImplemented } from './singletons';
import { decref, incref, newref } from './heap';
import { typeError, valueError, indexError } from './errors';
import { PySlice, sliceIndices } from './slice';
import { seqIterNew } from './iter';
import { defMethod } from './builtin';
import { hashObject, iterateToArray, richCompareBool } from './abstract';
import { NB_ADD, NB_MULTIPLY, PY_EQ } from './ops';
import { checkAllocation } from './limits';
import { indexArg, oneArg, positional } from './args';
import { adjustBounds } from './ucs';
import { hashTupleOf } from './hash';
import { seqCompare, seqContains, seqIndex, seqRepr } from './list-ops';
import { ListType } from './list';

TupleType.tp_iter = (o) => seqIterNew(o, 'tuple');
TupleType.tp_repr = (o) => seqRepr((o as PyTuple).items, '(', ')', o);
TupleType.tp_richcompare = (a, b, op) => (b instanceof PyTuple ? seqCompare((a as PyTuple).items, b.items, op) : NotImplemented);
TupleType.sq_contains = (o, x) => seqContains((o as PyTuple).items, x);
TupleType.tp_hash = (o) => hashTupleOf((o as PyTuple).items.map((x) => hashObject(x)));

TupleType.mp_subscript = (o, k) => {
  const items = (o as PyTuple).items;
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, items.length);
    if (step === 1 && n === items.length && o.ob_type === TupleType) return newref(o);
    const out: PyObject[] = [];
    for (let i = 0, j = start; i < n; i++, j += step) out.push(newref(items[j] as PyObject));
    return tupleSteal(out);
  }
  let i = seqIndex(k, 'tuple');
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) indexError('tuple index out of range');
  return newref(items[i] as PyObject);
};

TupleType.nb_binop = (a, b, op) => {
  if (op === NB_ADD) {
    if (!(a instanceof PyTuple) || !(b instanceof PyTuple)) return NotImplemented;
    if (b.items.length === 0 && a.ob_type === TupleType) return newref(a);
    if (a.items.length === 0 && b.ob_type === TupleType) return newref(b);
    const items = [...a.items, ...b.items];
    for (const x of items) incref(x);
    return tupleSteal(items);
  }
  if (op === NB_MULTIPLY) {
    const [t, n] = a instanceof PyTuple ? [a, b] : [b, a];
    if (!(t instanceof PyTuple)) return NotImplemented;
    if (!(n instanceof PyInt) && n.ob_type.nb_index === null) return NotImplemented;
    const count = indexArg(n);
    if (count === 1 && t.ob_type === TupleType) return newref(t);
    if (count > 0) checkAllocation(t.items.length * count, 8);
    const items: PyObject[] = [];
    for (let i = 0; i < count; i++) for (const x of t.items) items.push(newref(x));
    return tupleSteal(items);
  }
  return NotImplemented;
};

TupleType.tp_new = (_t, args, kwnames) => {
  if (kwnames !== null && kwnames.length) typeError('tuple() takes no keyword arguments');
  positional('tuple', 'tuple', args, null, 0, 1);
  if (args.length === 0) return EmptyTuple;
  const src = args[0] as PyObject;
  if (src.ob_type === TupleType) return newref(src);
  // PySequence_Tuple: a list goes through _PyTuple_FromArray (maybe untracked), others do not.
  if (src.ob_type === ListType) return tupleFromArray(iterateToArray(src));
  return tupleSteal(iterateToArray(src));
};
TupleType.tp_init = () => undefined;

defMethod(TupleType, 'index', (self, args, kw) => {
  positional('index', 'tuple.index', args, kw, 1, 3);
  const items = (self as PyTuple).items;
  const [a, b] = adjustBounds(items.length, args[1] === undefined ? null : indexArg(args[1]), args[2] === undefined ? null : indexArg(args[2]));
  for (let i = a; i < b && i < items.length; i++) {
    if (items[i] === args[0] || richCompareBool(items[i] as PyObject, args[0] as PyObject, PY_EQ)) return newInt(i);
  }
  return valueError('tuple.index(x): x not in tuple');
});
defMethod(TupleType, 'count', (self, args, kw) => {
  const x = oneArg('tuple.count', args, kw);
  let n = 0;
  for (const y of (self as PyTuple).items) if (y === x || richCompareBool(y, x, PY_EQ)) n++;
  return newInt(n);
});

export { decref };
