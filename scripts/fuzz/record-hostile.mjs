#!/usr/bin/env node
// Records what `python3.14 FILE.py` prints for each of test/fuzz/hostile-cases.ts's ORACLE_CASES
// (CPython 3.14 through scripts/oracle/run-file.mjs) into test/fuzz/hostile.expected.json. The
// programs are written to artifacts/fuzz/hostile/NAME.py, the name the tests give the engine.
// Usage: node --import tsx scripts/fuzz/record-hostile.mjs [name-filter...]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runReference } from './reference-oracle.mjs';
import { ORACLE_CASES } from '../../test/fuzz/hostile-cases.ts';

const OUT = 'test/fuzz/hostile.expected.json';
const DIR = 'artifacts/fuzz/hostile';
const filters = process.argv.slice(2);
mkdirSync(DIR, { recursive: true });
const expected = existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : {};
const paths = new Map();
for (const [name, source] of Object.entries(ORACLE_CASES)) {
  if (filters.length && !filters.some((f) => name.includes(f))) continue;
  const path = join(DIR, `${name}.py`);
  writeFileSync(path, source);
  paths.set(path, name);
}
const results = await runReference([...paths.keys()]);
for (const [path, r] of results) {
  if (r.error) console.error(`${path}: oracle error: ${r.error}`);
  expected[paths.get(path)] = { stdout: r.stdout, stderr: r.stderr, status: r.status };
  console.log(`recorded ${paths.get(path)} (exit ${r.status})`);
}
const sorted = Object.fromEntries(Object.keys(expected).sort().map((k) => [k, expected[k]]));
writeFileSync(OUT, JSON.stringify(sorted, null, 2) + '\n');
