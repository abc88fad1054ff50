/**
 * The engine's one entry point: run(source, options) executes a Python program as
 * `python3.14 FILE.py` would and returns its stdout, stderr, exit status and the lifetime trace.
 * It never throws: Python errors are part of the result, engine failures become an
 * internal-error result.
 */
import { resetSubclassRefs } from './runtime/subclass-refs';
import { compileCheck } from './frontend';
import { formatCompileWarning } from './compile/format-warning';
import { formatSyntaxError } from './syntax/format';
import { compileModule } from './compile/compiler';
import { Frame } from './vm/frame';
import { evalFrame } from './vm/eval';
import { resetThreadState, ts } from './vm/state';
import { setSource } from './vm/tbformat';
import { reportUnraisable, reportUncaught as reportUncaughtToSys } from './vm/sysmod';
import { deleteSysSpecials, runAtexitCallbacks, wipeSurvivingModules, wipeSys } from './vm/shutdown';
import { collectGeneration } from './vm/gcmod';
import { Raised, EngineError } from './runtime/errors';
import type { PyBaseException } from './runtime/exceptions';
import { readyStaticTypes } from './runtime/type';
import { decref, deferredFrees, resetHeap, gcState } from './runtime/heap';
import { resetObjectIds } from './runtime/object';
import { collectAll, setFinalizing } from './runtime/gc';
import { dictSetStr, dictDelStr, type PyDict } from './runtime/dict';
import { moduleNew, type PyModule } from './runtime/module';
import { newStr, PyStr } from './runtime/str';
import { None } from './runtime/singletons';
import { recorder, GC_SHUTDOWN, L_VALUE, P_ATEXIT, P_FINALIZE_EX, P_FINALIZE_MODULES } from './trace/recorder';
import { resetFrameHooks, setProgram } from './trace/hooks';
import { buildStatements } from './trace/statements';
import { countOutput, LimitExceeded, memoryExceeded, resetLimits, type Limits, type MemoryProbe } from './runtime/limits';
import { setHeapTracing } from './runtime/heap';
import type { RunOutcome, Trace, TraceDetail } from '../protocol/trace';
import { makeBuiltins } from './modules/builtins';
import { registerModules, atexitCallbacks } from './modules/sysgcweak';
import { setBuiltinsDict, resetModules, loadedModules } from './vm/support';
import { setUnraisablePrinter } from './runtime/unraisable';
import { capiReset } from './modules/capi/ledger';
import { DEFAULT_PROFILE, cpythonAtLeast, semantics, setCurrentProfile, type Profile } from './profile';
import { versionSyntaxError } from './compile/version-syntax';
import type { SyntaxErrorInfo } from './syntax/errors';
import { deepestLineOf } from './syntax/nesting';
// Modules whose side effects install slots on builtin types.
import './runtime/containers';
import './vm/call';
import './runtime/classes';
import './runtime/float';

export type { Trace, TraceDetail, RunOutcome } from '../protocol/trace';
export type { Limits } from './runtime/limits';
export { DEFAULT_LIMITS } from './runtime/limits';

export interface RunOptions {
  /** The file name shown in tracebacks (python3.14 FILE.py shows FILE as given). */
  readonly filename?: string;
  /** The trace's detail: 'default' (true, the default), 'full', or 'off' (false). */
  readonly trace?: boolean | TraceDetail;
  /** Budgets; each missing one is DEFAULT_LIMITS'. Exceeding one stops the run (outcome 'limit'). */
  readonly limits?: Partial<Limits>;
  /** Same as limits.maxSteps. */
  readonly maxSteps?: number;
  /** How much memory the host uses now, for the memory budget (default: Node's heap and array buffers). */
  readonly memoryUsage?: MemoryProbe;
  /** Which Python to imitate (default: CPython 3.14). */
  readonly profile?: Profile;
}

