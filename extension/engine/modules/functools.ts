/**
 * The functools module: partial (with its repr and attribute access), reduce, wraps /
 * update_wrapper, lru_cache / cache (CPython's bounded LRU: an evicted entry's key and result are
 * released after the new entry is linked in), cmp_to_key, total_ordering and cached_property.
 */
import { PyObject, type Visit } from '../runtime/object';
import { makeStaticType, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE, PyType, ObjectType, typeLookup } from '../runtime/type';
import { decref, gcFree, gcTrack, gcUntrack, incref, newref, xdecref } from '../runtime/heap';
import {
  call, getAttrOrNull, getIter, hashObject, iterNext, pyRepr, richCompare, richCompareBool, setAttr, typeName,
} from '../runtime/abstract';
import { PyDict, dictNew, dictGetItem, dictSetItem, dictDelItem, dictForEach, dictClear, dictSetStr } from '../runtime/dict';
import { PyTuple, TupleType, tupleSteal } from '../runtime/tuple';
import { PyInt, newInt, pyBool } from '../runtime/int';
import { PyStr, StrType, newStr, intern } from '../runtime/str';
import { None, NotImplemented } from '../runtime/singletons';
import { Raised, typeError, valueError, attributeError } from '../runtime/errors';
import { AttributeError } from '../runtime/exceptions';
import { moduleNew, type PyModule } from '../runtime/module';
import { builtinFunction, PyMethodDescr, PyGetSetDescr, type NativeFn } from '../runtime/builtin';
import { clinic, positional } from '../runtime/args';
import { methodNew } from '../runtime/function';
import { genericGetAttr, genericSetAttr } from '../runtime/objecttype';
import { PY_EQ, PY_GE, PY_GT, PY_LE, PY_LT, PY_NE } from '../runtime/ops';
import { isSubtype } from '../runtime/type';
import { recorder } from '../trace/recorder';

function track<T extends PyObject>(o: T): T {
  recorder.alloc(o);
  gcTrack(o);
  return o;
}

/** A typed object with an optional attribute dict (partial, lru wrapper, cached_property). */
class PyFuncObj extends PyObject {
  fn: PyObject | null = null;
  args: PyTuple | null = null;
  kw: PyDict | null = null;
  dict: PyDict | null = null;
  /** lru_cache state. */
  cache: PyDict | null = null;
  order: PyObject[] = [];
  maxsize = -1;
  typed = false;
  hits = 0;
  misses = 0;
  attrname: string | null = null;
  constructor(type: PyType) {
    super(type);
  }
}

function funcObjClear(o: PyObject): void {
  const p = o as PyFuncObj;
  const fn = p.fn;
  p.fn = null;
  xdecref(fn);
  const args = p.args;
  p.args = null;
  xdecref(args);
  const kw = p.kw;
  p.kw = null;
  xdecref(kw);
  const dict = p.dict;
  p.dict = null;
  xdecref(dict);
  const cache = p.cache;
  p.cache = null;
  p.order = [];
  xdecref(cache);
}

function funcObjType(name: string): PyType {
  const t = makeStaticType(name, 'other', {
    flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
    dealloc: (o) => {
      gcUntrack(o);
      funcObjClear(o);
      gcFree(o);
    },
  });
  t.tp_traverse = (o: PyObject, visit: Visit) => {
    const p = o as PyFuncObj;
    for (const x of [p.fn, p.args, p.kw, p.dict, p.cache]) if (x !== null) visit(x);
  };
  t.tp_clear = funcObjClear;
  t.tp_getattro = (o, name) => {
    if (name === '__dict__') {
      const p = o as PyFuncObj;
      p.dict ??= dictNew();
      return newref(p.dict);
    }
    const v = genericGetAttr(o, name);
    if (v !== null) return v;
    const d = (o as PyFuncObj).dict;
    if (d !== null) {
      let found: PyObject | null = null;
      dictForEach(d, (k, val) => {
        if (k instanceof PyStr && k.value === name) {
          found = val;
          return true;
        }
        return false;
      });
      if (found !== null) return newref(found);
    }
    return null;
  };
  t.tp_setattro = (o, name, v) => {
    const p = o as PyFuncObj;
    if (typeLookup(o.ob_type, name) !== null) {
      genericSetAttr(o, name, v);
      return;
    }
    p.dict ??= dictNew();
    const key = newStr(name);
    try {
      if (v === null) {
        if (!dictDelItem(p.dict, key)) attributeError(`'${typeName(o)}' object has no attribute '${name}'`);
      } else dictSetItem(p.dict, key, v);
    } finally {
      decref(key);
    }
  };
  return t;
}

