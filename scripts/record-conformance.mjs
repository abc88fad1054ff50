#!/usr/bin/env node
// Records what CPython 3.14 does with every program of the lifetime conformance corpora
// (test/conformance/**/NAME.py): the stdout, stderr and exit status of `python3.14 NAME.py`, run by
// the oracle (scripts/oracle/run-file.mjs: a fresh Pyodide CPython 3.14 per file, with interpreter
// shutdown), into NAME.py.expected.json. No expected output is ever written by hand.
//
// Every file is also run under the machine's native `python3` (CPython 3.11), twice, with two hash
// seeds: a program whose output depends on the hash seed is probably not deterministic and is
// reported as a warning (3.11's reference counts of None or small ints also vary that way). Where 3.11 and 3.14 differ, the difference is written into the generated part of
// test/conformance/VERSION-DIFFERENCES.md (between the BEGIN/END GENERATED markers; the
// explanations above the markers are written by people). Only the files recorded in this run are
// updated in that list; entries of other files are kept.
//
// Usage: node scripts/record-conformance.mjs [options] [substring-filter...]
//   --twice      run every file twice on the 3.14 oracle and refuse to record a file whose two runs
//                differ (a determinism check; doubles the time)
//   --no-native  skip the CPython 3.11 runs (and the VERSION-DIFFERENCES.md update)
//   --check      record nothing: only report files whose 3.14 output differs from their recording
//   --native-only  do not run the 3.14 oracle: compare the existing recordings with CPython 3.11
//                and rewrite the generated part of VERSION-DIFFERENCES.md
//   --missing    only the files that have no recording yet
//   --parallel=N oracle workers at a time (default: up to 2)
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { runFiles } from './oracle/run-file.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
process.chdir(ROOT);
const CORPUS = 'test/conformance';
const DIFFS = join(CORPUS, 'VERSION-DIFFERENCES.md');
const BEGIN = '<!-- BEGIN GENERATED: node scripts/record-conformance.mjs -->';
const END = '<!-- END GENERATED -->';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const twice = flag('--twice');
const native = !flag('--no-native');
const checkOnly = flag('--check');
const parallelArg = args.find((a) => a.startsWith('--parallel='));
const parallel = parallelArg ? Number(parallelArg.split('=')[1]) : Math.max(1, Math.min(2, cpus().length));
const missingOnly = flag('--missing');
const nativeOnly = flag('--native-only');
const filters = args.filter((a) => !a.startsWith('--'));

function find(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...find(path));
    else if (name.endsWith('.py')) found.push(path);
  }
  return found;
}

const files = find(CORPUS).filter((p) => filters.length === 0 || filters.some((f) => p.includes(f)))
  .filter((p) => !missingOnly || !existsSync(`${p}.expected.json`))
  .sort();
if (files.length === 0) {
  console.error('no programs matched');
  process.exit(1);
}

const same = (a, b) => a.stdout === b.stdout && a.stderr === b.stderr && a.status === b.status;
// The oracle reports sys.exit(True) as the status `true` (the code object itself); a process
// exits with status 1 then, as with any bool, so record the number.
const pick = (r) => ({ stdout: r.stdout, stderr: r.stderr, status: typeof r.status === 'boolean' ? Number(r.status) : r.status });

/** `python3 FILE` (CPython 3.11 here), from the repository root so tracebacks name the same path. */
function runNative(path, seed) {
  const r = spawnSync('python3', [path], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, PYTHONHASHSEED: String(seed), PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' },
  });
  if (r.error) return { stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}\n[runner: ${r.error.message}]`, status: null };
  // `python3 FILE` shows the script's absolute path in tracebacks and warnings (3.9+); the 3.14
  // oracle shows the path as given. Compare them with the same (relative) path.
  const strip = (t) => t.split(`${ROOT}/`).join('');
  return { stdout: strip(r.stdout), stderr: strip(r.stderr), status: r.status };
}

/** A short line-by-line account of how `b` (3.11) differs from `a` (3.14). */
function describe(a, b, la = '3.14', lb = '3.11') {
  const parts = [];
  if (a.status !== b.status) parts.push(`exit status: 3.14 ${a.status}, 3.11 ${b.status}`);
  for (const stream of ['stdout', 'stderr']) {
    if (a[stream] === b[stream]) continue;
    const x = a[stream].split('\n');
    const y = b[stream].split('\n');
    const lines = [];
    // Trim the common head and tail, show what is left of each side.
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    let j = 0;
    while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
    const cut = (arr) => arr.slice(i, arr.length - j);
    const xs = cut(x);
    const ys = cut(y);
    const limit = 12;
    for (const l of xs.slice(0, limit)) lines.push(`    ${la}| ${l}`);
    if (xs.length > limit) lines.push(`    ${la}| ... (${xs.length - limit} more lines)`);
    for (const l of ys.slice(0, limit)) lines.push(`    ${lb}| ${l}`);
    if (ys.length > limit) lines.push(`    ${lb}| ... (${ys.length - limit} more lines)`);
    parts.push(`${stream}, from line ${i + 1}:\n${lines.join('\n')}`);
  }
  return parts.join('\n');
}

function readDiffEntries() {
  const entries = new Map();
  if (!existsSync(DIFFS)) return entries;
  const text = readFileSync(DIFFS, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < 0) return entries;
  const body = text.slice(start + BEGIN.length, end);
  for (const block of body.split(/\n(?=### )/)) {
    const m = /^### `([^`]+)`\n/.exec(block.trimStart());
    if (m) entries.set(m[1], block.trim());
  }
  return entries;
}

