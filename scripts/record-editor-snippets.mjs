#!/usr/bin/env node
// Records what CPython 3.14 does with each editor-test snippet (test/editor/snippets/NAME.py) and
// with the walkthrough's example (media/walkthrough/example.py, recorded into
// test/editor/walkthrough-example.py.expected.json so that nothing test-only ships): stdout, stderr
// and exit status of `python3.14 FILE.py`, run by the oracle (scripts/oracle/run-file.mjs). The
// editor tests check that the engine's run of each agrees with it before reading hovers and
// annotations off the trace.
// Usage: node scripts/record-editor-snippets.mjs [substring-filter...]
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runFiles } from './oracle/run-file.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
process.chdir(ROOT);
const DIR = 'test/editor/snippets';
const filters = process.argv.slice(2);
const EXAMPLE = 'media/walkthrough/example.py';
const expectedPath = (path) => (path === EXAMPLE ? 'test/editor/walkthrough-example.py.expected.json' : `${path}.expected.json`);
const files = [...readdirSync(DIR).filter((n) => n.endsWith('.py')).map((n) => join(DIR, n)), EXAMPLE]
  .filter((p) => filters.length === 0 || filters.some((f) => p.includes(f)))
  .sort();
if (files.length === 0) {
  console.error('no snippets matched');
  process.exit(1);
}
let failed = 0;
await runFiles(files, (path, r) => {
  if (r.error || r.status === null) {
    failed++;
    console.error(`${path}: the oracle failed: ${r.error ?? 'no status'}`);
    return;
  }
  writeFileSync(expectedPath(path), `${JSON.stringify({ stdout: r.stdout, stderr: r.stderr, status: r.status }, null, 2)}\n`);
  console.log(`${path}: recorded (exit ${r.status})`);
});
process.exit(failed === 0 ? 0 : 1);
