/**
 * Importing the engine's modules written in Python (modules/py/: weakref, _weakrefset). Each is
 * compiled once per process with the file name "<frozen NAME>" (tracebacks show such frames as
 * CPython shows its frozen stdlib: no source line) and executed at its first import in a fresh
 * module registered in sys.modules before its code runs, as the import system does.
 */
import { compileCheck } from '../frontend';
import { compileModule } from '../compile/compiler';
import type { Code } from '../compile/code';
import { moduleNew, type PyModule } from '../runtime/module';
import { decref } from '../runtime/heap';
import { dictSetStr } from '../runtime/dict';
import { EngineError } from '../runtime/errors';
import { PY_MODULE_SOURCES } from '../modules/py-sources';
import { Frame } from './frame';
import { evalFrame } from './eval';
import { builtinsDict, loadedModules, moduleRegistry } from './support';

const compiled = new Map<string, Code>();

function codeOf(name: string, source: string, key = name): Code {
  let code = compiled.get(key);
  if (code !== undefined) return code;
  const filename = `<frozen ${name}>`;
  const checked = compileCheck(source);
  if (!checked.ok) throw new EngineError(`${filename}: ${checked.error.type}: ${checked.error.msg} (line ${checked.error.lineno})`);
  const out = compileModule(checked.tree, checked.table, filename);
  if (!out.ok) throw new EngineError(`${filename}: ${out.message}`);
  code = out.code;
  compiled.set(key, code);
  return code;
}

/**
 * Runs a module written in Python as module `name`. `key` names its compiled code when one name has
 * several sources (a profile's variant); `prepare` fills its namespace before the code runs.
 */
export function loadPySource(name: string, source: string, key = name, prepare?: (m: PyModule) => void): PyModule {
  const code = codeOf(name, source, key);
  const m = moduleNew(name);
  const g = m.md_dict;
  dictSetStr(g, '__builtins__', builtinsDict());
  prepare?.(m);
  // In sys.modules while its body runs (a cyclic import finds it), removed again if that fails.
  loadedModules().set(name, m);
  const f = new Frame(code, null, g, g);
  g.ob_refcnt++;
  try {
    decref(evalFrame(f));
  } catch (e) {
    loadedModules().delete(name);
    decref(m);
    throw e;
  }
  return m;
}

/** Makes `import NAME` run modules/py/NAME.py (replacing a native stand-in of the same name). */
export function registerPyModules(): void {
  for (const [name, source] of Object.entries(PY_MODULE_SOURCES)) moduleRegistry.set(name, () => loadPySource(name, source));
}

/** Whether the module was written in Python (its frames show "<frozen NAME>"). */
export function isPyModule(name: string): boolean {
  return name in PY_MODULE_SOURCES;
}
