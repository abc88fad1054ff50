#!/usr/bin/env node
// Validates Weakscope's own Python `weakref` module (extension/engine/modules/py/weakref.py and
// _weakrefset.py) on real CPython 3.14: every program of the weakref conformance corpus
// (test/conformance/weakref/*.py) is run by the oracle (scripts/oracle/run-file.mjs: Pyodide
// CPython 3.14, one fresh interpreter per program, with shutdown) with `weakref` and `_weakrefset`
// replaced in sys.modules by ours before the program starts, so that `import weakref` anywhere
// (ours included) gets ours. The result must be byte-identical to the program's recording
// (FILE.py.expected.json, recorded from CPython's own weakref).
//
// A program that differs is run again with CPython's own module: if that run differs from the
// recording too, the difference is not ours (an address in the output, a non-deterministic
// program) and is reported as such.
//
// Our modules' code is compiled with the file names `<frozen weakref>` and `<frozen _weakrefset>`,
// which is how the engine presents frames of its built-in Python modules (see
// extension/engine/modules/py/README.md).
//
// --no-abc runs our modules as on an engine without _collections_abc (the weak dictionaries are
// then plain classes rather than MutableMapping subclasses): programs that look at the ABCs or the
// MRO are expected to differ there.
//
// Usage: node scripts/check-py-weakref.mjs [--verbose] [--no-abc] [--parallel=N] [substring-filter...]
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir, cpus } from 'node:os';
import { runFile, runFiles } from './oracle/run-file.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
process.chdir(ROOT);
const CORPUS = 'test/conformance/weakref';
const PY = 'extension/engine/modules/py';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const parallelArg = args.find((a) => a.startsWith('--parallel='));
const parallel = parallelArg ? Number(parallelArg.split('=')[1]) : Math.max(1, Math.min(2, cpus().length));
const filters = args.filter((a) => !a.startsWith('--'));

const noAbc = args.includes('--no-abc');
const ABC_IMPORT = '\n    import _collections_abc\n';
const modules = ['_weakrefset', 'weakref'].map((name) => {
  let source = readFileSync(join(PY, `${name}.py`), 'utf8');
  if (noAbc && name === 'weakref') {
    if (!source.includes(ABC_IMPORT)) throw new Error('--no-abc: the guarded import of _collections_abc was not found');
    source = source.replace(ABC_IMPORT, '\n    raise ImportError\n');
  }
  return { name, source, filename: `<frozen ${name}>` };
});
const ours = { modules };

const same = (a, b) => a.stdout === b.stdout && a.stderr === b.stderr && a.status === b.status;
const pick = (r) => ({ stdout: r.stdout, stderr: r.stderr, status: typeof r.status === 'boolean' ? Number(r.status) : r.status });

/** The first differing line of each stream, with a little context. */
function describe(expected, got) {
  const parts = [];
  if (expected.status !== got.status) parts.push(`  exit status: expected ${expected.status}, got ${got.status}`);
  for (const stream of ['stdout', 'stderr']) {
    if (expected[stream] === got[stream]) continue;
    const x = expected[stream].split('\n');
    const y = got[stream].split('\n');
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i]) i++;
    const show = (arr) => arr.slice(i, i + (verbose ? 40 : 4)).map((l) => `      | ${l}`).join('\n');
    parts.push(`  ${stream} from line ${i + 1}:\n    expected:\n${show(x)}\n    got:\n${show(y)}`);
  }
  return parts.join('\n');
}

// 1. Make sure the replacement really happens (and that both modules import on CPython 3.14).
const probeDir = mkdtempSync(join(tmpdir(), 'pyweakref-'));
const probe = join(probeDir, 'probe.py');
writeFileSync(probe, [
  'import weakref, _weakrefset, sys',
  'print(weakref.finalize.__init__.__code__.co_filename)',
  'print(_weakrefset.WeakSet.add.__code__.co_filename, weakref.WeakSet is _weakrefset.WeakSet)',
  'print(sys.modules["weakref"] is weakref)',
  '',
].join('\n'));
const pr = await runFile(probe, ours);
rmSync(probeDir, { recursive: true, force: true });
const want = '<frozen weakref>\n<frozen _weakrefset> True\nTrue\n';
if (pr.stdout !== want || pr.status !== 0) {
  console.error(`our modules were not installed:\n${JSON.stringify(pr, null, 2)}`);
  process.exit(2);
}

// 2. The corpus.
const all = readdirSync(CORPUS).filter((n) => n.endsWith('.py')).map((n) => join(CORPUS, n))
  .filter((p) => filters.length === 0 || filters.some((f) => p.includes(f))).sort();
// Read every recording now (the corpus may be re-recorded while this runs).
const expectations = new Map();
for (const p of all) {
  try {
    expectations.set(p, JSON.parse(readFileSync(`${p}.expected.json`, 'utf8')));
  } catch {
    // not recorded (yet), or being rewritten
  }
}
const files = all.filter((p) => expectations.has(p));
const unrecorded = all.length - files.length;
if (files.length === 0) {
  console.error('no recorded programs matched');
  process.exit(1);
}

const started = Date.now();
const mismatches = [];
let agree = 0;
let done = 0;
await runFiles(files, (path, result) => {
  done++;
  const expected = expectations.get(path);
  if (!result.error && same(expected, pick(result))) agree++;
  else mismatches.push({ path, result });
  if (done % 50 === 0) console.log(`[${done}/${files.length}] ${((Date.now() - started) / 1000).toFixed(0)} s`);
}, parallel, ours);

// 3. Each mismatch again with CPython's own weakref: is the difference ours?
let notOurs = 0;
mismatches.sort((a, b) => a.path.localeCompare(b.path));
for (const m of mismatches) {
  const expected = expectations.get(m.path);
  const stdlib = pick(await runFile(m.path));
  const also = !same(expected, stdlib);
  if (also) notOurs++;
  const why = m.result.error ? `  oracle error: ${m.result.error}\n` : '';
  console.log(`DIFFERS ${m.path}${also ? ' (CPython\'s own weakref differs from the recording too: not ours)' : ''}\n${why}${describe(expected, pick(m.result))}`);
}

const secs = ((Date.now() - started) / 1000).toFixed(0);
const rate = ((100 * agree) / files.length).toFixed(1);
console.log(`\nour weakref${noAbc ? ' (without _collections_abc)' : ''} on CPython 3.14: ${agree} of ${files.length} recorded programs agree (${rate}%)` +
  `${notOurs ? `; ${notOurs} of the ${mismatches.length} differences also occur with CPython's own weakref` : ''}` +
  `${unrecorded ? `; ${unrecorded} programs have no recording yet` : ''} (${secs} s)`);
console.log(`${agree} passed, ${mismatches.length} failed`);
process.exit(mismatches.length - notOurs > 0 ? 1 : 0);