// ---- partial ------------------------------------------------------------------------------------

const PartialType = funcObjType('functools.partial');

PartialType.tp_new = (t, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const pos = args.slice(0, args.length - nkw);
  if (pos.length < 1) typeError('type \'partial\' takes at least one argument');
  let fn = pos[0] as PyObject;
  if (fn.ob_type.tp_call === null) typeError('the first argument must be callable');
  const p = new PyFuncObj(t);
  let prevArgs: PyObject[] = [];
  const kw = dictNew();
  if (fn.ob_type === PartialType && t === PartialType) {
    const inner = fn as PyFuncObj;
    prevArgs = (inner.args as PyTuple).items;
    if (inner.kw !== null) dictForEach(inner.kw, (k, v) => dictSetItem(kw, k, v));
    fn = inner.fn as PyObject;
  }
  p.fn = newref(fn);
  p.args = tupleSteal([...prevArgs, ...pos.slice(1)].map((x) => newref(x)));
  for (let i = 0; i < nkw; i++) {
    const key = newStr((kwnames as readonly string[])[i] as string);
    dictSetItem(kw, key, args[pos.length + i] as PyObject);
    decref(key);
  }
  p.kw = kw;
  return track(p);
};
PartialType.tp_init = () => undefined;
PartialType.tp_call = (o, args, kwnames) => {
  const p = o as PyFuncObj;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const pos = args.slice(0, args.length - nkw);
  const names: string[] = [];
  const vals: PyObject[] = [];
  dictForEach(p.kw as PyDict, (k, v) => {
    names.push((k as PyStr).value);
    vals.push(v);
  });
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i] as string;
    const j = names.indexOf(k);
    if (j >= 0) vals[j] = args[pos.length + i] as PyObject;
    else {
      names.push(k);
      vals.push(args[pos.length + i] as PyObject);
    }
  }
  return call(p.fn as PyObject, [...(p.args as PyTuple).items, ...pos, ...vals], names.length ? names : null);
};
PartialType.tp_repr = (o) => {
  const p = o as PyFuncObj;
  const parts = [pyRepr(p.fn as PyObject), ...(p.args as PyTuple).items.map((x) => pyRepr(x))];
  dictForEach(p.kw as PyDict, (k, v) => {
    parts.push(`${(k as PyStr).value}=${pyRepr(v)}`);
  });
  return `functools.partial(${parts.join(', ')})`;
};
PartialType.tp_descr_get = null;
defObj(PartialType, 'func', (p) => newref(p.fn as PyObject));
defObj(PartialType, 'args', (p) => newref(p.args as PyObject));
defObj(PartialType, 'keywords', (p) => newref(p.kw as PyObject));

// ---- reduce -------------------------------------------------------------------------------------

const reduce: NativeFn = (_s, args, kw) => {
  positional('reduce', 'reduce', args, kw, 2, 3);
  const f = args[0] as PyObject;
  const it = getIter(args[1] as PyObject);
  let acc: PyObject | null = args.length > 2 ? newref(args[2] as PyObject) : null;
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      if (acc === null) {
        acc = x;
        continue;
      }
      try {
        const next = call(f, [acc, x]);
        decref(acc);
        acc = next;
      } finally {
        decref(x);
      }
    }
  } catch (e) {
    if (acc !== null) decref(acc);
    throw e;
  } finally {
    decref(it);
  }
  if (acc === null) typeError('reduce() of empty iterable with no initial value');
  return acc;
};

// ---- wraps / update_wrapper ----------------------------------------------------------------------

const ASSIGNED = ['__module__', '__name__', '__qualname__', '__doc__', '__annotate__', '__type_params__'];

