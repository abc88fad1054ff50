/** Helpers of the evaluation loop that are not opcodes: formatting, exception matching, imports. */
import type { PyObject } from '../runtime/object';
import { PyType, isSubtype } from '../runtime/type';
import { PyTuple } from '../runtime/tuple';
import { typeError, Raised } from '../runtime/errors';
import { BaseException, ModuleNotFoundError, newExceptionMsg } from '../runtime/exceptions';
import { setImportErrorInfo } from './objattrs';
import type { PyStr } from '../runtime/str';
import { formatObject } from '../runtime/format-spec';
import { newref } from '../runtime/heap';
import type { PyDict } from '../runtime/dict';
import type { PyModule } from '../runtime/module';
import { recorder, L_VALUE } from '../trace/recorder';

export function isExceptionMatch(exc: PyObject, t: PyObject): boolean {
  if (t instanceof PyTuple) return t.items.some((x) => isExceptionMatch(exc, x));
  if (!(t instanceof PyType) || !isSubtype(t, BaseException)) {
    typeError('catching classes that do not inherit from BaseException is not allowed');
  }
  return isSubtype(exc.ob_type, t);
}

/** format(v, spec): the format-spec mini-language lives in runtime/format-spec.ts. */
export function formatValue(v: PyObject, spec: string): PyStr {
  return formatObject(v, spec);
}

/** The modules `import` can find; filled in by index.ts. */
export const moduleRegistry = new Map<string, () => PyModule>();
const loaded = new Map<string, PyModule>();
let builtins: PyDict | null = null;

export function setBuiltinsDict(d: PyDict): void {
  builtins = d;
}

export function builtinsDict(): PyDict {
  return builtins as PyDict;
}

export function resetModules(): void {
  loaded.clear();
}

export function loadedModules(): Map<string, PyModule> {
  return loaded;
}

export function importModule(name: string): PyObject {
  let m = loaded.get(name);
  if (m === undefined) {
    const make = moduleRegistry.get(name);
    if (make === undefined) {
      const x = newExceptionMsg(ModuleNotFoundError, `No module named '${name}'`);
      setImportErrorInfo(x, name, null);
      throw new Raised(x);
    }
    m = make();
    loaded.set(name, m);
    // sys.modules holds it: a reference from the interpreter in the trace.
    if (recorder.on) recorder.rootEdge(m, L_VALUE, `'${name}'`, true);
  }
  return newref(m);
}
