/**
 * The pattern-matching instructions (CPython's MATCH_CLASS, MATCH_MAPPING, MATCH_SEQUENCE,
 * MATCH_KEYS, GET_LEN). Sequences are list, tuple, range and their subclasses (not str, bytes,
 * bytearray); mappings are dict and its subclasses. Class patterns read __match_args__; the
 * builtins that match themselves positionally (int(x), str(x)...) take the subject as their one
 * positional sub-pattern.
 */
import type { PyObject } from '../runtime/object';
import { Op } from '../compile/opcodes';
import { isSubtype, PyType, TypeType } from '../runtime/type';
import { decref, newref } from '../runtime/heap';
import { None } from '../runtime/singletons';
import { True, False, newInt, IntType, BoolType } from '../runtime/int';
import { PyTuple, tupleSteal, TupleType } from '../runtime/tuple';
import { ListType } from '../runtime/list';
import { DictType } from '../runtime/dict';
import { StrType, PyStr } from '../runtime/str';
import { FloatType } from '../runtime/float';
import { SetType, FrozenSetType } from '../runtime/set';
import { BytesType, ByteArrayType } from '../runtime/bytes';
import { RangeType } from '../runtime/iter';
import { call, getAttrOrNull, length, pyRepr, typeName } from '../runtime/abstract';
import { EngineError, Raised, typeError } from '../runtime/errors';
import * as exc from '../runtime/exceptions';

function isSequence(o: PyObject): boolean {
  const t = o.ob_type;
  return isSubtype(t, ListType) || isSubtype(t, TupleType) || isSubtype(t, RangeType);
}

function isMapping(o: PyObject): boolean {
  return isSubtype(o.ob_type, DictType);
}

/** Types whose instances match a single positional sub-pattern themselves (Py_TPFLAGS_MATCH_SELF). */
const MATCH_SELF = (): PyType[] => [BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType];

/** getattr that turns AttributeError into "no match" (null). */
function matchAttr(subject: PyObject, name: string): PyObject | null {
  try {
    return getAttrOrNull(subject, name);
  } catch (e) {
    if (e instanceof Raised && isSubtype(e.exc.ob_type, exc.AttributeError)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

/** match_class: the attributes to match, or null when the subject does not match. */
function matchClass(subject: PyObject, type: PyObject, nargs: number, kwargs: PyTuple): PyObject[] | null {
  if (!(type instanceof PyType)) typeError('called match pattern must be a class');
  if (!isSubtype(subject.ob_type, type)) return null;
  const seen: string[] = [];
  const attrs: PyObject[] = [];
  const release = (): null => {
    for (const x of attrs) decref(x);
    return null;
  };
  const take = (name: string): boolean => {
    if (seen.includes(name)) {
      release();
      typeError(`${type.tp_name}() got multiple sub-patterns for attribute ${pyRepr(new PyStr(name))}`);
    }
    seen.push(name);
    const v = matchAttr(subject, name);
    if (v === null) return false;
    attrs.push(v);
    return true;
  };
  if (nargs > 0) {
    let matchSelf = false;
    const matchArgs = matchAttr(type, '__match_args__');
    let names: PyObject[];
    if (matchArgs !== null) {
      if (!(matchArgs instanceof PyTuple) || matchArgs.ob_type !== TupleType) {
        const t = typeName(matchArgs);
        decref(matchArgs);
        typeError(`${type.tp_name}.__match_args__ must be a tuple (got ${t})`);
      }
      names = [...matchArgs.items];
      decref(matchArgs);
    } else {
      matchSelf = MATCH_SELF().some((t) => isSubtype(type, t));
      names = [];
    }
    const allowed = matchSelf ? 1 : names.length;
    if (allowed < nargs) {
      const plural = allowed === 1 ? '' : 's';
      typeError(`${type.tp_name}() accepts ${allowed} positional sub-pattern${plural} (${nargs} given)`);
    }
    if (matchSelf) attrs.push(newref(subject));
    else {
      for (let i = 0; i < nargs; i++) {
        const n = names[i] as PyObject;
        if (!(n instanceof PyStr)) {
          release();
          typeError(`__match_args__ elements must be strings (got ${typeName(n)})`);
        }
        if (!take(n.value)) return release();
      }
    }
  }
  for (const k of kwargs.items) if (!take((k as PyStr).value)) return release();
  return attrs;
}

/** MATCH_KEYS: the values for `keys` via subject.get(key, dummy), or null when one is missing. */
function matchKeys(subject: PyObject, keys: PyTuple): PyObject | null {
  if (keys.items.length === 0) return tupleSteal([]);
  const get = getAttrOrNull(subject, 'get');
  if (get === null) typeError(`'${typeName(subject)}' object has no attribute 'get'`);
  // A private sentinel object stands for "missing" (CPython uses a fresh object()).
  const dummy = call(TypeType.tp_base as PyType, []);
  const values: PyObject[] = [];
  const seen: PyObject[] = [];
  try {
    for (const k of keys.items) {
      if (seen.some((s) => s === k)) raise(exc.ValueError, `mapping pattern checks duplicate key (${pyRepr(k)})`);
      seen.push(k);
      const v = call(get, [k, dummy]);
      if (v === dummy) {
        decref(v);
        for (const x of values) decref(x);
        return null;
      }
      values.push(v);
    }
  } catch (e) {
    for (const x of values) decref(x);
    throw e;
  } finally {
    decref(get);
    decref(dummy);
  }
  return tupleSteal(values);
}

function raise(type: PyType, msg: string): never {
  throw new Raised(exc.newExceptionMsg(type, msg));
}

export function matchOp(op: number, arg: number, stack: (PyObject | null)[]): void {
  const top = stack[stack.length - 1] as PyObject;
  switch (op) {
    case Op.GET_LEN:
      stack.push(newInt(length(top)));
      return;
    case Op.MATCH_SEQUENCE:
      stack.push(isSequence(top) ? True : False);
      return;
    case Op.MATCH_MAPPING:
      stack.push(isMapping(top) ? True : False);
      return;
    case Op.MATCH_KEYS: {
      const subject = stack[stack.length - 2] as PyObject;
      const r = matchKeys(subject, top as PyTuple);
      stack.push(r ?? None);
      return;
    }
    case Op.MATCH_CLASS: {
      const names = stack.pop() as PyTuple;
      const type = stack.pop() as PyObject;
      const subject = stack.pop() as PyObject;
      let attrs: PyObject[] | null;
      try {
        attrs = matchClass(subject, type, arg, names);
      } finally {
        decref(names);
        decref(type);
        decref(subject);
      }
      stack.push(attrs === null ? None : tupleSteal(attrs));
      return;
    }
    default:
      throw new EngineError(`match instruction ${op} is not implemented`);
  }
}