/** getattr(o, name, None) semantics: a missing attribute (AttributeError) is null. */
function attrOrNull(o: PyObject, name: string): PyObject | null {
  try {
    return getAttrOrNull(o, name);
  } catch (e) {
    if (!(e instanceof Raised) || !isSubtype(e.exc.ob_type, AttributeError)) throw e;
    decref(e.exc);
    return null;
  }
}

function updateWrapper(wrapper: PyObject, wrapped: PyObject): void {
  for (const name of ASSIGNED) {
    let v: PyObject | null;
    try {
      v = getAttrOrNull(wrapped, name);
    } catch (e) {
      if (!(e instanceof Raised) || !isSubtype(e.exc.ob_type, AttributeError)) throw e;
      decref(e.exc);
      v = null;
    }
    if (v === null) continue;
    try {
      setAttr(wrapper, name, v);
    } catch (e) {
      // Functions here do not yet accept every attribute CPython's do (__type_params__, __annotate__).
      if (!(e instanceof Raised) || !(isSubtype(e.exc.ob_type, AttributeError) || name.startsWith('__annotate') || name === '__type_params__')) throw e;
      decref(e.exc);
    } finally {
      decref(v);
    }
  }
  const wd = attrOrNull(wrapper, '__dict__');
  const src = attrOrNull(wrapped, '__dict__');
  if (wd instanceof PyDict && src instanceof PyDict) dictForEach(src, (k, v) => dictSetItem(wd, k, v));
  xdecref(wd);
  xdecref(src);
  setAttr(wrapper, '__wrapped__', wrapped);
}

const updateWrapperFn: NativeFn = (_s, args, kwnames) => {
  const [wrapper, wrapped] = clinic('update_wrapper', args, kwnames, { names: ['wrapper', 'wrapped', 'assigned', 'updated'], posOnly: 0, required: 2 });
  updateWrapper(wrapper as PyObject, wrapped as PyObject);
  return newref(wrapper as PyObject);
};

const wraps: NativeFn = (_s, args, kwnames) => {
  const [wrapped] = clinic('wraps', args, kwnames, { names: ['wrapped', 'assigned', 'updated'], posOnly: 0, required: 1 });
  const target = newref(wrapped as PyObject);
  const deco = builtinFunction('decorator', (_d, a, k) => {
    positional('decorator', 'decorator', a, k, 1, 1);
    updateWrapper(a[0] as PyObject, target);
    return newref(a[0] as PyObject);
  });
  return deco;
};

// ---- lru_cache ----------------------------------------------------------------------------------

const LruType = funcObjType('functools._lru_cache_wrapper');
const KWD_MARK = intern('<kwd_mark>');

/** _make_key: a lone int/str argument is its own key; otherwise the args, a marker, the kwargs. */
function makeKey(args: readonly PyObject[], kwnames: readonly string[] | null, typed: boolean): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const pos = args.slice(0, args.length - nkw);
  if (!typed && nkw === 0 && pos.length === 1) {
    const a = pos[0] as PyObject;
    if (a.ob_type === StrType || (a instanceof PyInt && a.ob_type.tp_name === 'int')) return newref(a);
  }
  const items: PyObject[] = pos.map((x) => newref(x));
  if (nkw) {
    items.push(newref(KWD_MARK));
    for (let i = 0; i < nkw; i++) {
      items.push(newStr((kwnames as readonly string[])[i] as string));
      items.push(newref(args[pos.length + i] as PyObject));
    }
  }
  if (typed) {
    for (const x of pos) items.push(newref(x.ob_type));
    for (let i = 0; i < nkw; i++) items.push(newref((args[pos.length + i] as PyObject).ob_type));
  }
  return tupleSteal(items);
}

