/**
 * The native `_weakref` beyond ref itself: what the Python-written `weakref` module (modules/py)
 * imports and relies on — ref's equality (live refs compare their referents), __callback__,
 * argument checks of ref()/ref.__init__, the slot wrappers a subclass reaches (__call__, __hash__,
 * __eq__), _remove_dead_weakref, and proxies (ProxyType, CallableProxyType), which forward every
 * operation to the referent and raise ReferenceError once it is gone.
 */
import { cpythonAtLeast } from '../profile';
import { PyObject, type Visit } from '../runtime/object';
import { makeStaticType, TPFLAGS_HAVE_GC, TPFLAGS_WEAKREFABLE, type PyType } from '../runtime/type';
import { decref, gcFree, gcTrack, gcUntrack, incref, newref } from '../runtime/heap';
import { None, NotImplemented } from '../runtime/singletons';
import { newInt, False, True } from '../runtime/int';
import { PyDict, dictGetItem, dictDelItem, dictSetStr } from '../runtime/dict';
import { WeakrefType, PyWeakref, weakrefNew, supportsWeakrefs } from '../runtime/weakref';
import { builtinFunction, defGetSet, defMethod, splitKwargs } from '../runtime/builtin';
import {
  binaryOp, call, contains, iterNext, delItem, getAttrOrNull, getItem, getIter, isTrue, length, pyStr, richCompare, setAttr,
  setItem, typeName, unaryOp, attributeMissing,
} from '../runtime/abstract';
import { raise, typeError } from '../runtime/errors';
import * as exc from '../runtime/exceptions';
import { fakeAddress } from '../runtime/objecttype';
import { NB_INPLACE, PY_EQ, PY_NE } from '../runtime/ops';
import { BytesType } from '../runtime/bytes';
import { IntType } from '../runtime/int';
import { FloatType } from '../runtime/float';
import { BuiltinType } from '../runtime/builtin';
import { clearWeakrefs } from '../runtime/weakref';
import { builtinsDict } from './support';
import { dictGetStr } from '../runtime/dict';
import type { PyModule } from '../runtime/module';
import { recorder, L_CALLBACK } from '../trace/recorder';

// ---- ref ----------------------------------------------------------------------------------------

function noKeywords(kwnames: readonly string[] | null, what = 'ref'): void {
  if (kwnames !== null && kwnames.length !== 0) typeError(`${what}() takes no keyword arguments`);
}

WeakrefType.module = 'weakref';
WeakrefType.tp_call = (o, args, kwnames) => {
  noKeywords(kwnames, 'weakref');
  if (args.length !== 0) typeError(`weakref expected 0 arguments, got ${args.length}`);
  return newref((o as PyWeakref).wr_object ?? None);
};
WeakrefType.tp_new = (t, args, kwnames) => {
  noKeywords(kwnames);
  if (args.length < 1 || args.length > 2) typeError(`__new__ expected ${args.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${args.length}`);
  return weakrefNew(t, args[0] as PyObject, args[1] ?? null);
};
WeakrefType.tp_init = (_self, args, kwnames) => {
  noKeywords(kwnames);
  if (args.length < 1 || args.length > 2) typeError(`__init__ expected ${args.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${args.length}`);
};
WeakrefType.tp_richcompare = (a, b, op) => {
  if ((op !== PY_EQ && op !== PY_NE) || !(b instanceof PyWeakref)) return NotImplemented;
  const x = (a as PyWeakref).wr_object;
  const y = b.wr_object;
  if (x === null || y === null) {
    const same = a === b;
    return same === (op === PY_EQ) ? True : False;
  }
  incref(x);
  incref(y);
  try {
    return richCompare(x, y, op);
  } finally {
    decref(x);
    decref(y);
  }
};
defGetSet(WeakrefType, '__callback__', (o) => newref((o as PyWeakref).wr_callback ?? None), () => raise(exc.AttributeError, 'readonly attribute'));
defMethod(WeakrefType, '__call__', (self, args, kw) => (WeakrefType.tp_call as NonNullable<PyType['tp_call']>)(self, args, kw));
defMethod(WeakrefType, '__hash__', (self) => newInt((WeakrefType.tp_hash as (o: PyObject) => number)(self)));
defMethod(WeakrefType, '__eq__', (self, args) => (WeakrefType.tp_richcompare as NonNullable<PyType['tp_richcompare']>)(self, args[0] as PyObject, PY_EQ));
defMethod(WeakrefType, '__ne__', (self, args) => (WeakrefType.tp_richcompare as NonNullable<PyType['tp_richcompare']>)(self, args[0] as PyObject, PY_NE));
defMethod(WeakrefType, '__init__', (self, args, kw) => {
  (WeakrefType.tp_init as NonNullable<PyType['tp_init']>)(self, args, kw);
  return None;
});

