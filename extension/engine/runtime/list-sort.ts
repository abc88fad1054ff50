/**
 * list.sort / sorted: CPython's listsort. Only `<` is ever asked (so a class needs nothing but
 * __lt__), keys are computed once per item in order, and the comparisons a small list sees
 * (fewer than 64 items: one count_run then binary insertion) are exactly CPython's, which
 * matters when __lt__ has side effects. Longer lists sort runs the same way and then merge
 * them stably. Keys are released afterwards in the items' final order, as CPython does.
 */
import type { PyObject } from './object';
import { decref } from './heap';
import { call, richCompareBool } from './abstract';
import { valueError } from './errors';
import { PY_LT } from './ops';
import { IntType, type PyInt } from './int';
import { FloatType, type PyFloat } from './float';
import { StrType, type PyStr } from './str';
import { compareStr } from './str-ops';

const MAX_MINRUN = 64;

type Lt = (a: PyObject, b: PyObject) => boolean;

function reverseRange(keys: PyObject[], vals: PyObject[] | null, lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) {
    [keys[i], keys[j]] = [keys[j] as PyObject, keys[i] as PyObject];
    if (vals !== null) [vals[i], vals[j]] = [vals[j] as PyObject, vals[i] as PyObject];
  }
}

/** count_run: the length of the run at lo (made ascending in place), at most `remaining` long. */
function countRun(keys: PyObject[], vals: PyObject[] | null, lo: number, remaining: number, lt: Lt): number {
  let n = 1;
  for (; n < remaining; n++) if (lt(keys[lo + n] as PyObject, keys[lo + n - 1] as PyObject)) break;
  if (n === remaining) return n;
  if (n > 1) {
    if (lt(keys[lo] as PyObject, keys[lo + n - 1] as PyObject)) return n;
    reverseRange(keys, vals, lo, lo + n);
  }
  n++;
  let neq = 0;
  const reverseLastNeq = (): void => {
    if (neq) {
      neq++;
      reverseRange(keys, vals, lo + n - neq, lo + n);
      neq = 0;
    }
  };
  for (; n < remaining; n++) {
    if (lt(keys[lo + n] as PyObject, keys[lo + n - 1] as PyObject)) reverseLastNeq();
    else if (lt(keys[lo + n - 1] as PyObject, keys[lo + n] as PyObject)) break;
    else neq++;
  }
  reverseLastNeq();
  reverseRange(keys, vals, lo, lo + n);
  for (; n < remaining; n++) if (lt(keys[lo + n] as PyObject, keys[lo + n - 1] as PyObject)) break;
  return n;
}

/** binarysort: extends the sorted prefix keys[lo:lo+ok] to keys[lo:lo+n] by binary insertion. */
function binarySort(keys: PyObject[], vals: PyObject[] | null, lo: number, n: number, ok: number, lt: Lt): void {
  if (ok === 0) ok = 1;
  for (; ok < n; ok++) {
    let l = 0;
    let r = ok;
    const pivot = keys[lo + ok] as PyObject;
    do {
      const m = (l + r) >> 1;
      if (lt(pivot, keys[lo + m] as PyObject)) r = m;
      else l = m + 1;
    } while (l < r);
    for (let m = ok; m > l; m--) keys[lo + m] = keys[lo + m - 1] as PyObject;
    keys[lo + l] = pivot;
    if (vals !== null) {
      const vp = vals[lo + ok] as PyObject;
      for (let m = ok; m > l; m--) vals[lo + m] = vals[lo + m - 1] as PyObject;
      vals[lo + l] = vp;
    }
  }
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** Stable merge of the adjacent sorted runs [a, b) and [b, c). */
function mergeRuns(keys: PyObject[], vals: PyObject[] | null, a: number, b: number, c: number, lt: Lt): void {
  const lk = keys.slice(a, b);
  const lv = vals === null ? null : vals.slice(a, b);
  let i = 0;
  let j = b;
  let k = a;
  while (i < lk.length && j < c) {
    if (lt(keys[j] as PyObject, lk[i] as PyObject)) {
      keys[k] = keys[j] as PyObject;
      if (vals !== null) vals[k] = vals[j] as PyObject;
      j++;
    } else {
      keys[k] = lk[i] as PyObject;
      if (vals !== null && lv !== null) vals[k] = lv[i] as PyObject;
      i++;
    }
    k++;
  }
  while (i < lk.length) {
    keys[k] = lk[i] as PyObject;
    if (vals !== null && lv !== null) vals[k] = lv[i] as PyObject;
    i++;
    k++;
  }
}

/** Sorts keys (and vals in lockstep) ascending. */
function timsort(keys: PyObject[], vals: PyObject[] | null, lt: Lt): void {
  const n = keys.length;
  if (n < 2) return;
  const minrun = computeMinrun(n);
  const runs: number[] = [];
  let lo = 0;
  while (lo < n) {
    let len = countRun(keys, vals, lo, n - lo, lt);
    if (len < minrun) {
      const force = Math.min(minrun, n - lo);
      binarySort(keys, vals, lo, force, len, lt);
      len = force;
    }
    runs.push(lo);
    lo += len;
  }
  runs.push(n);
  while (runs.length > 2) {
    const next: number[] = [];
    for (let i = 0; i + 2 < runs.length; i += 2) {
      mergeRuns(keys, vals, runs[i] as number, runs[i + 1] as number, runs[i + 2] as number, lt);
      next.push(runs[i] as number);
    }
    if ((runs.length - 1) % 2 === 1) next.push(runs[runs.length - 2] as number);
    next.push(n);
    runs.splice(0, runs.length, ...next);
  }
}

const defaultLt: Lt = (a, b) => richCompareBool(a, b, PY_LT);
const intLt: Lt = (a, b) => (a as PyInt).value < (b as PyInt).value;
const floatLt: Lt = (a, b) => (a as PyFloat).value < (b as PyFloat).value;
const strLt: Lt = (a, b) => compareStr((a as PyStr).value, (b as PyStr).value) < 0;

/**
 * CPython's pre-sort check: when every key has the same exact type (int, float, str) the
 * comparison is done directly (unsafe_long_compare and friends) — same outcomes, no dispatch.
 */
function chooseLt(keys: readonly PyObject[]): Lt {
  if (keys.length < 2) return defaultLt;
  const t = (keys[0] as PyObject).ob_type;
  if (t !== IntType && t !== FloatType && t !== StrType) return defaultLt;
  for (let i = 1; i < keys.length; i++) if ((keys[i] as PyObject).ob_type !== t) return defaultLt;
  return t === IntType ? intLt : t === FloatType ? floatLt : strLt;
}

/**
 * Sorts `items` in place. `isModified` reports whether the list was mutated by a key function or
 * comparison (CPython then raises "list modified during sort").
 */
export function listSort(items: PyObject[], key: PyObject | null, reverse: boolean, isModified: () => boolean = () => false): void {
  const n = items.length;
  let keys: PyObject[] | null = null;
  if (key !== null) {
    keys = [];
    try {
      for (let i = 0; i < n; i++) keys.push(call(key, [items[i] as PyObject]));
    } catch (e) {
      for (let i = keys.length - 1; i >= 0; i--) decref(keys[i] as PyObject);
      throw e;
    }
  }
  const k = keys ?? items;
  const v = keys === null ? null : items;
  try {
    if (reverse && n > 1) reverseRange(k, v, 0, n);
    timsort(k, v, chooseLt(k));
    if (reverse && n > 1) reverseRange(k, v, 0, n);
  } finally {
    if (keys !== null) for (const x of keys) decref(x);
  }
  if (isModified()) valueError('list modified during sort');
}