LruType.tp_call = (o, args, kwnames) => {
  const w = o as PyFuncObj;
  const fn = w.fn as PyObject;
  if (w.maxsize === 0) {
    w.misses++;
    return call(fn, args, kwnames);
  }
  const key = makeKey(args, kwnames, w.typed);
  try {
    hashObject(key);
    const cache = w.cache as PyDict;
    const hit = dictGetItem(cache, key);
    if (hit !== null) {
      w.hits++;
      if (w.maxsize > 0) {
        const i = w.order.findIndex((k) => k === key || richCompareBool(k, key, PY_EQ));
        if (i >= 0) w.order.push(...w.order.splice(i, 1));
      }
      return newref(hit);
    }
    w.misses++;
    const result = call(fn, args, kwnames);
    if (dictGetItem(cache, key) !== null) return result;
    if (w.maxsize > 0 && cache.used >= w.maxsize) {
      // Evict the oldest entry: hold its key and result until the new entry is in place.
      const oldKey = w.order.shift() as PyObject;
      const oldResult = newref(dictGetItem(cache, oldKey) as PyObject);
      incref(oldKey);
      dictDelItem(cache, oldKey);
      dictSetItem(cache, key, result);
      w.order.push(key);
      decref(oldKey);
      decref(oldResult);
      return result;
    }
    dictSetItem(cache, key, result);
    if (w.maxsize > 0) w.order.push(key);
    return result;
  } finally {
    decref(key);
  }
};
LruType.tp_descr_get = (d, obj) => (obj === null ? newref(d) : methodNew(d, obj));
LruType.tp_repr = (o) => `<functools._lru_cache_wrapper object at ${(0x7f0000000000 + o.ob_id * 16).toString(16).replace(/^/, '0x')}>`;

const CacheInfoType = makeStaticType('CacheInfo', 'tuple', { base: TupleType, dealloc: TupleType.tp_dealloc });
CacheInfoType.tp_repr = (o) => {
  const it = (o as PyTuple).items;
  const names = ['hits', 'misses', 'maxsize', 'currsize'];
  return `CacheInfo(${it.map((x, i) => `${names[i] as string}=${pyRepr(x)}`).join(', ')})`;
};
['hits', 'misses', 'maxsize', 'currsize'].forEach((name, i) => {
  const g = new PyGetSetDescr(name, (o) => newref((o as PyTuple).items[i] as PyObject), null, CacheInfoType);
  g.ob_refcnt = 2 ** 52;
  CacheInfoType.tp_dict.set(name, g);
});

function lruMethod(name: string, fn: (w: PyFuncObj) => PyObject): void {
  LruType.tp_dict.set(name, new PyMethodDescr(name, (self, args, kw) => {
    positional(name, `_lru_cache_wrapper.${name}`, args, kw, 0, 0);
    return fn(self as PyFuncObj);
  }, LruType));
}
lruMethod('cache_info', (w) => {
  const t = tupleSteal([newInt(w.hits), newInt(w.misses), w.maxsize < 0 ? None : newInt(w.maxsize), newInt(w.cache === null ? 0 : w.cache.used)]);
  t.ob_type = CacheInfoType;
  return t;
});
lruMethod('cache_clear', (w) => {
  w.hits = 0;
  w.misses = 0;
  w.order = [];
  if (w.cache !== null) dictClear(w.cache);
  return None;
});
lruMethod('cache_parameters', (w) => {
  const d = dictNew();
  const m = w.maxsize < 0 ? None : newInt(w.maxsize);
  dictSetStr(d, 'maxsize', m);
  decref(m);
  dictSetStr(d, 'typed', pyBool(w.typed));
  return d;
});

function lruWrap(fn: PyObject, maxsize: number, typed: boolean): PyObject {
  const w = new PyFuncObj(LruType);
  w.fn = newref(fn);
  w.maxsize = maxsize;
  w.typed = typed;
  w.cache = dictNew();
  track(w);
  try {
    updateWrapper(w, fn);
  } catch (e) {
    if (!(e instanceof Raised)) throw e;
    decref(e.exc);
  }
  return w;
}

const lruCache: NativeFn = (_s, args, kwnames) => {
  const [maxObj, typedObj] = clinic('lru_cache', args, kwnames, { names: ['maxsize', 'typed'], posOnly: 0, required: 0 });
  const typed = typedObj !== undefined && typedObj !== None && typedObj.ob_type.nb_bool !== null ? (typedObj.ob_type.nb_bool as (o: PyObject) => boolean)(typedObj) : false;
  if (maxObj !== undefined && maxObj.ob_type.tp_call !== null && !(maxObj instanceof PyInt)) return lruWrap(maxObj, 128, typed);
  let maxsize = 128;
  if (maxObj === None) maxsize = -1;
  else if (maxObj instanceof PyInt) maxsize = Math.max(0, Number(maxObj.value));
  else if (maxObj !== undefined) typeError('Expected first argument to be an integer, a callable, or None');
  return builtinFunction('decorating_function', (_d, a, k) => {
    positional('decorating_function', 'decorating_function', a, k, 1, 1);
    return lruWrap(a[0] as PyObject, maxsize, typed);
  });
};

