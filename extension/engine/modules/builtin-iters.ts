/**
 * The lazy iterator types of the builtins: map, filter, zip (with strict=), reversed, and the
 * callable_iterator of iter(callable, sentinel). Each holds its sources until it is exhausted or
 * freed, and produces one item per __next__, so temporaries live exactly as long as CPython's.
 */
import { PyObject, type Visit } from '../runtime/object';
import { makeStaticType, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE, type PyType, typeLookup } from '../runtime/type';
import { decref, gcFree, gcTrack, gcUntrack, incref, newref, xdecref } from '../runtime/heap';
import { call, getIter, isTrue, iterNext, length, getItem, richCompareBool, typeName } from '../runtime/abstract';
import { PyInt, newInt } from '../runtime/int';
import { PyTuple, tupleSteal } from '../runtime/tuple';
import { PyList } from '../runtime/list';
import { None } from '../runtime/singletons';
import { Raised, typeError, valueError } from '../runtime/errors';
import { IndexError, StopIteration } from '../runtime/exceptions';
import { isSubtype } from '../runtime/type';
import { callDunder } from '../runtime/slots';
import { clinic, positional } from '../runtime/args';
import { splitKwargs, defMethod } from '../runtime/builtin';
import { PyDict, DictType } from '../runtime/dict';
import { DictViewType, PyDictView } from '../runtime/dictview';
import { raise } from '../runtime/errors';
import { RuntimeError } from '../runtime/exceptions';
import { PY_EQ } from '../runtime/ops';
import { recorder } from '../trace/recorder';
import { traceItemSet } from '../trace/containers';

/** An iterator object holding a function (or null) and a list of sources. */
class PyIterObj extends PyObject {
  index = 0;
  strict = false;
  /** dict reverse iterators: the size the dict must keep. */
  strictLen = 0;
  /** The result tuple enumerate and zip recycle while nobody else holds it. */
  result: PyTuple | null = null;
  constructor(type: PyType, public func: PyObject | null, public sources: PyObject[]) {
    super(type);
  }
}

/** The order each type's dealloc releases its parts in (CPython's *_dealloc). */
const FUNC_FIRST = new Set<PyType>();

function iterDealloc(o: PyObject): void {
  gcUntrack(o);
  const m = o as PyIterObj;
  const f = m.func;
  m.func = null;
  if (FUNC_FIRST.has(o.ob_type)) xdecref(f);
  // Sources sit in a tuple in CPython, which releases them last to first.
  const s = m.sources;
  m.sources = [];
  for (let i = s.length - 1; i >= 0; i--) decref(s[i] as PyObject);
  const r = m.result;
  m.result = null;
  xdecref(r);
  if (!FUNC_FIRST.has(o.ob_type)) xdecref(f);
  gcFree(o);
}

function iterType(name: string, base = true): PyType {
  const t = makeStaticType(name, 'iter', { flags: TPFLAGS_HAVE_GC | (base ? TPFLAGS_BASETYPE : 0), dealloc: iterDealloc });
  t.tp_iter = (o) => newref(o);
  t.tp_traverse = (o: PyObject, visit: Visit) => {
    const m = o as PyIterObj;
    if (m.func !== null) visit(m.func);
    for (const s of m.sources) visit(s);
    if (m.result !== null) visit(m.result);
  };
  return t;
}

/** A 2..n-tuple of None that an iterator recycles (en_result, zip's result). */
function noneTuple(n: number): PyTuple {
  return tupleSteal(Array.from({ length: n }, () => newref(None)));
}

/** Puts new items into the recycled result tuple, releasing the old ones afterwards in order. */
function recycle(t: PyTuple, items: PyObject[]): PyTuple {
  incref(t);
  const old = t.items.slice();
  for (let i = 0; i < items.length; i++) t.items[i] = items[i] as PyObject;
  if (recorder.on) for (let i = 0; i < items.length; i++) traceItemSet(t, i, old[i] as PyObject, items[i] as PyObject);
  for (const x of old) decref(x);
  return t;
}

function track<T extends PyObject>(o: T): T {
  recorder.alloc(o);
  gcTrack(o);
  return o;
}

