#!/usr/bin/env node
// Runs Python files the way `python3.X FILE.py` does and returns stdout, stderr and the exit
// status. `options.version` picks the interpreter:
//   '3.14' (default), '3.12', '3.13', '3.15': CPython in WebAssembly (Pyodide). Each program gets a
//       fresh interpreter with interpreter shutdown, in a worker with a large stack (deep
//       deallocation chains overflow Node's default stack inside Pyodide).
//   '3.11': the machine's native `python3` (CPython 3.11), run from the repository root.
//   'micropython': MicroPython's WebAssembly port (its `micropython.mjs FILE` command).
// Usage: node scripts/oracle/run-file.mjs [--version=3.12] FILE...
import { Worker } from 'node:worker_threads';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { cpus } from 'node:os';
import { Buffer } from 'node:buffer';
import { setTimeout, clearTimeout } from 'node:timers';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const ORACLE_VERSIONS = ['3.11', '3.12', '3.13', '3.14', '3.15', 'micropython'];
const WORKER_LIMITS = { stackSizeMb: 1024, maxOldGenerationSizeMb: 4096 };
// A persistent worker is replaced after this many programs, so Pyodide heaps cannot pile up.
const PROGRAMS_PER_WORKER = 200;

/** Tracebacks and warnings of a native run name the script by its absolute path (3.9+); the
 * Pyodide oracle names it as given. Compare them with the same (relative) path. */
const relativize = (text) => text.split(`${ROOT}/`).join('');

/** `python3 FILE` (CPython 3.11 here), from the repository root. */
export function runNative(path, seed = 0) {
  const r = spawnSync('python3', [relative(ROOT, resolve(path))], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, PYTHONHASHSEED: String(seed), PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' },
  });
  if (r.error) return { stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}\n[runner: ${r.error.message}]`, status: null, error: r.error.message };
  return { stdout: relativize(r.stdout), stderr: relativize(r.stderr), status: r.status };
}

/** MicroPython's WebAssembly port running FILE (as its own `micropython.mjs FILE` command does). */
export function runMicroPython(path) {
  const require = createRequire(import.meta.url);
  const pkg = dirname(require.resolve('@micropython/micropython-webassembly-pyscript/package.json'));
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [join(pkg, 'micropython.mjs'), relative(ROOT, resolve(path))], { cwd: ROOT });
    const out = [];
    const err = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('close', (status) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      resolvePromise(status === null ? { stdout, stderr, status, error: 'killed after 60 s' } : { stdout, stderr, status });
    });
  });
}

/**
 * Runs one program. `options.modules` (optional, Pyodide versions only): modules to install in
 * sys.modules before the program runs, in order, each `{ name, source, filename }` — `import NAME`
 * anywhere then gets that module (its code compiled with `filename` for tracebacks; it keeps the
 * sys.modules slot of the module it replaces, so shutdown order is unchanged).
 */
export function runFile(path, options = {}) {
  const version = options.version ?? '3.14';
  if (version === '3.11') return Promise.resolve(runNative(path));
  if (version === 'micropython') return runMicroPython(path);
  const absPath = resolve(path);
  const relPath = relative(ROOT, absPath);
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(new URL('./run-file-worker.mjs', import.meta.url), {
      workerData: { relPath, absPath, modules: options.modules ?? [], version },
      resourceLimits: WORKER_LIMITS,
    });
    worker.once('message', (m) => { resolvePromise(m); void worker.terminate(); });
    worker.once('error', reject);
  });
}

/** A Pyodide worker that runs programs one after another, each in a fresh interpreter. */
class OracleLane {
  constructor(version) {
    this.version = version;
    this.worker = null;
    this.served = 0;
  }

  run(path, modules) {
    if (this.worker === null || this.served >= PROGRAMS_PER_WORKER) {
      void this.worker?.terminate();
      this.worker = new Worker(new URL('./run-file-worker.mjs', import.meta.url), {
        workerData: { version: this.version, persistent: true },
        resourceLimits: WORKER_LIMITS,
      });
      this.served = 0;
    }
    this.served++;
    const absPath = resolve(path);
    const worker = this.worker;
    return new Promise((resolvePromise) => {
      const onMessage = (m) => { worker.off('error', onError); resolvePromise(m); };
      const onError = (e) => {
        worker.off('message', onMessage);
        this.worker = null;
        resolvePromise({ stdout: '', stderr: '', status: null, error: String(e) });
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.postMessage({ relPath: relative(ROOT, absPath), absPath, modules });
    });
  }

  close() {
    void this.worker?.terminate();
    this.worker = null;
  }
}

/** Runs many files, a few at a time; `onResult(path, result)` is called as each finishes. */
export async function runFiles(paths, onResult, parallel = Math.max(1, Math.min(2, cpus().length)), options = {}) {
  const version = options.version ?? '3.14';
  const queue = [...paths];
  const results = new Map();
  const pyodide = version !== '3.11' && version !== 'micropython';
  async function lane() {
    const oracle = pyodide ? new OracleLane(version) : null;
    try {
      for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
        let r = oracle ? await oracle.run(p, options.modules ?? []) : await runFile(p, options);
        if (oracle && (r.error || r.status === null)) {
          // Starting from the snapshot occasionally ends in a fatal Pyodide error (seen on 3.13
          // and 3.15); the same program then runs fine in a fully started interpreter.
          oracle.close();
          r = await runFile(p, options);
        }
        results.set(p, r);
        onResult?.(p, r);
      }
    } finally {
      oracle?.close();
    }
  }
  await Promise.all(Array.from({ length: parallel }, lane));
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const versionArg = process.argv.find((a) => a.startsWith('--version='));
  const version = versionArg ? versionArg.split('=')[1] : '3.14';
  if (!ORACLE_VERSIONS.includes(version)) {
    console.error(`unknown version ${version}: one of ${ORACLE_VERSIONS.join(', ')}`);
    process.exit(2);
  }
  for (const p of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
    const r = await runFile(p, { version });
    process.stdout.write(JSON.stringify({ path: p, ...r }) + '\n');
  }
}