// ---- cmp_to_key ---------------------------------------------------------------------------------

const KeyWrapperType = funcObjType('functools.KeyWrapper');
KeyWrapperType.tp_call = (o, args, kw) => {
  positional('K', 'K', args, kw, 1, 1);
  const k = new PyFuncObj(KeyWrapperType);
  k.fn = newref((o as PyFuncObj).fn as PyObject);
  k.args = tupleSteal([newref(args[0] as PyObject)]);
  return track(k);
};
KeyWrapperType.tp_hash = null;
KeyWrapperType.tp_richcompare = (a, b, op) => {
  if (b.ob_type !== KeyWrapperType) typeError('other argument must be K instance');
  const x = ((a as PyFuncObj).args as PyTuple).items[0] as PyObject;
  const y = ((b as PyFuncObj).args as PyTuple).items[0] as PyObject;
  const r = call((a as PyFuncObj).fn as PyObject, [x, y]);
  try {
    const zero = newInt(0);
    try {
      return richCompare(r, zero, op);
    } finally {
      decref(zero);
    }
  } finally {
    decref(r);
  }
};
defObj(KeyWrapperType, 'obj', (p) => newref(((p.args as PyTuple).items[0] as PyObject)));

function defObj(t: PyType, name: string, get: (p: PyFuncObj) => PyObject): void {
  const g = new PyGetSetDescr(name, (o) => get(o as PyFuncObj), null, t);
  g.ob_refcnt = 2 ** 52;
  t.tp_dict.set(name, g);
}

const cmpToKey: NativeFn = (_s, args, kwnames) => {
  const [mycmp] = clinic('cmp_to_key', args, kwnames, { names: ['mycmp'], posOnly: 0, required: 1 });
  const k = new PyFuncObj(KeyWrapperType);
  k.fn = newref(mycmp as PyObject);
  k.args = tupleSteal([newref(None)]);
  return track(k);
};

// ---- total_ordering -----------------------------------------------------------------------------

const OPS: Record<string, number> = { __lt__: PY_LT, __le__: PY_LE, __gt__: PY_GT, __ge__: PY_GE };

/** The derived comparisons of functools' _convert table, for each root. */
const DERIVED: Record<string, [string, (root: (a: PyObject, b: PyObject) => PyObject, a: PyObject, b: PyObject) => PyObject][]> = {
  __lt__: [
    ['__gt__', (r, a, b) => notOr(r(a, b), a, b, true)],
    ['__le__', (r, a, b) => orEq(r(a, b), a, b)],
    ['__ge__', (r, a, b) => not(r(a, b))],
  ],
  __le__: [
    ['__ge__', (r, a, b) => notOr(r(a, b), a, b, false)],
    ['__lt__', (r, a, b) => andNotEq(r(a, b), a, b)],
    ['__gt__', (r, a, b) => not(r(a, b))],
  ],
  __gt__: [
    ['__lt__', (r, a, b) => notOr(r(a, b), a, b, true)],
    ['__ge__', (r, a, b) => orEq(r(a, b), a, b)],
    ['__le__', (r, a, b) => not(r(a, b))],
  ],
  __ge__: [
    ['__le__', (r, a, b) => notOr(r(a, b), a, b, false)],
    ['__gt__', (r, a, b) => andNotEq(r(a, b), a, b)],
    ['__lt__', (r, a, b) => not(r(a, b))],
  ],
};

function truth(r: PyObject): boolean {
  return r.ob_type.nb_bool !== null ? (r.ob_type.nb_bool as (o: PyObject) => boolean)(r) : r !== None;
}

function eq(a: PyObject, b: PyObject): boolean {
  return richCompareBool(a, b, PY_EQ);
}