export type RunStatus = 'ok' | 'error' | 'syntax-error' | 'unsupported' | 'limit' | 'internal-error';

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  /** The process exit status python3.14 would return (1 for a limit, 70 for an engine failure). */
  readonly exitStatus: number;
  readonly status: RunStatus;
  /** For syntax errors, unsupported constructs, limits and internal errors: what and where. */
  readonly message: string | null;
  readonly outcome: RunOutcome;
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
  // sys.unraisablehook (or its default, writing to sys.stderr) reports them: vm/sysmod.ts.
  setUnraisablePrinter((exc, message, obj) => reportUnraisable(exc as PyBaseException, message, obj));
  ready = true;
}

/** Py_FinalizeEx as far as object lifetimes go: atexit, then __main__ released, then the final collection. */
function finalize(main: PyModule): void {
  if (!semantics().cpython) {
    // MicroPython stops without freeing anything: no atexit, no module teardown, no collection
    // (its WebAssembly port runs the collection a gc.collect() asked for only now; the engine ran
    // it at the call, as native MicroPython does).
    return;
  }
  setFinalizing(true);
  if (recorder.on) {
    if (recorder.curFrame !== null || recorder.curStmt !== -1) recorder.beginStep(-1, null);
    recorder.phase(null, P_FINALIZE_EX, 0);
    if (atexitCallbacks.length !== 0) recorder.phase(null, P_ATEXIT, 0);
  }
  runAtexitCallbacks();
  // PyGC_Collect() before the modules go: it also settles the order of the final collection.
  collectGeneration(2);
  const excValue = ts.excValue;
  ts.excValue = None;
  decref(excValue);
  // sys.modules is emptied: modules only it references are freed (their dicts with them).
  if (recorder.on) recorder.phase(null, P_FINALIZE_MODULES, 0);
  deleteSysSpecials();
  // sys itself outlives the other modules (vm/shutdown.ts wipeSys).
  const mods = [...loadedModules()].filter(([name]) => name !== 'sys');
  for (const [name] of mods) loadedModules().delete(name);
  const modObjects = [main, ...mods.map(([, m]) => m)];
  if (recorder.on) recorder.rootEdge(main, L_VALUE, "'__main__'", false);
  decref(main);
  for (const [name, m] of mods) {
    if (recorder.on) recorder.rootEdge(m, L_VALUE, `'${name}'`, false);
    decref(m);
  }
  collectAll(GC_SHUTDOWN);
  wipeSurvivingModules(modObjects);
  wipeSys();
}

function detailOf(t: RunOptions['trace']): TraceDetail {
  if (t === undefined || t === true) return 'default';
  if (t === false) return 'off';
  return t;
}

/** What stopped a run that did not end by itself: a budget, or a failure of the engine. */
function stopped(e: unknown): { kind: 'limit'; limit: LimitExceeded } | { kind: 'internal'; message: string } {
  if (e instanceof LimitExceeded) return { kind: 'limit', limit: e };
  if (e instanceof RangeError) {
    // The host refused to allocate (a string or array past its maximum) or its stack ran out.
    if (/call stack/i.test(e.message)) return { kind: 'limit', limit: new LimitExceeded('recursion', 'the host stack (native recursion too deep)') };
    if (/invalid (string|array|typed array) length|allocation failed|out of memory/i.test(e.message)) {
      return { kind: 'limit', limit: memoryExceeded() };
    }
  }
  return { kind: 'internal', message: `internal error: ${e instanceof Error ? e.message : String(e)}` };
}