/** Iterators for each argument; on failure the ones already made are released. */
function itersOf(args: readonly PyObject[]): PyObject[] {
  const its: PyObject[] = [];
  try {
    for (const a of args) its.push(getIter(a));
  } catch (e) {
    for (const it of its) decref(it);
    throw e;
  }
  return its;
}

// ---- map ----------------------------------------------------------------------------------------

export const MapType = iterType('map');
MapType.tp_new = (t, args, kwnames) => {
  const { pos, kw } = splitKwargs(args, kwnames);
  for (const k of kw.keys()) if (k !== 'strict') typeError(`map() got an unexpected keyword argument '${k}'`);
  if (pos.length < 2) typeError('map() must have at least two arguments.');
  const m = new PyIterObj(t, newref(pos[0] as PyObject), []);
  try {
    m.sources = itersOf(pos.slice(1));
  } catch (e) {
    decref(m.func as PyObject);
    throw e;
  }
  const strict = kw.get('strict');
  m.strict = strict !== undefined && isTrue(strict);
  return track(m);
};
MapType.tp_iternext = (o) => {
  const m = o as PyIterObj;
  if (m.func === null) return null;
  const items = nextFromAll(m, 'map');
  if (items === null) return null;
  try {
    return call(m.func, items);
  } finally {
    for (const x of items) decref(x);
  }
};

/** One item from every source, or null when the shortest is exhausted (strict mode checks lengths). */
function nextFromAll(m: PyIterObj, name: string): PyObject[] | null {
  const items: PyObject[] = [];
  for (let i = 0; i < m.sources.length; i++) {
    let v: PyObject | null;
    try {
      v = iterNext(m.sources[i] as PyObject);
    } catch (e) {
      for (const x of items) decref(x);
      throw e;
    }
    if (v === null) {
      for (const x of items) decref(x);
      if (m.strict) strictCheck(m, i, name);
      return null;
    }
    items.push(v);
  }
  return items;
}

/** zip(strict=True) / map(strict=True) found source i exhausted: the others must be too. */
function strictCheck(m: PyIterObj, i: number, name: string): void {
  if (i > 0) {
    const plural = i === 1 ? ' ' : 's 1-';
    valueError(`${name}() argument ${i + 1} is shorter than argument${plural}${i}`);
  }
  for (let j = 1; j < m.sources.length; j++) {
    const v = iterNext(m.sources[j] as PyObject);
    if (v !== null) {
      decref(v);
      const plural = j === 1 ? ' ' : 's 1-';
      valueError(`${name}() argument ${j + 1} is longer than argument${plural}${j}`);
    }
  }
}

// ---- zip ----------------------------------------------------------------------------------------

export const ZipType = iterType('zip');
ZipType.tp_new = (t, args, kwnames) => {
  const { pos, kw } = splitKwargs(args, kwnames);
  for (const k of kw.keys()) if (k !== 'strict') typeError(`zip() got an unexpected keyword argument '${k}'`);
  const m = new PyIterObj(t, null, itersOf(pos));
  m.result = noneTuple(pos.length);
  const strict = kw.get('strict');
  m.strict = strict !== undefined && isTrue(strict);
  return track(m);
};
ZipType.tp_iternext = (o) => {
  const m = o as PyIterObj;
  if (m.sources.length === 0) return null;
  const r = m.result;
  if (r !== null && r.ob_refcnt === 1 && r.items.length > 0) {
    // zip_next's recycling path replaces items one by one as each source yields.
    incref(r);
    for (let i = 0; i < m.sources.length; i++) {
      let v: PyObject | null;
      try {
        v = iterNext(m.sources[i] as PyObject);
      } catch (e) {
        decref(r);
        throw e;
      }
      if (v === null) {
        decref(r);
        if (m.strict) strictCheck(m, i, 'zip');
        return null;
      }
      const old = r.items[i] as PyObject;
      r.items[i] = v;
      if (recorder.on) traceItemSet(r, i, old, v);
      decref(old);
    }
    return r;
  }
  const items = nextFromAll(m, 'zip');
  return items === null ? null : tupleSteal(items);
};

// ---- filter -------------------------------------------------------------------------------------

