/** The live panel's debouncing, the status bar's words, selections and the step at a cursor. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Debouncer, type Timers } from '../../extension/host/debounce';
import { selectionSnippet, stepAtLine } from '../../extension/host/source-text';
import { statusText } from '../../extension/host/status-text';
import type { RunReport } from '../../extension/protocol/rpc';

class FakeTimers implements Timers {
  now = 0;
  private next = 1;
  private readonly due = new Map<number, { at: number; fn: () => void }>();
  set(fn: () => void, ms: number): unknown {
    const id = this.next++;
    this.due.set(id, { at: this.now + ms, fn });
    return id;
  }
  clear(h: unknown): void {
    this.due.delete(h as number);
  }
  advance(ms: number): void {
    this.now += ms;
    for (const [id, t] of [...this.due].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at > this.now) continue;
      this.due.delete(id);
      t.fn();
    }
  }
}

test('edits in quick succession run once, after the delay, with the latest request', () => {
  const timers = new FakeTimers();
  const d = new Debouncer<string>(timers);
  const ran: string[] = [];
  d.schedule('a.py', 500, () => ran.push('edit 1'));
  timers.advance(300);
  d.schedule('a.py', 500, () => ran.push('edit 2'));
  timers.advance(300);
  assert.deepEqual(ran, []);
  assert.equal(d.pending('a.py'), true);
  timers.advance(200);
  assert.deepEqual(ran, ['edit 2']);
  assert.equal(d.pending('a.py'), false);
});

test('documents are debounced separately, and cancel and dispose drop waiting runs', () => {
  const timers = new FakeTimers();
  const d = new Debouncer<string>(timers);
  const ran: string[] = [];
  d.schedule('a.py', 100, () => ran.push('a'));
  d.schedule('b.py', 100, () => ran.push('b'));
  d.cancel('a.py');
  timers.advance(100);
  assert.deepEqual(ran, ['b']);
  d.schedule('c.py', 100, () => ran.push('c'));
  d.dispose();
  timers.advance(100);
  assert.deepEqual(ran, ['b']);
});

test('a selection is widened to whole lines and dedented, with offsets back to the document', () => {
  const text = 'def f():\n    x = [1]\n    y = x\n\n    return y\n';
  assert.deepEqual(selectionSnippet(text, 1, 4), { source: 'x = [1]\ny = x\n\nreturn y\n', lineOffset: 1, columnOffset: 4 });
  assert.deepEqual(selectionSnippet('a = 1\r\nb = 2\r\n', 0, 0), { source: 'a = 1\n', lineOffset: 0, columnOffset: 0 });
});

test('the step at a cursor walks through the executions of its line', () => {
  const lines = [1, 2, 3, 2, 3, 4];
  assert.equal(stepAtLine(lines, 2, 0), 1);
  assert.equal(stepAtLine(lines, 2, 1), 3);
  assert.equal(stepAtLine(lines, 2, 3), 1); // past the last execution: back to the first
  assert.equal(stepAtLine(lines, 9, 0), -1);
});

const report = (over: Partial<RunReport>): RunReport => ({
  status: 'ok', message: null, line: 0, limit: null, exitStatus: 0, stdout: '', stderr: '', stepCount: 1234, objectCount: 1, eventCount: 0,
  profile: 'CPython 3.14', elapsedMs: 5,
  summary: { filename: 'a.py', stepCount: 0, lines: [], lanes: [], collections: [], output: [], problem: null },
  ...over,
});

test('the status bar says running, the counts, the limit or the syntax error', () => {
  assert.equal(statusText({ kind: 'running', filename: 'a.py' }).text, '$(sync~spin) Weakscope: running');
  assert.equal(statusText({ kind: 'report', report: report({}) }).text, '$(pulse) 1,234 steps, 1 object');
  const limit = statusText({ kind: 'report', report: report({ status: 'limit', limit: 'steps', message: 'limit reached: 500 steps (line 3)' }) });
  assert.equal(limit.text, '$(warning) limit reached: steps');
  assert.match(limit.tooltip, /limit reached: 500 steps \(line 3\)/);
  assert.equal(limit.problem, 'warning');
  const syntax = statusText({ kind: 'report', report: report({ status: 'syntax-error', line: 2, message: "SyntaxError: expected ':' (line 2)" }) });
  assert.equal(syntax.text, '$(error) syntax error (line 2)');
  assert.equal(syntax.problem, 'error');
  assert.equal(statusText({ kind: 'failed', message: 'the engine worker exited (code 1)' }).tooltip, 'the engine worker exited (code 1)');
});
