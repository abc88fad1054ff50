/**
 * The behaviour every object inherits from `object`: identity equality and hashing, the default
 * repr, and generic attribute access through descriptors and the instance __dict__
 * (PyObject_GenericGetAttr / PyObject_GenericSetAttr).
 */
import { cpythonAtLeast } from '../profile';
import { PyObject } from './object';
import { ObjectType, type PyType, typeLookup } from './type';
import { NotImplemented } from './singletons';
import { pyBool, True } from './int';
import { PyInstance } from './instance';
import { dictDelStr, dictGetStr, dictNewUntracked, dictSetStr, type PyDict } from './dict';
import { raise } from './errors';
import { AttributeError } from './exceptions';
import { PY_EQ, PY_NE } from './ops';
import { richCompare } from './abstract';
import { newref } from './heap';
import { L_ATTR } from '../trace/recorder';
import { builtinSubclassDict } from './extradict';
import { TPFLAGS_MANAGED_DICT } from './type';
import { totalSlots } from './layout';
import { sharedKeysOf } from './shared-keys';

export function objectHash(o: PyObject): number {
  return o.ob_id;
}

export function objectRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (op === PY_EQ) return a === b ? True : NotImplemented;
  if (op === PY_NE) {
    // object.__ne__ inverts __eq__ unless that declines.
    if (a.ob_type.tp_richcompare === objectRichCompare) return a === b ? pyBool(false) : NotImplemented;
    const r = richCompare(a, b, PY_EQ);
    if (r === NotImplemented) return r;
    const v = r === True;
    r.ob_refcnt--;
    return pyBool(!v);
  }
  return NotImplemented;
}

/** A stable, address-like number for the default repr and id(). */
export function fakeAddress(o: PyObject): string {
  return '0x' + (0x7f0000000000 + o.ob_id * 16).toString(16);
}

export function typeQualName(t: PyType): string {
  return t.module !== null && t.module !== 'builtins' ? `${t.module}.${t.qualname}` : t.qualname;
}

export function objectRepr(o: PyObject): string {
  return `<${typeQualName(o.ob_type)} object at ${fakeAddress(o)}>`;
}

/** The instance dict, if the object kind has one. */
export function instanceDict(o: PyObject, create: boolean): PyDict | null {
  if (!(o instanceof PyInstance)) return builtinSubclassDict(o, create);
  if (o.dict === null && create) {
    // object() and classes whose __slots__ leave out __dict__ have none.
    if ((o.ob_type.tp_flags & TPFLAGS_MANAGED_DICT) === 0) return null;
    o.dict = dictNewUntracked(o, L_ATTR);
    // Inline values need the plain object layout: __slots__ anywhere in the class chain, or an
    // exception base (BaseException has its own dict), rule them out.
    if (totalSlots(o.ob_type) === 0 && o.ob_type.layout !== 'exception') o.dict.split = sharedKeysOf(o.ob_type);
  }
  return o.dict;
}

/** PyObject_GenericGetAttr: a new reference, or null when missing. */
export function genericGetAttr(o: PyObject, name: string): PyObject | null {
  const type = o.ob_type;
  const descr = typeLookup(type, name);
  let get = null;
  if (descr !== null) {
    const dt = descr.ob_type;
    get = dt.tp_descr_get;
    if (get !== null && dt.tp_descr_set !== null) return get(descr, o, type);
  }
  const dict = o instanceof PyInstance ? o.dict : builtinSubclassDict(o, false);
  if (dict !== null) {
    const v = dictGetStr(dict, name);
    if (v !== null) return newref(v);
  }
  if (descr !== null) {
    if (get !== null) return get(descr, o, type);
    return newref(descr);
  }
  return null;
}

export function genericSetAttr(o: PyObject, name: string, value: PyObject | null): void {
  const type = o.ob_type;
  const descr = typeLookup(type, name);
  if (descr !== null) {
    const set = descr.ob_type.tp_descr_set;
    if (set !== null) {
      set(descr, o, value);
      return;
    }
  }
  const dict = instanceDict(o, value !== null);
  if (dict === null) {
    if (value === null || descr === null) {
      // The hint about __dict__ is new in 3.13.
      raise(AttributeError, `'${type.tp_name}' object has no attribute '${name}'${value !== null && cpythonAtLeast(13) ? " and no __dict__ for setting new attributes" : ''}`);
    }
    raise(AttributeError, `'${type.tp_name}' object attribute '${name}' is read-only`);
  }
  if (value === null) {
    if (!dictDelStr(dict, name)) raise(AttributeError, `'${type.tp_name}' object has no attribute '${name}'`);
  } else dictSetStr(dict, name, value);
}

ObjectType.tp_hash = objectHash;
ObjectType.tp_richcompare = objectRichCompare;
ObjectType.tp_repr = objectRepr;
ObjectType.tp_getattro = genericGetAttr;
ObjectType.tp_setattro = genericSetAttr;
