/**
 * Generator objects (CPython's Objects/genobject.c). A generator owns the Frame its function's
 * RETURN_GENERATOR suspended; send/next/throw resume that frame (re-entering the evaluation loop,
 * as gen_send_ex2 does from C) until it yields or finishes. The generator has its own exc_info
 * item, swapped in while it runs. Deallocation follows gen_dealloc: weakrefs cleared first, then
 * the PEP 442 finalizer closes a suspended generator (running its `finally` blocks), then the frame
 * is cleared — releasing the generator's locals stack-top first, then last local to first.
 */
import { cpythonAtLeast } from '../profile';
import { GC_TRACKED, PyObject, type Visit } from '../runtime/object';
import { makeStaticType, TPFLAGS_HAVE_GC, TPFLAGS_WEAKREFABLE, isSubtype, typeLookup, type PyType } from '../runtime/type';
import { PyFunction } from '../runtime/function';
import { decref, gcFree, gcTrack, gcUntrack, newref, xdecref } from '../runtime/heap';
import { None } from '../runtime/singletons';
import { PyTuple } from '../runtime/tuple';
import { newStr, PyStr } from '../runtime/str';
import { pyBool } from '../runtime/int';
import { Raised, raise, typeError } from '../runtime/errors';
import * as exc from '../runtime/exceptions';
import { PyBaseException, excSetLink, newExceptionMsg, newExceptionSteal } from '../runtime/exceptions';
import { clearWeakrefs } from '../runtime/weakref';
import { callFinalizerFromDealloc } from '../runtime/subtype';
import { writeUnraisable } from '../runtime/unraisable';
import { defGetSet, defMethod } from '../runtime/builtin';
import { fakeAddress } from '../runtime/objecttype';
import { call, getAttrOrNull, iterNext, pyRepr, typeName } from '../runtime/abstract';
import { recorder } from '../trace/recorder';
import { Op } from '../compile/opcodes';
import { CO_COROUTINE, type Code } from '../compile/code';
import { coroutineType, kindOf, warnUnawaited, awaitTarget } from './coroutine';
import { Frame, FrameType, frameExit } from './frame';
import { resumeFrame } from './eval';
import { ts } from './state';
import { setContext } from './excinfo';

/** gi_frame_state, in CPython's order: everything from Completed on is finished. */
export const enum GenState {
  Created = 0,
  Suspended = 1,
  SuspendedYieldFrom = 2,
  Executing = 3,
  Completed = 4,
  Cleared = 5,
}

/** RESUME's argument: where the frame resumes (low bits), and whether only the generator's own StopIteration handler covers that point. */
export const RESUME_AFTER_YIELD = 1;
export const RESUME_AFTER_YIELD_FROM = 2;
export const RESUME_DEPTH1 = 4;

export const GeneratorType = makeStaticType('generator', 'generator', {
  flags: TPFLAGS_HAVE_GC | TPFLAGS_WEAKREFABLE,
  dealloc: genDealloc,
});

export class PyGenerator extends PyObject {
  /** The suspended frame (owned); null once the generator has finished and released it. */
  frame: Frame | null;
  state = GenState.Created;
  /** gi_exc_state: the exception the generator's own handlers are handling (owned; None when none). */
  excState: PyObject = None;
  name: string;
  qualname: string;
  readonly code: Code;
  constructor(frame: Frame, type: PyType = GeneratorType) {
    super(type);
    this.frame = frame;
    this.code = frame.code;
    this.name = frame.func !== null ? frame.func.name : frame.code.name;
    this.qualname = frame.func !== null ? frame.func.qualname : frame.code.qualname;
  }
}

/** RETURN_GENERATOR: the generator takes over the frame reference its caller held. */
export function genNew(f: Frame): PyGenerator {
  const g = new PyGenerator(f, (f.code.flags & CO_COROUTINE) !== 0 ? coroutineType() : GeneratorType);
  recorder.alloc(g);
  gcTrack(g);
  return g;
}

function isFinished(g: PyGenerator): boolean {
  return g.state >= GenState.Completed;
}

/** The generator's frame ended (returned or raised out): it no longer holds it. */
function frameGone(g: PyGenerator): void {
  g.frame = null;
  g.state = GenState.Cleared;
}

function restoreExcInfo(): void {
  const left = ts.excValue;
  ts.excValue = ts.excOuter.pop() ?? None;
  decref(left);
}

