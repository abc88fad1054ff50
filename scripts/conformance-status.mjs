#!/usr/bin/env node
// How much of the lifetime conformance corpora the engine passes: every recorded program of
// test/conformance/{lifetime,weakref}/ runs through the engine's run() and is compared byte for
// byte (stdout, stderr, exit status) with what CPython 3.14 printed (NAME.py.expected.json).
// Prints the pass rate per directory, the first differing line of each failure, and the most
// common reasons; `--update` adds newly passing programs to test/conformance/passing.txt (the list
// test/conformance/conformance.test.ts runs). A program is never removed from that list here: a
// regression is a bug to fix in the engine.
//
// With --profile=NAME (extension/engine/profile.ts) the programs run under that profile and are
// compared with that version's recording where one exists (NAME.py.expected.<profile>.json: only
// programs whose output differs from 3.14's have one), else with 3.14's; the list is then
// test/conformance/passing.<profile>.txt. MicroPython is compared only on the programs that have a
// MicroPython recording (scripts/record-micropython.mjs chooses them).
//
// Usage: node scripts/conformance-status.mjs [--profile=NAME] [--update] [--quiet] [--jobs=N] [--timeout=SECONDS] [filter...]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fork } from 'node:child_process';
import { cpus } from 'node:os';
import { setTimeout, clearTimeout } from 'node:timers';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
process.chdir(ROOT);
const DIRS = ['test/conformance/lifetime', 'test/conformance/weakref'];
const args0 = process.argv.slice(2);
const PROFILE = args0.find((a) => a.startsWith('--profile='))?.split('=')[1] ?? 'cpython-3.14';
const DEFAULT_PROFILE = PROFILE === 'cpython-3.14';
const PASSING = DEFAULT_PROFILE ? 'test/conformance/passing.txt' : `test/conformance/passing.${PROFILE}.txt`;
/** The recording a program is compared with under PROFILE (null: not compared under it). */
function expectedFile(rel) {
  const own = `${rel}.expected.${PROFILE}.json`;
  if (!DEFAULT_PROFILE && existsSync(own)) return own;
  if (PROFILE === 'micropython') return null;
  return `${rel}.expected.json`;
}
const UNSTABLE = 'test/conformance/unstable.txt';
const PLATFORM = JSON.parse(readFileSync('test/conformance/platform-differences.json', 'utf8')).programs;

const args = process.argv.slice(2);
const update = args.includes('--update');
const quiet = args.includes('--quiet');
const option = (name, dflt) => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a === undefined ? dflt : Number(a.split('=')[1]);
};
const jobs = option('jobs', Math.max(1, Math.min(4, cpus().length)));
const timeoutMs = option('timeout', 30) * 1000;
const filters = args.filter((a) => !a.startsWith('--'));

const files = [];
for (const dir of DIRS) {
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).sort()) {
    const rel = `${dir}/${name}`;
    if (!name.endsWith('.py') || !existsSync(`${rel}.expected.json`) || expectedFile(rel) === null) continue;
    if (filters.length && !filters.some((f) => rel.includes(f))) continue;
    files.push(rel);
  }
}

/** The first line where two outputs differ, for the report. */
function firstDifference(what, got, want) {
  const g = got.split('\n');
  const w = want.split('\n');
  for (let i = 0; i < Math.max(g.length, w.length); i++) {
    if (g[i] !== w[i]) {
      return `${what} line ${i + 1}: got ${JSON.stringify(g[i] ?? '<end>')}, want ${JSON.stringify(w[i] ?? '<end>')}`;
    }
  }
  return `${what} differs`;
}

