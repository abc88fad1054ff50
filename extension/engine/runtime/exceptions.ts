/**
 * The builtin exception hierarchy. An exception is an ordinary object (a Python value); native
 * code raises one by throwing a `Raised` carrying it (see errors.ts), which only the evaluation
 * loop and the call boundaries catch.
 */
import { PyInstance } from './instance';
import { PyObject, type Visit } from './object';
import { makeStaticType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, TPFLAGS_MANAGED_DICT, type PyType } from './type';
import { decref, gcFree, gcTrack, gcUntrack, xdecref } from './heap';
import { EmptyTuple, type PyTuple, tupleSteal } from './tuple';
import { newStr } from './str';
import { recorder, L_EXCEPTION } from '../trace/recorder';
import type { PyDict } from './dict';
import type { PyTraceback } from './traceback';

export class PyBaseException extends PyInstance {
  args: PyTuple = EmptyTuple;
  notes: PyObject | null = null;
  traceback: PyTraceback | null = null;
  cause: PyObject | null = null;
  context: PyObject | null = null;
  suppressContext = false;
  constructor(type: PyType) {
    super(type);
  }
}

/** BaseException_clear: the order CPython releases an exception's references in. */
export function baseExceptionClear(o: PyObject): void {
  const e = o as PyBaseException;
  if (recorder.on && e.traceback !== null) recorder.edge(e, e.traceback, L_EXCEPTION, '__traceback__', false);
  const dict = e.dict;
  e.dict = null;
  if (dict !== null) decref(dict);
  const args = e.args;
  e.args = EmptyTuple;
  decref(args);
  const notes = e.notes;
  e.notes = null;
  xdecref(notes);
  const tb = e.traceback;
  e.traceback = null;
  xdecref(tb);
  const cause = e.cause;
  e.cause = null;
  xdecref(cause);
  const context = e.context;
  e.context = null;
  xdecref(context);
}

function baseExceptionDealloc(o: PyObject): void {
  gcUntrack(o);
  baseExceptionClear(o);
  gcFree(o);
}

export function baseExceptionTraverse(o: PyObject, visit: Visit): void {
  const e = o as PyBaseException;
  if (e.dict !== null) visit(e.dict as PyDict);
  visit(e.args);
  if (e.notes !== null) visit(e.notes);
  if (e.traceback !== null) visit(e.traceback);
  if (e.cause !== null) visit(e.cause);
  if (e.context !== null) visit(e.context);
}

export const BaseException = makeStaticType('BaseException', 'exception', {
  flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC | TPFLAGS_MANAGED_DICT,
  dealloc: baseExceptionDealloc,
});
BaseException.tp_traverse = baseExceptionTraverse;
BaseException.tp_clear = baseExceptionClear;

function sub(name: string, base: PyType): PyType {
  return makeStaticType(name, 'exception', { base, flags: TPFLAGS_BASETYPE, dealloc: baseExceptionDealloc });
}

export const SystemExit = sub('SystemExit', BaseException);
export const KeyboardInterrupt = sub('KeyboardInterrupt', BaseException);
export const GeneratorExit = sub('GeneratorExit', BaseException);
export const Exception = sub('Exception', BaseException);
export const StopIteration = sub('StopIteration', Exception);
export const ArithmeticError = sub('ArithmeticError', Exception);
export const FloatingPointError = sub('FloatingPointError', ArithmeticError);
export const OverflowError = sub('OverflowError', ArithmeticError);
export const ZeroDivisionError = sub('ZeroDivisionError', ArithmeticError);
export const AssertionError = sub('AssertionError', Exception);
export const AttributeError = sub('AttributeError', Exception);
export const LookupError = sub('LookupError', Exception);
export const IndexError = sub('IndexError', LookupError);
export const KeyError = sub('KeyError', LookupError);
export const NameError = sub('NameError', Exception);
export const UnboundLocalError = sub('UnboundLocalError', NameError);
export const RuntimeError = sub('RuntimeError', Exception);
export const RecursionError = sub('RecursionError', RuntimeError);
export const NotImplementedError = sub('NotImplementedError', RuntimeError);
export const TypeError = sub('TypeError', Exception);
export const ValueError = sub('ValueError', Exception);
export const ImportError = sub('ImportError', Exception);
export const ModuleNotFoundError = sub('ModuleNotFoundError', ImportError);
export const ReferenceError = sub('ReferenceError', Exception);
export const OSError = sub('OSError', Exception);
export const UnicodeError = sub('UnicodeError', ValueError);
export const BufferError = sub('BufferError', Exception);
export const EOFError = sub('EOFError', Exception);
export const MemoryError = sub('MemoryError', Exception);
export const Warning = sub('Warning', Exception);
export const UserWarning = sub('UserWarning', Warning);
export const DeprecationWarning = sub('DeprecationWarning', Warning);
export const RuntimeWarning = sub('RuntimeWarning', Warning);
export const ResourceWarning = sub('ResourceWarning', Warning);

export const BUILTIN_EXCEPTIONS: readonly PyType[] = [
  BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, ArithmeticError,
  FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, LookupError,
  IndexError, KeyError, NameError, UnboundLocalError, RuntimeError, RecursionError, NotImplementedError,
  TypeError, ValueError, ImportError, ModuleNotFoundError, ReferenceError, OSError, UnicodeError,
  BufferError, EOFError, MemoryError, Warning, UserWarning, DeprecationWarning, RuntimeWarning, ResourceWarning,
];

/** A new exception instance of `type` with `args` (references stolen), tracked like any instance. */
export function newExceptionSteal(type: PyType, args: PyObject[]): PyBaseException {
  const e = new PyBaseException(type);
  if (type.isHeapType()) type.ob_refcnt++;
  e.args = tupleSteal(args);
  recorder.alloc(e);
  gcTrack(e);
  return e;
}

export function newExceptionMsg(type: PyType, msg: string | null): PyBaseException {
  return newExceptionSteal(type, msg === null ? [] : [newStr(msg)]);
}
