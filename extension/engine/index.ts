/**
 * The engine's one entry point: run(source, options) executes a Python program as
 * `python3.14 FILE.py` would and returns its stdout, stderr, exit status and the lifetime trace.
 * It never throws: Python errors are part of the result, engine failures become an
 * internal-error result.
 */
import { compileCheck } from './frontend';
import { formatCompileWarning } from './compile/format-warning';
import { formatSyntaxError } from './syntax/format';
import { compileModule } from './compile/compiler';
import { Frame } from './vm/frame';
import { evalFrame } from './vm/eval';
import { resetThreadState, ts } from './vm/state';
import { formatException, setSource } from './vm/tbformat';
import { Raised, EngineError } from './runtime/errors';
import { PyBaseException, SystemExit } from './runtime/exceptions';
import { isSubtype, readyStaticTypes } from './runtime/type';
import { decref, resetHeap, gcState } from './runtime/heap';
import { resetObjectIds, type PyObject } from './runtime/object';
import { collectAll } from './runtime/gc';
import { dictSetStr, dictDelStr, type PyDict } from './runtime/dict';
import { moduleNew, type PyModule } from './runtime/module';
import { newStr, PyStr } from './runtime/str';
import { PyInt } from './runtime/int';
import { None } from './runtime/singletons';
import { call, pyStr } from './runtime/abstract';
import { recorder, type Trace } from './trace/recorder';
import { makeBuiltins } from './modules/builtins';
import { registerModules, atexitCallbacks } from './modules/sysgcweak';
import { setBuiltinsDict, resetModules, loadedModules } from './vm/support';
import { setUnraisablePrinter } from './runtime/unraisable';
// Modules whose side effects install slots on builtin types.
import './runtime/containers';
import './vm/call';
import './runtime/classes';
import './runtime/float';

export interface RunOptions {
  /** The file name shown in tracebacks (python3.14 FILE.py shows FILE as given). */
  readonly filename?: string;
  /** Record the lifetime trace (default true). */
  readonly trace?: boolean;
  /** Stop after this many loop iterations (backward jumps); unlimited by default. */
  readonly maxSteps?: number;
}

export type RunStatus = 'ok' | 'error' | 'syntax-error' | 'unsupported' | 'internal-error';

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  /** The process exit status python3.14 would return. */
  readonly exitStatus: number;
  readonly status: RunStatus;
  /** For unsupported constructs and internal errors: what and where. */
  readonly message: string | null;
  readonly trace: Trace;
}

let ready = false;
let builtins: PyDict | null = null;

function init(): void {
  if (ready) return;
  readyStaticTypes();
  registerModules();
  builtins = makeBuiltins();
  setBuiltinsDict(builtins);
  setUnraisablePrinter((exc, message) => {
    ts.stderr(`${message}:\n${formatException(exc as PyBaseException)}`);
  });
  ready = true;
}

/** What `python FILE.py` prints for an uncaught exception or SystemExit, and the status. */
function reportUncaught(e: PyBaseException): number {
  if (isSubtype(e.ob_type, SystemExit)) {
    const code = e.args.items.length === 0 ? None : (e.args.items[0] as PyObject);
    if (code === None) return 0;
    if (code instanceof PyInt) return Number(code.value) & 0xff;
    ts.stderr(pyStr(code) + '\n');
    return 1;
  }
  ts.stderr(formatException(e));
  return 1;
}

/** Py_FinalizeEx as far as object lifetimes go: atexit, then __main__ released, then the final collection. */
function finalize(main: PyModule): void {
  recorder.emit(8, 0, 0);
  while (atexitCallbacks.length) {
    const cb = atexitCallbacks.pop() as { fn: PyObject; args: PyObject[]; kwnames: string[] | null };
    try {
      decref(call(cb.fn, cb.args, cb.kwnames));
    } catch (e) {
      if (!(e instanceof Raised)) throw e;
      ts.stderr(`Exception ignored in atexit callback ${pyStr(cb.fn)}:\n${formatException(e.exc)}`);
      decref(e.exc);
    }
    decref(cb.fn);
    for (const a of cb.args) decref(a);
  }
  const excValue = ts.excValue;
  ts.excValue = None;
  decref(excValue);
  // sys.modules is emptied: modules only it references are freed (their dicts with them).
  const mods = [...loadedModules().values()];
  loadedModules().clear();
  decref(main);
  for (const m of mods) decref(m);
  collectAll();
}

export function run(source: string, options: RunOptions = {}): RunResult {
  let out = '';
  let err = '';
  const filename = options.filename ?? '<string>';
  recorder.reset(options.trace ?? true);
  const result = (exitStatus: number, status: RunStatus, message: string | null): RunResult => ({
    stdout: out, stderr: err, exitStatus, status, message, trace: recorder.finish(),
  });
  try {
    init();
    resetObjectIds();
    resetHeap();
    resetModules();
    gcState.enabled = true;
    gcState.scheduled = false;
    resetThreadState((s) => { out += s; }, (s) => { err += s; });
    ts.maxSteps = options.maxSteps ?? Infinity;
    const checked = compileCheck(source);
    for (const warning of checked.warnings) err += formatCompileWarning(filename, source, warning);
    if (!checked.ok) {
      err += formatSyntaxError(filename, source, checked.error);
      return result(1, 'syntax-error', `${checked.error.type}: ${checked.error.msg} (line ${checked.error.lineno})`);
    }
    const compiled = compileModule(checked.tree, checked.table, filename);
    if (!compiled.ok) {
      err += compiled.message + '\n';
      return result(1, 'unsupported', compiled.message);
    }
    setSource({ filename, lines: source.split(/\r\n|\r|\n/) });
    const main = moduleNew('__main__');
    const g = main.md_dict;
    dictSetStr(g, '__builtins__', builtins as PyDict);
    const fileStr = newStr(filename);
    dictSetStr(g, '__file__', fileStr);
    decref(fileStr);
    let exitStatus = 0;
    const frame = new Frame(compiled.code, null, g, g);
    g.ob_refcnt++;
    try {
      const r = evalFrame(frame);
      decref(r);
    } catch (e) {
      if (!(e instanceof Raised)) throw e;
      exitStatus = reportUncaught(e.exc);
      decref(e.exc);
    }
    finalize(main);
    void dictDelStr;
    void PyStr;
    return result(exitStatus, 'ok', null);
  } catch (e) {
    const where = ts.frame !== null ? ` (line ${ts.frame.lineno})` : '';
    const message = `internal error: ${e instanceof Error ? e.message : String(e)}${where}`;
    err += message + '\n';
    void EngineError;
    return result(70, 'internal-error', message);
  }
}