/** `not op(a, b) and a != b` (strict) / `not op(a, b) or a == b` (non-strict). */
function notOr(r: PyObject, a: PyObject, b: PyObject, strict: boolean): PyObject {
  if (r === NotImplemented) return r;
  const t = truth(r);
  decref(r);
  return pyBool(strict ? !t && richCompareBool(a, b, PY_NE) : !t || eq(a, b));
}
function orEq(r: PyObject, a: PyObject, b: PyObject): PyObject {
  if (r === NotImplemented) return r;
  const t = truth(r);
  decref(r);
  return pyBool(t || eq(a, b));
}
function andNotEq(r: PyObject, a: PyObject, b: PyObject): PyObject {
  if (r === NotImplemented) return r;
  const t = truth(r);
  decref(r);
  return pyBool(t && richCompareBool(a, b, PY_NE));
}
function not(r: PyObject): PyObject {
  if (r === NotImplemented) return r;
  const t = truth(r);
  decref(r);
  return pyBool(!t);
}

const totalOrdering: NativeFn = (_s, args, kw) => {
  positional('total_ordering', 'total_ordering', args, kw, 1, 1);
  const cls = args[0] as PyType;
  const roots = Object.keys(OPS).filter((op) => {
    const own = typeLookup(cls, op);
    const base = typeLookup(cls.tp_mro[cls.tp_mro.length - 1] as PyType, op);
    return own !== null && own !== base;
  });
  if (roots.length === 0) valueError('must define at least one ordering operation: < > <= >=');
  const root = roots.sort().at(-1) as string;
  for (const [name, derive] of DERIVED[root] as [string, (r: (a: PyObject, b: PyObject) => PyObject, a: PyObject, b: PyObject) => PyObject][]) {
    if (roots.includes(name)) continue;
    const descr = new PyMethodDescr(name, (self, a, k) => {
      positional(name, name, a, k, 1, 1);
      const other = a[0] as PyObject;
      const rootFn = (x: PyObject, y: PyObject): PyObject => {
        const m = getAttrOrNull(x, root);
        if (m === null) return NotImplemented;
        try {
          return call(m, [y]);
        } finally {
          decref(m);
        }
      };
      return derive(rootFn, self, other);
    }, cls);
    setAttr(cls, name, descr);
  }
  return newref(cls);
};

// ---- cached_property ----------------------------------------------------------------------------

const CachedPropertyType = funcObjType('functools.cached_property');
CachedPropertyType.tp_new = (t, args, kw) => {
  positional('cached_property', 'cached_property', args, kw, 1, 1);
  const p = new PyFuncObj(t);
  p.fn = newref(args[0] as PyObject);
  const nameObj = getAttrOrNull(p.fn, '__name__');
  if (nameObj instanceof PyStr) p.attrname = nameObj.value;
  xdecref(nameObj);
  return track(p);
};
CachedPropertyType.tp_init = () => undefined;
CachedPropertyType.tp_descr_get = (d, obj) => {
  const p = d as PyFuncObj;
  if (obj === null) return newref(d);
  if (p.attrname === null) typeError('Cannot use cached_property instance without calling __set_name__ on it.');
  const dictObj = getAttrOrNull(obj, '__dict__');
  if (!(dictObj instanceof PyDict)) {
    xdecref(dictObj);
    typeError(`No '__dict__' attribute on '${typeName(obj)}' instance to cache '${p.attrname}' property.`);
  }
  try {
    const key = newStr(p.attrname);
    try {
      const cached = dictGetItem(dictObj, key);
      if (cached !== null) return newref(cached);
      const v = call(p.fn as PyObject, [obj]);
      dictSetItem(dictObj, key, v);
      return v;
    } finally {
      decref(key);
    }
  } finally {
    decref(dictObj);
  }
};
CachedPropertyType.tp_dict.set('__set_name__', new PyMethodDescr('__set_name__', (self, args) => {
  const name = args[1];
  if (name instanceof PyStr) (self as PyFuncObj).attrname = name.value;
  return None;
}, CachedPropertyType));

// ---- singledispatch -----------------------------------------------------------------------------

/** A singledispatch function: `fn` is the default implementation, `kw` the registry {class: impl}. */
const SingleDispatchType = funcObjType('functools._singledispatch');

function dispatchFor(w: PyFuncObj, cls: PyType): PyObject {
  const reg = w.kw as PyDict;
  for (const t of cls.tp_mro) {
    const impl = dictGetItem(reg, t);
    if (impl !== null) return impl;
  }
  return w.fn as PyObject;
}