// ---- proxies ------------------------------------------------------------------------------------

const proxyDealloc = (o: PyObject): void => {
  gcUntrack(o);
  const p = o as PyWeakref;
  const obj = p.wr_object;
  if (obj !== null) {
    if (obj.ob_weaklist === p) obj.ob_weaklist = p.wr_next;
    if (p.wr_prev !== null) p.wr_prev.wr_next = p.wr_next;
    if (p.wr_next !== null) p.wr_next.wr_prev = p.wr_prev;
    p.wr_object = null;
  }
  const cb = p.wr_callback;
  p.wr_callback = null;
  if (cb !== null) decref(cb);
  gcFree(o);
};

export const ProxyType = makeStaticType('weakref.ProxyType', 'weakref', { flags: TPFLAGS_HAVE_GC, dealloc: proxyDealloc });
ProxyType.qualname = 'ProxyType';
export const CallableProxyType = makeStaticType('weakref.CallableProxyType', 'weakref', { flags: TPFLAGS_HAVE_GC, dealloc: proxyDealloc });
CallableProxyType.qualname = 'CallableProxyType';

/** The referent (a new reference), or ReferenceError. */
function referent(p: PyObject): PyObject {
  const o = (p as PyWeakref).wr_object;
  if (o === null) raise(exc.ReferenceError, 'weakly-referenced object no longer exists');
  return newref(o);
}

function withReferent<T>(p: PyObject, f: (o: PyObject) => T): T {
  const o = referent(p);
  try {
    return f(o);
  } finally {
    decref(o);
  }
}

/** Unwraps a proxy operand (proxy_checkref + UNWRAP). */
function unwrap(o: PyObject): PyObject {
  return o.ob_type === ProxyType || o.ob_type === CallableProxyType ? referent(o) : newref(o);
}

export function proxyNew(obj: PyObject, callback: PyObject | null): PyObject {
  if (!supportsWeakrefs(obj)) typeError(`cannot create weak reference to '${obj.ob_type.tp_name}' object`);
  const type = obj.ob_type.tp_call !== null ? CallableProxyType : ProxyType;
  // Callback-less proxies are shared, as the basic ref is.
  if (callback === null || callback === None) {
    for (let r = obj.ob_weaklist; r !== null; r = r.wr_next) {
      if (r.ob_type === type && r.wr_callback === null) return newref(r);
    }
  }
  const p = new PyWeakref(type, obj, null);
  // The proxy must not become a new shared basic ref: it goes after any basic ref and proxy.
  if (callback !== null && callback !== None) p.wr_callback = newref(callback);
  const head = obj.ob_weaklist;
  if (head !== null && head.ob_type === WeakrefType && head.wr_callback === null) {
    p.wr_prev = head;
    p.wr_next = head.wr_next;
    if (head.wr_next !== null) head.wr_next.wr_prev = p;
    head.wr_next = p;
  } else {
    p.wr_next = head;
    if (head !== null) head.wr_prev = p;
    obj.ob_weaklist = p;
  }
  recorder.alloc(p);
  gcTrack(p);
  if (recorder.on) {
    // The proxy's weak edge and its callback, as weakrefNew records a ref's (clear_weakref removes them).
    recorder.weakEdge(p, obj, p.wr_callback !== null, true);
    if (p.wr_callback !== null) recorder.edge(p, p.wr_callback, L_CALLBACK, '', true);
  }
  return p;
}