/**
 * Set by genSendEx2: the last result was the generator's return value (PYGEN_RETURN), not a
 * yielded one. Read it right after the call: sends nest.
 */
let returned = false;

/**
 * gen_send_ex2: resumes the generator with `arg` (null for next()), or with `thrown` raised at its
 * suspension point (a reference handed over). Returns the yielded value, or the return value with
 * `returned` set, or null when an exhausted generator is advanced by next(). Errors are thrown.
 */
export function genSendEx2(g: PyGenerator, arg: PyObject | null, thrown: PyBaseException | null, closing: boolean): PyObject | null {
  returned = false;
  const what = kindOf(g);
  if (g.state === GenState.Created && arg !== null && arg !== None) {
    if (thrown !== null) decref(thrown);
    typeError(`can't send non-None value to a just-started ${what}`);
  }
  if (g.state === GenState.Executing) {
    if (thrown !== null) decref(thrown);
    raise(exc.ValueError, `${what} already executing`);
  }
  if (isFinished(g)) {
    if (what === 'coroutine' && !closing) {
      if (thrown !== null) decref(thrown);
      raise(exc.RuntimeError, 'cannot reuse already awaited coroutine');
    }
    if (thrown !== null) {
      const r = new Raised(thrown);
      r.chained = true;
      throw r;
    }
    if (arg !== null) {
      returned = true;
      return None;
    }
    return null;
  }
  const f = g.frame as Frame;
  f.stack.push(newref(arg ?? None));
  ts.excOuter.push(ts.excValue);
  ts.excValue = g.excState;
  g.excState = None;
  // _PyErr_ChainStackItem: a thrown exception's context is what the generator itself handles.
  if (thrown !== null && ts.excValue !== None) setContext(thrown, ts.excValue);
  g.state = GenState.Executing;
  f.yielded = 0;
  let v: PyObject;
  try {
    v = resumeFrame(f, thrown);
  } catch (e) {
    frameGone(g);
    restoreExcInfo();
    throw e;
  }
  // Nested sends have reused `returned` meanwhile.
  if (f.yielded !== 0) {
    g.state = f.yielded === 2 ? GenState.SuspendedYieldFrom : GenState.Suspended;
    g.excState = ts.excValue;
    ts.excValue = ts.excOuter.pop() ?? None;
    returned = false;
    return v;
  }
  frameGone(g);
  restoreExcInfo();
  returned = !(v === None && arg === null);
  return returned ? v : null;
}

/** _PyGen_SetStopIterationValue: StopIteration carrying the return value (none for None). */
function raiseStopIteration(value: PyObject): never {
  if (value === None) raise(exc.StopIteration, null);
  const e = newExceptionSteal(exc.StopIteration, [value]);
  throw new Raised(e);
}

/** gen_send_ex: like genSendEx2, with a return turned into StopIteration. */
export function genSendEx(g: PyGenerator, arg: PyObject | null, thrown: PyBaseException | null, closing: boolean): PyObject {
  const r = genSendEx2(g, arg, thrown, closing);
  if (returned) raiseStopIteration(r as PyObject);
  if (r === null) raise(exc.StopIteration, null);
  return r;
}

/** tp_iternext: null when exhausted (a return value other than None is dropped, as FOR_ITER clears it). */
function genIterNext(o: PyObject): PyObject | null {
  const r = genSendEx2(o as PyGenerator, null, null, false);
  if (returned) {
    decref(r as PyObject);
    return null;
  }
  return r;
}

/** next(gen) and gen.__next__(): a return value becomes StopIteration(value). */
export function genNext(g: PyGenerator): PyObject {
  const r = genSendEx2(g, null, null, false);
  if (returned) raiseStopIteration(r as PyObject);
  if (r === null) raise(exc.StopIteration, null);
  return r;
}

/** gen_clear_frame: releases the frame's locals (unless a frame object still needs them). */
function genClearFrame(g: PyGenerator): void {
  const f = g.frame;
  if (f !== null) {
    g.frame = null;
    g.state = GenState.Cleared;
    f.previous = null;
    frameExit(f);
  }
  const e = g.excState;
  g.excState = None;
  decref(e);
}

/** The sub-iterator a `yield from` is delegating to (borrowed), or null. */
function yieldFrom(g: PyGenerator): PyObject | null {
  if (g.state !== GenState.SuspendedYieldFrom) return null;
  const f = g.frame as Frame;
  return f.stack[f.stack.length - 1] ?? null;
}

