#!/usr/bin/env node
// Records what CPython 3.14 does with every program of the lifetime conformance corpora
// (test/conformance/**/NAME.py): the stdout, stderr and exit status of `python3.14 NAME.py`, run by
// the oracle (scripts/oracle/run-file.mjs: a fresh Pyodide CPython 3.14 per file, with interpreter
// shutdown), into NAME.py.expected.json. No expected output is ever written by hand.
//
// Other versions (scripts/oracle/versions.mjs): each program also runs under the versions chosen
// with --versions (default 3.11, the machine's native `python3`, which is fast); where a version's
// output differs from 3.14's it is recorded as NAME.py.expected.<profile>.json (and such a file is
// removed when the outputs agree again; MicroPython's is recorded for every program that uses only
// what MicroPython has, see storeMicroPythonOutput), and the generated part of
// test/conformance/VERSION-DIFFERENCES.md is rewritten from those files. 3.11 runs twice, with two
// hash seeds: a program whose output depends on the hash seed is probably not deterministic and is
// reported as a warning (3.11's reference counts of None or small ints also vary that way).
//
// Usage: node scripts/record-conformance.mjs [options] [substring-filter...]
//   --twice      run every file twice on the 3.14 oracle and refuse to record a file whose two runs
//                differ (a determinism check; doubles the time)
//   --versions=LIST  other versions to record, comma-separated, from 3.11, 3.12, 3.13, 3.15,
//                micropython, or `all` (default: 3.11; the Pyodide ones take ~2 s per program)
//   --no-native  record no other version (same as --versions=)
//   --versions-only  do not run the 3.14 oracle: compare the existing recordings with the versions
//   --check      record nothing: only report files whose 3.14 output differs from their recording
//   --missing    only the files that have no recording yet
//   --parallel=N oracle workers at a time (default: up to 2)
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { cpus } from 'node:os';
import { runFiles, runNative } from './oracle/run-file.mjs';
import { VERSION_PROFILES, describe, recordable, sameOutput, storeMicroPythonOutput, storeVersionOutput, writeDifferenceSummary } from './oracle/versions.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
process.chdir(ROOT);
const CORPUS = 'test/conformance';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const twice = flag('--twice');
const checkOnly = flag('--check');
const parallel = Number(option('parallel') ?? Math.max(1, Math.min(2, cpus().length)));
const missingOnly = flag('--missing');
const versionsOnly = flag('--versions-only') || flag('--native-only');
const versionsArg = flag('--no-native') ? '' : option('versions') ?? '3.11';
const versions = versionsArg === 'all' ? Object.keys(VERSION_PROFILES) : versionsArg.split(',').filter((v) => v !== '');
for (const v of versions) {
  if (!(v in VERSION_PROFILES)) {
    console.error(`unknown version ${v}: one of ${Object.keys(VERSION_PROFILES).join(', ')}`);
    process.exit(2);
  }
}
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

const allFiles = find(CORPUS).sort();
const files = allFiles.filter((p) => filters.length === 0 || filters.some((f) => p.includes(f)))
  .filter((p) => !missingOnly || !existsSync(`${p}.expected.json`));
if (files.length === 0) {
  console.error('no programs matched');
  process.exit(1);
}

let recorded = 0;
let unchanged = 0;
const problems = [];
const warnings = [];
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

/** Records one 3.14 oracle result. */
function handle(path, result, done) {
  if (result.error || result.status === null) {
    problems.push(`${path}: the oracle failed: ${result.error ?? 'no status'}`);
    console.error(`${path}: oracle failure ${result.error}`);
    return;
  }
  const expectedPath = `${path}.expected.json`;
  const out = recordable(result);
  if (checkOnly) {
    const old = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : null;
    if (!old || !sameOutput(old, out)) problems.push(`${path}: 3.14 output differs from its recording`);
    else unchanged++;
    return;
  }
  const text = JSON.stringify(out, null, 2) + '\n';
  if (existsSync(expectedPath) && readFileSync(expectedPath, 'utf8') === text) unchanged++;
  writeFileSync(expectedPath, text);
  recorded++;
  if (done % 25 === 0) console.log(`[${done}/${files.length}] ${elapsed()}`);
}

if (!versionsOnly) {
  let done = 0;
  if (twice) {
    // Each file twice, in two separate interpreters; the two runs must agree.
    const pending = new Map();
    await runFiles(files.flatMap((p) => [p, p]), (path, result) => {
      if (!pending.has(path)) { pending.set(path, result); return; }
      const first = pending.get(path);
      pending.delete(path);
      done++;
      if (!first.error && !result.error && !sameOutput(first, result)) {
        problems.push(`${path}: not deterministic: two CPython 3.14 runs differ\n${describe(first, result, 'run 1', 'run 2')}`);
        return;
      }
      handle(path, result, done);
    }, parallel);
  } else {
    await runFiles(files, (path, result) => handle(path, result, ++done), parallel);
  }
  if (checkOnly) console.log(`${unchanged} of ${files.length} recordings still match CPython 3.14 (${elapsed()})`);
  else console.log(`recorded ${recorded} programs (${unchanged} unchanged) in ${elapsed()}`);
}

const notes = new Map();
if (!checkOnly && versions.length > 0) {
  const recordedFiles = files.filter((p) => existsSync(`${p}.expected.json`));
  for (const version of versions) {
    let differ = 0;
    let done = 0;
    const onResult = (path, result) => {
      done++;
      if (result.error || result.status === null) {
        problems.push(`${path}: the ${version} oracle failed: ${result.error ?? 'no status'}`);
        return;
      }
      const reference = JSON.parse(readFileSync(`${path}.expected.json`, 'utf8'));
      if (version === '3.11') {
        const other = runNative(path, 1);
        if (!sameOutput(result, other)) {
          // Either the program depends on hash order (a bug in the program: fix it) or it prints
          // something 3.11 does not keep fixed (reference counts of objects 3.14 makes immortal).
          warnings.push(`${path}: CPython 3.11 prints differently with PYTHONHASHSEED=0 and 1: check it is not hash-order dependent\n${describe(result, other, 'seed 0', 'seed 1')}`);
          notes.set(relative(CORPUS, path), '(3.11 output also varies with PYTHONHASHSEED; recorded with seed 0)');
        }
      }
      if (version === 'micropython' ? storeMicroPythonOutput(path, result) : storeVersionOutput(path, version, result, reference)) differ++;
      if (done % 100 === 0) console.log(`[${version} ${done}/${recordedFiles.length}] ${elapsed()}`);
    };
    await runFiles(recordedFiles, onResult, parallel, { version });
    const what = version === 'micropython' ? 'use only what MicroPython has (recorded)' : 'differ from 3.14';
    console.log(`${version}: ${differ} of ${recordedFiles.length} programs ${what} (${elapsed()})`);
  }
  const counts = writeDifferenceSummary(CORPUS, allFiles, Object.keys(VERSION_PROFILES), notes);
  console.log(`VERSION-DIFFERENCES.md: ${Object.entries(counts).map(([v, n]) => `${v} ${n}`).join(', ')}`);
}

for (const w of warnings) console.error(`warning: ${w}`);
for (const p of problems) console.error(p);
process.exit(problems.length ? 1 : 0);