export const FilterType = iterType('filter');
FUNC_FIRST.add(FilterType);
FilterType.tp_new = (t, args, kwnames) => {
  if (kwnames !== null && kwnames.length) typeError('filter() takes no keyword arguments');
  if (args.length !== 2) typeError(`filter expected 2 arguments, got ${args.length}`);
  const it = getIter(args[1] as PyObject);
  const f = args[0] as PyObject;
  return track(new PyIterObj(t, f === None ? null : newref(f), [it]));
};
FilterType.tp_iternext = (o) => {
  const m = o as PyIterObj;
  const src = m.sources[0];
  if (src === undefined) return null;
  for (;;) {
    const x = iterNext(src);
    if (x === null) return null;
    let ok: boolean;
    try {
      if (m.func === null) ok = isTrue(x);
      else {
        const r = call(m.func, [x]);
        try {
          ok = isTrue(r);
        } finally {
          decref(r);
        }
      }
    } catch (e) {
      decref(x);
      throw e;
    }
    if (ok) return x;
    decref(x);
  }
};

// ---- reversed -----------------------------------------------------------------------------------

/** reversed over a sequence: __len__ then __getitem__ from the end. */
export const ReversedType = iterType('reversed');
ReversedType.tp_iternext = (o) => {
  const m = o as PyIterObj;
  const seq = m.sources[0];
  if (seq === undefined || m.index < 0) return null;
  const key = newInt(m.index);
  let v: PyObject;
  try {
    v = getItem(seq, key);
  } catch (e) {
    if (e instanceof Raised && (isSubtype(e.exc.ob_type, IndexError) || isSubtype(e.exc.ob_type, StopIteration))) {
      decref(e.exc);
      m.index = -1;
      m.sources = [];
      decref(seq);
      return null;
    }
    throw e;
  } finally {
    decref(key);
  }
  m.index--;
  if (m.index < 0) {
    m.sources = [];
    decref(seq);
  }
  return v;
};

/** A list_reverseiterator: walks the live list from its end. */
export const ListRevIterType = iterType('list_reverseiterator', false);
ListRevIterType.tp_iternext = (o) => {
  const m = o as PyIterObj;
  const l = m.sources[0] as PyList | undefined;
  if (l === undefined) return null;
  if (m.index >= 0 && m.index < l.items.length) return newref(l.items[m.index--] as PyObject);
  m.index = -1;
  m.sources = [];
  decref(l);
  return null;
};

export function reversedNew(t: PyType, args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  if (kwnames !== null && kwnames.length) typeError('reversed() takes no keyword arguments');
  if (args.length !== 1) typeError(`reversed expected 1 argument, got ${args.length}`);
  const seq = args[0] as PyObject;
  if (seq instanceof PyList) {
    const m = new PyIterObj(ListRevIterType, null, [newref(seq)]);
    m.index = seq.items.length - 1;
    return track(m);
  }
  const rev = typeLookup(seq.ob_type, '__reversed__');
  if (rev === None) typeError(`'${typeName(seq)}' object is not reversible`);
  if (rev !== null) {
    const r = callDunder(seq, '__reversed__', []);
    if (r !== null) return r;
  }
  if (seq.ob_type.mp_subscript === null || seq.ob_type.mp_length === null || seq.ob_type.tp_name === 'dict' || seq.ob_type.tp_name === 'set' || seq.ob_type.tp_name === 'frozenset') {
    typeError(`'${typeName(seq)}' object is not reversible`);
  }
  const n = length(seq);
  const m = new PyIterObj(t, null, n > 0 ? [newref(seq)] : []);
  m.index = n - 1;
  return track(m);
}
ReversedType.tp_new = reversedNew;

// ---- iter(callable, sentinel) -------------------------------------------------------------------

export const CallIterType = iterType('callable_iterator', false);
FUNC_FIRST.add(CallIterType);
CallIterType.tp_iternext = (o) => {
  const m = o as PyIterObj;
  const f = m.func;
  const sentinel = m.sources[0];
  if (f === null || sentinel === undefined) return null;
  let r: PyObject;
  try {
    r = call(f, []);
  } catch (e) {
    if (e instanceof Raised && isSubtype(e.exc.ob_type, StopIteration)) {
      decref(e.exc);
      m.func = null;
      m.sources = [];
      decref(f);
      decref(sentinel);
      return null;
    }
    throw e;
  }
  if (r === sentinel || richCompareBool(r, sentinel, PY_EQ)) {
    decref(r);
    m.func = null;
    m.sources = [];
    decref(f);
    decref(sentinel);
    return null;
  }
  return r;
};

