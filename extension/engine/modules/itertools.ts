/**
 * The itertools module (Modules/itertoolsmodule.c): lazy iterator types that hold the state
 * CPython's do (source iterators, saved items, pools) and release consumed items when CPython
 * does — islice drops skipped items at once, product/permutations/combinations keep their pools,
 * cycle keeps what it has seen, tee shares a buffer in blocks of 57 items.
 */
import { PyObject, type Visit } from '../runtime/object';
import { makeStaticType, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE, type PyType, type NewSlot } from '../runtime/type';
import { decref, gcFree, gcTrack, gcUntrack, incref, newref, xdecref } from '../runtime/heap';
import { binaryOp, call, getIter, isTrue, iterNext, iterateToArray, pyRepr, richCompareBool, typeName } from '../runtime/abstract';
import { PyInt, newInt } from '../runtime/int';
import { PyFloat } from '../runtime/float';
import { PyTuple, tupleSteal, EmptyTuple } from '../runtime/tuple';
import { None } from '../runtime/singletons';
import { typeError, valueError } from '../runtime/errors';
import { moduleNew, type PyModule } from '../runtime/module';
import { dictSetStr } from '../runtime/dict';
import { builtinFunction } from '../runtime/builtin';
import { clinic, indexValue, positional } from '../runtime/args';
import { NB_ADD, PY_EQ } from '../runtime/ops';
import { recorder } from '../trace/recorder';
import { traceItemSet } from '../trace/containers';

/** One iterator object; `refs` are the owned references it traverses and releases. */
class PyItObj extends PyObject {
  refs: (PyObject | null)[] = [];
  /** Per-type numeric state (indices, counters). */
  idx: number[] = [];
  flag = false;
  /** Per-type object lists (pools, saved items, results) — all owned. */
  lists: PyObject[][] = [];
  shared: TeeData | null = null;
  /** Combinatoric state: r, the cycles of permutations, started/exhausted. */
  r = 0;
  cycles: number[] = [];
  started = false;
  done = false;
  /** The result tuple product, the combinatorics, zip_longest and pairwise recycle. */
  result: PyTuple | null = null;
  constructor(type: PyType) {
    super(type);
  }
}

/** Types whose list of lists is a tuple of tuples in CPython (released last pool first). */
const POOLS_REVERSED = new Set<PyType>();

/** Releases in each type's dealloc order: references, then pools/saved lists, then the result. */
function release(m: PyItObj): void {
  const refs = m.refs;
  m.refs = [];
  const lists = m.lists;
  m.lists = [];
  const result = m.result;
  m.result = null;
  const listsFirst = m.ob_type === ZipLongestType;
  if (!listsFirst) for (const r of refs) xdecref(r ?? null);
  const order = POOLS_REVERSED.has(m.ob_type) ? lists.slice().reverse() : lists;
  for (const l of order) for (let i = l.length - 1; i >= 0; i--) xdecref(l[i] ?? null);
  xdecref(result);
  if (listsFirst) for (const r of refs) xdecref(r ?? null);
  if (m.shared !== null) {
    teeLeave(m.shared, m.idx[0] ?? 0);
    m.shared = null;
  }
}

function itDealloc(o: PyObject): void {
  gcUntrack(o);
  release(o as PyItObj);
  gcFree(o);
}

function itType(name: string, next: (m: PyItObj) => PyObject | null, make: NewSlot | null): PyType {
  const t = makeStaticType(`itertools.${name}`, 'iter', { flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE, dealloc: itDealloc });
  t.tp_iter = (o) => newref(o);
  t.tp_iternext = (o) => next(o as PyItObj);
  t.tp_traverse = (o: PyObject, visit: Visit) => {
    const m = o as PyItObj;
    for (const r of m.refs) if (r !== null) visit(r);
    for (const l of m.lists) for (const x of l) visit(x);
    if (m.result !== null) visit(m.result);
  };
  t.tp_new = make;
  t.tp_init = () => undefined;
  return t;
}

function make(t: PyType, refs: (PyObject | null)[], lists: PyObject[][] = [], idx: number[] = []): PyItObj {
  const m = new PyItObj(t);
  m.refs = refs;
  m.lists = lists;
  m.idx = idx;
  recorder.alloc(m);
  gcTrack(m);
  return m;
}