export function run(source: string, options: RunOptions = {}): RunResult {
  let compiling = false;
  let out = '';
  let err = '';
  const filename = options.filename ?? '<string>';
  const result = (exitStatus: number, status: RunStatus, message: string | null, outcome: RunOutcome): RunResult => {
    setHeapTracing(false);
    let trace: Trace;
    try {
      trace = recorder.finish(filename, source, outcome);
    } catch {
      recorder.reset('off');
      trace = recorder.finish(filename, source, outcome);
    }
    return { stdout: out, stderr: err, exitStatus, status, message, outcome, trace };
  };
  try {
    const detail = detailOf(options.trace);
    setCurrentProfile(options.profile ?? DEFAULT_PROFILE);
    resetLimits({ ...(options.maxSteps !== undefined ? { maxSteps: options.maxSteps } : {}), ...options.limits }, options.memoryUsage);
    init();
    resetObjectIds();
    resetSubclassRefs();
    // A run stopped by a limit never ran its atexit handlers; they are not the next run's.
    atexitCallbacks.length = 0;
    resetHeap();
    resetModules();
    capiReset();
    resetFrameHooks();
    setFinalizing(false);
    setProgram(filename, null);
    recorder.reset(detail);
    setHeapTracing(recorder.on);
    gcState.enabled = true;
    gcState.scheduled = false;
    // A run stopped by a limit inside a collection (a finalizer's output, say) left it marked running.
    gcState.collecting = false;
    deferredFrees.pending.length = 0;
    deferredFrees.on = !semantics().cpython;
    // The young generation's threshold: 700 until 3.13 made it 2000.
    gcState.threshold0 = cpythonAtLeast(13) ? 2000 : 700;
    resetThreadState((s) => {
      countOutput(s.length);
      out += s;
      if (recorder.on) recorder.output(0, s);
    }, (s) => {
      countOutput(s.length);
      err += s;
      if (recorder.on) recorder.output(1, s);
    });
    compiling = true;
    const checked = compileCheck(source);
    for (const warning of checked.warnings) ts.stderr(formatCompileWarning(filename, source, warning));
    // Syntax newer than the profile's Python is that version's SyntaxError.
    const syntaxError = checked.ok ? versionSyntaxError(checked.tree, source) : checked.error;
    if (!checked.ok || syntaxError !== null) {
      const error = syntaxError ?? (checked as { error: SyntaxErrorInfo }).error;
      ts.stderr(formatSyntaxError(filename, source, error));
      const { msg, lineno, offset } = error;
      return result(1, 'syntax-error', `${error.type}: ${msg} (line ${lineno})`,
        { kind: 'syntax_error', message: `${error.type}: ${msg}`, line: lineno, column: offset });
    }
    const compiled = compileModule(checked.tree, checked.table, filename);
    if (!compiled.ok) {
      ts.stderr(compiled.message + '\n');
      return result(1, 'unsupported', compiled.message, { kind: 'unsupported', message: compiled.message, line: compiled.lineno });
    }
    setProgram(filename, buildStatements(checked.tree, source));
    compiling = false;
    setSource({ filename, lines: source.split(/\r\n|\r|\n/) });
    const main = moduleNew('__main__');
    // sys.modules['__main__'].
    if (recorder.on) recorder.rootEdge(main, L_VALUE, "'__main__'", true);
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
      // sys.last_exc keeps it (and its frames) until shutdown.
      exitStatus = reportUncaughtToSys(e.exc);
      // MicroPython's port exits with status 0 whatever happened.
      if (!semantics().cpython) exitStatus = 0;
    }
    finalize(main);
    void dictDelStr;
    void PyStr;
    return result(exitStatus, 'ok', null, { kind: 'completed', status: exitStatus });
  } catch (e) {
    let line = 0;
    try {
      line = ts.frame !== null ? ts.frame.lineno : 0;
    } catch {
      line = 0;
    }
    // The compiler's passes recurse over the tree: blame the line that nests deepest.
    if (compiling && e instanceof RangeError) line = deepestLineOf(source);
    const where = line > 0 ? ` (line ${line})` : '';
    const why = stopped(e);
    void EngineError;
    if (why.kind === 'limit') {
      const message = `limit reached: ${why.limit.what}${where}`;
      err += message + '\n';
      return result(1, 'limit', message, { kind: 'limit', limit: why.limit.limit, message, line });
    }
    const message = why.message + where;
    err += message + '\n';
    return result(70, 'internal-error', message, { kind: 'internal_error', message, line });
  }
}
