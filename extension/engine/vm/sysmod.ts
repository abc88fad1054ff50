/**
 * The parts of `sys` that decide where output and unraisable exceptions go, as CPython 3.14 does:
 * sys.stdout/sys.stderr may be replaced by any object with write() (print and every report use
 * whatever they are at that moment, nothing when they are None); sys.unraisablehook receives an
 * UnraisableHookArgs for exceptions in __del__, weakref callbacks, closing generators, atexit
 * callbacks; sys.excepthook reports an uncaught exception, which sys.last_exc keeps alive until
 * the interpreter shuts down. Also exc_info/exception (the innermost handled exception, across
 * generators), _getframe and intern.
 */
import { PyObject } from '../runtime/object';
import { makeStaticType, TPFLAGS_HAVE_GC, type PyType } from '../runtime/type';
import { decref, gcFree, gcTrack, gcUntrack, newref, xdecref } from '../runtime/heap';
import { None } from '../runtime/singletons';
import { PyStr, newStr, intern } from '../runtime/str';
import { PyInt } from '../runtime/int';
import { tupleSteal } from '../runtime/tuple';
import { dictGetStr, dictSetStr } from '../runtime/dict';
import { builtinFunction, checkArgs, defGetSet, type NativeFn } from '../runtime/builtin';
import { call, getAttrOrNull, pyRepr, pyStr, typeName } from '../runtime/abstract';
import { Raised, raise, typeError } from '../runtime/errors';
import * as exc from '../runtime/exceptions';
import { PyBaseException } from '../runtime/exceptions';
import type { PyModule } from '../runtime/module';
import { recorder } from '../trace/recorder';
import { ts, topmostException } from './state';
import { loadedModules, moduleRegistry } from './support';
import { formatException, formatUnraisable } from './tbformat';
import { tracebackForUnraisable } from './excinfo';
import { frameObject } from './objattrs';
import type { Frame } from './frame';

// ---- streams ------------------------------------------------------------------------------------

/** The objects sys.stdout and sys.stderr start as (their write() goes to the run's output). */
// Weak: each run makes a new sys module with new stream objects, and the old ones must be able to go.
const nativeStreams = new WeakMap<PyObject, (s: string) => void>();

function sysModule(): PyModule | null {
  return loadedModules().get('sys') ?? null;
}

/** sys.NAME as it is now: null when sys has no such attribute (a new reference otherwise). */
function sysAttr(name: string): PyObject | null {
  const m = sysModule();
  if (m === null) return null;
  const v = dictGetStr(m.md_dict, name);
  return v === null ? null : newref(v);
}

/** Writes to a file object: the run's own streams directly, anything else through write(). */
export function writeTo(file: PyObject, text: string): void {
  const native = nativeStreams.get(file);
  if (native !== undefined) {
    native(text);
    return;
  }
  const write = getAttrOrNull(file, 'write');
  if (write === null) raise(exc.AttributeError, `'${typeName(file)}' object has no attribute 'write'`);
  const s = newStr(text);
  try {
    decref(call(write, [s]));
  } finally {
    decref(s);
    decref(write);
  }
}

/**
 * Writes to sys.stdout or sys.stderr as they are now. Returns false when that stream is None
 * (output is dropped, as print() does); a missing sys module means the run's own streams.
 */
export function writeToSys(which: 'stdout' | 'stderr', text: string): void {
  const m = sysModule();
  if (m === null) {
    (which === 'stdout' ? ts.stdout : ts.stderr)(text);
    return;
  }
  const f = sysAttr(which);
  if (f === null) raise(exc.RuntimeError, `lost sys.${which}`);
  try {
    if (f !== None) writeTo(f, text);
  } finally {
    decref(f);
  }
}

/** print()'s output: each piece is a separate write() call, as CPython makes them. */
export function printPieces(file: PyObject, pieces: readonly string[]): void {
  let target: PyObject;
  if (file === None) {
    const m = sysModule();
    if (m === null) {
      ts.stdout(pieces.join(''));
      return;
    }
    const f = sysAttr('stdout');
    if (f === null) raise(exc.RuntimeError, 'lost sys.stdout');
    if (f === None) return;
    target = f;
  } else target = newref(file);
  try {
    if (nativeStreams.has(target)) writeTo(target, pieces.join(''));
    else for (const p of pieces) writeTo(target, p);
  } finally {
    decref(target);
  }
}

