// The tokenizer against CPython 3.14: each test/syntax/tokens/*.py must give the token stream and
// the error that scripts/record-tokens.mjs recorded from CPython into expected.json.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { SyntaxErrorInfo } from '../../extension/engine/syntax/errors';
import { exprTextOf, identifierOf, isErrorToken, tokenize, type TokenizerWarning } from '../../extension/engine/syntax/tokenizer';
import type { Token } from '../../extension/engine/syntax/tokens';

type Row = [type: string, string: string, lineno: number, col: number, endLineno: number, endCol: number];

interface Expected {
  tokens: Row[];
  error: SyntaxErrorInfo | null;
  compileError: SyntaxErrorInfo | null;
  /** fieldtext_*.py: the text CPython's parser made of the one field's expression. */
  fieldText?: string;
  /** SyntaxWarnings from the tokenizer, as [message, line]. */
  warnings?: [string, number][];
}

const dir = join(__dirname, 'tokens');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function row(t: Token): Row {
  return [t.type, t.string, t.lineno, t.col, t.endLineno, t.endCol];
}

test('every input has a recording', () => {
  const inputs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
  assert.deepEqual(Object.keys(expected).sort(), inputs);
  assert.ok(inputs.length >= 60);
});

for (const [file, want] of Object.entries(expected)) {
  test(file, () => {
    const source = decoder.decode(readFileSync(join(dir, file)));
    const warnings: TokenizerWarning[] = [];
    const tokens = tokenize(source, warnings);
    const last = tokens[tokens.length - 1];
    assert.ok(last !== undefined);
    const got = (want.error !== null && isErrorToken(last) ? tokens.slice(0, -1) : tokens).map(row);
    assert.deepEqual(got, want.tokens);
    if (want.error === null) {
      assert.equal(last.type, 'ENDMARKER');
    } else {
      assert.ok(isErrorToken(last), `expected an error, the last token is ${last.type}`);
      assert.deepEqual(last.error, want.error);
    }
    if (want.compileError === null) {
      assert.deepEqual(warnings.map((w) => [w.msg, w.lineno]), want.warnings ?? []);
    }
    if (want.fieldText !== undefined) {
      // The parser reads the field's text off its first `!`, `:` or `}` (not those of strings
      // nested in it); a t-string's
      // Interpolation.str drops trailing blanks and `=`.
      let depth = 0;
      let text: string | undefined;
      for (const t of tokens) {
        if (t.type.endsWith('STRING_START')) depth++;
        else if (t.type.endsWith('STRING_END')) depth--;
        else if (depth === 1 && text === undefined) text = exprTextOf(t);
      }
      assert.ok(text !== undefined, 'no token carries the field text');
      assert.equal(tokens[0]!.type === 'TSTRING_START' ? text.replace(/[\s=]+$/, '') : text, want.fieldText);
    }
    // start/end index the caller's text: each token's text is there (newlines as CPython reads them).
    for (const t of tokens) {
      assert.ok(t.start <= t.end && t.end <= source.length, `${t.type} ${t.start}..${t.end}`);
      if (t.string !== '') {
        assert.equal(source.slice(t.start, t.end).replace(/\r\n?/g, '\n'), t.string, `text of ${t.type} at ${t.lineno}:${t.col}`);
      }
    }
  });
}

test('a token array never throws and always ends in ENDMARKER or ERRORTOKEN', () => {
  for (const source of ['', '\n', '(', ')', 'f"', "f'{", '\\', '"""', '\t\n x', 'x\0', '\udc00']) {
    const warnings: TokenizerWarning[] = [];
    const tokens = tokenize(source, warnings);
    const last = tokens[tokens.length - 1];
    assert.ok(last !== undefined && (last.type === 'ENDMARKER' || last.type === 'ERRORTOKEN'), JSON.stringify(source));
  }
});

test('error tokens tell the parser how CPython stopped', () => {
  const cases: [string, string, boolean][] = [
    ['x = (1,\n', 'E_EOF', false],
    ['x = 1 + \\\n', 'E_EOF', false],
    ['x = 1 \\ 2\n', 'E_LINECONT', false],
    ['if x:\n    y\n  z\n', 'E_DEDENT', false],
    ['if x:\n\ty\n        z\n', 'E_TABSPACE', false],
    ['x = 1abc\n', 'E_ERROR', false],
    ["f'{x)}'\n", 'E_ERROR', true],
    ["f'{x:{y:{z:{w}}}}'\n", 'E_ERROR', true],
  ];
  for (const [source, code, inFString] of cases) {
    const warnings: TokenizerWarning[] = [];
    const tokens = tokenize(source, warnings);
    const last = tokens[tokens.length - 1]!;
    assert.ok(isErrorToken(last), JSON.stringify(source));
    assert.equal(last.code, code, JSON.stringify(source));
    assert.equal(last.inFString, inFString, JSON.stringify(source));
  }
});

test('identifiers are NFKC-normalized only as values', () => {
  assert.equal(identifierOf('ﬁle'), 'file');
  assert.equal(identifierOf('ｉｆ'), 'if');
  assert.equal(identifierOf('plain'), 'plain');
});
