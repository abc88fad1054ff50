/**
 * The modules of the `micropython` profile, as MicroPython 1.29's WebAssembly port has them:
 * `weakref` with only `ref` and `finalize`, `gc` without the CPython introspection (and
 * `gc.collect()` returning None), and no `atexit`. Under a CPython profile the registry's usual
 * modules are used; each entry here wraps the CPython one and picks by the run's profile.
 */
import type { PyObject } from '../runtime/object';
import { moduleNew, type PyModule } from '../runtime/module';
import { builtinFunction, type NativeFn } from '../runtime/builtin';
import { dictSetStr } from '../runtime/dict';
import { newInt } from '../runtime/int';
import { None } from '../runtime/singletons';
import { raise } from '../runtime/errors';
import { ImportError } from '../runtime/exceptions';
import { WeakrefType } from '../runtime/weakref';
import { mpCollect } from '../runtime/mp-gc';
import { semantics } from '../profile';
import { moduleRegistry } from './support';
import { loadPySource } from './pyimport';
import { addGcSwitches } from '../modules/sysgcweak';

/** MicroPython's finalize: alive, peek(), detach(), calling it; no atexit. Kept alive by `_live`
 * until it has run or been detached (MicroPython keeps it registered with the collector). */
const WEAKREF_SOURCE = `
class finalize:
    _live = []

    def __init__(self, obj, func, *args, **kwargs):
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self._ref = ref(obj, self)
        finalize._live.append(self)

    def _detach(self):
        for i, f in enumerate(finalize._live):
            if f is self:
                del finalize._live[i]
                return True
        return False

    def __call__(self, _=None):
        if self._detach():
            return self._func(*self._args, **self._kwargs)

    @property
    def alive(self):
        return any(f is self for f in finalize._live)

    def peek(self):
        obj = self._ref()
        if obj is not None and self.alive:
            return (obj, self._func, self._args, self._kwargs)

    def detach(self):
        info = self.peek()
        if info is not None:
            self._detach()
        return info
`;

function fn(m: PyModule, name: string, f: NativeFn): void {
  const b = builtinFunction(name, f);
  dictSetStr(m.md_dict, name, b);
}

function makeWeakref(): PyModule {
  return loadPySource('weakref', WEAKREF_SOURCE, 'micropython weakref', (m) => dictSetStr(m.md_dict, 'ref', WeakrefType));
}

function makeGc(): PyModule {
  const m = moduleNew('gc');
  fn(m, 'collect', () => {
    mpCollect();
    return None;
  });
  addGcSwitches(m);
  // The heap's size is the port's, not the engine's: a fixed answer keeps runs repeatable.
  fn(m, 'mem_alloc', () => newInt(0));
  fn(m, 'mem_free', () => newInt(0));
  fn(m, 'threshold', () => newInt(-1));
  return m;
}

function missing(name: string): () => PyObject {
  return () => raise(ImportError, `no module named '${name}'`);
}

const MICROPYTHON_MODULES: Record<string, () => PyObject> = {
  weakref: makeWeakref,
  gc: makeGc,
  atexit: missing('atexit'),
  _weakref: missing('_weakref'),
  _weakrefset: missing('_weakrefset'),
};

/** Wraps the registry's modules so that a micropython run gets MicroPython's. */
export function registerMicroPythonModules(): void {
  for (const [name, make] of Object.entries(MICROPYTHON_MODULES)) {
    const cpython = moduleRegistry.get(name);
    moduleRegistry.set(name, () => (semantics().cpython && cpython !== undefined ? cpython() : make()) as PyModule);
  }
}
