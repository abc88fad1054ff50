#!/usr/bin/env node
// Records what `python3.14 FILE.py` prints for every test/fuzz/divergences/*.py (reproducers of
// known differences, not run by the tests) into NAME.expected.json, through the reference oracle.
// Usage: node scripts/fuzz/record-divergences.mjs [name-filter...]
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runReference } from './reference-oracle.mjs';

const DIR = 'test/fuzz/divergences';
const filters = process.argv.slice(2);
const files = readdirSync(DIR).filter((n) => n.endsWith('.py') && (filters.length === 0 || filters.some((f) => n.includes(f))))
  .map((n) => join(DIR, n));
for (const [path, r] of await runReference(files)) {
  if (r.error) console.error(`${path}: oracle error: ${r.error}`);
  writeFileSync(path.replace(/\.py$/, '.expected.json'), JSON.stringify({ stdout: r.stdout, stderr: r.stderr, status: r.status }, null, 2) + '\n');
  console.log(`recorded ${path} (exit ${r.status})`);
}
