/**
 * Slots of classes defined in Python (CPython's slot_tp_* and update_one_slot): each slot is
 * filled from the first class along the MRO that defines one of its dunders — a Python-level
 * wrapper when that class is a heap type, the builtin's own slot otherwise. Recomputed when a
 * dunder is assigned on a class.
 */
import { semantics } from '../profile';
import type { PyObject } from './object';
import { ObjectType, type KwNames, type PyType, typeLookup, isSubtype } from './type';
import { PyFunction } from './function';
import { decref } from './heap';
import { call, isTrue, typeName } from './abstract';
import { NotImplemented, None } from './singletons';
import { raise, typeError } from './errors';
import { PyStr } from './str';
import { PyInt } from './int';
import { CMP_NAMES, NB_NAMES, PY_NE, UNARY_NAMES } from './ops';
import { objectRichCompare, genericGetAttr, genericSetAttr } from './objecttype';
import { Raised } from './errors';
import { AttributeError } from './exceptions';
import { StopIteration, ValueError } from './exceptions';
import { writeUnraisable } from './unraisable';
import { fixBuiltinSubclassSlots } from './layout';

/** Calls the dunder `name` found on type(self) with self prepended; null when not defined. */
export function callDunder(self: PyObject, name: string, args: readonly PyObject[]): PyObject | null {
  const f = typeLookup(self.ob_type, name);
  if (f === null) return null;
  if (f instanceof PyFunction) return call(f, [self, ...args]);
  const get = f.ob_type.tp_descr_get;
  if (get === null) return call(f, args);
  const bound = get(f, self, self.ob_type);
  try {
    return call(bound, args);
  } finally {
    decref(bound);
  }
}

function mustCall(self: PyObject, name: string, args: readonly PyObject[]): PyObject {
  const r = callDunder(self, name, args);
  if (r === null) typeError(`'${typeName(self)}' object has no attribute '${name}'`);
  return r;
}

/** The class along the MRO that first defines any of `names`. */
function definer(type: PyType, names: readonly string[]): PyType | null {
  for (const t of type.tp_mro) for (const n of names) if (t.tp_dict.has(n)) return t;
  return null;
}

function stringResult(r: PyObject, what: string): string {
  if (!(r instanceof PyStr)) {
    decref(r);
    typeError(`${what} returned non-string (type ${typeName(r)})`);
  }
  const s = r.value;
  decref(r);
  return s;
}

const slotRepr = (o: PyObject): string => stringResult(mustCall(o, '__repr__', []), '__repr__');
const slotStr = (o: PyObject): string => stringResult(mustCall(o, '__str__', []), '__str__');

function slotHash(o: PyObject): number {
  const r = mustCall(o, '__hash__', []);
  if (!(r instanceof PyInt)) {
    decref(r);
    typeError('__hash__ method should return an integer');
  }
  const v = Number(r.value);
  decref(r);
  return v === -1 ? -2 : v;
}

function slotRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  const name = CMP_NAMES[op] as string;
  const owner = definer(a.ob_type, [name]);
  if (owner === null || !owner.isHeapType()) {
    const base = staticBase(a.ob_type);
    if (op === PY_NE && owner === null) return objectRichCompare(a, b, op);
    const f = base.tp_richcompare;
    return f === null || f === slotRichCompare ? NotImplemented : f(a, b, op);
  }
  return mustCall(a, name, [b]);
}

function staticBase(t: PyType): PyType {
  for (const m of t.tp_mro) if (!m.isHeapType()) return m;
  return ObjectType;
}

const slotCall = (o: PyObject, args: readonly PyObject[], kwnames: KwNames): PyObject => {
  const f = typeLookup(o.ob_type, '__call__');
  if (f === null) typeError(`'${typeName(o)}' object is not callable`);
  if (f instanceof PyFunction) return call(f, [o, ...args], kwnames);
  const bound = (f.ob_type.tp_descr_get as NonNullable<PyType['tp_descr_get']>)(f, o, o.ob_type);
  try {
    return call(bound, args, kwnames);
  } finally {
    decref(bound);
  }
};

const slotIter = (o: PyObject): PyObject => mustCall(o, '__iter__', []);

