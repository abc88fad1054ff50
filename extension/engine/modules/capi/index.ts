/**
 * `capi`: Weakscope's own pseudo-module (not a CPython module) exposing the functions of the C
 * API page "Weak Reference Objects" plus Py_INCREF/Py_DECREF/Py_REFCNT, as a C extension would
 * use them, with CPython's semantics and error texts (Objects/weakrefobject.c). Ownership is
 * explicit: functions returning a new reference leave one owned by the "C code" (ledger.ts) that
 * Py_DECREF must release; PyWeakref_GetObject returns a capi.Borrowed (borrowed.ts). The module
 * follows the profile's CPython version (availability.ts) and does not exist under MicroPython.
 */
import { GC_FINALIZED, type PyObject } from '../../runtime/object';
import { moduleNew, type PyModule } from '../../runtime/module';
import { builtinFunction, checkArgs, type NativeFn } from '../../runtime/builtin';
import { dictSetStr } from '../../runtime/dict';
import { newInt } from '../../runtime/int';
import { None } from '../../runtime/singletons';
import { deallocNesting, decref, newref } from '../../runtime/heap';
import { newStr } from '../../runtime/str';
import { importModule, moduleRegistry } from '../../vm/support';
import { isSubtype } from '../../runtime/type';
import { call, getAttr } from '../../runtime/abstract';
import { PyWeakref, WeakrefType, clearWeakrefKeepCallback, clearWeakrefs, supportsWeakrefs, weakrefNew } from '../../runtime/weakref';
import { CallableProxyType, ProxyType, proxyNew } from '../../vm/weakrefmod';
import { tupleSteal } from '../../runtime/tuple';
import { Raised, raise, typeError } from '../../runtime/errors';
import { AttributeError, ModuleNotFoundError, newExceptionMsg } from '../../runtime/exceptions';
import { SystemError } from '../../runtime/exceptions-extra';
import { setImportErrorInfo } from '../../vm/objattrs';
import { currentProfile } from '../../profile';
import { ts } from '../../vm/state';
import { recorder, P_CLEAR_WEAKREFS_NO_CALLBACKS } from '../../trace/recorder';
import { BorrowedType, PyBorrowed, borrowedNew, unwrapArg } from './borrowed';
import { CAPI_FUNCTIONS, badInternalCall, deprecation, isAvailable, unavailableMessage } from './availability';
import { acquire, capiActivate, capiReportLeaks, programLine, release, warnDeprecated } from './ledger';
import { atexitCallbacks } from '../sysgcweak';

function isWeakref(o: PyObject): o is PyWeakref {
  return o instanceof PyWeakref;
}

function isProxy(o: PyObject): boolean {
  return o.ob_type === ProxyType || o.ob_type === CallableProxyType;
}

/** A callback argument: None stands for NULL. */
function callbackArg(o: PyObject | undefined): PyObject | null {
  return o === undefined || o === None ? null : unwrapArg(o);
}

/** Python code cannot be a tp_dealloc: an object's own __del__, run by its deallocation, stands for it. */
function inOwnDealloc(o: PyObject): boolean {
  if ((o.gc_flags & GC_FINALIZED) === 0) return false;
  for (let f = ts.frame; f !== null; f = f.previous) {
    if (f.code.name === '__del__' && f.localsplus[0] === o) return true;
  }
  return false;
}