/** A short label grouping failures with the same likely cause. */
function causeOf(r) {
  if (r.timeout) return 'timeout';
  if (r.status === 'unsupported' || r.status === 'internal-error') return (r.message ?? '').replace(/\(line \d+\)/, '').trim();
  const m = /^(\w+(?:Error|Exception)): (.*)$/m.exec(r.stderr);
  if (m !== null && !r.expected.stderr.includes(m[0])) return `${m[1]}: ${m[2].slice(0, 80)}`;
  const nse = /not supported yet: [^\n(]*/.exec(r.stderr);
  if (nse !== null) return nse[0].trim();
  if (r.stdout !== r.expected.stdout) return 'stdout differs';
  if (r.stderr !== r.expected.stderr) return 'stderr differs';
  return 'exit status differs';
}

const results = new Map();
await new Promise((done) => {
  let next = 0;
  let active = 0;
  const startWorker = () => {
    if (next >= files.length) {
      if (active === 0) done();
      return;
    }
    active++;
    const child = fork(join(ROOT, 'scripts/conformance-worker.mjs'), [], { execArgv: ['--import', 'tsx', '--stack-size=4000'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let current = null;
    let timer = null;
    const send = () => {
      if (next >= files.length) {
        child.kill();
        return;
      }
      current = files[next++];
      timer = setTimeout(() => {
        results.set(current, { timeout: true, stdout: '', stderr: '', exitStatus: -1, status: 'timeout', message: null });
        current = null;
        child.kill('SIGKILL');
      }, timeoutMs);
      child.send({ path: join(ROOT, current), rel: current, profile: PROFILE });
    };
    child.on('message', (r) => {
      clearTimeout(timer);
      results.set(r.rel, r);
      current = null;
      send();
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (current !== null) results.set(current, { crash: true, stdout: '', stderr: '', exitStatus: -1, status: 'crash', message: 'engine process crashed' });
      active--;
      startWorker();
    });
    send();
  };
  for (let i = 0; i < Math.min(jobs, files.length); i++) startWorker();
  if (files.length === 0) done();
});

const passingBefore = existsSync(PASSING) ? readFileSync(PASSING, 'utf8').split('\n').filter((l) => l.trim() !== '') : [];
const passingSet = new Set(passingBefore);
const unstable = new Set(existsSync(UNSTABLE) ? readFileSync(UNSTABLE, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')) : []);
const perDir = new Map();
const causes = new Map();
const failures = [];
const regressions = [];
const newlyPassing = [];
for (const rel of files) {
  const dir = rel.slice(0, rel.lastIndexOf('/'));
  const stats = perDir.get(dir) ?? { pass: 0, total: 0 };
  perDir.set(dir, stats);
  stats.total++;
  const r = results.get(rel);
  const expected = JSON.parse(readFileSync(expectedFile(rel), 'utf8'));
  // Some recordings hold sys.exit(True)'s status as the bool itself: a process exits with 1.
  if (typeof expected.status === 'boolean') expected.status = Number(expected.status);
  // A documented 32-bit-oracle vs 64-bit difference (test/conformance/platform-differences.md).
  for (const [oracle, engine] of expectedFile(rel) === `${rel}.expected.json` ? PLATFORM[rel]?.replace ?? [] : []) {
    expected.stdout = expected.stdout.split(oracle).join(engine);
    expected.stderr = expected.stderr.split(oracle).join(engine);
  }
  r.expected = expected;
  const ok = r.stdout === expected.stdout && r.stderr === expected.stderr && r.exitStatus === expected.status;
  if (ok) {
    stats.pass++;
    if (!passingSet.has(rel) && !unstable.has(rel)) newlyPassing.push(rel);
    continue;
  }
  if (passingSet.has(rel)) regressions.push(rel);
  let diff;
  if (r.timeout) diff = `timeout after ${timeoutMs / 1000}s`;
  else if (r.crash) diff = 'engine process crashed';
  else if (r.stdout !== expected.stdout) diff = firstDifference('stdout', r.stdout, expected.stdout);
  else if (r.stderr !== expected.stderr) diff = firstDifference('stderr', r.stderr, expected.stderr);
  else diff = `exit status ${r.exitStatus}, want ${expected.status}`;
  failures.push(`${rel}: ${diff}`);
  const cause = causeOf(r);
  causes.set(cause, (causes.get(cause) ?? 0) + 1);
}

if (!quiet) {
  for (const f of failures) console.log(`FAIL ${f}`);
  console.log('\nMost common causes:');
  for (const [cause, n] of [...causes].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  ${String(n).padStart(4)}  ${cause}`);
}
console.log('');
let pass = 0;
let total = 0;
for (const [dir, s] of perDir) {
  pass += s.pass;
  total += s.total;
  console.log(`${dir}: ${s.pass}/${s.total} (${((100 * s.pass) / s.total).toFixed(1)}%)`);
}
console.log(`total: ${pass}/${total} (${total ? ((100 * pass) / total).toFixed(1) : '0.0'}%)`);
if (regressions.length) {
  console.log(`\n${regressions.length} program(s) listed in ${PASSING} fail now:`);
  for (const r of regressions) console.log(`  ${r}`);
}
if (update) {
  const all = [...new Set([...passingBefore, ...newlyPassing])].sort();
  writeFileSync(PASSING, all.join('\n') + '\n');
  console.log(`${PASSING}: ${newlyPassing.length} added, ${all.length} listed`);
} else if (newlyPassing.length) {
  console.log(`${newlyPassing.length} passing program(s) not yet in ${PASSING} (--update adds them)`);
}
process.exitCode = regressions.length ? 1 : 0;
