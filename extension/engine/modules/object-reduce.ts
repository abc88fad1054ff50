/**
 * The reduction protocol the copy module (and pickle) rely on: object.__reduce_ex__ /
 * __reduce__ / __getstate__ as typeobject.c implements them (reduce_newobj: copyreg.__newobj__
 * with the class and __getnewargs__'s arguments, the state, and iterators over a list or dict
 * subclass's items), __getnewargs__ of the immutable builtins, and the __reduce__ of set,
 * frozenset and exceptions.
 */
import type { PyObject } from '../runtime/object';
import { ObjectType, isSubtype, typeLookup, type PyType } from '../runtime/type';
import { decref, newref } from '../runtime/heap';
import { None } from '../runtime/singletons';
import { PyInstance } from '../runtime/instance';
import { PyInt, IntType, newInt } from '../runtime/int';
import { PyFloat, FloatType, newFloat } from '../runtime/float';
import { PyStr, StrType, newStrFresh } from '../runtime/str';
import { PyTuple, TupleType, tupleNew, tupleSteal } from '../runtime/tuple';
import { PyBytes, BytesType, newBytes } from '../runtime/bytes';
import { PyComplex, ComplexType } from '../runtime/complex';
import { ListType, listSteal, type PyList } from '../runtime/list';
import { DictType, PyDict, dictForEach, dictNew, dictSetStr, dictGetStr } from '../runtime/dict';
import { SetType, FrozenSetType, type PySet } from '../runtime/set';
import { BaseException, type PyBaseException } from '../runtime/exceptions';
import { call, getAttr, getAttrOrNull, getIter, iterateToArray, setAttr, typeName } from '../runtime/abstract';
import { callDunder } from '../runtime/slots';
import { instanceDict } from '../runtime/objecttype';
import { defMethod } from '../runtime/builtin';
import { indexArg, noArgs, oneArg } from '../runtime/args';
import { typeError } from '../runtime/errors';
import { importModule } from '../vm/support';

/** An attribute of the copyreg module (imported on first use; CPython has it loaded at startup). */
function copyreg(name: string): PyObject {
  const m = importModule('copyreg');
  try {
    return getAttr(m, name);
  } finally {
    decref(m);
  }
}

/** _PyObject_GetNewArguments: __getnewargs_ex__, else __getnewargs__; both null when neither exists. */
function newArguments(obj: PyObject): [PyTuple | null, PyDict | null] {
  const ex = callDunder(obj, '__getnewargs_ex__', []);
  if (ex !== null) {
    if (!(ex instanceof PyTuple)) {
      decref(ex);
      typeError(`__getnewargs_ex__ should return a tuple, not '${typeName(ex)}'`);
    }
    try {
      if (ex.items.length !== 2) typeError(`__getnewargs_ex__ should return a tuple of length 2, not ${ex.items.length}`);
      const [args, kwargs] = ex.items as [PyObject, PyObject];
      if (!(args instanceof PyTuple)) typeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeName(args)}'`);
      if (!(kwargs instanceof PyDict)) typeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeName(kwargs)}'`);
      return [newref(args), newref(kwargs)];
    } finally {
      decref(ex);
    }
  }
  const args = callDunder(obj, '__getnewargs__', []);
  if (args === null) return [null, null];
  if (!(args instanceof PyTuple)) {
    decref(args);
    typeError(`__getnewargs__ should return a tuple, not '${typeName(args)}'`);
  }
  return [args, null];
}

/** _PyType_GetSlotNames: the class's cached __slotnames__, else copyreg._slotnames(cls). */
function slotNames(cls: PyType): PyObject {
  const cached = cls.tp_dict.get('__slotnames__');
  if (cached !== undefined) {
    if (cached.ob_type !== ListType && cached !== None) {
      typeError(`${cls.tp_name}.__slotnames__ should be a list or None, not ${typeName(cached)}`);
    }
    return newref(cached);
  }
  const f = copyreg('_slotnames');
  let names: PyObject;
  try {
    names = call(f, [cls]);
  } finally {
    decref(f);
  }
  if (names.ob_type !== ListType && names !== None) {
    decref(names);
    typeError("copyreg._slotnames didn't return a list or None");
  }
  return names;
}