// ---- unraisable exceptions ------------------------------------------------------------------------

const HookArgsType = makeStaticType('UnraisableHookArgs', 'other', {
  flags: TPFLAGS_HAVE_GC,
  dealloc: (o) => {
    gcUntrack(o);
    const a = o as PyHookArgs;
    for (const v of a.items) decref(v);
    gcFree(o);
  },
});
HookArgsType.qualname = 'UnraisableHookArgs';
HookArgsType.module = 'sys';

class PyHookArgs extends PyObject {
  /** exc_type, exc_value, exc_traceback, err_msg, object (owned). */
  constructor(readonly items: PyObject[]) {
    super(HookArgsType);
  }
}

const FIELDS = ['exc_type', 'exc_value', 'exc_traceback', 'err_msg', 'object'] as const;
FIELDS.forEach((name, i) => defGetSet(HookArgsType, name, (o) => newref((o as PyHookArgs).items[i] as PyObject)));
HookArgsType.tp_traverse = (o, visit) => {
  for (const v of (o as PyHookArgs).items) visit(v);
};
HookArgsType.tp_repr = (o) => `UnraisableHookArgs(${FIELDS.map((f, i) => `${f}=${pyRepr((o as PyHookArgs).items[i] as PyObject)}`).join(', ')})`;

/** The default hook's text: "MSG:" (or "MSG: OBJ") then the exception as traceback prints it. */
function writeUnraisableDefault(x: PyBaseException, msg: string | null, obj: PyObject | null): void {
  const file = sysModule() === null ? null : sysAttr('stderr');
  if (file === None) {
    decref(file);
    return;
  }
  let text = '';
  if (obj !== null && obj !== None) {
    let r: string;
    try {
      r = pyRepr(obj);
    } catch (e) {
      if (!(e instanceof Raised)) throw e;
      decref(e.exc);
      r = '<object repr() failed>';
    }
    text += `${msg ?? 'Exception ignored in'}: ${r}\n`;
  } else if (msg !== null) text += `${msg}:\n`;
  text += formatUnraisable(x);
  try {
    if (file === null) ts.stderr(text);
    else writeTo(file, text);
  } catch (e) {
    if (!(e instanceof Raised)) throw e;
    decref(e.exc);
  } finally {
    xdecref(file);
  }
}

/** format_unraisable_v: the exception (a reference handed over) goes to sys.unraisablehook. */
export function reportUnraisable(x: PyBaseException, msg: string | null, obj: PyObject | null): void {
  tracebackForUnraisable(x);
  const hook = sysAttr('unraisablehook');
  if (hook === null || hook === None || hook === defaultUnraisableHook) {
    xdecref(hook);
    writeUnraisableDefault(x, msg, obj);
    return;
  }
  const args = new PyHookArgs([
    newref(x.ob_type), newref(x), newref(x.traceback ?? None), msg === null ? newref(None) : newStr(msg), newref(obj ?? None),
  ]);
  recorder.alloc(args);
  gcTrack(args);
  try {
    decref(call(hook, [args]));
  } catch (e) {
    if (!(e instanceof Raised)) throw e;
    tracebackForUnraisable(e.exc);
    writeUnraisableDefault(e.exc, 'Exception ignored in sys.unraisablehook', hook);
    decref(e.exc);
  } finally {
    decref(args);
    decref(hook);
  }
}

const defaultUnraisableHook = builtinFunction('unraisablehook', (_s, a) => {
  const args = a[0];
  if (!(args instanceof PyHookArgs)) typeError('sys.unraisablehook argument type must be UnraisableHookArgs');
  const [, value, , msg, obj] = args.items;
  if (value instanceof PyBaseException) writeUnraisableDefault(value, msg instanceof PyStr ? msg.value : null, obj ?? null);
  return None;
});

// ---- uncaught exceptions ------------------------------------------------------------------------

const defaultExceptHook = builtinFunction('excepthook', (_s, a, k) => {
  checkArgs('excepthook', a, k, 3, 3);
  const value = a[1];
  if (value instanceof PyBaseException) writeToSys('stderr', formatException(value));
  return None;
});

/**
 * PyErr_Print for the exception that ended the program: sys.last_exc and friends keep it (and
 * the frames of its traceback) alive until shutdown; sys.excepthook reports it. Returns the exit
 * status (SystemExit's code, or 1). The reference to `x` is handed over.
 */
