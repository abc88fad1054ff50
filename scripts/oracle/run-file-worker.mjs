// One fresh CPython (Pyodide; 3.14 unless workerData.version says otherwise) per program, made to
// behave like `python3.X FILE.py` (see ../shared/recipes/python-oracles.md for why each fix-up is
// needed). With workerData.persistent the worker serves programs sent as messages, loading a fresh
// interpreter for each (started from a snapshot of a fresh interpreter's memory), so a long
// recording does not pay for a new worker and a full start-up per program.
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { loadCPython, makeStartupSnapshot } from './pyodide.mjs';

async function runOne(relPath, source, modules = [], version = '3.14', snapshot = undefined) {
  const out = [];
  const err = [];
  const py = await loadCPython({ version, snapshot });
  const outDec = new TextDecoder();
  const errDec = new TextDecoder();
  py.setStdout({ write: (buf) => { out.push(outDec.decode(buf, { stream: true })); return buf.length; } });
  py.setStderr({ write: (buf) => { err.push(errDec.decode(buf, { stream: true })); return buf.length; } });

  // Place the program at the same relative path the engine's CLI is given, so tracebacks match.
  const dirs = relPath.split('/').slice(0, -1);
  let cur = '/work';
  py.FS.mkdirTree(cur);
  for (const d of dirs) { cur += '/' + d; py.FS.mkdirTree(cur); }
  py.FS.writeFile('/work/' + relPath, source);
  py.FS.chdir('/work');

  py.runPython(`
import sys, gc, __main__
_exit_status = [0]
def _excepthook(tp, value, tb, _status=_exit_status, _orig=sys.__excepthook__):
    # python FILE.py: SystemExit is not a traceback but an exit status
    if issubclass(tp, SystemExit):
        code = value.code
        if code is None:
            _status[0] = 0
        elif isinstance(code, int):
            # a process exit status is one byte, and True is the int 1
            _status[0] = int(code) & 0xff
        else:
            sys.stderr.write(str(code) + "\\n")
            _status[0] = 1
        return
    _status[0] = 1
    _orig(tp, value, tb)
sys.excepthook = _excepthook
sys.argv = [${JSON.stringify(relPath)}]
sys.flags  # touch
`);
  if (modules.length > 0) installModules(py, modules);
  const status = py.globals.get('_exit_status');
  // Pyodide's own __main__ is referenced from its internals (its state module, namespaces), which
  // would keep it alive past the shutdown GC. Run the program in a fresh __main__ module instead,
  // referenced only from sys.modules, as `python FILE.py` does.
  py.runPython(`
import sys, types, builtins
_m = types.ModuleType('__main__')
_m.__builtins__ = builtins
_m.__loader__ = sys.modules['__main__'].__loader__
sys.modules['__main__'] = _m
del _m
`);
  py.globals.destroy?.();
  // runPython itself leaves garbage (ast helpers' closures): collect it through the FFI, not runPython.
  py.pyimport('gc').collect();
  const mod = py._module;
  const fname = mod.stringToNewUTF8(relPath);
  const mode = mod.stringToNewUTF8('r');
  const fp = mod._fopen(fname, mode);
  let rc;
  try {
    rc = mod._PyRun_SimpleFileExFlags(fp, fname, 1, 0);
  } catch (e) {
    return { stdout: out.join(''), stderr: err.join(''), status: null, error: String(e) };
  }
  let exitStatus = rc === 0 ? 0 : 1;
  const fromHook = status.toJs();
  status.destroy();
  if (rc !== 0 && fromHook[0] !== undefined) exitStatus = fromHook[0];
  let fin;
  try {
    fin = mod._Py_FinalizeEx();
  } catch (e) {
    return { stdout: out.join(''), stderr: err.join(''), status: exitStatus, error: 'finalize: ' + String(e) };
  }
  if (fin < 0 && exitStatus === 0) exitStatus = 120;
  out.push(outDec.decode());
  err.push(errDec.decode());
  return { stdout: out.join(''), stderr: err.join(''), status: exitStatus };
}

/**
 * Replaces modules in sys.modules (in order) by ones compiled from the given sources, keeping each
 * one's slot in sys.modules (so the shutdown order of modules is unchanged).
 */
function installModules(py, modules) {
  const run = py.toPy({});
  run.set('_specs', py.toPy(modules.map((m) => [m.name, m.source, m.filename ?? `<${m.name}>`])));
  py.runPython(`
import sys
for _name, _source, _filename in _specs:
    _mod = type(sys)(_name)
    sys.modules[_name] = _mod
    exec(compile(_source, _filename, 'exec'), _mod.__dict__)
del _name, _source, _filename, _mod, _specs
`, { globals: run });
  run.destroy();
}

const { version = '3.14', persistent = false } = workerData;
if (persistent) {
  const snapshot = await makeStartupSnapshot(version);
  parentPort.on('message', async ({ relPath, absPath, modules = [] }) => {
    parentPort.postMessage(await runOne(relPath, readFileSync(absPath), modules, version, snapshot));
  });
} else {
  const { relPath, absPath, modules } = workerData;
  parentPort.postMessage(await runOne(relPath, readFileSync(absPath), modules, version));
}
