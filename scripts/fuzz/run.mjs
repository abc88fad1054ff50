#!/usr/bin/env node
// Differential fuzzing of the engine against CPython 3.14 (issue 7): generated lifetime programs
// (test/fuzz/generate.ts) run under both; every disagreement is classified, the first program of
// each new kind is minimized to a reproducer under test/fuzz/divergences/ with the oracle's output.
//
// Usage: npm run fuzz -- [--seconds N | --count N] [--seed S] [--no-minimize] [--max-minimize K]
//                        [--trace off|default|full] [--log DIR] [--replay SEED]
//        npm run fuzz -- --check-oracle   (the fast oracle against the corpora's recordings)
//        npm run fuzz -- --parser [fuzz-parser options]     (the parser's mutational fuzzer)
// Program i of seed S has the seed S * 1,000,000 + i, which --replay regenerates and prints.
import { Worker } from 'node:worker_threads';
import { clearTimeout, setTimeout } from 'node:timers';
import { appendFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { runReference } from './reference-oracle.mjs';
import { verdict } from './verdict.mjs';

const args = process.argv.slice(2);
if (args.includes('--parser')) {
  const rest = args.filter((a) => a !== '--parser');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/fuzz-parser.mjs', ...rest], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const seconds = Number(opt('seconds', '0'));
const count = Number(opt('count', seconds > 0 ? '1000000000' : '200'));
const baseSeed = Number(opt('seed', '1'));
const minimizeOn = !args.includes('--no-minimize');
const maxMinimize = Number(opt('max-minimize', '20'));
const trace = opt('trace', 'default');
const logDir = opt('log', 'artifacts/fuzz');
const replay = opt('replay', null);
const ENGINE_TIME_MS = 10_000;
const HANG_MS = 60_000;
const BATCH = 25;

if (replay !== null) {
  const { generateProgram } = await import('../../test/fuzz/generate.ts');
  process.stdout.write(generateProgram(Number(replay)).source);
  process.exit(0);
}

if (args.includes('--check-oracle')) {
  // How faithful the fast oracle is: every recorded program of the VM and conformance corpora.
  const files = [];
  for (const name of readdirSync('test/vm/cases').filter((n) => n.endsWith('.py'))) {
    files.push([join('test/vm/cases', name), join('test/vm/cases', name.replace(/\.py$/, '.expected.json'))]);
  }
  for (const dir of ['test/conformance/lifetime', 'test/conformance/weakref']) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.py'))) {
      if (existsSync(join(dir, `${name}.expected.json`))) files.push([join(dir, name), join(dir, `${name}.expected.json`)]);
    }
  }
  const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
    workerData: { engineTimeMs: ENGINE_TIME_MS, trace: false }, resourceLimits: { stackSizeMb: 1024, maxOldGenerationSizeMb: 4096 },
  });
  const result = await new Promise((resolve, reject) => {
    worker.on('message', (m) => {
      if (m.type === 'ready') worker.postMessage({ type: 'check-oracle', files });
      else if (m.type === 'oracle-checked') resolve(m);
    });
    worker.on('error', reject);
  });
  await worker.terminate();
  console.log(`fast oracle: ${result.total - result.mismatches.length} of ${result.total} recordings reproduced`);
  for (const m of result.mismatches) console.log(`  differs: ${m}`);
  process.exit(0);
}

