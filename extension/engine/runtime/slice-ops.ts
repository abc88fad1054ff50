/** slice(): construction, start/stop/step, indices(), equality and hashing (Objects/sliceobject.c). */
import type { PyObject } from './object';
import { SliceType, PySlice, sliceNew, sliceIndices } from './slice';
import { None, NotImplemented } from './singletons';
import { newInt, True, False } from './int';
import { tupleSteal, PyTuple } from './tuple';
import { decref, newref, objFree } from './heap';
import { defMethod, defGetSet } from './builtin';
import { indexArg, oneArg, positional } from './args';
import { richCompare, hashObject } from './abstract';
import { valueError } from './errors';
import { PY_EQ, PY_NE } from './ops';

SliceType.tp_dealloc = (o) => {
  const s = o as PySlice;
  decref(s.start);
  decref(s.stop);
  decref(s.step);
  objFree(o);
};
SliceType.tp_new = (_t, args, kwnames) => {
  positional('slice', 'slice', args, kwnames, 1, 3);
  if (args.length === 1) return sliceNew(None, args[0] as PyObject, None);
  return sliceNew(args[0] as PyObject, args[1] as PyObject, args[2] ?? None);
};
SliceType.tp_init = () => undefined;
defGetSet(SliceType, 'start', (o) => newref((o as PySlice).start));
defGetSet(SliceType, 'stop', (o) => newref((o as PySlice).stop));
defGetSet(SliceType, 'step', (o) => newref((o as PySlice).step));
defMethod(SliceType, 'indices', (self, args, kw) => {
  const n = indexArg(oneArg('slice.indices', args, kw));
  if (n < 0) valueError('length should not be negative');
  const [start, stop, step] = sliceIndices(self as PySlice, n);
  return tupleSteal([newInt(start), newInt(stop), newInt(step)]);
});

function asTuple(s: PySlice): PyTuple {
  return tupleSteal([newref(s.start), newref(s.stop), newref(s.step)]);
}

SliceType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PySlice)) return NotImplemented;
  if (a === b && (op === PY_EQ || op === PY_NE)) return op === PY_EQ ? True : False;
  const x = asTuple(a as PySlice);
  const y = asTuple(b);
  try {
    return richCompare(x, y, op);
  } finally {
    decref(x);
    decref(y);
  }
};
SliceType.tp_hash = (o) => {
  const t = asTuple(o as PySlice);
  try {
    return hashObject(t);
  } finally {
    decref(t);
  }
};
