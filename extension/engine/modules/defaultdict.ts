/**
 * collections.defaultdict (Modules/_collectionsmodule.c): a dict whose __missing__ calls
 * default_factory and stores the result. It dies as CPython's does: the factory is released
 * first, then the entries in dict order.
 */
import type { PyObject, Visit } from '../runtime/object';
import { makeStaticType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, isSubtype, type KwNames, type PyType } from '../runtime/type';
import { decref, gcFree, gcTrack, gcUntrack, newref, xdecref } from '../runtime/heap';
import { None, NotImplemented } from '../runtime/singletons';
import { DictType, PyDict, dictClear, dictGetItem, dictTraverse } from '../runtime/dict';
import { tupleSteal, EmptyTuple } from '../runtime/tuple';
import { call, getIter, pyRepr, reprEnter, reprLeave, setItem } from '../runtime/abstract';
import { raise, typeError } from '../runtime/errors';
import { KeyError } from '../runtime/exceptions';
import { defGetSet, defMethod } from '../runtime/builtin';
import { noArgs, oneArg } from '../runtime/args';
import { dictUpdateFrom, updateWithKwargs } from '../runtime/dict-ops';
import { callDunder } from '../runtime/slots';
import { NB_OR } from '../runtime/ops';
import { recorder } from '../trace/recorder';

export class PyDefaultDict extends PyDict {
  factory: PyObject | null = null;
}

function defdictClear(o: PyObject): void {
  const dd = o as PyDefaultDict;
  const f = dd.factory;
  dd.factory = null;
  xdecref(f);
  dictClear(o);
}

export const DefaultDictType = makeStaticType('collections.defaultdict', 'dict', {
  base: DictType,
  flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  dealloc: (o) => {
    gcUntrack(o);
    defdictClear(o);
    gcFree(o);
  },
});
DefaultDictType.tp_clear = defdictClear;
DefaultDictType.tp_traverse = (o: PyObject, visit: Visit) => {
  const f = (o as PyDefaultDict).factory;
  if (f !== null) visit(f);
  dictTraverse(o, visit);
};
DefaultDictType.tp_new = (t) => {
  const dd = new PyDefaultDict(t);
  recorder.alloc(dd);
  gcTrack(dd);
  return dd;
};

/** defdict_init: the first argument (if any) is the factory; the rest go to dict.__init__. */
function defdictInit(self: PyObject, args: readonly PyObject[], kwnames: KwNames): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  let factory: PyObject | null = null;
  let rest = args;
  if (npos > 0) {
    factory = args[0] as PyObject;
    if (factory !== None && factory.ob_type.tp_call === null) typeError('first argument must be callable or None');
    rest = args.slice(1);
  }
  const dd = self as PyDefaultDict;
  const old = dd.factory;
  dd.factory = factory === null || factory === None ? null : newref(factory);
  xdecref(old);
  updateWithKwargs('dict', dd, rest, kwnames);
}
DefaultDictType.tp_init = defdictInit;
defMethod(DefaultDictType, '__init__', (self, args, kw) => {
  defdictInit(self, args, kw);
  return None;
});

/** defdict_missing: KeyError(key) without a factory; else factory() stored under key and returned. */
function missing(dd: PyDefaultDict, key: PyObject): PyObject {
  const f = dd.factory;
  if (f === null) raise(KeyError, null, key);
  const value = call(f, []);
  try {
    setItem(dd, key, value);
  } catch (e) {
    decref(value);
    throw e;
  }
  return value;
}
defMethod(DefaultDictType, '__missing__', (self, args, kw) => missing(self as PyDefaultDict, oneArg('__missing__', args, kw)));

/** dict_subscript for a dict subclass: a missing key goes to type(d).__missing__. */
DefaultDictType.mp_subscript = (o, k) => {
  const v = dictGetItem(o as PyDict, k);
  if (v !== null) return newref(v);
  const r = callDunder(o, '__missing__', [k]);
  if (r === null) return (DictType.mp_subscript as (d: PyObject, key: PyObject) => PyObject)(o, k);
  return r;
};

defGetSet(DefaultDictType, 'default_factory', (o) => newref((o as PyDefaultDict).factory ?? None), (o, v) => {
  const dd = o as PyDefaultDict;
  const old = dd.factory;
  dd.factory = v === null || v === None ? null : newref(v);
  xdecref(old);
});

/** defdict_copy: type(dd)(dd.default_factory, dd) — a subclass's constructor decides. */
function copy(dd: PyDefaultDict, src: PyObject): PyObject {
  return call(dd.ob_type, [dd.factory ?? None, src]);
}
defMethod(DefaultDictType, 'copy', (self, args, kw) => {
  noArgs('defaultdict.copy', args, kw);
  return copy(self as PyDefaultDict, self);
});
defMethod(DefaultDictType, '__copy__', (self, args, kw) => {
  noArgs('defaultdict.__copy__', args, kw);
  return copy(self as PyDefaultDict, self);
});

/** _PyType_Name: the type's name without its module. */
const shortName = (t: PyType): string => t.tp_name.slice(t.tp_name.lastIndexOf('.') + 1);

DefaultDictType.tp_repr = (o) => {
  const dd = o as PyDefaultDict;
  const base = (DictType.tp_repr as (d: PyObject) => string)(o);
  let factory = 'None';
  if (dd.factory !== null) {
    const f = dd.factory;
    if (!reprEnter(f)) factory = '...';
    else {
      try {
        factory = pyRepr(f);
      } finally {
        reprLeave(f);
      }
    }
  }
  return `${shortName(o.ob_type)}(${factory}, ${base})`;
};

/** defdict_or: the defaultdict operand's type builds the result from the left operand, then the right updates it. */
DefaultDictType.nb_binop = (a, b, op) => {
  if (op !== NB_OR) return NotImplemented;
  const leftIsDd = isSubtype(a.ob_type, DefaultDictType);
  const self = (leftIsDd ? a : b) as PyDefaultDict;
  const other = leftIsDd ? b : a;
  if (!(other instanceof PyDict)) return NotImplemented;
  const r = copy(self, a);
  try {
    dictUpdateFrom(r as PyDict, b);
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
};

/** defdict_reduce: (type, (factory,) or (), None, None, iter(dd.items())). */
defMethod(DefaultDictType, '__reduce__', (self, args, kw) => {
  noArgs('defaultdict.__reduce__', args, kw);
  const dd = self as PyDefaultDict;
  const ctorArgs = dd.factory === null ? newref(EmptyTuple) : tupleSteal([newref(dd.factory)]);
  let itemsIter: PyObject;
  try {
    const items = callDunder(self, 'items', []) as PyObject;
    try {
      itemsIter = getIter(items);
    } finally {
      decref(items);
    }
  } catch (e) {
    decref(ctorArgs);
    throw e;
  }
  return tupleSteal([newref(self.ob_type), ctorArgs, newref(None), newref(None), itemsIter]);
});