/** object_getstate_default: the instance __dict__ (None when empty), paired with a dict of set slots. */
function getstateDefault(obj: PyObject, required: boolean): PyObject {
  // Objects with state outside __dict__ and __slots__ (builtin kinds) cannot be rebuilt this way.
  if (required && !(obj instanceof PyInstance)) typeError(`cannot pickle '${typeName(obj)}' object`);
  const dict = instanceDict(obj, false);
  let state: PyObject = dict === null || dict.used === 0 ? newref(None) : newref(dict);
  try {
    const names = slotNames(obj.ob_type);
    try {
      const list = names === None ? [] : (names as PyList).items;
      if (list.length === 0) return state;
      const slots = dictNew();
      for (const n of list) {
        if (!(n instanceof PyStr)) continue;
        const v = getAttrOrNull(obj, n.value);
        if (v === null) continue;
        dictSetStr(slots, n.value, v);
        decref(v);
      }
      if (slots.used === 0) {
        decref(slots);
        return state;
      }
      const pair = tupleSteal([state, slots]);
      state = pair;
      return pair;
    } finally {
      decref(names);
    }
  } catch (e) {
    decref(state);
    throw e;
  }
}

/** object_getstate: a __getstate__ other than object's is called; object's is inlined. */
function getstate(obj: PyObject, required: boolean): PyObject {
  const own = typeLookup(obj.ob_type, '__getstate__');
  const shadowed = instanceDict(obj, false);
  if (own === ObjectType.tp_dict.get('__getstate__') && (shadowed === null || dictGetStr(shadowed, '__getstate__') === null)) {
    return getstateDefault(obj, required);
  }
  const f = getAttr(obj, '__getstate__');
  try {
    return call(f, []);
  } finally {
    decref(f);
  }
}

/** _PyObject_GetState: what __reduce__ methods of builtin containers pass as the state. */
export function objectGetState(obj: PyObject): PyObject {
  return getstate(obj, false);
}

/** _PyObject_GetItemsIter: an iterator over a list subclass's items or a dict subclass's pairs. */
function itemsIters(obj: PyObject): [PyObject, PyObject] {
  const listitems = isSubtype(obj.ob_type, ListType) ? getIter(obj) : newref(None);
  if (!isSubtype(obj.ob_type, DictType)) return [listitems, newref(None)];
  try {
    const items = callDunder(obj, 'items', []) as PyObject;
    try {
      return [listitems, getIter(items)];
    } finally {
      decref(items);
    }
  } catch (e) {
    decref(listitems);
    throw e;
  }
}

/** reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems). */
function reduceNewobj(obj: PyObject): PyObject {
  const type = obj.ob_type;
  if (type.tp_new === null) typeError(`cannot pickle '${typeName(obj)}' object`);
  const [args, kwargs] = newArguments(obj);
  const hasArgs = args !== null;
  let newobj: PyObject;
  let newargs: PyTuple;
  try {
    if (kwargs === null || kwargs.used === 0) {
      newobj = copyreg('__newobj__');
      newargs = tupleNew([type, ...(args === null ? [] : args.items)]);
    } else {
      newobj = copyreg('__newobj_ex__');
      newargs = tupleNew([type, args as PyTuple, kwargs]);
    }
  } finally {
    if (args !== null) decref(args);
    if (kwargs !== null) decref(kwargs);
  }
  const parts: PyObject[] = [newobj, newargs];
  try {
    parts.push(getstate(obj, !(hasArgs || isSubtype(type, ListType) || isSubtype(type, DictType))));
    parts.push(...itemsIters(obj));
  } catch (e) {
    for (const p of parts) decref(p);
    throw e;
  }
  return tupleSteal(parts);
}

function commonReduce(obj: PyObject, proto: number): PyObject {
  if (proto >= 2) return reduceNewobj(obj);
  const f = copyreg('_reduce_ex');
  const p = newInt(proto);
  try {
    return call(f, [obj, p]);
  } finally {
    decref(p);
    decref(f);
  }
}

