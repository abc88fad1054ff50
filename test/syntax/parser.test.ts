/**
 * The parser's unit cases: every snippet of test/syntax/parser-cases.txt against what CPython
 * 3.14's ast.parse said about it (test/syntax/parser-cases.json, recorded by
 * scripts/record-parser-cases.mjs): the same ast.dump(include_attributes=True), or the same
 * SyntaxError with the same attributes. Snippets are parsed as strings (no fileMode).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dump } from '../../extension/engine/syntax/dump';
import type { SyntaxErrorInfo } from '../../extension/engine/syntax/errors';
import { parse } from '../../extension/engine/syntax/parser';

interface ParserCase {
  readonly source: string;
  readonly expected: { readonly dump: string } | { readonly error: SyntaxErrorInfo };
}

const CASES_PATH = 'test/syntax/parser-cases.json';
const TEXT_PATH = 'test/syntax/parser-cases.txt';
const cases = JSON.parse(readFileSync(CASES_PATH, 'utf8')) as ParserCase[];

function label(source: string): string {
  const flat = JSON.stringify(source);
  return flat.length > 70 ? `${flat.slice(0, 67)}...` : flat;
}

test('the recording holds every snippet of parser-cases.txt, in order', () => {
  const snippets = readFileSync(TEXT_PATH, 'utf8').split(/^#====\n/m).map((s) => s.replace(/\n$/, ''));
  assert.deepEqual(cases.map((c) => c.source), snippets, 'rerun node scripts/record-parser-cases.mjs');
});

cases.forEach((c, i) => {
  test(`case ${i}: ${label(c.source)}`, () => {
    const result = parse(c.source);
    if ('dump' in c.expected) {
      assert.ok(result.ok, result.ok ? '' : `rejected: ${JSON.stringify(result.error)}`);
      assert.equal(dump(result.tree), c.expected.dump);
    } else {
      assert.ok(!result.ok, 'accepted, but CPython raises a SyntaxError');
      assert.deepEqual({ ...result.error }, c.expected.error);
    }
  });
});