function noKw(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length) typeError(`${name}() takes no keyword arguments`);
}

/** The source iterator in refs[slot]; on exhaustion the iterator drops it. */
function pull(m: PyItObj, slot: number): PyObject | null {
  const it = m.refs[slot] ?? null;
  if (it === null) return null;
  const v = iterNext(it);
  if (v === null) {
    m.refs[slot] = null;
    decref(it);
  }
  return v;
}

// ---- count, cycle, repeat ----------------------------------------------------------------------

const CountType = itType('count', (m) => {
  const cur = m.refs[0] as PyObject;
  const next = binaryOp(cur, m.refs[1] as PyObject, NB_ADD);
  m.refs[0] = next;
  return cur;
}, (t, args, kwnames) => {
  const [start, step] = clinic('count', args, kwnames, { names: ['start', 'step'], posOnly: 0, required: 0 });
  const s = start ?? newInt(0);
  const st = step ?? newInt(1);
  for (const x of [s, st]) {
    if (!(x instanceof PyInt) && !(x instanceof PyFloat) && x.ob_type.nb_binop === null) typeError('a number is required');
  }
  return make(t, [start === undefined ? s : newref(s), step === undefined ? st : newref(st)]);
});
CountType.tp_repr = (o) => {
  const m = o as PyItObj;
  const step = m.refs[1] as PyObject;
  const isOne = step instanceof PyInt && step.value === 1 && step.ob_type.tp_name === 'int';
  return isOne ? `count(${pyRepr(m.refs[0] as PyObject)})` : `count(${pyRepr(m.refs[0] as PyObject)}, ${pyRepr(step)})`;
};

const CycleType = itType('cycle', (m) => {
  const saved = m.lists[0] as PyObject[];
  if (!m.flag) {
    const v = pull(m, 0);
    if (v !== null) {
      saved.push(newref(v));
      return v;
    }
    m.flag = true;
  }
  if (saved.length === 0) return null;
  const i = m.idx[0] as number;
  m.idx[0] = (i + 1) % saved.length;
  return newref(saved[i] as PyObject);
}, (t, args, kwnames) => {
  noKw('cycle', kwnames);
  positional('cycle', 'cycle', args, null, 1, 1);
  return make(t, [getIter(args[0] as PyObject)], [[]], [0]);
});

const RepeatType = itType('repeat', (m) => {
  const left = m.idx[0] as number;
  if (left === 0) return null;
  if (left > 0) m.idx[0] = left - 1;
  return newref(m.refs[0] as PyObject);
}, (t, args, kwnames) => {
  const [obj, times] = clinic('repeat', args, kwnames, { names: ['object', 'times'], posOnly: 0, required: 1 });
  let n = -1;
  if (times !== undefined) n = Math.max(0, Number(indexValue(times)));
  return make(t, [newref(obj as PyObject)], [], [n]);
});
RepeatType.tp_repr = (o) => {
  const m = o as PyItObj;
  const n = m.idx[0] as number;
  return n < 0 ? `repeat(${pyRepr(m.refs[0] as PyObject)})` : `repeat(${pyRepr(m.refs[0] as PyObject)}, ${n})`;
};

// ---- chain, islice, accumulate, compress, filterfalse, takewhile, dropwhile, starmap -------------

function chainNext(m: PyItObj): PyObject | null {
  for (;;) {
    if (m.refs[1] === null) {
      const nextIterable = pull(m, 0);
      if (nextIterable === null) return null;
      try {
        m.refs[1] = getIter(nextIterable);
      } finally {
        decref(nextIterable);
      }
    }
    const v = pull(m, 1);
    if (v !== null) return v;
  }
}
const ChainType = itType('chain', chainNext, (t, args, kwnames) => {
  noKw('chain', kwnames);
  const src = tupleSteal(args.map((a) => newref(a)));
  const it = getIter(src);
  decref(src);
  return make(t, [it, null]);
});
const fromIterable = builtinFunction('from_iterable', (_s, args, kw) => {
  positional('from_iterable', 'chain.from_iterable', args, kw, 1, 1);
  return make(ChainType, [getIter(args[0] as PyObject), null]);
});
ChainType.tp_dict.set('from_iterable', fromIterable);

