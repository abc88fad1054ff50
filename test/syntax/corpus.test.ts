/**
 * Parser conformance: every file of test/syntax/corpus/ against what CPython 3.14 said about it,
 * recorded by scripts/record-syntax.mjs. Valid files: `weakscope ast` prints exactly CPython's
 * ast.dump. Invalid files: `weakscope compile` prints exactly what `python3.14 FILE.py` printed,
 * and `weakscope ast` fails the same way whenever ast.parse itself fails. Warning files (valid
 * files that compile with SyntaxWarnings): `weakscope compile` prints exactly the stderr of
 * `python3.14 FILE.py`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/cli';

const CORPUS = 'test/syntax/corpus';

function files(dir: string): string[] {
  const path = join(CORPUS, dir);
  if (!existsSync(path)) return [];
  return readdirSync(path).filter((f) => f.endsWith('.py')).sort().map((f) => join(path, f));
}

interface Expected {
  stdout: string;
  stderr: string;
  status: number;
  parserRejects: boolean;
}

const valid = files('valid');
const invalid = files('invalid');
const warned = files('warnings');

test('the corpus holds the files the parser issue asks for', () => {
  assert.ok(valid.length >= 300, `only ${valid.length} valid files`);
  assert.ok(invalid.length >= 60, `only ${invalid.length} invalid files`);
});

for (const path of valid) {
  test(`ast ${path}`, () => {
    const expectedPath = `${path}.ast`;
    assert.ok(existsSync(expectedPath), `no recording for ${path}: run node scripts/record-syntax.mjs`);
    const run = runCli(['ast', path]);
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, readFileSync(expectedPath, 'utf8'));
    assert.equal(run.status, 0);
  });
}

for (const path of invalid) {
  test(`syntax error ${path}`, () => {
    const expectedPath = `${path}.expected.json`;
    assert.ok(existsSync(expectedPath), `no recording for ${path}: run node scripts/record-syntax.mjs`);
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
    const compiled = runCli(['compile', path]);
    assert.equal(compiled.stderr, expected.stderr);
    assert.equal(compiled.status, expected.status);
    const parsed = runCli(['ast', path]);
    if (expected.parserRejects) {
      assert.equal(parsed.stderr, expected.stderr);
      assert.equal(parsed.status, 1);
    } else {
      assert.equal(parsed.status, 0, `ast.parse accepts ${path}; only the compiler rejects it`);
    }
  });
}

for (const path of warned) {
  test(`warnings ${path}`, () => {
    const expectedPath = `${path}.expected.json`;
    assert.ok(existsSync(expectedPath), `no recording for ${path}: run node scripts/record-syntax.mjs`);
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
    assert.equal(expected.status, 0, `${path} must run cleanly under python3.14`);
    const compiled = runCli(['compile', path]);
    assert.equal(compiled.stderr, expected.stderr);
    assert.equal(compiled.status, 0);
  });
}
