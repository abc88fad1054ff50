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
import type { PyTraceback } from './traceback';

export class PyBaseException extends PyInstance {
  args: PyTuple = EmptyTuple;
  notes: PyObject | null = null;
  traceback: PyTraceback | null = null;
  cause: PyObject | null = null;
  context: PyObject | null = null;
  suppressContext = false;
  /** BaseExceptionGroup's message and exceptions (exception-group.ts). */
  egMessage: PyObject | null = null;
  egExceptions: PyTuple | null = null;
  constructor(type: PyType) {
    super(type);
  }
}

/** BaseException_clear: the order CPython releases an exception's references in. */
export function baseExceptionClear(o: PyObject): void {
  const e = o as PyBaseException;
  // BaseExceptionGroup_clear: its message and exceptions first.
  if (e.egExceptions !== null) clearGroupFields(e);
  if (recorder.on && e.traceback !== null) recorder.edge(e, e.traceback, L_EXCEPTION, '__traceback__', false);
  const dict = e.dict;
  e.dict = null;
  if (dict !== null) decref(dict);
  excSetArgs(e, EmptyTuple);
  const notes = e.notes;
  e.notes = null;
  xdecref(notes);
  const tb = e.traceback;
  e.traceback = null;
  xdecref(tb);
  excSetLink(e, 'cause', null);
  excSetLink(e, 'context', null);
}

function clearGroupFields(e: PyBaseException): void {
  const { egMessage: msg, egExceptions: excs } = e;
  e.egMessage = null;
  e.egExceptions = null;
  if (recorder.on) {
    if (msg !== null) recorder.edge(e, msg, L_EXCEPTION, 'message', false);
    if (excs !== null) recorder.edge(e, excs, L_EXCEPTION, 'exceptions', false);
  }
  xdecref(msg);
  xdecref(excs);
}

/** Replaces an exception's `args` (a new reference), the trace's edges first, the old tuple last. */
export function excSetArgs(e: PyBaseException, args: PyTuple): void {
  const old = e.args;
  // A new exception's args start as the empty tuple, with no edge: that one is never an edge.
  if (recorder.on) {
    if (old !== EmptyTuple) recorder.edge(e, old, L_EXCEPTION, 'args', false);
    if (args !== EmptyTuple) recorder.edge(e, args, L_EXCEPTION, 'args', true);
  }
  e.args = args;
  decref(old);
}

/** Replaces `__cause__` or `__context__` (a new reference or null); the old one is released last. */
export function excSetLink(e: PyBaseException, field: 'cause' | 'context', v: PyObject | null): void {
  const old = e[field];
  if (recorder.on) {
    const label = field === 'cause' ? '__cause__' : '__context__';
    if (old !== null) recorder.edge(e, old, L_EXCEPTION, label, false);
    if (v !== null) recorder.edge(e, v, L_EXCEPTION, label, true);
  }
  e[field] = v;
  xdecref(old);
}


function baseExceptionDealloc(o: PyObject): void {
  gcUntrack(o);
  baseExceptionClear(o);
  gcFree(o);
}

export function baseExceptionTraverse(o: PyObject, visit: Visit): void {
  const e = o as PyBaseException;
  const d = e.dict;
  if (d !== null) {
    // A dict the exception owns (made for its attributes) is untracked: its values are the
    // exception's own references, or the collector would think them referenced from outside.
    if (d.owner === null) visit(d);
    else for (const v of d.values) if (v !== null && v !== undefined) visit(v);
  }
  visit(e.args);
  if (e.egMessage !== null) visit(e.egMessage);
  if (e.egExceptions !== null) visit(e.egExceptions);
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
  recorder.alloc(e);
  gcTrack(e);
  excSetArgs(e, tupleSteal(args));
  return e;
}

export function newExceptionMsg(type: PyType, msg: string | null): PyBaseException {
  return newExceptionSteal(type, msg === null ? [] : [newStr(msg)]);
}
