// Loading a CPython oracle (Pyodide) the same way in every recording script. 3.14 is the default;
// other versions are npm aliases of older/newer Pyodide releases (package.json devDependencies).

/** The npm package that holds each Pyodide CPython version. */
export const PYODIDE_PACKAGES = { '3.12': 'py312', '3.13': 'py313', '3.14': 'pyodide', '3.15': 'py315' };

/**
 * A fresh CPython interpreter in WebAssembly, with hashing made deterministic. One process (or
 * worker) can load only one Pyodide version: their Emscripten modules share global state.
 */
export async function loadCPython({ stdout, stderr, version = '3.14', snapshot } = {}) {
  const pkg = PYODIDE_PACKAGES[version];
  if (pkg === undefined) throw new Error(`no Pyodide oracle for CPython ${version}`);
  const { loadPyodide } = await import(pkg);
  const sink = () => {};
  return loadPyodide({
    env: { PYTHONHASHSEED: '0' },
    stdout: stdout ?? sink,
    stderr: stderr ?? sink,
    ...(snapshot ? { _loadSnapshot: snapshot } : {}),
  });
}

/**
 * The memory of a freshly started interpreter (Pyodide's memory snapshot: the state right after
 * start-up, before any of our code ran). Starting from it skips the interpreter's initialisation,
 * many times faster on a busy machine, and gives the same fresh interpreter.
 */
export async function makeStartupSnapshot(version = '3.14') {
  const { loadPyodide } = await import(PYODIDE_PACKAGES[version]);
  const py = await loadPyodide({ env: { PYTHONHASHSEED: '0' }, stdout: () => {}, stderr: () => {}, _makeSnapshot: true });
  return py.makeMemorySnapshot();
}
