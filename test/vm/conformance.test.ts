/**
 * Every test/vm/cases/*.py runs through the engine's run() and must print, byte for byte, what
 * CPython 3.14 printed for it (stdout, stderr, exit status), as recorded by
 * `node scripts/record-vm.mjs` into NAME.expected.json. Cases that do not pass yet live in
 * test/vm/pending/ and are not run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../extension/engine/index';

const ROOT = join(__dirname, '..', '..');
const CASES = join(ROOT, 'test', 'vm', 'cases');

interface Expected {
  stdout: string;
  stderr: string;
  status: number;
}

const names = readdirSync(CASES).filter((n) => n.endsWith('.py')).sort();

test('vm conformance with CPython 3.14', async (t) => {
  for (const name of names) {
    await t.test(name, () => {
      const rel = `test/vm/cases/${name}`;
      const expected = JSON.parse(readFileSync(join(CASES, name.replace(/\.py$/, '.expected.json')), 'utf8')) as Expected;
      const source = readFileSync(join(CASES, name), 'utf8');
      const r = run(source, { filename: rel });
      assert.equal(r.stdout, expected.stdout, 'stdout');
      assert.equal(r.stderr, expected.stderr, 'stderr');
      assert.equal(r.exitStatus, expected.status, 'exit status');
    });
  }
});
