#!/usr/bin/env node
// Records what the capi test programs (test/capi/cases/NAME.py) print on real CPython, with the
// module `capi` implemented over the real C API through ctypes (scripts/oracle/capi_shim.py).
// Each program is recorded for the versions its first line names (`# oracle: 3.13 3.14 3.15`;
// default 3.14) into NAME.py.expected.cpython-3.X.json; the gallery's capi examples
// (examples/capi_*.py) are recorded the same way into test/capi/gallery/.
// Usage: node scripts/record-capi.mjs [filter]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { runFile } from './oracle/run-file.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const CASES = join(ROOT, 'test', 'capi', 'cases');
const EXAMPLES = join(ROOT, 'examples');
const GALLERY = join(ROOT, 'test', 'capi', 'gallery');
const SHIM = readFileSync(join(ROOT, 'scripts', 'oracle', 'capi_shim.py'), 'utf8');
const filter = process.argv[2] ?? '';
mkdirSync(GALLERY, { recursive: true });

/** The versions a case is recorded for, from its first line. */
function oracleVersions(source) {
  const m = /^# oracle: (.+)$/m.exec(source.split('\n', 1)[0] ?? '');
  return m ? m[1].trim().split(/\s+/) : ['3.14'];
}

const byVersion = new Map();
/** Where each program's recordings go (beside the case; the gallery's in test/capi/gallery). */
const outDir = new Map();
const programs = [
  ...readdirSync(CASES).filter((n) => n.endsWith('.py')).map((n) => [CASES, n]),
  ...readdirSync(EXAMPLES).filter((n) => n.startsWith('capi_') && n.endsWith('.py')).map((n) => [EXAMPLES, n]),
];
for (const [dir, name] of programs.filter(([, n]) => n.includes(filter)).sort()) {
  const path = join(dir, name);
  outDir.set(path, dir === EXAMPLES ? GALLERY : CASES);
  for (const v of oracleVersions(readFileSync(path, 'utf8'))) {
    if (!byVersion.has(v)) byVersion.set(v, []);
    byVersion.get(v).push(path);
  }
}
// One interpreter per worker (runFile): ctypes does not survive Pyodide's interpreters being
// finalized and started again in one worker, as the oracle's persistent lanes do.
const jobs = [...byVersion].flatMap(([version, paths]) => paths.map((path) => ({ version, path })));
let failed = 0;
async function lane() {
  for (let job = jobs.shift(); job !== undefined; job = jobs.shift()) {
    const { version, path } = job;
    const r = await runFile(path, { version, modules: [{ name: 'capi', source: SHIM, filename: 'capi.py' }] });
    if (r.error) {
      failed++;
      console.error(`${path} (${version}): ${r.error}`);
      continue;
    }
    const out = join(outDir.get(path), `${basename(path)}.expected.cpython-${version}.json`);
    writeFileSync(out, `${JSON.stringify({ stdout: r.stdout, stderr: r.stderr, status: r.status }, null, 2)}\n`);
    console.log(`${version} ${path.slice(ROOT.length + 1)}: status ${r.status}`);
  }
}
await Promise.all([lane(), lane()]);
process.exit(failed === 0 ? 0 : 1);
