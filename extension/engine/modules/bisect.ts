/**
 * bisect (Modules/_bisectmodule.c): binary search and insertion in a sorted sequence, with
 * CPython's comparison order (bisect_right asks `x < a[mid]`, bisect_left `a[mid] < x`, each on
 * key(a[mid]) when a key is given) and its argument errors.
 */
import type { PyObject } from '../runtime/object';
import { decref } from '../runtime/heap';
import { None } from '../runtime/singletons';
import { newInt } from '../runtime/int';
import { dictSetStr } from '../runtime/dict';
import { moduleNew, type PyModule } from '../runtime/module';
import { call, getAttr, getItem, length, richCompareBool } from '../runtime/abstract';
import { valueError } from '../runtime/errors';
import { builtinFunction } from '../runtime/builtin';
import { clinic, indexArg } from '../runtime/args';
import { PY_LT } from '../runtime/ops';

const SPEC = { names: ['a', 'x', 'lo', 'hi', 'key'], posOnly: 0, required: 2, kwOnly: 4 };

function search(a: PyObject, x: PyObject, loObj: PyObject | undefined, hiObj: PyObject | undefined, key: PyObject | null, right: boolean): number {
  let lo = loObj === undefined ? 0 : indexArg(loObj);
  if (lo < 0) valueError('lo must be non-negative');
  let hi = hiObj === undefined || hiObj === None ? -1 : indexArg(hiObj);
  if (hi === -1) hi = length(a);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const idx = newInt(mid);
    let item: PyObject;
    try {
      item = getItem(a, idx);
    } finally {
      decref(idx);
    }
    let probe: PyObject = item;
    try {
      if (key !== null) {
        probe = call(key, [item]);
        decref(item);
      }
      const goLeft = right ? richCompareBool(x, probe, PY_LT) : !richCompareBool(probe, x, PY_LT);
      if (goLeft) hi = mid;
      else lo = mid + 1;
    } finally {
      decref(probe);
    }
  }
  return lo;
}

function bisectFn(name: string, right: boolean): PyObject {
  return builtinFunction(name, (_s, args, kw) => {
    const [a, x, lo, hi, key] = clinic(name, args, kw, SPEC);
    const k = key === undefined || key === None ? null : key;
    return newInt(search(a as PyObject, x as PyObject, lo, hi, k, right));
  });
}

/** insort: the key applies to x too; a list gets the item directly, anything else through .insert(). */
function insortFn(name: string, right: boolean): PyObject {
  return builtinFunction(name, (_s, args, kw) => {
    const [a, x, lo, hi, key] = clinic(name, args, kw, SPEC);
    const seq = a as PyObject;
    const item = x as PyObject;
    const k = key === undefined || key === None ? null : key;
    let i: number;
    if (k === null) i = search(seq, item, lo, hi, null, right);
    else {
      const kx = call(k, [item]);
      try {
        i = search(seq, kx, lo, hi, k, right);
      } finally {
        decref(kx);
      }
    }
    // PyList_Insert for an exact list, a method call otherwise: the same result either way.
    const insert = getAttr(seq, 'insert');
    const idx = newInt(i);
    try {
      decref(call(insert, [idx, item]));
    } finally {
      decref(idx);
      decref(insert);
    }
    return None;
  });
}

export function makeBisect(): PyModule {
  const mod = moduleNew('bisect');
  const d = mod.md_dict;
  const br = bisectFn('bisect_right', true);
  const ir = insortFn('insort_right', true);
  dictSetStr(d, 'bisect_right', br);
  dictSetStr(d, 'bisect_left', bisectFn('bisect_left', false));
  dictSetStr(d, 'insort_right', ir);
  dictSetStr(d, 'insort_left', insortFn('insort_left', false));
  dictSetStr(d, 'bisect', br);
  dictSetStr(d, 'insort', ir);
  return mod;
}