/** gen_close_iter: closes the sub-iterator of a `yield from`. */
function closeIter(yf: PyObject): void {
  if (yf instanceof PyGenerator) {
    decref(genClose(yf));
    return;
  }
  let meth: PyObject | null = null;
  try {
    meth = getAttrOrNull(yf, 'close');
  } catch (e) {
    writeUnraisable(e, 'Exception ignored while closing generator', yf);
  }
  if (meth !== null) {
    try {
      decref(call(meth, []));
    } finally {
      decref(meth);
    }
  }
}

/** Whether the frame is suspended where nothing but the generator's StopIteration handler would run. */
function atPlainYield(f: Frame): boolean {
  const code = f.code.code;
  return code[f.pc * 2] === Op.RESUME && ((code[f.pc * 2 + 1] as number) & RESUME_DEPTH1) !== 0;
}

/** gen_close: a new reference to the return value (None unless the generator returned one). */
export function genClose(g: PyGenerator): PyObject {
  if (g.state === GenState.Created) {
    g.state = GenState.Completed;
    return None;
  }
  if (isFinished(g)) return None;
  let err: Raised | null = null;
  const yf = yieldFrom(g);
  if (yf !== null) {
    newref(yf);
    const state = g.state;
    g.state = GenState.Executing;
    try {
      closeIter(yf);
    } catch (e) {
      if (!(e instanceof Raised)) throw e;
      err = e;
    } finally {
      g.state = state;
      decref(yf);
    }
  }
  if (err === null && atPlainYield(g.frame as Frame)) {
    g.state = GenState.Completed;
    genClearFrame(g);
    return None;
  }
  const thrown = err !== null ? err.exc : newExceptionMsg(exc.GeneratorExit, null);
  let r: PyObject | null;
  try {
    r = genSendEx2(g, None, thrown, true);
  } catch (e) {
    if (e instanceof Raised && isSubtype(e.exc.ob_type, exc.GeneratorExit)) {
      decref(e.exc);
      return None;
    }
    throw e;
  }
  if (!returned) {
    xdecref(r);
    raise(exc.RuntimeError, `${kindOf(g)} ignored GeneratorExit`);
  }
  // close() returns the generator's return value from 3.13 on; None before.
  if (!cpythonAtLeast(13)) {
    decref(r as PyObject);
    return None;
  }
  return r as PyObject;
}

/** The exception a throw(typ, val) raises (PyErr_NormalizeException for a class). */
function throwValue(typ: PyObject, val: PyObject | null, tb: PyObject | null): PyBaseException {
  if (tb !== null && tb !== None && tb.ob_type.tp_name !== 'traceback') typeError('throw() third argument must be a traceback object');
  if (typ instanceof PyBaseException) {
    if (val !== null && val !== None) typeError('instance exception may not have a separate value');
    return newref(typ);
  }
  if (typ.ob_type.layout === 'type' && isSubtype(typ as PyType, exc.BaseException)) {
    if (val instanceof PyBaseException && isSubtype(val.ob_type, typ as PyType)) return newref(val);
    const args = val === null || val === None ? [] : val instanceof PyTuple ? val.items : [val];
    const x = call(typ, args);
    if (!(x instanceof PyBaseException)) {
      decref(x);
      typeError(`calling ${pyRepr(typ)} should have returned an instance of BaseException, not ${typeName(x)}`);
    }
    return x;
  }
  return typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
}

