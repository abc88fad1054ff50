// Loading the CPython 3.14 oracle (Pyodide) the same way in every recording script.
import { loadPyodide } from 'pyodide';

/** A fresh CPython 3.14 interpreter in WebAssembly, with hashing made deterministic. */
export async function loadCPython({ stdout, stderr } = {}) {
  const sink = () => {};
  return loadPyodide({
    env: { PYTHONHASHSEED: '0' },
    stdout: stdout ?? sink,
    stderr: stderr ?? sink,
  });
}
