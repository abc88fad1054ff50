/**
 * `weakscope run --profile NAME`: the run imitates that Python, printing what that version's oracle
 * recorded for the program (test/conformance/…/NAME.py.expected.<profile>.json, recorded by
 * scripts/record-conformance.mjs), and an unknown name is refused with the list of profiles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli';

const ROOT = join(__dirname, '..', '..');

interface Expected {
  stdout: string;
  stderr: string;
  status: number;
}

function expected(rel: string, profile: string): Expected {
  return JSON.parse(readFileSync(join(ROOT, `${rel}.expected.${profile}.json`), 'utf8')) as Expected;
}

// Each prints something different on the named version than on 3.14 (error texts, traceback
// carets, the order a returning frame releases its locals).
const CASES: [string, string][] = [
  ['cpython-3.11', 'test/conformance/lifetime/error_zero_division_variants.py'],
  ['cpython-3.12', 'test/conformance/lifetime/error_uncaught_in_nested_calls_traceback.py'],
  ['cpython-3.13', 'test/conformance/lifetime/local_variables_die_when_function_returns.py'],
];

for (const [profile, rel] of CASES) {
  test(`--profile ${profile} prints what CPython ${profile.slice(8)} printed`, () => {
    const want = expected(rel, profile);
    const r = runCli(['run', '--profile', profile, rel]);
    assert.equal(r.stdout, want.stdout, 'stdout');
    assert.equal(r.stderr, want.stderr, 'stderr');
    assert.equal(r.status, want.status, 'exit status');
    const plain = JSON.parse(readFileSync(join(ROOT, `${rel}.expected.json`), 'utf8')) as Expected;
    assert.notEqual(r.stdout + r.stderr, plain.stdout + plain.stderr, 'the 3.14 recording differs, so the profile mattered');
  });
}

test('an unknown profile is refused with the list of profiles', () => {
  const r = runCli(['run', '--profile', 'cpython-2.7', 'test/conformance/lifetime/error_zero_division_variants.py']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^weakscope run: unknown profile cpython-2\.7: one of cpython-3\.14, cpython-3\.11, cpython-3\.12, cpython-3\.13, cpython-3\.15, micropython\n/);
});