const FUNCTIONS: Readonly<Record<string, { min: number; max: number; fn: (a: readonly PyObject[]) => PyObject }>> = {
  PyWeakref_Check: { min: 1, max: 1, fn: (a) => newInt(isWeakref(unwrapArg(a[0] as PyObject)) ? 1 : 0) },
  PyWeakref_CheckRef: { min: 1, max: 1, fn: (a) => newInt(isSubtype(unwrapArg(a[0] as PyObject).ob_type, WeakrefType) ? 1 : 0) },
  PyWeakref_CheckProxy: { min: 1, max: 1, fn: (a) => newInt(isProxy(unwrapArg(a[0] as PyObject)) ? 1 : 0) },
  PyWeakref_NewRef: {
    min: 1, max: 2, fn: (a) => {
      const r = weakrefNew(WeakrefType, unwrapArg(a[0] as PyObject), callbackArg(a[1]));
      // The new reference is the C code's; Python gets one more (the value returned).
      acquire(r, 'PyWeakref_NewRef');
      return r;
    },
  },
  PyWeakref_NewProxy: {
    min: 1, max: 2, fn: (a) => {
      const p = proxyNew(unwrapArg(a[0] as PyObject), callbackArg(a[1]));
      acquire(p, 'PyWeakref_NewProxy');
      return p;
    },
  },
  PyWeakref_GetRef: {
    min: 1, max: 1, fn: (a) => {
      const ref = unwrapArg(a[0] as PyObject);
      if (!isWeakref(ref)) typeError('expected a weakref');
      const obj = ref.wr_object;
      if (obj === null || obj.ob_refcnt === 0) return tupleSteal([newInt(0), newref(None)]);
      acquire(obj, 'PyWeakref_GetRef');
      return tupleSteal([newInt(1), newref(obj)]);
    },
  },
  PyWeakref_GetObject: {
    min: 1, max: 1, fn: (a) => {
      warnIfDeprecated('PyWeakref_GetObject');
      const ref = unwrapArg(a[0] as PyObject);
      if (!isWeakref(ref)) raise(SystemError, badInternalCall('getObject'));
      return getObject(ref, 'PyWeakref_GetObject');
    },
  },
  PyWeakref_GET_OBJECT: {
    min: 1, max: 1, fn: (a) => {
      warnIfDeprecated('PyWeakref_GET_OBJECT');
      const ref = unwrapArg(a[0] as PyObject);
      if (!isWeakref(ref)) {
        raise(SystemError, `capi: PyWeakref_GET_OBJECT on a '${ref.ob_type.tp_name}' object, which is not a weak reference: the macro does no checking (undefined behaviour in C)`);
      }
      return getObject(ref, 'PyWeakref_GET_OBJECT');
    },
  },
  PyWeakref_IsDead: {
    min: 1, max: 1, fn: (a) => {
      const ref = unwrapArg(a[0] as PyObject);
      if (!isWeakref(ref)) typeError(`expected a weakref, got ${ref.ob_type.tp_name}`);
      return newInt(ref.wr_object === null || ref.wr_object.ob_refcnt === 0 ? 1 : 0);
    },
  },
  PyObject_ClearWeakRefs: {
    min: 1, max: 1, fn: (a) => {
      const o = unwrapArg(a[0] as PyObject);
      // CPython requires a refcount of 0, i.e. a call from the object's tp_dealloc.
      if (!supportsWeakrefs(o) || !inOwnDealloc(o)) raise(SystemError, badInternalCall('clearWeakRefs'));
      clearWeakrefs(o);
      return newref(None);
    },
  },
  PyUnstable_Object_ClearWeakRefsNoCallbacks: {
    min: 1, max: 1, fn: (a) => {
      const o = unwrapArg(a[0] as PyObject);
      if (supportsWeakrefs(o) && o.ob_weaklist !== null) {
        if (recorder.on) recorder.phase(o, P_CLEAR_WEAKREFS_NO_CALLBACKS, deallocNesting());
        // _PyWeakref_ClearRef on each: the callbacks stay with their (now dead) weakrefs, uncalled.
        while (o.ob_weaklist !== null) clearWeakrefKeepCallback(o.ob_weaklist);
      }
      return newref(None);
    },
  },
  Py_INCREF: {
    min: 1, max: 1, fn: (a) => {
      acquire(unwrapArg(a[0] as PyObject), 'Py_INCREF');
      return newref(None);
    },
  },
  Py_DECREF: {
    min: 1, max: 1, fn: (a) => {
      const arg = a[0] as PyObject;
      const o = unwrapArg(arg);
      release(o, arg instanceof PyBorrowed ? arg.record : null, o.ob_type.tp_name);
      return newref(None);
    },
  },
  Py_REFCNT: {
    min: 1, max: 1, fn: (a) => {
      // What sys.getrefcount reports (the profile's immortal value, 3.14's uncounted stack
      // loads left out): a plain argument counts the reference the call's argument holds, as
      // there; a borrowed one is the referent's own count, as C code would read it.
      const sys = importModule('sys');
      const getrefcount = getAttr(sys, 'getrefcount');
      decref(sys);
      try {
        return call(getrefcount, [unwrapArg(a[0] as PyObject)]);
      } finally {
        decref(getrefcount);
      }
    },
  },
};

/** A compiler warns about the call site whatever the call then does. */
function warnIfDeprecated(fn: string): void {
  const d = deprecation(fn);
  if (d !== null) warnDeprecated(fn, d.since, d.instead);
}

function getObject(ref: PyWeakref, fn: string): PyObject {
  const obj = ref.wr_object;
  // A dead reference gives Py_None (immortal: borrowing it is safe).
  if (obj === null || obj.ob_refcnt === 0) return newref(None);
  return borrowedNew(obj, fn, programLine());
}

function wrap(name: string, spec: { min: number; max: number; fn: (a: readonly PyObject[]) => PyObject }): NativeFn {
  return (_self, args, kwnames) => {
    checkArgs(name, args, kwnames, spec.min, spec.max);
    const result = spec.fn(args);
    if (recorder.on) recorder.capiCall(args[0] ?? null, name, result);
    return result;
  };
}

function makeCapi(): PyModule {
  const profile = currentProfile();
  if (profile.implementation !== 'cpython') {
    const x = newExceptionMsg(ModuleNotFoundError,
      `No module named 'capi' (Weakscope's capi lens models CPython's C API; ${profile.label} has no such API)`);
    setImportErrorInfo(x, 'capi', null);
    throw new Raised(x);
  }
  capiActivate();
  // Leaks are reported at exit: an atexit callback registered at import (so it runs after the
  // program's own ones), while sys.stderr still works.
  atexitCallbacks.push({ fn: builtinFunction('_report_leaks', () => {
    capiReportLeaks();
    return newref(None);
  }), args: [], kwnames: null });
  const m = moduleNew('capi');
  const doc = 'Weakscope\'s C-API lens (not a CPython module): the "Weak Reference Objects" functions of the C API.';
  for (const [name, spec] of Object.entries(FUNCTIONS)) {
    if (isAvailable(name)) dictSetStr(m.md_dict, name, builtinFunction(name, wrap(name, spec)));
  }
  dictSetStr(m.md_dict, 'Borrowed', BorrowedType);
  // Functions of other versions are known by name: using one is the toolchain's error.
  dictSetStr(m.md_dict, '__getattr__', builtinFunction('__getattr__', (_s, args) => {
    const name = (args[0] as PyObject & { value: string }).value;
    if (name in CAPI_FUNCTIONS) raise(AttributeError, unavailableMessage(name));
    return raise(AttributeError, `module 'capi' has no attribute '${name}'`);
  }));
  const docStr = newStr(doc);
  dictSetStr(m.md_dict, '__doc__', docStr);
  decref(docStr);
  return m;
}

/** Registers `capi` with the import system. */
export function registerCapi(): void {
  moduleRegistry.set('capi', makeCapi);
}