export function callIterNew(f: PyObject, sentinel: PyObject): PyObject {
  if (f.ob_type.tp_call === null) typeError('iter(v, w): v must be callable');
  return track(new PyIterObj(CallIterType, newref(f), [newref(sentinel)]));
}

// ---- enumerate ----------------------------------------------------------------------------------

export const EnumerateType = iterType('enumerate');
EnumerateType.tp_new = (t, args, kwnames) => {
  const [iterable, start] = clinic('enumerate', args, kwnames, { names: ['iterable', 'start'], posOnly: 0, required: 1 });
  let s: PyObject = newInt(0);
  if (start !== undefined) {
    if (!(start instanceof PyInt)) {
      const r = start.ob_type.nb_index === null ? null : callDunder(start, '__index__', []);
      if (r === null) typeError(`'${typeName(start)}' object cannot be interpreted as an integer`);
      s = r;
    } else s = newref(start);
  }
  let it: PyObject;
  try {
    it = getIter(iterable as PyObject);
  } catch (e) {
    decref(s);
    throw e;
  }
  // The running count is kept as a Python int (func slot), so big starts work.
  const m = new PyIterObj(t, s, [it]);
  m.result = noneTuple(2);
  return track(m);
};
EnumerateType.tp_iternext = (o) => {
  const m = o as PyIterObj;
  const src = m.sources[0];
  const count = m.func;
  if (src === undefined || count === null) return null;
  const v = iterNext(src);
  if (v === null) return null;
  const c = count as PyInt;
  m.func = newInt(typeof c.value === 'number' && c.value < Number.MAX_SAFE_INTEGER ? c.value + 1 : BigInt(c.value) + 1n);
  if (m.result !== null && m.result.ob_refcnt === 1) return recycle(m.result, [c, v]);
  return tupleSteal([c, v]);
};

// ---- reversed(dict), reversed(d.keys()/values()/items()) ---------------------------------------

type DictKind = 'keys' | 'values' | 'items';

function dictRevType(kind: DictKind): PyType {
  const t = iterType(`dict_reverse${kind === 'keys' ? 'key' : kind === 'values' ? 'value' : 'item'}iterator`, false);
  t.tp_iternext = (o) => {
    const m = o as PyIterObj;
    const d = m.sources[0] as PyDict | undefined;
    if (d === undefined) return null;
    if (d.used !== m.strictLen) {
      m.strictLen = -1;
      raise(RuntimeError, 'dictionary changed size during iteration');
    }
    let i = m.index;
    while (i >= 0 && (d.keys[i] === null || d.keys[i] === undefined)) i--;
    if (i < 0) {
      m.sources = [];
      decref(d);
      return null;
    }
    m.index = i - 1;
    const k = d.keys[i] as PyObject;
    const v = d.values[i] as PyObject;
    if (kind === 'keys') return newref(k);
    if (kind === 'values') return newref(v);
    return tupleSteal([newref(k), newref(v)]);
  };
  return t;
}

const DictRevTypes: Record<DictKind, PyType> = { keys: dictRevType('keys'), values: dictRevType('values'), items: dictRevType('items') };

function dictReversed(d: PyDict, kind: DictKind): PyObject {
  const m = new PyIterObj(DictRevTypes[kind], null, [newref(d)]);
  m.index = d.keys.length - 1;
  m.strictLen = d.used;
  return track(m);
}

defMethod(DictType, '__reversed__', (self, args, kw) => {
  positional('__reversed__', 'dict.__reversed__', args, kw, 0, 0);
  return dictReversed(self as PyDict, 'keys');
});
for (const [viewKind, kind] of [['dictkeys', 'keys'], ['dictvalues', 'values'], ['dictitems', 'items']] as const) {
  defMethod(DictViewType[viewKind], '__reversed__', (self, args, kw) => {
    positional('__reversed__', `${DictViewType[viewKind].tp_name}.__reversed__`, args, kw, 0, 0);
    return dictReversed((self as PyDictView).dict, kind);
  });
}