/** _gen_throw. */
export function genThrow(g: PyGenerator, closeOnGenExit: boolean, typ: PyObject, val: PyObject | null, tb: PyObject | null): PyObject {
  const yf = yieldFrom(g);
  if (yf !== null) {
    newref(yf);
    const isGenExit = (typ instanceof PyBaseException && isSubtype(typ.ob_type, exc.GeneratorExit)) ||
      (typ.ob_type.layout === 'type' && isSubtype(typ as PyType, exc.GeneratorExit));
    if (isGenExit && closeOnGenExit) {
      const state = g.state;
      g.state = GenState.Executing;
      try {
        closeIter(yf);
      } catch (e) {
        if (!(e instanceof Raised)) throw e;
        return genSendEx(g, None, e.exc, false);
      } finally {
        g.state = state;
        decref(yf);
      }
      return throwHere(g, typ, val, tb);
    }
    let ret: PyObject;
    const state = g.state;
    try {
      if (yf instanceof PyGenerator) {
        g.state = GenState.Executing;
        try {
          ret = genThrow(yf, closeOnGenExit, typ, val, tb);
        } finally {
          g.state = state;
        }
      } else {
        const meth = getAttrOrNull(yf, 'throw');
        if (meth === null) {
          decref(yf);
          return throwHere(g, typ, val, tb);
        }
        g.state = GenState.Executing;
        try {
          const args = val === null ? [typ] : tb === null ? [typ, val] : [typ, val, tb];
          ret = call(meth, args);
        } finally {
          g.state = state;
          decref(meth);
        }
      }
    } catch (e) {
      if (!(e instanceof Raised)) throw e;
      decref(yf);
      // The sub-iterator failed (or finished): that exception continues in this generator.
      return genSendEx(g, None, e.exc, false);
    }
    decref(yf);
    return ret;
  }
  return throwHere(g, typ, val, tb);
}

function throwHere(g: PyGenerator, typ: PyObject, val: PyObject | null, tb: PyObject | null): PyObject {
  const x = throwValue(typ, val, tb);
  return genSendEx(g, None, x, false);
}

/** _PyGen_Finalize: closing a suspended generator that is being destroyed. */
function genFinalize(o: PyObject): void {
  const g = o as PyGenerator;
  if (isFinished(g)) return;
  // A coroutine that never started is not closed: it warns that it was never awaited.
  if (g.state === GenState.Created && kindOf(g) === 'coroutine') {
    warnUnawaited(g);
    return;
  }
  try {
    decref(genClose(g));
  } catch (e) {
    writeUnraisable(e, 'Exception ignored while closing generator', g);
  }
}

export function genDealloc(o: PyObject): void {
  const g = o as PyGenerator;
  gcUntrack(g);
  if (g.ob_weaklist !== null) clearWeakrefs(g);
  gcTrack(g);
  if (callFinalizerFromDealloc(g)) return;
  gcUntrack(g);
  genClearFrame(g);
  gcFree(g);
}

GeneratorType.tp_finalize = genFinalize;
GeneratorType.tp_iter = (o) => newref(o);
GeneratorType.tp_iternext = genIterNext;
GeneratorType.tp_repr = (o) => `<generator object ${(o as PyGenerator).qualname} at ${fakeAddress(o)}>`;
GeneratorType.tp_traverse = (o: PyObject, visit: Visit) => {
  const g = o as PyGenerator;
  const f = g.frame;
  if (f !== null) {
    // A frame that became a Python object (traceback, gi_frame) is an object of its own;
    // otherwise its contents are the generator's, as the frame is embedded in CPython.
    if ((f.gc_flags & GC_TRACKED) !== 0) visit(f);
    else (FrameType.tp_traverse as NonNullable<PyType['tp_traverse']>)(f, visit);
  }
  if (g.excState !== None) visit(g.excState);
};

defMethod(GeneratorType, 'send', (self, args) => {
  if (args.length !== 1) typeError(`generator.send() takes exactly one argument (${args.length} given)`);
  return genSendEx(self as PyGenerator, args[0] as PyObject, null, false);
});
defMethod(GeneratorType, 'throw', (self, args, kwnames) => {
  if (kwnames !== null && kwnames.length !== 0) typeError('throw() takes no keyword arguments');
  if (args.length < 1 || args.length > 3) typeError(`throw expected at least 1 argument, got ${args.length}`);
  return genThrow(self as PyGenerator, true, args[0] as PyObject, args[1] ?? null, args[2] ?? null);
});
defMethod(GeneratorType, 'close', (self) => genClose(self as PyGenerator));
defMethod(GeneratorType, '__next__', (self) => genNext(self as PyGenerator));
defMethod(GeneratorType, '__iter__', (self) => newref(self));
defGetSet(GeneratorType, 'gi_running', (o) => pyBool((o as PyGenerator).state === GenState.Executing));
defGetSet(GeneratorType, 'gi_suspended', (o) => {
  const s = (o as PyGenerator).state;
  return pyBool(s === GenState.Suspended || s === GenState.SuspendedYieldFrom);
});
defGetSet(GeneratorType, 'gi_frame', (o) => {
  const g = o as PyGenerator;
  if (isFinished(g) || g.frame === null) return None;
  const f = g.frame;
  if ((f.gc_flags & GC_TRACKED) === 0) gcTrack(f);
  return newref(f);
});
defGetSet(GeneratorType, 'gi_yieldfrom', (o) => newref(yieldFrom(o as PyGenerator) ?? None));
defGetSet(GeneratorType, '__name__', (o) => newStr((o as PyGenerator).name), (o, v) => {
  if (!(v instanceof PyStr)) typeError('__name__ must be set to a string object');
  (o as PyGenerator).name = v.value;
});
defGetSet(GeneratorType, '__qualname__', (o) => newStr((o as PyGenerator).qualname), (o, v) => {
  if (!(v instanceof PyStr)) typeError('__qualname__ must be set to a string object');
  (o as PyGenerator).qualname = v.value;
});