defMethod(ObjectType, '__reduce__', (self, args, kw) => {
  noArgs('object.__reduce__', args, kw);
  return commonReduce(self, 0);
});

/** object.__reduce_ex__: a class's own __reduce__ wins over the default reduction. */
defMethod(ObjectType, '__reduce_ex__', (self, args, kw) => {
  const proto = indexArg(oneArg('object.__reduce_ex__', args, kw));
  const reduce = getAttrOrNull(self, '__reduce__');
  if (reduce !== null) {
    const clsReduce = getAttr(self.ob_type, '__reduce__');
    const override = clsReduce !== ObjectType.tp_dict.get('__reduce__');
    decref(clsReduce);
    try {
      if (override) return call(reduce, []);
    } finally {
      decref(reduce);
    }
  }
  return commonReduce(self, proto);
});

defMethod(ObjectType, '__getstate__', (self, args, kw) => {
  noArgs('object.__getstate__', args, kw);
  return getstateDefault(self, false);
});

// __getnewargs__: the value as a fresh object of the exact builtin type, so a subclass instance
// is rebuilt as cls.__new__(cls, value).
defMethod(IntType, '__getnewargs__', (self, args, kw) => {
  noArgs('int.__getnewargs__', args, kw);
  return tupleSteal([newInt((self as PyInt).value)]);
});
defMethod(FloatType, '__getnewargs__', (self, args, kw) => {
  noArgs('float.__getnewargs__', args, kw);
  return tupleSteal([newFloat((self as PyFloat).value)]);
});
defMethod(StrType, '__getnewargs__', (self, args, kw) => {
  noArgs('str.__getnewargs__', args, kw);
  return tupleSteal([newStrFresh((self as PyStr).value)]);
});
defMethod(TupleType, '__getnewargs__', (self, args, kw) => {
  noArgs('tuple.__getnewargs__', args, kw);
  return tupleSteal([tupleNew((self as PyTuple).items)]);
});
defMethod(BytesType, '__getnewargs__', (self, args, kw) => {
  noArgs('bytes.__getnewargs__', args, kw);
  return tupleSteal([newBytes((self as PyBytes).value.slice())]);
});
defMethod(ComplexType, '__getnewargs__', (self, args, kw) => {
  noArgs('complex.__getnewargs__', args, kw);
  const c = self as PyComplex;
  return tupleSteal([newFloat(c.real), newFloat(c.imag)]);
});

/** set_reduce: (type(s), (list(s),), state). */
function setReduce(self: PyObject, args: readonly PyObject[], kw: readonly string[] | null): PyObject {
  noArgs(`${(self as PySet).ob_type.tp_name}.__reduce__`, args, kw);
  const keys = listSteal(iterateToArray(self));
  const argsTuple = tupleSteal([keys]);
  let state: PyObject;
  try {
    state = getstateDefault(self, false);
  } catch (e) {
    decref(argsTuple);
    throw e;
  }
  return tupleSteal([newref(self.ob_type), argsTuple, state]);
}
defMethod(SetType, '__reduce__', setReduce);
defMethod(FrozenSetType, '__reduce__', setReduce);

/** BaseException_reduce: (type, args) or (type, args, __dict__). */
defMethod(BaseException, '__reduce__', (self, args, kw) => {
  noArgs('BaseException.__reduce__', args, kw);
  const e = self as PyBaseException;
  const parts: PyObject[] = [newref(e.ob_type), newref(e.args)];
  if (e.dict !== null) parts.push(newref(e.dict));
  return tupleSteal(parts);
});
/** BaseException_setstate: each item of the state dict becomes an attribute. */
defMethod(BaseException, '__setstate__', (self, args, kw) => {
  const state = oneArg('BaseException.__setstate__', args, kw);
  if (state === None) return None;
  if (!(state instanceof PyDict)) typeError('state is not a dictionary');
  const pairs: [PyObject, PyObject][] = [];
  dictForEach(state, (k, v) => {
    pairs.push([k, v]);
  });
  for (const [k, v] of pairs) {
    if (!(k instanceof PyStr)) typeError(`attribute name must be string, not '${typeName(k)}'`);
    setAttr(self, k.value, v);
  }
  return None;
});
