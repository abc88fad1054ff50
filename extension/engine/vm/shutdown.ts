/**
 * Interpreter shutdown in CPython 3.14's order (Py_FinalizeEx / finalize_modules), as far as
 * object lifetimes show it:
 *   1. atexit callbacks, newest first, each failure reported as unraisable; callbacks registered
 *      meanwhile do not run; then the callback list is cleared (last registered first);
 *   2. a full collection while everything is still reachable (it reorders the collector's list:
 *      objects a container reaches are moved behind it, which fixes the order of step 5);
 *   3. sys.last_exc & co. are dropped (an uncaught exception and its frames die here), and
 *      sys.stdout/sys.stderr are restored from sys.__stdout__/__stderr__;
 *   4. the modules are removed from sys.modules (index.ts); 5. the final collection;
 *   6. modules still alive get their namespaces wiped (underscore names first), newest first;
 *   7. sys's own namespace is wiped last, when nothing can be printed any more.
 */
import type { PyObject } from '../runtime/object';
import { decref, incref } from '../runtime/heap';
import { None } from '../runtime/singletons';
import { PyStr } from '../runtime/str';
import { dictGetStr, dictSetStr, type PyDict } from '../runtime/dict';
import { call, richCompareBool } from '../runtime/abstract';
import { builtinFunction } from '../runtime/builtin';
import { newInt } from '../runtime/int';
import { PY_EQ } from '../runtime/ops';
import { Raised } from '../runtime/errors';
import { writeUnraisable } from '../runtime/unraisable';
import type { PyModule } from '../runtime/module';
import { atexitCallbacks } from '../modules/sysgcweak';
import { ts } from './state';
import { loadedModules } from './support';
import { recorder, L_VALUE } from '../trace/recorder';

/** atexit_callfuncs: callbacks present when shutdown starts, newest first; then the list is cleared. */
export function runAtexitCallbacks(): void {
  const copy = [...atexitCallbacks];
  for (let i = copy.length - 1; i >= 0; i--) {
    const cb = copy[i] as (typeof atexitCallbacks)[number];
    try {
      decref(call(cb.fn, cb.args, cb.kwnames));
    } catch (e) {
      writeUnraisable(e, 'Exception ignored in atexit callback', cb.fn);
    }
  }
  const all = atexitCallbacks.splice(0, atexitCallbacks.length);
  for (let i = all.length - 1; i >= 0; i--) {
    const cb = all[i] as (typeof atexitCallbacks)[number];
    for (let j = cb.args.length - 1; j >= 0; j--) decref(cb.args[j] as PyObject);
    decref(cb.fn);
  }
}

function sysDict(): PyDict | null {
  return loadedModules().get('sys')?.md_dict ?? null;
}

/** finalize_modules_delete_special. */
export function deleteSysSpecials(): void {
  const d = sysDict();
  if (d === null) return;
  for (const name of ['path', 'argv', 'ps1', 'ps2', 'last_exc', 'last_type', 'last_value', 'last_traceback', '__interactivehook__']) {
    if (dictGetStr(d, name) !== null) dictSetStr(d, name, None);
  }
  for (const name of ['stdin', 'stdout', 'stderr']) {
    const orig = dictGetStr(d, `__${name}__`);
    if (orig !== null && dictGetStr(d, name) !== null) dictSetStr(d, name, orig);
  }
}

/** _PyModule_ClearDict: names with a single leading underscore first, then all but __builtins__. */
export function clearModuleDict(d: PyDict): void {
  const pass = (keep: (name: string) => boolean): void => {
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      const v = d.values[i];
      if (!(k instanceof PyStr) || v === null || v === undefined || v === None) continue;
      if (keep(k.value)) continue;
      dictSetStr(d, k.value, None);
    }
  };
  pass((n) => !(n[0] === '_' && n[1] !== '_'));
  pass((n) => n === '__builtins__');
}

/**
 * The modules sys.modules held, oldest first, are being released by the caller; those that a
 * reference elsewhere kept alive through the final collection are wiped newest first.
 */
export function wipeSurvivingModules(mods: readonly PyModule[]): void {
  for (let i = mods.length - 1; i >= 0; i--) {
    const m = mods[i] as PyModule;
    if (m.ob_refcnt <= 0 || m.md_name === 'sys') continue;
    incref(m);
    clearModuleDict(m.md_dict);
    decref(m);
  }
}

/**
 * finalize_clear_sys_builtins_dict, for sys: the last user objects sys held die here, with the
 * standard streams already gone (nothing they print or raise is shown). Releases sys.
 */
export function wipeSys(): void {
  const m = loadedModules().get('sys');
  if (m === undefined) return;
  loadedModules().delete('sys');
  if (recorder.on) recorder.rootEdge(m, L_VALUE, "'sys'", false);
  const out = ts.stdout;
  const err = ts.stderr;
  ts.stdout = () => undefined;
  ts.stderr = () => undefined;
  try {
    clearModuleDict(m.md_dict);
    decref(m);
  } catch (e) {
    if (!(e instanceof Raised)) throw e;
    decref(e.exc);
  } finally {
    ts.stdout = out;
    ts.stderr = err;
  }
}

/** atexit.unregister, _clear, _ncallbacks and _run_exitfuncs. */
export function extendAtexit(m: PyModule): void {
  const def = (name: string, f: Parameters<typeof builtinFunction>[1]): void => dictSetStr(m.md_dict, name, builtinFunction(name, f));
  def('unregister', (_s, a) => {
    const func = a[0] as PyObject;
    for (let i = 0; i < atexitCallbacks.length; i++) {
      const cb = atexitCallbacks[i] as (typeof atexitCallbacks)[number];
      if (!richCompareBool(func, cb.fn, PY_EQ)) continue;
      atexitCallbacks.splice(i, 1);
      i--;
      for (let j = cb.args.length - 1; j >= 0; j--) decref(cb.args[j] as PyObject);
      decref(cb.fn);
    }
    return None;
  });
  def('_clear', () => {
    const all = atexitCallbacks.splice(0, atexitCallbacks.length);
    for (let i = all.length - 1; i >= 0; i--) {
      const cb = all[i] as (typeof atexitCallbacks)[number];
      for (let j = cb.args.length - 1; j >= 0; j--) decref(cb.args[j] as PyObject);
      decref(cb.fn);
    }
    return None;
  });
  def('_ncallbacks', () => newInt(atexitCallbacks.length));
  def('_run_exitfuncs', () => {
    runAtexitCallbacks();
    return None;
  });
}
