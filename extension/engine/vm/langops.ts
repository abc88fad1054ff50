/**
 * Instructions of the evaluation loop whose work is more than stack shuffling, kept out of the
 * dispatch loop: the with statement's special-method lookup and exit call, and the intrinsics.
 */
import type { PyObject } from '../runtime/object';
import { typeLookup, type PyType } from '../runtime/type';
import { PyFunction } from '../runtime/function';
import { PyMethodDescr } from '../runtime/builtin';
import { decref, newref } from '../runtime/heap';
import { exceptionGroupMatch, prepReraiseStar } from '../runtime/exception-group';
import { ts } from './state';
import { None } from '../runtime/singletons';
import { call, typeName } from '../runtime/abstract';
import { typeError, EngineError } from '../runtime/errors';
import type { PyBaseException } from '../runtime/exceptions';
import { stopIterationError } from './genobject';

const SPECIAL_NAMES = ['__enter__', '__exit__'] as const;

/**
 * LOAD_SPECIAL (_PyObject_LookupSpecialMethod): the method found on the type, unbound with the
 * object as `self` when it is a plain function, else bound. Returns [callable, self or null];
 * the object's reference moves into the self slot (or is the caller's to release when null).
 */
export function loadSpecial(o: PyObject, which: number): [PyObject, PyObject | null] {
  const name = SPECIAL_NAMES[which] as string;
  const d = typeLookup(o.ob_type, name);
  if (d === null) {
    const missing = which === 0 ? '__enter__' : '__exit__';
    typeError(`'${typeName(o)}' object does not support the context manager protocol (missed ${missing} method)`);
  }
  if (d instanceof PyFunction || d instanceof PyMethodDescr) return [newref(d), o];
  const get = d.ob_type.tp_descr_get;
  return [get !== null ? get(d, o, o.ob_type as PyType) : newref(d), null];
}

/** WITH_EXCEPT_START: __exit__(type(exc), exc, exc.__traceback__). */
export function withExceptStart(exitFunc: PyObject, exitSelf: PyObject | null, val: PyBaseException): PyObject {
  const tb = val.traceback ?? None;
  const args = exitSelf !== null ? [exitSelf, val.ob_type, val, tb] : [val.ob_type, val, tb];
  return call(exitFunc, args);
}

/** CALL_INTRINSIC_1: a new reference to the result. */
export function callIntrinsic1(which: number, v: PyObject): PyObject {
  switch (which) {
    case 3:
      return stopIterationError(v as PyBaseException);
    default:
      throw new EngineError(`unknown intrinsic ${which}`);
  }
}

/** CHECK_EG_MATCH: [exc, type] → [rest, match]; a match becomes the handled exception (sys.exception()). */
export function checkEgMatch(stack: (PyObject | null)[]): void {
  const t = stack.pop() as PyObject;
  const x = stack.pop() as PyObject;
  try {
    const [match, rest] = exceptionGroupMatch(x, t);
    if (match !== None) {
      const old = ts.excValue;
      ts.excValue = newref(match);
      decref(old);
    }
    stack.push(rest, match);
  } finally {
    decref(t);
    decref(x);
  }
}

/** PREP_RERAISE_STAR: [orig, list] → [what the try/except* statement re-raises, or None]. */
export function prepReraiseStarOp(stack: (PyObject | null)[]): void {
  const list = stack.pop() as PyObject;
  const orig = stack.pop() as PyObject;
  try {
    stack.push(prepReraiseStar(orig, list));
  } finally {
    decref(list);
    decref(orig);
  }
}
