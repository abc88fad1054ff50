// One fuzzing worker: generates programs, runs each under the engine (in-process) and under
// CPython 3.14 (one Pyodide, a fresh interpreter state per program: fast-oracle.mjs), classifies
// the outcome, and minimizes divergences on request. Messages in: { type: 'run', seeds },
// { type: 'minimize', seed, sig, relPath } and { type: 'check-oracle', files }; out: 'start' (before
// each program, for the hang watchdog), 'result', 'minimized', 'oracle-checked', 'idle'.
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';
import { loadFastCPython } from './fast-oracle.mjs';
import { verdict } from './verdict.mjs';
import { minimize } from './minimize.mjs';

// Node 20 does not pass --import tsx on to workers: load the TypeScript through tsx's API.
register();
// The TypeScript compiles as CommonJS: its exports may come as the default export.
const load = async (path) => { const m = await import(path); return m.default ?? m; };
const { run } = await load('../../extension/engine/index.ts');
const { generateProgram } = await load('../../test/fuzz/generate.ts');

const RUN_PATH = 'prog.py';
const { engineTimeMs, trace } = workerData;
const cpython = await loadFastCPython();

function runEngine(source, filename) {
  const t0 = performance.now();
  try {
    // The memory budget measures the engine's heap, not this worker's Pyodide (array buffers).
    const r = run(source, { filename, trace, limits: { maxTimeMs: engineTimeMs }, memoryUsage: () => process.memoryUsage().heapUsed });
    return { stdout: r.stdout, stderr: r.stderr, exitStatus: r.exitStatus, status: r.status, message: r.message, ms: performance.now() - t0 };
  } catch (e) {
    return { thrown: e instanceof Error ? `${e.message}\n${e.stack}` : String(e), ms: performance.now() - t0 };
  }
}

function check(source, filename = RUN_PATH) {
  const engine = runEngine(source, filename);
  const t0 = performance.now();
  const oracle = cpython.run(filename, source);
  const oracleMs = performance.now() - t0;
  return { engine, oracle, oracleMs, v: verdict(engine, oracle) };
}

parentPort.on('message', (msg) => {
  if (msg.type === 'check-oracle') {
    // The fast oracle against recordings made by the reference oracle (fresh interpreters).
    const mismatches = [];
    for (const [path, expectedPath] of msg.files) {
      const want = JSON.parse(readFileSync(expectedPath, 'utf8'));
      const got = cpython.run(path, readFileSync(path, 'utf8'));
      if (got.stdout !== want.stdout || got.stderr !== want.stderr || got.status !== want.status) mismatches.push(path);
    }
    parentPort.postMessage({ type: 'oracle-checked', total: msg.files.length, mismatches });
  } else if (msg.type === 'run') {
    for (const seed of msg.seeds) {
      parentPort.postMessage({ type: 'start', seed });
      const { source } = generateProgram(seed);
      const { engine, oracleMs, v } = check(source);
      parentPort.postMessage({ type: 'result', seed, kind: v.kind, sig: v.sig, engineMs: engine.ms, oracleMs });
    }
    parentPort.postMessage({ type: 'idle' });
  } else if (msg.type === 'minimize') {
    parentPort.postMessage({ type: 'start', seed: msg.seed, minimizing: true });
    const program = generateProgram(msg.seed);
    let checks = 0;
    const holds = (src) => {
      checks++;
      // Each check re-arms the parent's hang watchdog.
      parentPort.postMessage({ type: 'start', seed: msg.seed, minimizing: true });
      const { v } = check(src);
      return v.sig === msg.sig;
    };
    const small = minimize(program.chunks, holds);
    // Recorded as it will be run from its final place (tracebacks name the file).
    const final = check(small, msg.relPath);
    parentPort.postMessage({
      type: 'minimized', seed: msg.seed, source: small, checks,
      oracle: { stdout: final.oracle.stdout, stderr: final.oracle.stderr, status: final.oracle.status },
      engine: final.engine, sig: final.v.sig, kind: final.v.kind,
    });
  }
});
parentPort.postMessage({ type: 'ready' });