const IsliceType = itType('islice', (m) => {
  // idx: [next index to yield, stop (-1 = none), step, count so far]
  const [next, stop, step] = m.idx as [number, number, number, number];
  let cnt = m.idx[3] as number;
  if (stop !== -1 && next >= stop) {
    dropSource(m);
    return null;
  }
  while (cnt < next) {
    const skip = pull(m, 0);
    if (skip === null) return null;
    decref(skip);
    cnt++;
  }
  const v = pull(m, 0);
  if (v === null) return null;
  cnt++;
  m.idx[3] = cnt;
  const nn = next + step;
  m.idx[0] = stop !== -1 && nn > stop ? stop : nn;
  return v;
}, (t, args, kwnames) => {
  noKw('islice', kwnames);
  positional('islice', 'islice', args, null, 2, 4);
  const opt = (o: PyObject | undefined, what: string): number | null => {
    if (o === undefined || o === None) return null;
    if (!(o instanceof PyInt) && o.ob_type.nb_index === null) valueError(what);
    return Number(indexValue(o));
  };
  let start = 0;
  let stop: number | null;
  let step = 1;
  const msgStop = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  const msgStart = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
  if (args.length === 2) stop = opt(args[1], msgStop);
  else {
    start = opt(args[1], msgStart) ?? 0;
    stop = opt(args[2], msgStart);
    if (args.length === 4) step = opt(args[3], 'Step for islice() must be a positive integer or None.') ?? 1;
  }
  if (stop !== null && stop < 0) valueError(args.length === 2 ? msgStop : msgStart);
  if (start < 0) valueError(msgStart);
  if (step < 1) valueError('Step for islice() must be a positive integer or None.');
  const it = getIter(args[0] as PyObject);
  return make(t, [it], [], [start, stop ?? -1, step, 0]);
});

function dropSource(m: PyItObj): void {
  const it = m.refs[0] ?? null;
  if (it !== null) {
    m.refs[0] = null;
    decref(it);
  }
}

const AccumulateType = itType('accumulate', (m) => {
  // refs: [iterator, func | null, total | null, initial | null]
  const initial = m.refs[3] ?? null;
  if (initial !== null) {
    m.refs[3] = null;
    m.refs[2] = newref(initial);
    return initial;
  }
  const v = pull(m, 0);
  if (v === null) return null;
  const total = m.refs[2] ?? null;
  if (total === null) {
    m.refs[2] = newref(v);
    return v;
  }
  let next: PyObject;
  try {
    next = m.refs[1] === null ? binaryOp(total, v, NB_ADD) : call(m.refs[1] as PyObject, [total, v]);
  } finally {
    decref(v);
  }
  m.refs[2] = newref(next);
  decref(total);
  return next;
}, (t, args, kwnames) => {
  const [iterable, func, initial] = clinic('accumulate', args, kwnames, { names: ['iterable', 'func', 'initial'], posOnly: 0, required: 1, kwOnly: 2 });
  const it = getIter(iterable as PyObject);
  const f = func === undefined || func === None ? null : newref(func);
  const init = initial === undefined || initial === None ? null : newref(initial);
  return make(t, [it, f, null, init]);
});

function predicateType(name: string, keepWhenTrue: boolean, mode: 'filter' | 'take' | 'drop'): PyType {
  return itType(name, (m) => {
    for (;;) {
      if (mode === 'take' && m.flag) return null;
      const v = pull(m, 0);
      if (v === null) return null;
      if (mode === 'drop' && m.flag) return v;
      let ok: boolean;
      try {
        const f = m.refs[1] ?? null;
        if (f === null) ok = isTrue(v);
        else {
          const r = call(f, [v]);
          try {
            ok = isTrue(r);
          } finally {
            decref(r);
          }
        }
      } catch (e) {
        decref(v);
        throw e;
      }
      if (mode === 'filter') {
        if (ok === keepWhenTrue) return v;
        decref(v);
        continue;
      }
      if (mode === 'take') {
        if (ok) return v;
        decref(v);
        m.flag = true;
        return null;
      }
      if (!ok) {
        m.flag = true;
        return v;
      }
      decref(v);
    }
  }, (t, args, kwnames) => {
    noKw(name, kwnames);
    positional(name, name, args, null, 2, 2);
    const f = args[0] as PyObject;
    const it = getIter(args[1] as PyObject);
    return make(t, [it, f === None && mode === 'filter' ? null : newref(f)]);
  });
}
const FilterFalseType = predicateType('filterfalse', false, 'filter');
const TakeWhileType = predicateType('takewhile', true, 'take');
const DropWhileType = predicateType('dropwhile', true, 'drop');