export function reportUncaught(x: PyBaseException): number {
  const m = importSys();
  const set = (name: string, v: PyObject): void => dictSetStr(m.md_dict, name, v);
  set('last_exc', x);
  set('last_type', x.ob_type);
  set('last_value', x);
  set('last_traceback', x.traceback ?? None);
  decref(m);
  if (isSystemExit(x)) {
    const status = systemExitStatus(x);
    decref(x);
    return status;
  }
  const hook = sysAttr('excepthook');
  try {
    if (hook === null || hook === None) writeToSysQuiet(`sys.excepthook is missing\n${formatException(x)}`);
    else decref(call(hook, [x.ob_type, x, x.traceback ?? None]));
  } catch (e) {
    if (!(e instanceof Raised)) throw e;
    writeToSysQuiet(`Error in sys.excepthook:\n${formatException(e.exc)}\nOriginal exception was:\n${formatException(x)}`);
    decref(e.exc);
  } finally {
    xdecref(hook);
    decref(x);
  }
  return 1;
}

function isSystemExit(x: PyBaseException): boolean {
  return x.ob_type.tp_mro.includes(exc.SystemExit);
}

/** python FILE.py's exit status for SystemExit (its message printed when it is not an int). */
function systemExitStatus(x: PyBaseException): number {
  const items = x.args.items;
  const code = items.length === 0 ? None : items.length === 1 ? (items[0] as PyObject) : x.args;
  if (code === None) return 0;
  if (code instanceof PyInt) return Number(BigInt.asUintN(8, BigInt(code.value)));
  writeToSysQuiet(pyStr(code) + '\n');
  return 1;
}

function writeToSysQuiet(text: string): void {
  try {
    writeToSys('stderr', text);
  } catch (e) {
    if (!(e instanceof Raised)) throw e;
    decref(e.exc);
  }
}

/** The sys module, imported if the program has not (CPython's always exists); a new reference. */
function importSys(): PyModule {
  const m = sysModule();
  if (m !== null) return newref(m);
  const made = (moduleRegistry.get('sys') as () => PyModule)();
  loadedModules().set('sys', made);
  return newref(made);
}

// ---- installing --------------------------------------------------------------------------------

function fn(m: PyModule, name: string, f: NativeFn): void {
  dictSetStr(m.md_dict, name, builtinFunction(name, f));
}

/** Adds this module's functions to a new `sys` module (called by its factory). */
export function extendSys(m: PyModule): void {
  const d = m.md_dict;
  const stdout = dictGetStr(d, 'stdout');
  const stderr = dictGetStr(d, 'stderr');
  if (stdout !== null) {
    nativeStreams.set(stdout, (s) => ts.stdout(s));
    dictSetStr(d, '__stdout__', stdout);
  }
  if (stderr !== null) {
    nativeStreams.set(stderr, (s) => ts.stderr(s));
    dictSetStr(d, '__stderr__', stderr);
  }
  dictSetStr(d, 'unraisablehook', defaultUnraisableHook);
  dictSetStr(d, '__unraisablehook__', defaultUnraisableHook);
  dictSetStr(d, 'excepthook', defaultExceptHook);
  dictSetStr(d, '__excepthook__', defaultExceptHook);
  dictSetStr(d, 'UnraisableHookArgs', HookArgsType as PyType);
  fn(m, 'exc_info', () => {
    const e = topmostException();
    if (e === None) return tupleSteal([None, None, None]);
    return tupleSteal([newref(e.ob_type), newref(e), newref((e as PyBaseException).traceback ?? None)]);
  });
  fn(m, 'exception', () => newref(topmostException()));
  fn(m, '_getframe', (_s, a) => {
    let depth = a.length === 0 ? 0 : Number((a[0] as PyInt).value);
    let f: Frame | null = ts.frame;
    while (depth > 0 && f !== null) {
      f = f.previous;
      depth--;
    }
    if (f === null) raise(exc.ValueError, 'call stack is not deep enough');
    return frameObject(f);
  });
  fn(m, 'intern', (_s, a, k) => {
    checkArgs('intern', a, k, 1, 1);
    const s = a[0] as PyObject;
    if (s.ob_type.tp_name !== 'str') typeError(`intern() argument must be str, not ${typeName(s)}`);
    return intern((s as PyStr).value);
  });
}