// ---- yield from (SEND) ----------------------------------------------------------------------------

/** Set by sendTo: the sub-iterator finished, and the result is its return value. */
export let sendDone = false;

/**
 * SEND: one step of `yield from receiver` with the value `v` (borrowed). Returns the value the
 * sub-iterator yielded, or (with `sendDone`) its return value.
 */
export function sendTo(receiver: PyObject, v: PyObject): PyObject {
  sendDone = false;
  const target = awaitTarget(receiver);
  if (target !== null) {
    const r = genSendEx2(target, v, null, false);
    sendDone = returned;
    return r as PyObject;
  }
  try {
    if (v === None && receiver.ob_type.tp_iternext !== null) {
      const r = nextOrStop(receiver);
      if (r !== null) return r;
      sendDone = true;
      return None;
    }
    const meth = getAttrOrNull(receiver, 'send');
    if (meth === null) raise(exc.AttributeError, `'${typeName(receiver)}' object has no attribute 'send'`);
    try {
      return call(meth, [v]);
    } finally {
      decref(meth);
    }
  } catch (e) {
    if (e instanceof Raised && isSubtype(e.exc.ob_type, exc.StopIteration)) {
      sendDone = true;
      const value = stopIterationValue(e.exc);
      decref(e.exc);
      return value;
    }
    throw e;
  }
}

/** StopIteration.value: the first argument, or None (a new reference). */
export function stopIterationValue(x: PyBaseException): PyObject {
  return newref(x.args.items[0] ?? None);
}

/**
 * The next item, or null when exhausted; a __next__ written in Python may instead raise
 * StopIteration itself, and that exception propagates (the caller extracts its value).
 */
function nextOrStop(it: PyObject): PyObject | null {
  if (it.ob_type.isHeapType()) {
    const next = typeLookup(it.ob_type, '__next__');
    if (next instanceof PyFunction) return call(next, [it]);
  }
  return iterNext(it);
}

/** CALL_INTRINSIC_1 INTRINSIC_STOPITERATION_ERROR: StopIteration escaping a generator body becomes RuntimeError. */
export function stopIterationError(x: PyBaseException): PyBaseException {
  if (!isSubtype(x.ob_type, exc.StopIteration)) return newref(x);
  const coro = ts.frame !== null && (ts.frame.code.flags & CO_COROUTINE) !== 0;
  const err = newExceptionMsg(exc.RuntimeError, `${coro ? 'coroutine' : 'generator'} raised StopIteration`);
  excSetLink(err, 'cause', newref(x));
  err.suppressContext = true;
  excSetLink(err, 'context', newref(x));
  return err;
}

/** GET_YIELD_FROM_ITER: generators delegate to themselves, anything else through iter(). */
export function isGenerator(o: PyObject): o is PyGenerator {
  return o instanceof PyGenerator;
}

/**
 * builtin next(it[, default]): unlike the FOR_ITER protocol, a StopIteration raised by the
 * iterator (a Python __next__, or a generator returning a value) propagates as that exception.
 */
export function builtinNext(it: PyObject, dflt: PyObject | null): PyObject {
  let v: PyObject | null;
  try {
    v = it instanceof PyGenerator ? genNext(it) : nextOrStop(it);
  } catch (e) {
    if (dflt !== null && e instanceof Raised && isSubtype(e.exc.ob_type, exc.StopIteration)) {
      decref(e.exc);
      return newref(dflt);
    }
    throw e;
  }
  if (v !== null) return v;
  if (dflt !== null) return newref(dflt);
  return raise(exc.StopIteration, null);
}