function writeDiffEntries(entries) {
  // Forget entries of programs that no longer exist.
  for (const k of [...entries.keys()]) if (!existsSync(join(CORPUS, k))) entries.delete(k);
  const text = existsSync(DIFFS) ? readFileSync(DIFFS, 'utf8') : '# CPython 3.11 vs 3.14 on the conformance corpora\n\n';
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  const head = start >= 0 ? text.slice(0, start) : text.trimEnd() + '\n\n';
  const tail = end >= 0 ? text.slice(end + END.length) : '\n';
  const keys = [...entries.keys()].sort();
  const body = keys.map((k) => entries.get(k)).join('\n\n');
  const generated = `${BEGIN}\n\n${keys.length} of the programs print something different on CPython 3.11 (native \`python3\`) than on CPython 3.14.\n\n${body}\n\n${END}`;
  writeFileSync(DIFFS, head + generated + tail);
}

let recorded = 0;
let unchanged = 0;
const problems = [];
const warnings = [];
const diffEntries = readDiffEntries();
const started = Date.now();
let done = 0;

function handle(path, result) {
  done++;
  const tag = `[${done}/${files.length}${twice ? ' runs' : ''}]`;
  if (result.error || result.status === null) {
    problems.push(`${path}: the oracle failed: ${result.error ?? 'no status'}`);
    console.error(`${tag} ${path}: oracle failure ${result.error}`);
    return;
  }
  const expectedPath = `${path}.expected.json`;
  const out = pick(result);
  if (checkOnly) {
    const old = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : null;
    if (!old || !same(old, out)) problems.push(`${path}: 3.14 output differs from its recording`);
    else unchanged++;
    return;
  }
  if (native) {
    const n0 = runNative(path, 0);
    const n1 = runNative(path, 1);
    const rel = relative(CORPUS, path);
    let note = '';
    if (!same(n0, n1)) {
      // Either the program depends on hash order (a bug in the program: fix it) or it prints
      // something 3.11 does not keep fixed (reference counts of objects that 3.14 makes immortal).
      warnings.push(`${path}: CPython 3.11 prints differently with PYTHONHASHSEED=0 and 1: check it is not hash-order dependent\n${describe(n0, n1, 'seed 0', 'seed 1')}`);
      note = '\n(3.11 output also varies with PYTHONHASHSEED; shown with seed 0)';
    }
    if (same(out, n0)) diffEntries.delete(rel);
    else diffEntries.set(rel, `### \`${rel}\`\n\n\`\`\`\n${describe(out, n0)}${note}\n\`\`\``);
  }
  const text = JSON.stringify(out, null, 2) + '\n';
  if (existsSync(expectedPath) && readFileSync(expectedPath, 'utf8') === text) unchanged++;
  writeFileSync(expectedPath, text);
  recorded++;
  if (done % 25 === 0) console.log(`${tag} ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

if (nativeOnly) {
  for (const path of files) {
    const expectedPath = `${path}.expected.json`;
    if (!existsSync(expectedPath)) { problems.push(`${path}: no recording to compare with`); continue; }
    const out = JSON.parse(readFileSync(expectedPath, 'utf8'));
    const n0 = runNative(path, 0);
    const n1 = runNative(path, 1);
    const rel = relative(CORPUS, path);
    let note = '';
    if (!same(n0, n1)) {
      warnings.push(`${path}: CPython 3.11 prints differently with PYTHONHASHSEED=0 and 1\n${describe(n0, n1, 'seed 0', 'seed 1')}`);
      note = '\n(3.11 output also varies with PYTHONHASHSEED; shown with seed 0)';
    }
    if (same(out, n0)) diffEntries.delete(rel);
    else diffEntries.set(rel, `### \`${rel}\`\n\n\`\`\`\n${describe(out, n0)}${note}\n\`\`\``);
    unchanged++;
  }
  writeDiffEntries(diffEntries);
  console.log(`compared ${unchanged} recordings with CPython 3.11; ${diffEntries.size} differ`);
  for (const w of warnings) console.error(`warning: ${w}`);
  for (const p of problems) console.error(p);
  process.exit(problems.length ? 1 : 0);
}

if (twice) {
  // Each file twice, in two separate interpreters; the two runs must agree.
  const doubled = files.flatMap((p) => [p, p]);
  const pending = new Map();
  await runFiles(doubled, (path, result) => {
    if (!pending.has(path)) { pending.set(path, result); return; }
    const first = pending.get(path);
    pending.delete(path);
    if (!first.error && !result.error && !same(first, result)) {
      done++;
      problems.push(`${path}: not deterministic: two CPython 3.14 runs differ\n${describe(first, result, 'run 1', 'run 2')}`);
      return;
    }
    handle(path, result);
  }, parallel);
} else {
  await runFiles(files, handle, parallel);
}

if (native && !checkOnly) writeDiffEntries(diffEntries);
const secs = ((Date.now() - started) / 1000).toFixed(0);
if (checkOnly) console.log(`${unchanged} of ${files.length} recordings still match CPython 3.14 (${secs} s)`);
else console.log(`recorded ${recorded} programs (${unchanged} unchanged) in ${secs} s`);
for (const w of warnings) console.error(`warning: ${w}`);
for (const p of problems) console.error(p);
process.exit(problems.length ? 1 : 0);