const CompressType = itType('compress', (m) => {
  for (;;) {
    const d = pull(m, 0);
    if (d === null) return null;
    const s = pull(m, 1);
    if (s === null) {
      decref(d);
      return null;
    }
    let ok: boolean;
    try {
      ok = isTrue(s);
    } finally {
      decref(s);
    }
    if (ok) return d;
    decref(d);
  }
}, (t, args, kwnames) => {
  const [data, selectors] = clinic('compress', args, kwnames, { names: ['data', 'selectors'], posOnly: 0, required: 2 });
  const a = getIter(data as PyObject);
  let b: PyObject;
  try {
    b = getIter(selectors as PyObject);
  } catch (e) {
    decref(a);
    throw e;
  }
  return make(t, [a, b]);
});

const StarmapType = itType('starmap', (m) => {
  const args = pull(m, 0);
  if (args === null) return null;
  try {
    const items = args instanceof PyTuple ? args.items : iterateToArray(args);
    try {
      return call(m.refs[1] as PyObject, items);
    } finally {
      if (!(args instanceof PyTuple)) for (const x of items) decref(x);
    }
  } finally {
    decref(args);
  }
}, (t, args, kwnames) => {
  noKw('starmap', kwnames);
  positional('starmap', 'starmap', args, null, 2, 2);
  const it = getIter(args[1] as PyObject);
  return make(t, [it, newref(args[0] as PyObject)]);
});

// ---- zip_longest, pairwise, batched -------------------------------------------------------------

const ZipLongestType = itType('zip_longest', (m) => {
  // refs: [fillvalue]; lists[0]: the iterators (null once exhausted); idx[0]: how many are active.
  const its = m.lists[0] as (PyObject | null)[];
  const n = its.length;
  if (n === 0 || (m.idx[0] as number) === 0) return null;
  const fill = m.refs[0] as PyObject;
  const res = m.result;
  const reuse = res !== null && res.ob_refcnt === 1;
  const items: PyObject[] = [];
  if (reuse) incref(res);
  for (let i = 0; i < n; i++) {
    let v: PyObject | null = null;
    const it = its[i] ?? null;
    if (it !== null) {
      try {
        v = iterNext(it);
      } catch (e) {
        for (const x of items) decref(x);
        if (reuse) decref(res);
        throw e;
      }
      if (v === null) {
        its[i] = null;
        decref(it);
        m.idx[0] = (m.idx[0] as number) - 1;
        if (m.idx[0] === 0) {
          for (const x of items) decref(x);
          if (reuse) decref(res);
          return null;
        }
      }
    }
    const val = v ?? newref(fill);
    if (reuse) {
      const old = res.items[i] as PyObject;
      res.items[i] = val;
      if (recorder.on) traceItemSet(res, i, old, val);
      decref(old);
    } else items.push(val);
  }
  return reuse ? res : tupleSteal(items);
}, (t, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const pos = args.slice(0, args.length - nkw);
  let fill: PyObject = None;
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i] as string;
    if (k !== 'fillvalue') typeError(`zip_longest() got an unexpected keyword argument '${k}'`);
    fill = args[pos.length + i] as PyObject;
  }
  const its: PyObject[] = [];
  try {
    for (const a of pos) its.push(getIter(a));
  } catch (e) {
    for (const it of its) decref(it);
    throw e;
  }
  const m = make(t, [newref(fill)], [its], [its.length]);
  m.result = tupleSteal(its.map(() => newref(None)));
  return m;
});

const PairwiseType = itType('pairwise', (m) => {
  let old = m.refs[1] ?? null;
  if (old === null) {
    old = pull(m, 0);
    if (old === null) return null;
    m.refs[1] = old;
  }
  const nxt = pull(m, 0);
  if (nxt === null) {
    m.refs[1] = null;
    decref(old);
    const r = m.result;
    m.result = null;
    xdecref(r);
    return null;
  }
  let result: PyTuple;
  const r = m.result;
  if (r !== null && r.ob_refcnt === 1) {
    incref(r);
    const [a, b] = r.items as [PyObject, PyObject];
    r.items[0] = newref(old);
    r.items[1] = newref(nxt);
    if (recorder.on) {
      traceItemSet(r, 0, a, old);
      traceItemSet(r, 1, b, nxt);
    }
    decref(a);
    decref(b);
    result = r;
  } else {
    result = tupleSteal([newref(old), newref(nxt)]);
    m.result = newref(result);
    xdecref(r);
  }
  m.refs[1] = nxt;
  decref(old);
  return result;
}, (t, args, kwnames) => {
  noKw('pairwise', kwnames);
  positional('pairwise', 'pairwise', args, null, 1, 1);
  return make(t, [getIter(args[0] as PyObject), null]);
});

