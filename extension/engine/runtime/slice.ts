/** slice objects and index normalization for sequences (PySlice_GetIndicesEx). */
import { PyObject } from './object';
import { makeStaticType } from './type';
import { decref, gcFree, incref } from './heap';
import { None } from './singletons';
import { PyInt } from './int';
import { typeError, valueError } from './errors';
import { pyRepr } from './abstract';

export const SliceType = makeStaticType('slice', 'slice', {
  dealloc: (o) => {
    const s = o as PySlice;
    decref(s.start);
    decref(s.stop);
    decref(s.step);
    gcFree(o);
  },
});

export class PySlice extends PyObject {
  constructor(readonly start: PyObject, readonly stop: PyObject, readonly step: PyObject) {
    super(SliceType);
  }
}

export function sliceNew(start: PyObject, stop: PyObject, step: PyObject): PySlice {
  incref(start);
  incref(stop);
  incref(step);
  return new PySlice(start, stop, step);
}

function indexValue(o: PyObject): number {
  if (!(o instanceof PyInt)) typeError('slice indices must be integers or None or have an __index__ method');
  return Number(o.value);
}

/** [start, stop, step, length] for a sequence of `len` items. */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  const step = s.step === None ? 1 : indexValue(s.step);
  if (step === 0) valueError('slice step cannot be zero');
  let start: number;
  let stop: number;
  if (s.start === None) start = step < 0 ? len - 1 : 0;
  else {
    start = indexValue(s.start);
    if (start < 0) start = Math.max(start + len, step < 0 ? -1 : 0);
    else if (start >= len) start = step < 0 ? len - 1 : len;
  }
  if (s.stop === None) stop = step < 0 ? -1 : len;
  else {
    stop = indexValue(s.stop);
    if (stop < 0) stop = Math.max(stop + len, step < 0 ? -1 : 0);
    else if (stop >= len) stop = step < 0 ? len - 1 : len;
  }
  let n = 0;
  if (step > 0 && stop > start) n = Math.floor((stop - start - 1) / step) + 1;
  else if (step < 0 && stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  return [start, stop, step, n];
}

SliceType.tp_repr = (o) => {
  const s = o as PySlice;
  return `slice(${pyRepr(s.start)}, ${pyRepr(s.stop)}, ${pyRepr(s.step)})`;
};
