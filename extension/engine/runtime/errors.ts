/**
 * How native code raises a Python exception: it throws a `Raised` carrying the exception object
 * (one owned reference). The evaluation loop catches it at a single place outside its dispatch
 * switch and unwinds through the code object's exception table; run() turns an escaping one into
 * a traceback on stderr. Nothing else in the engine throws except `EngineError` for engine bugs.
 */
import { semantics } from '../profile';
import type { PyBaseException } from './exceptions';
import * as exc from './exceptions';
import type { PyType } from './type';
import type { PyObject } from './object';

export class Raised {
  /** Set by RERAISE: the exception continues without a new traceback entry for this frame. */
  reraise = false;
  /** The exception's __context__ has been decided for this raise (chaining happens once per raise). */
  chained = false;
  constructor(readonly exc: PyBaseException) {}
}

/** A bug in the engine, never a Python-level error. */
export class EngineError extends Error {}

export function raise(type: PyType, msg: string | null, arg: PyObject | null = null): never {
  if (arg !== null) {
    arg.ob_refcnt++;
    throw new Raised(exc.newExceptionSteal(type, [arg]));
  }
  throw new Raised(exc.newExceptionMsg(type, msg));
}

export function typeError(msg: string): never {
  return raise(exc.TypeError, msg);
}
export function valueError(msg: string): never {
  return raise(exc.ValueError, msg);
}
export function attributeError(msg: string): never {
  return raise(exc.AttributeError, msg);
}
export function indexError(msg: string): never {
  return raise(exc.IndexError, msg);
}
/** `legacy`: the operation's own text before 3.14 unified them ("integer modulo by zero"). */
export function zeroDivision(legacy?: string): never {
  const s = semantics();
  if (!s.cpython) return raise(exc.ZeroDivisionError, 'divide by zero');
  return raise(exc.ZeroDivisionError, legacy === undefined || s.newErrorTexts ? 'division by zero' : legacy);
}
export function runtimeError(msg: string): never {
  return raise(exc.RuntimeError, msg);
}
