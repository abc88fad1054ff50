/**
 * _heapq (Modules/_heapqmodule.c): the heap operations on a list, with CPython's sift order —
 * which `<` comparisons run, in what order, and between which operands — so user __lt__ methods
 * observe the same calls. nlargest, nsmallest and merge are in modules/py/heapq.py.
 */
import type { PyObject } from '../runtime/object';
import { decref, incref, newref } from '../runtime/heap';
import { None } from '../runtime/singletons';
import { PyList } from '../runtime/list';
import { dictSetStr } from '../runtime/dict';
import { moduleNew, type PyModule } from '../runtime/module';
import { richCompareBool, typeName } from '../runtime/abstract';
import { indexError, raise, typeError } from '../runtime/errors';
import { RuntimeError } from '../runtime/exceptions';
import { builtinFunction, type NativeFn } from '../runtime/builtin';
import { PY_LT } from '../runtime/ops';
import { recorder } from '../trace/recorder';
import { traceItemsAdded, traceItemsMoved } from '../trace/containers';

/** a < b for the min-heap; b < a for the max-heap — each operand held across the call. */
function less(a: PyObject, b: PyObject, max: boolean): boolean {
  incref(a);
  incref(b);
  try {
    return max ? richCompareBool(b, a, PY_LT) : richCompareBool(a, b, PY_LT);
  } finally {
    decref(a);
    decref(b);
  }
}

function changedSize(): never {
  return raise(RuntimeError, 'list changed size during iteration');
}

/** Moves the item at pos up towards startpos while it is smaller than its parent. */
function siftDown(heap: PyList, startpos: number, pos: number, max: boolean): void {
  const size = heap.items.length;
  if (pos >= size) indexError('index out of range');
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const lt = less(heap.items[pos] as PyObject, heap.items[parentpos] as PyObject, max);
    if (size !== heap.items.length) changedSize();
    if (!lt) break;
    const arr = heap.items;
    const parent = arr[parentpos] as PyObject;
    arr[parentpos] = arr[pos] as PyObject;
    arr[pos] = parent;
    pos = parentpos;
  }
}

/** Moves the smaller child up until a leaf is reached, then sifts the item there back down. */
function siftUp(heap: PyList, pos: number, max: boolean): void {
  const endpos = heap.items.length;
  const startpos = pos;
  if (pos >= endpos) indexError('index out of range');
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const lt = less(heap.items[childpos] as PyObject, heap.items[childpos + 1] as PyObject, max);
      if (!lt) childpos++;
      if (endpos !== heap.items.length) changedSize();
    }
    const arr = heap.items;
    const child = arr[childpos] as PyObject;
    arr[childpos] = arr[pos] as PyObject;
    arr[pos] = child;
    pos = childpos;
  }
  siftDown(heap, startpos, pos, max);
}

/** Runs a reordering of the heap; while tracing, the changed index edges are redrawn. */
function traced<T>(heap: PyList, fn: () => T): T {
  if (!recorder.on) return fn();
  const before = heap.items.slice();
  try {
    return fn();
  } finally {
    traceItemsMoved(heap, 0, before);
  }
}

function listArg(fn: string, o: PyObject, position: string): PyList {
  if (!(o instanceof PyList)) typeError(`${fn}() argument ${position}must be list, not ${typeName(o)}`);
  return o;
}

/** METH_FASTCALL with a fixed count: "heappush expected 2 arguments, got 1". */
function fixed(name: string, n: number, fn: (args: readonly PyObject[]) => PyObject): NativeFn {
  return (_self, args, kw) => {
    if (kw !== null && kw.length) typeError(`_heapq.${name}() takes no keyword arguments`);
    if (args.length !== n) typeError(`${name} expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
    return fn(args);
  };
}

function push(args: readonly PyObject[], name: string, max: boolean): PyObject {
  const heap = listArg(name, args[0] as PyObject, '1 ');
  heap.items.push(newref(args[1] as PyObject));
  if (recorder.on) traceItemsAdded(heap, heap.items.length - 1);
  traced(heap, () => siftDown(heap, 0, heap.items.length - 1, max));
  return None;
}

/** heappop: the last item leaves the list, then replaces the root and sifts; the old root is returned. */
function pop(args: readonly PyObject[], name: string, max: boolean): PyObject {
  const heap = listArg(name, args[0] as PyObject, '');
  const n = heap.items.length;
  if (n === 0) indexError('index out of range');
  const last = traced(heap, () => heap.items.pop() as PyObject);
  if (n === 1) return last;
  const top = heap.items[0] as PyObject;
  traced(heap, () => {
    heap.items[0] = last;
    siftUp(heap, 0, max);
  });
  return top;
}

function replace(args: readonly PyObject[], name: string, max: boolean): PyObject {
  const heap = listArg(name, args[0] as PyObject, '1 ');
  if (heap.items.length === 0) indexError('index out of range');
  const top = heap.items[0] as PyObject;
  traced(heap, () => {
    heap.items[0] = newref(args[1] as PyObject);
    siftUp(heap, 0, max);
  });
  return top;
}

/** heappushpop: the item comes straight back unless the root is smaller. */
function pushPop(args: readonly PyObject[], name: string, max: boolean): PyObject {
  const heap = listArg(name, args[0] as PyObject, '1 ');
  const item = args[1] as PyObject;
  if (heap.items.length === 0) return newref(item);
  const lt = less(heap.items[0] as PyObject, item, max);
  if (!lt) return newref(item);
  if (heap.items.length === 0) indexError('index out of range');
  const top = heap.items[0] as PyObject;
  traced(heap, () => {
    heap.items[0] = newref(item);
    siftUp(heap, 0, max);
  });
  return top;
}

function heapify(args: readonly PyObject[], name: string, max: boolean): PyObject {
  const heap = listArg(name, args[0] as PyObject, '');
  traced(heap, () => {
    for (let i = (heap.items.length >> 1) - 1; i >= 0; i--) siftUp(heap, i, max);
  });
  return None;
}

export function makeHeapq(): PyModule {
  const mod = moduleNew('_heapq');
  const def = (name: string, n: number, fn: (args: readonly PyObject[], name: string, max: boolean) => PyObject, max: boolean): void => {
    dictSetStr(mod.md_dict, name, builtinFunction(name, fixed(name, n, (args) => fn(args, name, max))));
  };
  for (const max of [false, true]) {
    const sfx = max ? '_max' : '';
    def(`heappush${sfx}`, 2, push, max);
    def(`heappop${sfx}`, 1, pop, max);
    def(`heapreplace${sfx}`, 2, replace, max);
    def(`heappushpop${sfx}`, 2, pushPop, max);
    def(`heapify${sfx}`, 1, heapify, max);
  }
  return mod;
}