SingleDispatchType.tp_call = (o, args, kwnames) => {
  const w = o as PyFuncObj;
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos < 1) {
    const name = attrOrNull(w.fn as PyObject, '__name__');
    const n = name instanceof PyStr ? name.value : 'singledispatch function';
    xdecref(name);
    typeError(`${n} requires at least 1 positional argument`);
  }
  return call(dispatchFor(w, (args[0] as PyObject).ob_type), args, kwnames);
};
SingleDispatchType.tp_descr_get = (d, obj) => (obj === null ? newref(d) : methodNew(d, obj));

function registerImpl(w: PyFuncObj, cls: PyObject, func: PyObject): PyObject {
  if (!(cls instanceof PyType)) typeError(`Invalid first argument to \`register()\`. ${pyRepr(cls)} is not a class or union type.`);
  dictSetItem(w.kw as PyDict, cls, func);
  return newref(func);
}

SingleDispatchType.tp_dict.set('register', new PyMethodDescr('register', (self, args, kw) => {
  positional('register', 'register', args, kw, 1, 2);
  const w = self as PyFuncObj;
  const first = args[0] as PyObject;
  if (args.length === 2) return registerImpl(w, first, args[1] as PyObject);
  if (first instanceof PyType) {
    const cls = newref(first);
    return builtinFunction('register', (_d, a, k) => {
      positional('register', 'register', a, k, 1, 1);
      return registerImpl(w, cls, a[0] as PyObject);
    });
  }
  // @f.register on an annotated function: the first parameter's annotation is the class.
  const ann = attrOrNull(first, '__annotations__');
  let cls: PyObject | null = null;
  if (ann instanceof PyDict) {
    dictForEach(ann, (k, v) => {
      if (k instanceof PyStr && k.value !== 'return') {
        cls = v;
        return true;
      }
      return false;
    });
  }
  if (cls === null) {
    xdecref(ann);
    typeError(`Invalid first argument to \`register()\`: ${pyRepr(first)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
  }
  try {
    return registerImpl(w, cls, first);
  } finally {
    xdecref(ann);
  }
}, SingleDispatchType));
SingleDispatchType.tp_dict.set('dispatch', new PyMethodDescr('dispatch', (self, args, kw) => {
  const cls = args[0];
  positional('dispatch', 'dispatch', args, kw, 1, 1);
  if (!(cls instanceof PyType)) typeError('dispatch() argument must be a class');
  return newref(dispatchFor(self as PyFuncObj, cls));
}, SingleDispatchType));
defObj(SingleDispatchType, 'registry', (p) => {
  const d = dictNew();
  dictForEach(p.kw as PyDict, (k, v) => dictSetItem(d, k, v));
  return d;
});

const singledispatch: NativeFn = (_s, args, kw) => {
  positional('singledispatch', 'singledispatch', args, kw, 1, 1);
  const func = args[0] as PyObject;
  const w = new PyFuncObj(SingleDispatchType);
  w.fn = newref(func);
  w.kw = dictNew();
  dictSetItem(w.kw, ObjectType, func);
  track(w);
  updateWrapper(w, func);
  return w;
};

// ---- the module ---------------------------------------------------------------------------------

export function makeFunctools(): PyModule {
  const m = moduleNew('functools');
  const fn = (name: string, f: NativeFn): void => dictSetStr(m.md_dict, name, builtinFunction(name, f));
  dictSetStr(m.md_dict, 'partial', PartialType);
  dictSetStr(m.md_dict, 'cached_property', CachedPropertyType);
  fn('reduce', reduce);
  fn('update_wrapper', updateWrapperFn);
  fn('wraps', wraps);
  fn('lru_cache', lruCache);
  fn('cache', (_s, args, kw) => {
    positional('cache', 'cache', args, kw, 1, 1);
    return lruWrap(args[0] as PyObject, -1, false);
  });
  fn('cmp_to_key', cmpToKey);
  fn('total_ordering', totalOrdering);
  fn('singledispatch', singledispatch);
  const assigned = tupleSteal(ASSIGNED.map((n) => newStr(n)));
  dictSetStr(m.md_dict, 'WRAPPER_ASSIGNMENTS', assigned);
  decref(assigned);
  return m;
}

