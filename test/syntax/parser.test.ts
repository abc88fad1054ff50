/**
 * The parser's unit cases: every snippet of test/syntax/parser-cases.txt against what CPython
 * 3.14's ast.parse said about it (test/syntax/parser-cases.json, recorded by
 * scripts/record-parser-cases.mjs): the same ast.dump(include_attributes=True), or the same
 * SyntaxError with the same attributes (or the MemoryError of too deep a nesting), and the same
 * SyntaxWarnings in the same order. Snippets are parsed as strings (no fileMode).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dump } from '../../extension/engine/syntax/dump';
import type { SyntaxErrorInfo } from '../../extension/engine/syntax/errors';
import { isParserOverflow } from '../../extension/engine/syntax/limits';
import { parse } from '../../extension/engine/syntax/parser';

/** A recorded exception: a SyntaxError, or the MemoryError of a parser stack overflow (no location). */
interface RecordedError {
  readonly type: string;
  readonly msg: string;
  readonly lineno: number | null;
  readonly offset: number | null;
  readonly endLineno: number | null;
  readonly endOffset: number | null;
}

interface ParserCase {
  readonly source: string;
  readonly expected: ({ readonly dump: string } | { readonly error: RecordedError }) & {
    readonly warnings?: readonly (readonly [number, string])[];
  };
}

/** The engine's error as the recording shows CPython's. */
function recorded(error: SyntaxErrorInfo): RecordedError {
  if (isParserOverflow(error)) return { type: error.exception, msg: error.msg, lineno: null, offset: null, endLineno: null, endOffset: null };
  return { type: error.type, msg: error.msg, lineno: error.lineno, offset: error.offset, endLineno: error.endLineno, endOffset: error.endOffset };
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
      assert.deepEqual(recorded(result.error), c.expected.error);
    }
    assert.deepEqual(result.warnings.map((w) => [w.lineno, w.msg]), c.expected.warnings ?? []);
  });
});
