/**
 * The lifetime conformance corpora (test/conformance/{lifetime,weakref}/NAME.py, recorded from
 * CPython 3.14 into NAME.py.expected.json by scripts/record-conformance.mjs): every program listed
 * in test/conformance/passing.txt runs through the engine's run() and must print, byte for byte,
 * what CPython printed (stdout, stderr, exit status). The list only grows — programs are added by
 * `node scripts/conformance-status.mjs --update` once the engine passes them — so this suite
 * stays green while the engine grows and catches any regression.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../extension/engine/index';

const ROOT = join(__dirname, '..', '..');
const LIST = join(ROOT, 'test', 'conformance', 'passing.txt');

interface Expected {
  stdout: string;
  stderr: string;
  status: number | boolean;
}

const listed = existsSync(LIST) ? readFileSync(LIST, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')) : [];

test('lifetime conformance with CPython 3.14 (programs in passing.txt)', async (t) => {
  for (const rel of listed) {
    await t.test(rel, () => {
      const path = join(ROOT, rel);
      assert.ok(existsSync(path), `${rel} is listed in passing.txt but does not exist`);
      const expected = JSON.parse(readFileSync(`${path}.expected.json`, 'utf8')) as Expected;
      // Some recordings hold sys.exit(True)'s status as the bool itself: a process exits with 1.
      const status = typeof expected.status === 'boolean' ? Number(expected.status) : expected.status;
      // The recordings name the program by its repository-relative path, as `python3.14 REL` shows it.
      const r = run(readFileSync(path, 'utf8'), { filename: rel, trace: false });
      assert.equal(r.stdout, expected.stdout, 'stdout');
      assert.equal(r.stderr, expected.stderr, 'stderr');
      assert.equal(r.exitStatus, status, 'exit status');
    });
  }
});
