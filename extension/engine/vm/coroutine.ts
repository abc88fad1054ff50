/**
 * Coroutines (`async def`), driven by hand or by an event loop's send()/throw()/close(): the same
 * machinery as generators (genobject.ts) under the type `coroutine`, which is not iterable, has
 * `__await__`, and warns "coroutine '...' was never awaited" when it dies unstarted (the warning
 * CPython's warnings module prints, at the line that released it). GET_AWAITABLE implements
 * `await x`: a coroutine itself, or the iterator x.__await__() returns.
 */
import { PyObject, type Visit } from '../runtime/object';
import { inheritSlots, makeStaticType, ObjectType, TPFLAGS_HAVE_GC, TPFLAGS_WEAKREFABLE, typeLookup, type PyType } from '../runtime/type';
import { decref, gcFree, gcTrack, gcUntrack, newref } from '../runtime/heap';
import { None } from '../runtime/singletons';
import { pyBool } from '../runtime/int';
import { newStr } from '../runtime/str';
import { defGetSet, defMethod } from '../runtime/builtin';
import { call, typeName } from '../runtime/abstract';
import { raise, typeError } from '../runtime/errors';
import * as exc from '../runtime/exceptions';
import { fakeAddress } from '../runtime/objecttype';
import { recorder } from '../trace/recorder';
import {
  GeneratorType, GenState, PyGenerator, genClose, genDealloc, genSendEx, genThrow, genNext,
} from './genobject';
import { ts } from './state';
import { sourceLine } from './tbformat';
import { writeToSys } from './sysmod';
import { codeObject, frameObject } from './objattrs';

let coroType: PyType | null = null;

/** The `coroutine` type (made on first use: it copies slots from the generator type). */
export function coroutineType(): PyType {
  if (coroType !== null) return coroType;
  const t = makeStaticType('coroutine', 'generator', { flags: TPFLAGS_HAVE_GC | TPFLAGS_WEAKREFABLE, dealloc: genDealloc });
  // Made after the static types were readied: inherit from object now.
  inheritSlots(t, ObjectType);
  t.tp_finalize = GeneratorType.tp_finalize;
  t.tp_traverse = GeneratorType.tp_traverse;
  t.tp_repr = (o) => `<coroutine object ${(o as PyGenerator).qualname} at ${fakeAddress(o)}>`;
  const gen = (o: PyObject): PyGenerator => o as PyGenerator;
  defMethod(t, 'send', (self, args) => {
    if (args.length !== 1) typeError(`coroutine.send() takes exactly one argument (${args.length} given)`);
    return genSendEx(gen(self), args[0] as PyObject, null, false);
  });
  defMethod(t, 'throw', (self, args) => {
    if (args.length < 1 || args.length > 3) typeError(`throw expected at least 1 argument, got ${args.length}`);
    return genThrow(gen(self), true, args[0] as PyObject, args[1] ?? null, args[2] ?? null);
  });
  defMethod(t, 'close', (self) => genClose(gen(self)));
  defMethod(t, '__await__', (self) => wrapperNew(gen(self)));
  defGetSet(t, 'cr_running', (o) => pyBool(gen(o).state === GenState.Executing));
  defGetSet(t, 'cr_suspended', (o) => pyBool(gen(o).state === GenState.Suspended || gen(o).state === GenState.SuspendedYieldFrom));
  defGetSet(t, 'cr_frame', (o) => {
    const g = gen(o);
    return g.frame === null || g.state >= GenState.Completed ? None : frameObject(g.frame);
  });
  defGetSet(t, 'cr_code', (o) => codeObject(gen(o).code));
  defGetSet(t, 'cr_await', (o) => {
    const g = gen(o);
    const f = g.frame;
    return newref(g.state === GenState.SuspendedYieldFrom && f !== null ? (f.stack[f.stack.length - 1] ?? None) : None);
  });
  defGetSet(t, '__name__', (o) => newStr(gen(o).name));
  defGetSet(t, '__qualname__', (o) => newStr(gen(o).qualname));
  coroType = t;
  return t;
}


