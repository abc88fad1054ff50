/** The Problems panel's entries for real snippets: CPython's syntax errors and warnings, and the lints. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnosticsOf } from '../../extension/editor/model/diagnostics';
import { bound, snippet, SNIPPETS } from './support';

/** The last line of what CPython printed: `SyntaxError: …` / the caret line above it. */
function cpythonError(name: string): { message: string; caretCol: number } {
  const stderr = (JSON.parse(readFileSync(`${SNIPPETS}/${name}.py.expected.json`, 'utf8')) as { stderr: string }).stderr;
  const lines = stderr.trimEnd().split('\n');
  const caret = lines[lines.length - 2] as string;
  const code = lines[lines.length - 3] as string;
  // CPython indents the source line by 4 and strips its own indentation; the caret line follows it.
  const indent = code.length - code.trimStart().length;
  return { message: lines[lines.length - 1] as string, caretCol: caret.indexOf('^') - indent };
}

test("a syntax error: CPython's message at CPython's position", () => {
  const s = snippet('unclosed_paren');
  const expected = cpythonError('unclosed_paren');
  const found = diagnosticsOf(s.result.trace, s.index);
  assert.deepEqual(found, [{ line: 2, col: expected.caretCol, endLine: 2, endCol: expected.caretCol + 1, severity: 'error', message: expected.message, code: 'syntax-error', related: [] }]);
});

test("a SyntaxWarning, worded as CPython prints it, on a program that runs", () => {
  const s = snippet('syntax_warning');
  const stderr = s.result.stderr;
  const printed = /SyntaxWarning: (.*)\n/.exec(stderr)?.[1];
  assert.ok(printed !== undefined);
  const found = diagnosticsOf(s.result.trace, s.index);
  assert.deepEqual(found.map((d) => [d.line, d.severity, d.code, d.message]), [[2, 'warning', 'syntax-warning', `SyntaxWarning: ${printed}`]]);
  assert.equal(s.source.split('\n')[1]?.slice(found[0]?.col, found[0]?.endCol), 'x is 1000');
});

test('a lifetime lint: its message, then the fix, with the related line', () => {
  const s = snippet('callback_bound_method');
  const session = bound(s, 9, 'session');
  assert.deepEqual(diagnosticsOf(s.result.trace, s.index), [
    {
      line: 10,
      col: 14,
      endLine: 10,
      endCol: 42,
      severity: 'warning',
      message: `the weakref callback is a bound method of its referent (Session#${session} <Session object>): the weakref holds the object through its callback, so the referent never dies while the weakref lives and the callback never runs\nuse a function that does not hold the object (a staticmethod or module-level function given only the state it needs), or weakref.WeakMethod if you must refer to the method`,
      code: 'callback-bound-method',
      related: [{ line: 9, message: `Session#${session} <Session object> is created here` }],
    },
  ]);
});

test('a program with nothing to report has no diagnostics', () => {
  const s = snippet('loop_rebinds');
  assert.deepEqual(diagnosticsOf(s.result.trace, s.index), []);
});

test('a limit reached: a warning on the line where the run stopped', async () => {
  const { run } = await import('../../extension/engine/index');
  const source = 'x = 1\nwhile True:\n    x += 1\n';
  const r = run(source, { filename: 'spin.py', maxSteps: 50 });
  assert.equal(r.outcome.kind, 'limit');
  const message = r.stderr.trimEnd();
  assert.deepEqual(diagnosticsOf(r.trace, null).map((d) => [d.line, d.col, d.endCol, d.severity, d.code, d.message]), [
    [r.outcome.kind === 'limit' ? r.outcome.line : -1, 0, 11, 'warning', 'limit', `Weakscope stopped the run: ${message}. What happened before it is shown.`],
  ]);
});

test('a construct the engine does not support yet: a warning naming it, on its line', async () => {
  const { run } = await import('../../extension/engine/index');
  const source = 'async def main():\n    async with lock:\n        pass\n';
  const r = run(source, { filename: 'async.py' });
  assert.equal(r.outcome.kind, 'unsupported');
  assert.deepEqual(diagnosticsOf(r.trace, null).map((d) => [d.line, d.col, d.endCol, d.code, d.message]), [
    [2, 4, 20, 'unsupported', 'Weakscope cannot run this file: not supported yet: async with (line 2)'],
  ]);
});
