/** The sys, gc, weakref/_weakref and atexit modules (the parts lifetime programs use). */
import { cpythonAtLeast, currentProfile } from '../profile';
import type { PyObject } from '../runtime/object';
import { moduleNew, type PyModule } from '../runtime/module';
import { builtinFunction, checkArgs, type NativeFn } from '../runtime/builtin';
import { dictSetStr } from '../runtime/dict';
import { newInt, pyBool, PyInt } from '../runtime/int';
import { None } from '../runtime/singletons';
import { IMMORTAL_REPORTED_REFCNT } from '../runtime/type';
import { isImmortal, gcState, decref, newref } from '../runtime/heap';
import { collectAll } from '../runtime/gc';
import { WeakrefType, weakrefCount, weakrefList } from '../runtime/weakref';
import { listSteal } from '../runtime/list';
import { tupleSteal } from '../runtime/tuple';
import { raise } from '../runtime/errors';
import { SystemExit } from '../runtime/exceptions';
import { ts } from '../vm/state';
import { borrowedRefs } from '../vm/borrowed';
import { newStr } from '../runtime/str';
import { setStderrObject } from './builtins';
import { moduleRegistry } from '../vm/support';
import { splitKwargs } from '../runtime/builtin';
import { extendSys } from '../vm/sysmod';
import { extendAtexit } from '../vm/shutdown';
import { extendGc } from '../vm/gcmod';
import { extendWeakrefModule } from '../vm/weakrefmod';
import { registerPyModules } from '../vm/pyimport';
import { registerMicroPythonModules } from '../vm/micropython';
import { registerCapi } from './capi/index';

function fn(m: PyModule, name: string, f: NativeFn): void {
  dictSetStr(m.md_dict, name, builtinFunction(name, f));
}

/** Callables registered with atexit, run in reverse order at shutdown. */
export const atexitCallbacks: { fn: PyObject; args: PyObject[]; kwnames: string[] | null }[] = [];

function makeSys(): PyModule {
  const m = moduleNew('sys');
  // Borrowed stack references (LOAD_FAST_BORROW) are new in 3.14; before, every load was counted.
  const borrows = cpythonAtLeast(14);
  // 64-bit 3.12 and 3.13 reported UINT_MAX for immortals (3.11 had none: its counts of None or 0
  // depend on the whole interpreter, so the engine shows 3.12's there too).
  const immortalCount = borrows ? IMMORTAL_REPORTED_REFCNT : 4294967295;
  fn(m, 'getrefcount', (_s, a, k) => {
    checkArgs('getrefcount', a, k, 1, 1);
    const o = a[0] as PyObject;
    return newInt(isImmortal(o) ? immortalCount : o.ob_refcnt - (borrows ? borrowedRefs(o) : 0));
  });
  fn(m, 'exit', (_s, a) => raise(SystemExit, null, a[0] ?? null));
  fn(m, 'getrecursionlimit', () => newInt(ts.recursionLimit));
  fn(m, 'setrecursionlimit', (_s, a) => {
    ts.recursionLimit = Number((a[0] as PyInt).value);
    return None;
  });
  fn(m, 'exc_info', () => {
    const e = ts.excValue;
    if (e === None) return tupleSteal([newref(None), newref(None), newref(None)]);
    return tupleSteal([newref(e.ob_type), newref(e), newref((e as PyObject & { traceback: PyObject | null }).traceback ?? None)]);
  });
  fn(m, 'exception', () => newref(ts.excValue));
  const stdout = moduleNew('stdout');
  const stderr = moduleNew('stderr');
  setStderrObject(stderr);
  dictSetStr(m.md_dict, 'stdout', stdout);
  dictSetStr(m.md_dict, 'stderr', stderr);
  decref(stdout);
  decref(stderr);
  fn(stdout, 'write', (_s, a) => {
    const s = (a[0] as PyObject & { value: string }).value;
    ts.stdout(s);
    return newInt(s.length);
  });
  fn(stderr, 'write', (_s, a) => {
    const s = (a[0] as PyObject & { value: string }).value;
    ts.stderr(s);
    return newInt(s.length);
  });
  fn(stdout, 'flush', () => None);
  fn(stderr, 'flush', () => None);
  // The profile's version (a tuple stands in for the version_info struct sequence: it compares,
  // indexes and unpacks the same).
  const [major, minor] = currentProfile().version;
  const v = newStr(`${major}.${minor}.0 (weakscope engine, ${currentProfile().label})`);
  dictSetStr(m.md_dict, 'version', v);
  decref(v);
  const info = tupleSteal([newInt(major), newInt(minor), newInt(0), newStr('final'), newInt(0)]);
  dictSetStr(m.md_dict, 'version_info', info);
  decref(info);
  extendSys(m);
  return m;
}

/** gc.enable(), gc.disable(), gc.isenabled(): MicroPython's gc has them too (vm/micropython.ts). */
export function addGcSwitches(m: PyModule): void {
  fn(m, 'enable', () => {
    gcState.enabled = true;
    return None;
  });
  fn(m, 'disable', () => {
    gcState.enabled = false;
    return None;
  });
  fn(m, 'isenabled', () => pyBool(gcState.enabled));
}

function makeGc(): PyModule {
  const m = moduleNew('gc');
  fn(m, 'collect', () => newInt(collectAll()));
  addGcSwitches(m);
  fn(m, 'get_threshold', () => tupleSteal([newInt(gcState.threshold0), newInt(10), newInt(0)]));
  fn(m, 'get_count', () => tupleSteal([newInt(gcState.youngCount), newInt(0), newInt(0)]));
  fn(m, 'is_tracked', (_s, a) => pyBool(((a[0] as PyObject).gc_flags & 1) !== 0));
  fn(m, 'is_finalized', (_s, a) => pyBool(((a[0] as PyObject).gc_flags & 2) !== 0));
  extendGc(m);
  return m;
}

function makeWeakref(name: string): PyModule {
  const m = moduleNew(name);
  dictSetStr(m.md_dict, 'ref', WeakrefType);
  dictSetStr(m.md_dict, 'ReferenceType', WeakrefType);
  fn(m, 'getweakrefcount', (_s, a) => newInt(weakrefCount(a[0] as PyObject)));
  fn(m, 'getweakrefs', (_s, a) => listSteal(weakrefList(a[0] as PyObject).map((r) => newref(r))));
  extendWeakrefModule(m);
  return m;
}

// ref's __new__/__init__ and the rest of _weakref: vm/weakrefmod.ts.

function makeAtexit(): PyModule {
  const m = moduleNew('atexit');
  fn(m, 'register', (_s, args, kwnames) => {
    const { pos, kw } = splitKwargs(args, kwnames);
    const f = pos[0] as PyObject;
    const rest = [...pos.slice(1), ...kw.values()].map((x) => newref(x));
    atexitCallbacks.push({ fn: newref(f), args: rest, kwnames: kw.size ? [...kw.keys()] : null });
    return newref(f);
  });
  extendAtexit(m);
  return m;
}

export function registerModules(): void {
  moduleRegistry.set('sys', makeSys);
  moduleRegistry.set('gc', makeGc);
  moduleRegistry.set('weakref', () => makeWeakref('weakref'));
  moduleRegistry.set('_weakref', () => makeWeakref('_weakref'));
  moduleRegistry.set('atexit', makeAtexit);
  // Weakscope's own C-API lens (modules/capi/).
  registerCapi();
  // weakref and _weakrefset are written in Python (modules/py/).
  registerPyModules();
  // The micropython profile's own weakref, gc and missing modules (vm/micropython.ts).
  registerMicroPythonModules();
}
