/**
 * Seeded mutational fuzzing of the parser: random edits of the corpus's valid files (characters,
 * tokens, lines, truncation; see parser-fuzz-mutate.ts). Whatever the input, parse() must return
 * quickly, never throw, and give either a tree or a SyntaxError whose position is one CPython
 * could report. (Agreement with CPython itself is checked by scripts/fuzz-parser.mjs.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyntaxErrorInfo } from '../../extension/engine/syntax/errors';
import { isParserOverflow } from '../../extension/engine/syntax/limits';
import { parse } from '../../extension/engine/syntax/parser';
import { mutate, rng } from './parser-fuzz-mutate';

const CORPUS = 'test/syntax/corpus/valid';
const MUTANTS = 3000;
const SEED = 20260514;

const seeds = readdirSync(CORPUS).filter((f) => f.endsWith('.py')).sort()
  .map((f) => readFileSync(join(CORPUS, f), 'utf8'))
  .filter((s) => s.length < 20000);

/** How many lines the parser sees: \r\n, \r and \n each end one. */
function lineCount(source: string): number {
  return source.split(/\r\n|\r|\n/).length;
}

/** Positions CPython can give: lines within the text (one past for an error at the end), offsets from -1. */
function checkPositions(source: string, error: SyntaxErrorInfo): void {
  if (isParserOverflow(error)) return;
  const lines = lineCount(source) + 1;
  assert.ok(error.msg.length > 0, 'empty message');
  assert.ok(!error.msg.startsWith('internal parser error'), error.msg);
  assert.ok(Number.isInteger(error.lineno) && error.lineno >= 0 && error.lineno <= lines, `lineno ${error.lineno} of ${lines}`);
  assert.ok(Number.isInteger(error.endLineno) && error.endLineno >= error.lineno - 1 && error.endLineno <= lines, `end_lineno ${error.endLineno}`);
  assert.ok(Number.isInteger(error.offset) && error.offset >= -1, `offset ${error.offset}`);
  assert.ok(Number.isInteger(error.endOffset) && error.endOffset >= -1, `end_offset ${error.endOffset}`);
}

test('the corpus gives the fuzzer material', () => {
  assert.ok(seeds.length >= 300, `only ${seeds.length} seed files`);
});

test(`${MUTANTS} mutants of the corpus parse to a tree or a proper SyntaxError`, () => {
  const r = rng(SEED);
  let trees = 0;
  let errors = 0;
  for (let i = 0; i < MUTANTS; i++) {
    const source = mutate(r, seeds[Math.floor(r() * seeds.length)] as string);
    const started = performance.now();
    let result: ReturnType<typeof parse>;
    try {
      result = parse(source);
    } catch (e) {
      assert.fail(`parse threw ${String(e)} on ${JSON.stringify(source.slice(0, 200))}`);
    }
    const ms = performance.now() - started;
    assert.ok(ms < 2000, `${ms.toFixed(0)} ms on ${JSON.stringify(source.slice(0, 200))}`);
    for (const w of result.warnings) assert.ok(w.lineno >= 1 && w.msg.length > 0, `warning ${JSON.stringify(w)}`);
    if (result.ok) {
      trees++;
    } else {
      errors++;
      try {
        checkPositions(source, result.error);
      } catch (e) {
        assert.fail(`${String(e)} for ${JSON.stringify(result.error)} on ${JSON.stringify(source.slice(0, 300))}`);
      }
    }
  }
  // The mutations must exercise both outcomes.
  assert.ok(trees > MUTANTS / 20, `only ${trees} trees`);
  assert.ok(errors > MUTANTS / 4, `only ${errors} errors`);
});

test('random bytes and truncations parse to a tree or a proper SyntaxError', () => {
  const r = rng(SEED + 1);
  const alphabet = 'abcdefxyz_019 \t\n\r\f\\\'"#()[]{}:;,.=+-*/%@<>!~^&|?$`éλ€𝔘\u00a0\u2028\u0000';
  const chars = [...alphabet];
  for (let i = 0; i < 1000; i++) {
    let source = '';
    const n = Math.floor(r() * 80);
    for (let j = 0; j < n; j++) source += chars[Math.floor(r() * chars.length)] as string;
    const seed = seeds[Math.floor(r() * seeds.length)] as string;
    for (const s of [source, seed.slice(0, Math.floor(r() * seed.length))]) {
      const result = parse(s);
      if (!result.ok) checkPositions(s, result.error);
    }
  }
});