mkdirSync(logDir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const logPath = join(logDir, `run-${stamp}-seed${baseSeed}.jsonl`);
const log = (o) => appendFileSync(logPath, JSON.stringify(o) + '\n');
const DIVERGENCES = 'test/fuzz/divergences';

const started = Date.now();
let nextIndex = 0;
const counts = { agree: 0, divergence: 0, internal: 0, unsupported: 0, limit: 0, 'oracle-error': 0 };
/** sig → { kind, count, first seed } */
const sigs = new Map();
const minimizeQueue = [];
let minimized = 0;
let artifacts = 0;
let engineMs = 0;
let oracleMs = 0;
let done = 0;

const timeUp = () => (seconds > 0 && Date.now() - started > seconds * 1000) || nextIndex >= count;

function record(seed, kind, sig, extra = {}) {
  counts[kind] = (counts[kind] ?? 0) + 1;
  done++;
  if (kind === 'agree') return;
  log({ seed, kind, sig, ...extra });
  const s = sigs.get(sig);
  if (s) { s.count++; return; }
  sigs.set(sig, { kind, count: 1, seed });
  console.log(`[${done}] new ${kind} (seed ${seed}): ${sig.slice(0, 240)}`);
  if (minimizeOn && kind !== 'unsupported' && kind !== 'oracle-error' && sig !== 'hang' && minimized + minimizeQueue.length < maxMinimize) {
    minimizeQueue.push({ seed, sig, kind });
  }
}

function summary() {
  const secs = (Date.now() - started) / 1000;
  return {
    seed: baseSeed, programs: done, seconds: Math.round(secs), programsPerSecond: +(done / secs).toFixed(2),
    meanEngineMs: +(engineMs / Math.max(1, done)).toFixed(1), meanOracleMs: +(oracleMs / Math.max(1, done)).toFixed(1),
    counts, fastOracleArtifacts: artifacts, kinds: [...sigs].map(([sig, s]) => ({ ...s, sig })).sort((a, b) => b.count - a.count),
  };
}

const confirmations = [];

/**
 * Writes a minimized program with what CPython printed for it. The expected output comes from the
 * reference oracle (a fresh interpreter: scripts/oracle/run-file.mjs); when it agrees with the
 * engine, the difference did not reproduce (the fast oracle's, e.g. a program whose output depends
 * on addresses, or a state of the worker, e.g. a memory budget met by uncollected JS garbage) and
 * the reproducer is dropped.
 */
function saveReproducer(m) {
  const name = `${m.kind}_${m.seed}`;
  const path = join(DIVERGENCES, `${name}.py`);
  mkdirSync(DIVERGENCES, { recursive: true });
  writeFileSync(path, m.source);
  confirmations.push(runReference([path]).then((results) => {
    const real = results.get(path);
    const expected = { stdout: real.stdout, stderr: real.stderr, status: real.status };
    if (m.kind !== 'internal' && verdict(m.engine, real).kind === 'agree') {
      rmSync(path);
      artifacts++;
      log({ artifact: name, sig: m.sig });
      console.log(`  ${name}: the engine agrees with the reference oracle on a fresh run (not reproduced): dropped`);
      return;
    }
    writeFileSync(join(DIVERGENCES, `${name}.expected.json`), JSON.stringify(expected, null, 2) + '\n');
    log({ minimized: name, checks: m.checks, sig: m.sig, engine: m.engine });
    console.log(`  minimized to ${path} (${m.source.split('\n').length - 1} lines, ${m.checks} checks)`);
  }));
}

// Stopped early (kill PID): the counts so far still go to the log.
process.once('SIGTERM', () => {
  log({ summary: summary(), stopped: true });
  process.exit(0);
});

await new Promise((finish) => {
  let worker;
  let watchdog = null;
  let current = null;
  const arm = (what) => {
    clearTimeout(watchdog);
    current = what;
    watchdog = setTimeout(() => {
      console.log(`hang at seed ${what.seed}${what.minimizing ? ' (minimizing)' : ''}: restarting the worker`);
      if (!what.minimizing) record(what.seed, 'internal', 'hang');
      void worker.terminate();
      start();
    }, HANG_MS);
  };
  const feed = () => {
    if (minimizeQueue.length > 0) {
      const m = minimizeQueue.shift();
      minimized++;
      worker.postMessage({ type: 'minimize', seed: m.seed, sig: m.sig, relPath: `${DIVERGENCES}/${m.kind}_${m.seed}.py` });
    } else if (!timeUp()) {
      const seeds = [];
      while (seeds.length < BATCH && nextIndex < count) seeds.push(baseSeed * 1_000_000 + nextIndex++);
      worker.postMessage({ type: 'run', seeds });
    } else {
      clearTimeout(watchdog);
      void worker.terminate();
      finish();
    }
  };
  function start() {
    worker = new Worker(new URL('./worker.mjs', import.meta.url), {
      workerData: { engineTimeMs: ENGINE_TIME_MS, trace: trace === 'off' ? false : trace },
      resourceLimits: { stackSizeMb: 1024, maxOldGenerationSizeMb: 4096 },
    });
    worker.on('message', (msg) => {
      if (msg.type === 'ready') ready = true;
      if (msg.type === 'ready' || msg.type === 'idle') feed();
      else if (msg.type === 'start') arm(msg);
      else if (msg.type === 'result') {
        clearTimeout(watchdog);
        engineMs += msg.engineMs;
        oracleMs += msg.oracleMs;
        record(msg.seed, msg.kind, msg.sig);
        if (done % 500 === 0) {
          const s = summary();
          console.log(`${s.programs} programs, ${s.programsPerSecond}/s: ${JSON.stringify(counts)}`);
          log({ progress: { ...s, kinds: undefined } });
        }
      } else if (msg.type === 'minimized') {
        clearTimeout(watchdog);
        saveReproducer(msg);
        feed();
      }
    });
    let ready = false;
    worker.on('error', (e) => {
      clearTimeout(watchdog);
      if (!ready) {
        console.error(`the fuzzing worker failed to start: ${e?.stack ?? e}`);
        process.exit(2);
      }
      console.log(`worker failed at seed ${current?.seed}: ${e?.message ?? e}`);
      if (current && !current.minimizing) record(current.seed, 'internal', `worker crash: ${String(e?.message ?? e).slice(0, 200)}`);
      start();
    });
  }
  start();
});

await Promise.all(confirmations);
const s = summary();
log({ summary: s });
writeFileSync(join(logDir, `summary-seed${baseSeed}.json`), JSON.stringify(s, null, 2) + '\n');
console.log(`\nfuzz: ${s.programs} programs in ${s.seconds} s (${s.programsPerSecond}/s; engine ${s.meanEngineMs} ms, CPython ${s.meanOracleMs} ms each)`);
console.log(JSON.stringify(counts));
for (const k of s.kinds.slice(0, 40)) console.log(`  ${String(k.count).padStart(6)}  ${k.kind}  seed ${k.seed}: ${k.sig.slice(0, 200)}`);
