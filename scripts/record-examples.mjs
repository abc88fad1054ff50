#!/usr/bin/env node
// Records what `python3.14 FILE.py` prints for every gallery program examples/*.py (stdout, stderr,
// exit status) into test/examples/NAME.expected.json, from real CPython 3.14 (Pyodide) through
// scripts/oracle/run-file.mjs. Programs written for Weakscope's own `capi` lens do not run on
// CPython and are left out. Usage: node scripts/record-examples.mjs [name-filter...]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runFiles } from './oracle/run-file.mjs';

const filters = process.argv.slice(2);
const files = readdirSync('examples')
  .filter((name) => name.endsWith('.py') && (filters.length === 0 || filters.some((f) => name.includes(f))))
  .map((name) => join('examples', name))
  .filter((path) => !/^\s*(import|from)\s+capi\b/m.test(readFileSync(path, 'utf8')));
await runFiles(files, (path, r) => {
  if (r.error) console.error(`${path}: oracle error: ${r.error}`);
  const expected = { stdout: r.stdout, stderr: r.stderr, status: r.status };
  const name = path.replace(/^examples\//, '').replace(/\.py$/, '');
  writeFileSync(join('test/examples', `${name}.expected.json`), JSON.stringify(expected, null, 2) + '\n');
  console.log(`recorded ${path} (exit ${r.status})`);
});