const BatchedType = itType('batched', (m) => {
  const n = m.idx[0] as number;
  const items: PyObject[] = [];
  while (items.length < n) {
    let v: PyObject | null;
    try {
      v = pull(m, 0);
    } catch (e) {
      for (const x of items) decref(x);
      throw e;
    }
    if (v === null) break;
    items.push(v);
  }
  if (items.length === 0) return null;
  if (m.flag && items.length < n) {
    for (const x of items) decref(x);
    valueError('batched(): incomplete batch');
  }
  return tupleSteal(items);
}, (t, args, kwnames) => {
  const [iterable, nObj, strict] = clinic('batched', args, kwnames, { names: ['iterable', 'n', 'strict'], posOnly: 0, required: 2, kwOnly: 2 });
  const n = Number(indexValue(nObj as PyObject));
  if (n < 1) valueError('n must be at least one');
  const m = make(t, [getIter(iterable as PyObject)], [], [n]);
  m.flag = strict !== undefined && isTrue(strict);
  return m;
});

// ---- combinatorics ------------------------------------------------------------------------------

function poolOf(o: PyObject): PyObject[] {
  return iterateToArray(o);
}

/** The result tuple to update in place: recycled when only the iterator holds it, else a copy. */
function ownResult(m: PyItObj): PyTuple {
  const r = m.result as PyTuple;
  if (r.ob_refcnt > 1) {
    const copy = tupleSteal(r.items.map((x) => newref(x)));
    m.result = copy;
    decref(r);
    return copy;
  }
  return r;
}

function setItem(t: PyTuple, i: number, v: PyObject): void {
  incref(v);
  const old = t.items[i] as PyObject;
  t.items[i] = v;
  if (recorder.on) traceItemSet(t, i, old, v);
  decref(old);
}

const ProductType = itType('product', (m) => {
  const pools = m.lists;
  if (m.done) return null;
  if (m.result === null) {
    if (pools.some((p) => p.length === 0)) {
      m.done = true;
      return null;
    }
    m.idx = pools.map(() => 0);
    m.result = tupleSteal(pools.map((p) => newref(p[0] as PyObject)));
    return newref(m.result);
  }
  const r = ownResult(m);
  let i = pools.length - 1;
  for (; i >= 0; i--) {
    const pool = pools[i] as PyObject[];
    const j = (m.idx[i] as number) + 1;
    if (j === pool.length) {
      m.idx[i] = 0;
      setItem(r, i, pool[0] as PyObject);
    } else {
      m.idx[i] = j;
      setItem(r, i, pool[j] as PyObject);
      break;
    }
  }
  if (i < 0) {
    m.done = true;
    return null;
  }
  return newref(r);
}, (t, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const pos = args.slice(0, args.length - nkw);
  let repeat = 1;
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i] as string;
    if (k !== 'repeat') typeError(`product() got an unexpected keyword argument '${k}'`);
    repeat = Number(indexValue(args[pos.length + i] as PyObject));
    if (repeat < 0) valueError('repeat argument cannot be negative');
  }
  const base = pos.map(poolOf);
  const pools: PyObject[][] = [];
  for (let r = 0; r < repeat; r++) {
    for (const p of base) {
      for (const x of p) if (r > 0) incref(x);
      pools.push(r === 0 ? p : p.slice());
    }
  }
  if (repeat === 0) for (const p of base) for (const x of p) decref(x);
  return make(t, [], pools, []);
});