for (const T of [ProxyType, CallableProxyType]) {
  T.tp_traverse = (o: PyObject, visit: Visit) => {
    const cb = (o as PyWeakref).wr_callback;
    if (cb !== null) visit(cb);
  };
  T.tp_getattro = (p, name) => withReferent(p, (o) => {
    const v = getAttrOrNull(o, name);
    if (v === null) attributeMissing(o, name);
    return v;
  });
  T.tp_setattro = (p, name, v) => withReferent(p, (o) => setAttr(o, name, v));
  T.tp_repr = (p) => {
    const o = (p as PyWeakref).wr_object;
    // 3.13 quoted the referent's type name and put '; ' before it.
    if (!cpythonAtLeast(13)) return `<weakproxy at ${fakeAddress(p)} ${o === null ? 'dead' : `to ${o.ob_type.tp_name} at ${fakeAddress(o)}`}>`;
    return `<weakproxy at ${fakeAddress(p)}; ${o === null ? 'dead' : `to '${o.ob_type.tp_name}' at ${fakeAddress(o)}`}>`;
  };
  T.tp_str = (p) => withReferent(p, (o) => pyStr(o));
  T.tp_hash = null;
  T.nb_bool = (p) => withReferent(p, (o) => isTrue(o));
  T.mp_length = (p) => withReferent(p, (o) => length(o));
  T.mp_subscript = (p, k) => withReferent(p, (o) => getItem(o, k));
  T.mp_ass_subscript = (p, k, v) => withReferent(p, (o) => (v === null ? delItem(o, k) : setItem(o, k, v)));
  T.sq_contains = (p, x) => withReferent(p, (o) => contains(o, x));
  T.tp_iter = (p) => withReferent(p, (o) => getIter(o));
  T.tp_richcompare = (a, b, op) => {
    const x = unwrap(a);
    const y = unwrap(b);
    try {
      return richCompare(x, y, op);
    } finally {
      decref(x);
      decref(y);
    }
  };
  T.nb_binop = (a, b, op) => {
    const x = unwrap(a);
    const y = unwrap(b);
    try {
      return binaryOp(x, y, op);
    } finally {
      decref(x);
      decref(y);
    }
  };
  T.nb_unary = (p, op) => withReferent(p, (o) => unaryOp(o, op));
  // proxy_iadd & co: the in-place operation on the referent.
  T.nb_inplace = (a, b, op) => {
    const x = unwrap(a);
    const y = unwrap(b);
    try {
      return binaryOp(x, y, op + NB_INPLACE);
    } finally {
      decref(x);
      decref(y);
    }
  };
  T.module = 'weakref';
  // The number protocol of the referent (nb_int, nb_float, nb_index).
  T.nb_index = (p) => withReferent(p, (o) => {
    const f = o.ob_type.nb_index;
    if (f === null) typeError(`'${typeName(o)}' object cannot be interpreted as an integer`);
    return f(o);
  });
  defMethod(T, '__int__', (self) => withReferent(self, (o) => call(IntTypeRef(), [o])));
  defMethod(T, '__float__', (self) => withReferent(self, (o) => call(FloatTypeRef(), [o])));
  defMethod(T, '__index__', (self) => (T.nb_index as NonNullable<PyType['nb_index']>)(self));
  defMethod(T, '__bytes__', (self) => withReferent(self, (o) => call(BytesTypeRef(), [o])));
  defMethod(T, '__reversed__', (self) => withReferent(self, (o) => call(reversedBuiltin(), [o])));
  // proxy_divmod and proxy_pow fill nb_divmod/nb_power, so the type has their slot wrappers,
  // which divmod() and three-argument pow() reach; both unwrap every operand.
  defMethod(T, '__divmod__', (self, a) => forwardBuiltin('divmod', [self, a[0] ?? None]));
  defMethod(T, '__rdivmod__', (self, a) => forwardBuiltin('divmod', [a[0] ?? None, self]));
  defMethod(T, '__pow__', (self, a) => forwardBuiltin('pow', [self, a[0] ?? None, a[1] ?? None]));
  defMethod(T, '__rpow__', (self, a) => forwardBuiltin('pow', [a[0] ?? None, self, a[1] ?? None]));
  defMethod(T, '__abs__', (self) => forwardBuiltin('abs', [self]));
}

