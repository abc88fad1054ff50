// CPython 3.14 (Pyodide) as `python3.14 FILE.py`, many programs per loaded interpreter: the
// interpreter is prepared once exactly as scripts/oracle/run-file-worker.mjs prepares it, then the
// WebAssembly memory is saved; each program runs, Py_FinalizeEx() shuts the interpreter down, and
// the saved memory is written back, which gives the next program a fresh interpreter in
// milliseconds instead of a reload. Must run in a worker with a large stack (see run-file.mjs).
import { loadCPython } from '../oracle/pyodide.mjs';

export async function loadFastCPython({ freeze = true } = {}) {
  const py = await loadCPython();
  let out = [];
  let err = [];
  const outDec = new TextDecoder();
  const errDec = new TextDecoder();
  py.setStdout({ write: (buf) => { out.push(outDec.decode(buf, { stream: true })); return buf.length; } });
  py.setStderr({ write: (buf) => { err.push(errDec.decode(buf, { stream: true })); return buf.length; } });
  py.FS.mkdirTree('/work');
  py.FS.chdir('/work');
  py.runPython(`
import sys, gc, __main__
_exit_status = [0]
def _excepthook(tp, value, tb, _status=_exit_status, _orig=sys.__excepthook__):
    if issubclass(tp, SystemExit):
        code = value.code
        if code is None:
            _status[0] = 0
        elif isinstance(code, int):
            _status[0] = int(code) & 0xff
        else:
            sys.stderr.write(str(code) + "\\n")
            _status[0] = 1
        return
    _status[0] = 1
    _orig(tp, value, tb)
sys.excepthook = _excepthook
sys.flags
`);
  const status = py.globals.get('_exit_status');
  if (freeze) py.runPython('import gc; gc.collect(); gc.freeze()');
  py.runPython(`
import sys, types, builtins
_m = types.ModuleType('__main__')
_m.__builtins__ = builtins
_m.__loader__ = sys.modules['__main__'].__loader__
sys.modules['__main__'] = _m
del _m
`);
  py.globals.destroy?.();
  py.pyimport('gc').collect();
  const mod = py._module;
  const modeStr = mod.stringToNewUTF8('r');
  const saved = new Uint8Array(mod.HEAPU8.length);
  saved.set(mod.HEAPU8);
  const savedSp = mod.___stack_pointer.value;

  function restore() {
    const heap = mod.HEAPU8;
    heap.set(saved);
    if (heap.length > saved.length) heap.fill(0, saved.length);
    mod.___stack_pointer.value = savedSp;
  }

  /** Runs one program as `python3.14 relPath` would; returns stdout, stderr, status (or error). */
  function run(relPath, source) {
    out = [];
    err = [];
    const dirs = relPath.split('/').slice(0, -1);
    let cur = '/work';
    for (const d of dirs) { cur += '/' + d; py.FS.mkdirTree(cur); }
    py.FS.writeFile('/work/' + relPath, source);
    const cname = mod.stringToNewUTF8(relPath);
    const fp = mod._fopen(cname, modeStr);
    let result;
    try {
      const rc = mod._PyRun_SimpleFileExFlags(fp, cname, 1, 0);
      let exitStatus = rc === 0 ? 0 : 1;
      if (rc !== 0) {
        const s = status.toJs();
        if (s[0] !== undefined) exitStatus = s[0];
      }
      const fin = mod._Py_FinalizeEx();
      if (fin < 0 && exitStatus === 0) exitStatus = 120;
      out.push(outDec.decode());
      err.push(errDec.decode());
      result = { stdout: out.join(''), stderr: err.join(''), status: exitStatus };
    } catch (e) {
      result = { stdout: out.join(''), stderr: err.join(''), status: null, error: String(e) };
    }
    restore();
    return result;
  }
  return { run };
}