/** __next__ signals exhaustion by raising StopIteration; natives see null instead. */
function slotIterNext(o: PyObject): PyObject | null {
  try {
    return mustCall(o, '__next__', []);
  } catch (e) {
    if (e instanceof Raised && isSubtype(e.exc.ob_type, StopIteration)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

function slotBool(o: PyObject): boolean {
  let r = callDunder(o, '__bool__', []);
  if (r !== null) {
    if (r.ob_type.tp_name !== 'bool') {
      decref(r);
      typeError(`__bool__ should return bool, returned ${typeName(r)}`);
    }
    return isTrue(r);
  }
  r = callDunder(o, '__len__', []);
  if (r === null) return true;
  return slotLenValue(r) !== 0;
}

function slotLenValue(r: PyObject): number {
  if (!(r instanceof PyInt)) {
    decref(r);
    typeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
  }
  const n = Number(r.value);
  decref(r);
  if (n < 0) raise(ValueError, '__len__() should return >= 0');
  return n;
}

const slotLen = (o: PyObject): number => slotLenValue(mustCall(o, '__len__', []));
const slotGetItem = (o: PyObject, k: PyObject): PyObject => mustCall(o, '__getitem__', [k]);
function slotSetItem(o: PyObject, k: PyObject, v: PyObject | null): void {
  const r = v === null ? mustCall(o, '__delitem__', [k]) : mustCall(o, '__setitem__', [k, v]);
  decref(r);
}
function slotContains(o: PyObject, item: PyObject): boolean {
  const r = mustCall(o, '__contains__', [item]);
  try {
    return isTrue(r);
  } finally {
    decref(r);
  }
}

function slotGetAttr(o: PyObject, name: string): PyObject | null {
  const ga = definer(o.ob_type, ['__getattribute__']);
  let r: PyObject | null;
  if (ga !== null && ga.isHeapType()) {
    try {
      r = mustCall(o, '__getattribute__', [new PyStr(name)]);
    } catch (e) {
      if (!(e instanceof Raised) || !isSubtype(e.exc.ob_type, AttributeError)) throw e;
      decref(e.exc);
      r = null;
    }
  } else r = genericGetAttr(o, name);
  if (r !== null) return r;
  if (typeLookup(o.ob_type, '__getattr__') === null) return null;
  return mustCall(o, '__getattr__', [new PyStr(name)]);
}

function slotSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const owner = definer(o.ob_type, [v === null ? '__delattr__' : '__setattr__']);
  if (owner === null || !owner.isHeapType()) {
    genericSetAttr(o, name, v);
    return;
  }
  const r = v === null ? mustCall(o, '__delattr__', [new PyStr(name)]) : mustCall(o, '__setattr__', [new PyStr(name), v]);
  decref(r);
}

const slotDescrGet = (d: PyObject, obj: PyObject | null, type: PyType): PyObject => mustCall(d, '__get__', [obj ?? None, type]);
function slotDescrSet(d: PyObject, obj: PyObject, v: PyObject | null): void {
  decref(v === null ? mustCall(d, '__delete__', [obj]) : mustCall(d, '__set__', [obj, v]));
}

function slotInit(self: PyObject, args: readonly PyObject[], kwnames: KwNames): void {
  const f = typeLookup(self.ob_type, '__init__') as PyObject;
  const r = f instanceof PyFunction ? call(f, [self, ...args], kwnames) : callBound(f, self, args, kwnames);
  if (r !== None) {
    decref(r);
    typeError(`__init__() should return None, not '${typeName(r)}'`);
  }
}

function callBound(f: PyObject, self: PyObject, args: readonly PyObject[], kwnames: KwNames): PyObject {
  const get = f.ob_type.tp_descr_get;
  if (get === null) return call(f, args, kwnames);
  const bound = get(f, self, self.ob_type);
  try {
    return call(bound, args, kwnames);
  } finally {
    decref(bound);
  }
}

function slotNew(type: PyType, args: readonly PyObject[], kwnames: KwNames): PyObject {
  // __new__ is a static method: the class is passed explicitly.
  let f = typeLookup(type, '__new__') as PyObject;
  if (f.ob_type.tp_name === 'staticmethod') f = (f as PyObject & { callable: PyObject }).callable;
  return call(f, [type, ...args], kwnames);
}

/** slot_tp_finalize: __del__, with exceptions reported as unraisable and swallowed. */
function slotFinalize(o: PyObject): void {
  const f = typeLookup(o.ob_type, '__del__');
  if (f === null) return;
  try {
    const r = f instanceof PyFunction ? call(f, [o]) : callBound(f, o, [], null);
    decref(r);
  } catch (e) {
    writeUnraisable(e, 'Exception ignored while calling deallocator', f);
  }
}

function slotBinop(a: PyObject, b: PyObject, op: number): PyObject {
  const [name, rname] = NB_NAMES[op] as readonly [string, string, string];
  const ta = a.ob_type;
  const tb = b.ob_type;
  const aDefines = ta.nb_binop === slotBinop && typeLookup(ta, name) !== null;
  let doOther = ta !== tb && tb.nb_binop === slotBinop && typeLookup(tb, rname) !== null;
  if (aDefines) {
    if (doOther && isSubtype(tb, ta) && typeLookup(tb, rname) !== typeLookup(ta, rname)) {
      const r = mustCall(b, rname, [a]);
      if (r !== NotImplemented) return r;
      doOther = false;
    }
    const r = mustCall(a, name, [b]);
    if (r !== NotImplemented || ta === tb) return r;
  }
  if (doOther) return mustCall(b, rname, [a]);
  // A builtin base may still handle it (class MyInt(int) without __add__).
  const base = staticBase(ta.nb_binop === slotBinop ? ta : tb);
  return base.nb_binop !== null && base.nb_binop !== slotBinop ? base.nb_binop(a, b, op) : NotImplemented;
}

function slotInplace(a: PyObject, b: PyObject, op: number): PyObject {
  const iname = (NB_NAMES[op] as readonly [string, string, string])[2];
  const r = callDunder(a, iname, [b]);
  return r ?? NotImplemented;
}

function slotUnary(o: PyObject, op: number): PyObject {
  return mustCall(o, UNARY_NAMES[op] as string, []);
}

const slotIndex = (o: PyObject): PyObject => mustCall(o, '__index__', []);

const BINARY_DUNDERS = NB_NAMES.flatMap(([n, r]) => [n, r]);
const INPLACE_DUNDERS = NB_NAMES.map(([, , i]) => i);

/** update_one_slot for every slot of a heap type; also refreshes subclasses. */
export function updateSlots(type: PyType): void {
  type.version++;
  const pick = <K extends keyof PyType>(slot: K, names: readonly string[], wrapper: PyType[K]): void => {
    const owner = definer(type, names);
    if (owner !== null && owner.isHeapType()) {
      (type as unknown as Record<K, PyType[K]>)[slot] = wrapper;
    } else {
      // Builtin types do not list every slot's dunder in their namespace: the nearest builtin
      // base's slot is the inherited one (list's repr, not object's, for a list subclass).
      (type as unknown as Record<K, PyType[K]>)[slot] = staticBase(type)[slot];
    }
  };
  pick('tp_repr', ['__repr__'], slotRepr);
  pick('tp_str', ['__str__'], slotStr);
  pick('tp_richcompare', CMP_NAMES, slotRichCompare);
  pick('tp_call', ['__call__'], slotCall);
  pick('tp_iter', ['__iter__'], slotIter);
  pick('tp_iternext', ['__next__'], slotIterNext);
  pick('nb_bool', ['__bool__', '__len__'], slotBool);
  pick('mp_length', ['__len__'], slotLen);
  pick('mp_subscript', ['__getitem__'], slotGetItem);
  pick('mp_ass_subscript', ['__setitem__', '__delitem__'], slotSetItem);
  pick('sq_contains', ['__contains__'], slotContains);
  pick('tp_descr_get', ['__get__'], slotDescrGet);
  pick('tp_descr_set', ['__set__', '__delete__'], slotDescrSet);
  pick('tp_init', ['__init__'], slotInit);
  pick('tp_new', ['__new__'], slotNew);
  pick('nb_binop', BINARY_DUNDERS, slotBinop);
  pick('nb_inplace', INPLACE_DUNDERS, slotInplace);
  pick('nb_unary', UNARY_NAMES, slotUnary);
  pick('nb_index', ['__index__'], slotIndex);
  const ga = definer(type, ['__getattribute__', '__getattr__']);
  const sa = definer(type, ['__setattr__', '__delattr__']);
  type.tp_getattro = (ga !== null && ga.isHeapType()) || typeLookup(type, '__getattr__') !== null ? slotGetAttr : staticBase(type).tp_getattro;
  type.tp_setattro = sa !== null && sa.isHeapType() ? slotSetAttr : staticBase(type).tp_setattro;
  // __hash__ = None makes instances unhashable; __eq__ without __hash__ does too (set in type_new).
  const h = typeLookup(type, '__hash__');
  if (h === None) type.tp_hash = null;
  else pick('tp_hash', ['__hash__'], slotHash);
  const del = definer(type, ['__del__']);
  // MicroPython never calls a user class's __del__.
  type.tp_finalize = del !== null && del.isHeapType() && semantics().cpython ? slotFinalize : null;
  fixBuiltinSubclassSlots(type);
  for (const sub of type.subclasses) if (sub.isHeapType()) updateSlots(sub);
}

