#!/usr/bin/env node
// Records what `python3.14 FILE.py` prints for every test/vm/cases/*.py (and test/vm/pending/*.py):
// stdout, stderr and exit status, from real CPython 3.14 (Pyodide) through scripts/oracle/run-file.mjs.
// Usage: node scripts/record-vm.mjs [name-filter...]
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runFiles } from './oracle/run-file.mjs';

const filters = process.argv.slice(2);
const files = [];
for (const dir of ['test/vm/cases', 'test/vm/pending']) {
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.py')) continue;
    if (filters.length && !filters.some((f) => name.includes(f))) continue;
    files.push(join(dir, name));
  }
}
await runFiles(files, (path, r) => {
  if (r.error) console.error(`${path}: oracle error: ${r.error}`);
  const expected = { stdout: r.stdout, stderr: r.stderr, status: r.status };
  writeFileSync(path.replace(/\.py$/, '.expected.json'), JSON.stringify(expected, null, 2) + '\n');
  console.log(`recorded ${path} (exit ${r.status})`);
});
