#!/usr/bin/env node
// Runs Python files the way `python3.14 FILE.py` does, on CPython 3.14 in WebAssembly, and returns
// stdout, stderr and the exit status. Each program gets a fresh interpreter in its own worker with
// a large stack (deep deallocation chains overflow Node's default stack inside Pyodide).
import { Worker } from 'node:worker_threads';
import { relative, resolve } from 'node:path';
import { cpus } from 'node:os';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);

/**
 * Runs one program. `options.modules` (optional): modules to install in sys.modules before the
 * program runs, in order, each `{ name, source, filename }` — `import NAME` anywhere then gets
 * that module (its code compiled with `filename` for tracebacks; it keeps the sys.modules slot of
 * the module it replaces, so shutdown order is unchanged).
 */
export function runFile(path, options = {}) {
  const absPath = resolve(path);
  const relPath = relative(ROOT, absPath);
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(new URL('./run-file-worker.mjs', import.meta.url), {
      workerData: { relPath, absPath, modules: options.modules ?? [] },
      resourceLimits: { stackSizeMb: 1024, maxOldGenerationSizeMb: 4096 },
    });
    worker.once('message', (m) => { resolvePromise(m); void worker.terminate(); });
    worker.once('error', reject);
  });
}

/** Runs many files, a few at a time; `onResult(path, result)` is called as each finishes. */
export async function runFiles(paths, onResult, parallel = Math.max(1, Math.min(2, cpus().length)), options = {}) {
  const queue = [...paths];
  const results = new Map();
  async function lane() {
    for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
      const r = await runFile(p, options);
      results.set(p, r);
      onResult?.(p, r);
    }
  }
  await Promise.all(Array.from({ length: parallel }, lane));
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const p of process.argv.slice(2)) {
    const r = await runFile(p);
    process.stdout.write(JSON.stringify({ path: p, ...r }) + '\n');
  }
}