function combinatoric(name: string, kind: 'perm' | 'comb' | 'cwr'): PyType {
  const t = itType(name, (m) => {
    const pool = m.lists[0] as PyObject[];
    const n = pool.length;
    const r = m.r;
    if (m.done) return null;
    if (m.result === null) {
      m.idx = kind === 'perm' ? [...Array(n).keys()] : kind === 'comb' ? [...Array(r).keys()] : new Array<number>(r).fill(0);
      m.cycles = kind === 'perm' ? Array.from({ length: r }, (_, i) => n - i) : [];
      m.result = tupleSteal(m.idx.slice(0, r).map((i) => newref(pool[i] as PyObject)));
      return newref(m.result);
    }
    if (kind === 'perm' && n === 0) {
      m.done = true;
      return null;
    }
    const res = ownResult(m);
    const idx = m.idx;
    if (kind === 'perm') {
      const cycles = m.cycles;
      let i = r - 1;
      for (; i >= 0; i--) {
        cycles[i] = (cycles[i] as number) - 1;
        if (cycles[i] === 0) {
          const moved = idx.splice(i, 1)[0] as number;
          idx.push(moved);
          cycles[i] = n - i;
        } else {
          const j = cycles[i] as number;
          [idx[i], idx[n - j]] = [idx[n - j] as number, idx[i] as number];
          for (let k = i; k < r; k++) setItem(res, k, pool[idx[k] as number] as PyObject);
          break;
        }
      }
      if (i < 0) {
        m.done = true;
        return null;
      }
    } else if (kind === 'comb') {
      let i = r - 1;
      while (i >= 0 && idx[i] === i + n - r) i--;
      if (i < 0) {
        m.done = true;
        return null;
      }
      idx[i] = (idx[i] as number) + 1;
      for (let j = i + 1; j < r; j++) idx[j] = (idx[j - 1] as number) + 1;
      for (; i < r; i++) setItem(res, i, pool[idx[i] as number] as PyObject);
    } else {
      let i = r - 1;
      while (i >= 0 && idx[i] === n - 1) i--;
      if (i < 0) {
        m.done = true;
        return null;
      }
      const v = (idx[i] as number) + 1;
      for (; i < r; i++) {
        idx[i] = v;
        setItem(res, i, pool[v] as PyObject);
      }
    }
    return newref(res);
  }, (t, args, kwnames) => {
    const [iterable, rObj] = clinic(name, args, kwnames, { names: ['iterable', 'r'], posOnly: 0, required: kind === 'perm' ? 1 : 2 });
    const pool = poolOf(iterable as PyObject);
    let r = pool.length;
    if (rObj !== undefined && rObj !== None) r = Number(indexValue(rObj));
    if (r < 0) {
      for (const x of pool) decref(x);
      valueError('r must be non-negative');
    }
    const m = make(t, [], [pool], []);
    m.r = r;
    m.done = kind === 'cwr' ? pool.length === 0 && r > 0 : r > pool.length;
    return m;
  });
  return t;
}
const PermutationsType = combinatoric('permutations', 'perm');
POOLS_REVERSED.add(ProductType);
const CombinationsType = combinatoric('combinations', 'comb');
const CwrType = combinatoric('combinations_with_replacement', 'cwr');

// ---- groupby ------------------------------------------------------------------------------------

/** groupby: refs [iterator, keyfunc|null, tgtkey, currkey, currvalue, current grouper id holder]. */
const GroupByType = itType('groupby', (m) => {
  m.idx[0] = (m.idx[0] as number) + 1;
  for (;;) {
    if (m.refs[3] !== null) {
      if (m.refs[2] === null) break;
      if (!richCompareBool(m.refs[2] as PyObject, m.refs[3] as PyObject, PY_EQ)) break;
    }
    if (!groupbyStep(m)) return null;
  }
  const tgt = m.refs[2] ?? null;
  m.refs[2] = newref(m.refs[3] as PyObject);
  xdecref(tgt);
  const g = make(GrouperType, [newref(m), newref(m.refs[2] as PyObject)], [], [m.idx[0] as number]);
  return tupleSteal([newref(m.refs[3] as PyObject), g]);
}, (t, args, kwnames) => {
  const [iterable, key] = clinic('groupby', args, kwnames, { names: ['iterable', 'key'], posOnly: 0, required: 1 });
  return make(t, [getIter(iterable as PyObject), key === undefined || key === None ? null : newref(key), null, null, null], [], [0]);
});