export function kindOf(g: PyGenerator): 'generator' | 'coroutine' {
  return g.ob_type === GeneratorType ? 'generator' : 'coroutine';
}

// ---- the coroutine_wrapper __await__ returns -------------------------------------------------------

const WrapperType = makeStaticType('coroutine_wrapper', 'other', {
  flags: TPFLAGS_HAVE_GC,
  dealloc: (o) => {
    gcUntrack(o);
    decref((o as PyCoroWrapper).coro);
    gcFree(o);
  },
});

class PyCoroWrapper extends PyObject {
  constructor(readonly coro: PyGenerator) {
    super(WrapperType);
  }
}

function wrapperNew(g: PyGenerator): PyCoroWrapper {
  const w = new PyCoroWrapper(newref(g));
  recorder.alloc(w);
  gcTrack(w);
  return w;
}

WrapperType.tp_traverse = (o: PyObject, visit: Visit) => visit((o as PyCoroWrapper).coro);
WrapperType.tp_iter = (o) => newref(o);
WrapperType.tp_iternext = (o) => {
  const g = (o as PyCoroWrapper).coro;
  return genNext(g);
};
defMethod(WrapperType, 'send', (self, args) => {
  return genSendEx((self as PyCoroWrapper).coro, args[0] ?? None, null, false);
});
defMethod(WrapperType, 'throw', (self, args) => genThrow((self as PyCoroWrapper).coro, true, args[0] as PyObject, args[1] ?? null, args[2] ?? null));
defMethod(WrapperType, 'close', (self) => genClose((self as PyCoroWrapper).coro));

/** The coroutine behind a `yield from`/`await` receiver that SEND resumes directly, if any. */
export function awaitTarget(receiver: PyObject): PyGenerator | null {
  if (receiver instanceof PyGenerator) return receiver;
  if (receiver instanceof PyCoroWrapper) return receiver.coro;
  return null;
}

// ---- await --------------------------------------------------------------------------------------

/** GET_AWAITABLE (_PyEval_GetAwaitable): a new reference to what `await o` iterates. */
export function getAwaitable(o: PyObject): PyObject {
  if (o instanceof PyGenerator && o.ob_type !== GeneratorType) {
    if (o.state === GenState.SuspendedYieldFrom) raise(exc.RuntimeError, 'coroutine is being awaited already');
    return newref(o);
  }
  const getter = typeLookup(o.ob_type, '__await__');
  if (getter === null) typeError(`'${typeName(o)}' object can't be awaited`);
  const res = call(getter, [o]);
  if (res instanceof PyGenerator && res.ob_type !== GeneratorType) {
    decref(res);
    typeError('__await__() returned a coroutine');
  }
  if (res.ob_type.tp_iternext === null) {
    const t = typeName(res);
    decref(res);
    typeError(`__await__() returned non-iterator of type '${t}'`);
  }
  return res;
}

// ---- the "never awaited" warning ----------------------------------------------------------------

/**
 * _PyErr_WarnUnawaitedCoroutine through the warnings module's default filter: shown once per
 * location, with the line that released the coroutine, and the tracemalloc hint.
 */
export function warnUnawaited(g: PyGenerator): void {
  const f = ts.frame;
  const filename = f !== null ? f.code.filename : 'sys';
  const lineno = f !== null ? f.code.lineOf(f.lasti) : 1;
  const message = `coroutine '${g.qualname}' was never awaited`;
  const key = `${filename}:${lineno}:${message}`;
  if (ts.warned.has(key)) return;
  ts.warned.add(key);
  let text = `${filename}:${lineno}: RuntimeWarning: ${message}\n`;
  const line = sourceLine(filename, lineno);
  if (line !== null) text += `  ${line}\n`;
  text += 'RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n';
  writeToSys('stderr', text);
}