function forwardBuiltin(name: string, args: PyObject[]): PyObject {
  const unwrapped = args.map(unwrap);
  try {
    return call(dictGetStr(builtinsDict(), name) as PyObject, unwrapped);
  } finally {
    for (const x of unwrapped) decref(x);
  }
}
CallableProxyType.tp_call = (p, args, kw) => withReferent(p, (o) => call(o, args, kw));
for (const T of [ProxyType, CallableProxyType]) {
  // proxy_iternext: the referent must itself be an iterator.
  T.tp_iternext = (p) => withReferent(p, (o) => {
    if (o.ob_type.tp_iternext === null) typeError(`Weakref proxy referenced a non-iterator '${typeName(o)}' object`);
    return iterNext(o);
  });
}

function BytesTypeRef(): PyObject {
  return BytesType;
}

function IntTypeRef(): PyObject {
  return IntType;
}

function FloatTypeRef(): PyObject {
  return FloatType;
}

function reversedBuiltin(): PyObject {
  return dictGetStr(builtinsDict(), 'reversed') as PyObject;
}

// Builtin functions and methods can be weakly referenced (meth_dealloc clears them first).
BuiltinType.tp_flags |= TPFLAGS_WEAKREFABLE;
{
  const dealloc = BuiltinType.tp_dealloc;
  BuiltinType.tp_dealloc = (o) => {
    if (o.ob_weaklist !== null) clearWeakrefs(o);
    dealloc(o);
  };
}

// ---- the module ---------------------------------------------------------------------------------

/** Adds proxy, ProxyType, CallableProxyType and _remove_dead_weakref to a `_weakref` module. */
export function extendWeakrefModule(m: PyModule): void {
  const d = m.md_dict;
  dictSetStr(d, 'ProxyType', ProxyType);
  dictSetStr(d, 'CallableProxyType', CallableProxyType);
  dictSetStr(d, 'proxy', builtinFunction('proxy', (_s, args, kwnames) => {
    const { pos } = splitKwargs(args, kwnames);
    if (pos.length < 1 || pos.length > 2) typeError(`proxy expected ${pos.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${pos.length}`);
    return proxyNew(pos[0] as PyObject, pos[1] ?? null);
  }));
  dictSetStr(d, '_remove_dead_weakref', builtinFunction('_remove_dead_weakref', (_s, args) => {
    const [dct, key] = args as [PyObject, PyObject];
    if (!(dct instanceof PyDict) || dct.ob_type.isHeapType()) typeError(`_remove_dead_weakref() argument 1 must be dict, not ${typeName(dct)}`);
    const v = dictGetItem(dct, key);
    if (v === null) return None;
    if (!(v instanceof PyWeakref)) typeError('not a weakref');
    if (v.wr_object === null) dictDelItem(dct, key);
    return None;
  }));
  // weakref.finalize.__call__ reports a run that no dying referent caused (a direct call, or the
  // exit hook): the trace's finalize_call event, linked to the referent (still alive) and its weakref.
  dictSetStr(d, '_finalize_called', builtinFunction('_finalize_called', (_s, args) => {
    const [fin, wr] = args as [PyObject, PyObject];
    if (recorder.on && wr instanceof PyWeakref && wr.wr_object !== null) recorder.finalizeCall(fin, null, wr.wr_object, wr);
    return None;
  }));
}