/** Advances the groupby's source: currvalue and currkey become the next item and its key. */
function groupbyStep(g: PyItObj): boolean {
  const v = pull(g, 0);
  if (v === null) return false;
  let k: PyObject;
  try {
    k = g.refs[1] === null ? newref(v) : call(g.refs[1] as PyObject, [v]);
  } catch (e) {
    decref(v);
    throw e;
  }
  const oldV = g.refs[4] ?? null;
  g.refs[4] = v;
  const oldK = g.refs[3] ?? null;
  g.refs[3] = k;
  xdecref(oldK);
  xdecref(oldV);
  return true;
}

const GrouperType = itType('_grouper', (m) => {
  const parent = m.refs[0] as PyItObj;
  if (parent.idx[0] !== m.idx[0]) return null;
  if (parent.refs[4] === null || parent.refs[4] === undefined) {
    if (!groupbyStep(parent)) return null;
  }
  if (!richCompareBool(m.refs[1] as PyObject, parent.refs[3] as PyObject, PY_EQ)) return null;
  const v = parent.refs[4] as PyObject;
  parent.refs[4] = null;
  const k = parent.refs[3] ?? null;
  parent.refs[3] = null;
  xdecref(k);
  return v;
}, null);

// ---- tee ----------------------------------------------------------------------------------------

const LINKCELLS = 57;

/** The shared buffer of tee iterators: blocks of up to 57 items, freed once every reader has passed. */
interface TeeData {
  it: PyObject | null;
  items: PyObject[];
  /** Index of items[0] in the stream. */
  base: number;
  readers: number[];
}

function teeLeave(d: TeeData, pos: number): void {
  const i = d.readers.indexOf(pos);
  if (i >= 0) d.readers.splice(i, 1);
  teeTrim(d);
  if (d.readers.length === 0) {
    const it = d.it;
    d.it = null;
    xdecref(it);
  }
}

function teeTrim(d: TeeData): void {
  const min = d.readers.length ? Math.min(...d.readers) : Infinity;
  // Whole 57-item blocks behind the slowest reader are released together.
  while (d.items.length >= LINKCELLS && d.base + LINKCELLS <= min) {
    const block = d.items.splice(0, LINKCELLS);
    d.base += LINKCELLS;
    for (const x of block) decref(x);
  }
  if (d.readers.length === 0) {
    const rest = d.items.splice(0);
    for (const x of rest) decref(x);
  }
}

const TeeType = itType('_tee', (m) => {
  const d = m.shared as TeeData;
  const pos = m.idx[0] as number;
  if (pos - d.base >= d.items.length) {
    if (d.it === null) return null;
    const v = iterNext(d.it);
    if (v === null) return null;
    d.items.push(v);
  }
  const v = d.items[pos - d.base] as PyObject;
  const ri = d.readers.indexOf(pos);
  d.readers[ri] = pos + 1;
  m.idx[0] = pos + 1;
  incref(v);
  teeTrim(d);
  return v;
}, null);

function teeNew(d: TeeData, pos: number): PyItObj {
  const m = make(TeeType, [], [], [pos]);
  m.shared = d;
  d.readers.push(pos);
  return m;
}

// ---- the module ---------------------------------------------------------------------------------

export function makeItertools(): PyModule {
  const mod = moduleNew('itertools');
  const types: PyType[] = [
    CountType, CycleType, RepeatType, ChainType, IsliceType, AccumulateType, FilterFalseType, TakeWhileType,
    DropWhileType, CompressType, StarmapType, ZipLongestType, PairwiseType, BatchedType, ProductType,
    PermutationsType, CombinationsType, CwrType, GroupByType,
  ];
  for (const t of types) dictSetStr(mod.md_dict, t.tp_name.slice('itertools.'.length), t);
  dictSetStr(mod.md_dict, 'tee', builtinFunction('tee', (_s, args, kw) => {
    positional('tee', 'tee', args, kw, 1, 2);
    const n = args.length > 1 ? Number(indexValue(args[1] as PyObject)) : 2;
    if (n < 0) valueError('n must be >= 0');
    const src = args[0] as PyObject;
    if (n === 0) return EmptyTuple;
    const d: TeeData = { it: getIter(src), items: [], base: 0, readers: [] };
    const out: PyObject[] = [];
    for (let i = 0; i < n; i++) out.push(teeNew(d, 0));
    return tupleSteal(out);
  }));
  return mod;
}

export { typeName };
