/**
 * Compare with Local Python, on real runs of the machine's `python3`: the engine's run beside the
 * interpreter's, a time limit, an output cap, and an interpreter that cannot start.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from '../../extension/engine/index';
import { compareRuns } from '../../extension/editor/model/compare';
import { pythonVersion, runLocalPython } from '../../extension/editor/model/local-python';
import { SNIPPETS } from './support';

const PYTHON = 'python3';

function engineOutput(path: string, source: string): { stdout: string; stderr: string; exitStatus: number; filename: string } {
  const r = run(source, { filename: path });
  return { stdout: r.stdout, stderr: r.stderr, exitStatus: r.exitStatus, filename: path };
}

function scratch(name: string, source: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'weakscope-compare-')), name);
  writeFileSync(path, source);
  return path;
}

test('a snippet whose lifetimes CPython prints: the engine and python3 agree line for line', async () => {
  const path = `${SNIPPETS}/del_then_callbacks.py`;
  const { readFileSync } = await import('node:fs');
  const engine = engineOutput(path, readFileSync(path, 'utf8'));
  const local = await runLocalPython(PYTHON, resolve(path), { timeoutMs: 20_000 });
  const version = await pythonVersion(PYTHON);
  assert.ok(version !== null && /^Python 3\.\d+\.\d+/.test(version), `python3 --version: ${version}`);
  const c = compareRuns(engine, local, resolve(path), PYTHON, version);
  assert.deepEqual(c.differing, []);
  assert.equal(c.verdict, `Weakscope's run and python3 (${version}) agree: same stdout, stderr and exit status.`);
  assert.equal(c.localText, [`# python3 (${version})`, '# exit status', '0', '# stdout', local.stdout.trimEnd(), '# stderr', '(empty)'].join('\n'));
  assert.equal(c.engineText.split('\n').slice(1).join('\n'), c.localText.split('\n').slice(1).join('\n'));
});

test('an uncaught exception: the traceback names the file the same way, the exit status is 1', async () => {
  const source = 'def f():\n    raise ValueError("bad value")\n\nf()\n';
  const path = scratch('fails.py', source);
  const engine = engineOutput('/elsewhere/fails.py', source);
  const local = await runLocalPython(PYTHON, path, { timeoutMs: 20_000 });
  assert.equal(local.exitStatus, 1);
  const c = compareRuns(engine, local, path, PYTHON, await pythonVersion(PYTHON));
  assert.ok(!c.differing.includes('exit status'));
  assert.match(c.engineText, /File "fails\.py", line 4, in <module>/);
  assert.match(c.localText, /File "fails\.py", line 4, in <module>/);
  assert.match(c.engineText, /^ValueError: bad value$/m);
  assert.match(c.localText, /^ValueError: bad value$/m);
});

test('a program that runs forever is killed at the time limit and reported as such', async () => {
  const path = scratch('spin.py', 'while True:\n    pass\n');
  const local = await runLocalPython(PYTHON, path, { timeoutMs: 300 });
  assert.deepEqual([local.exitStatus, local.stopped], [null, 'timeout']);
  const c = compareRuns({ stdout: '', stderr: 'limit reached\n', exitStatus: 1, filename: 'spin.py' }, local, path, PYTHON, null);
  assert.deepEqual(c.differing, ['exit status', 'stderr']);
  assert.match(c.localText, /^# exit status\nnone \(killed: time limit\)$/m);
  assert.equal(c.verdict, "Weakscope's run and python3 differ in exit status, stderr.");
});

test('output past the cap stops the process; what came before it is kept', async () => {
  const path = scratch('chatty.py', 'while True:\n    print("x" * 99)\n');
  const local = await runLocalPython(PYTHON, path, { timeoutMs: 20_000, maxOutput: 10_000 });
  assert.deepEqual([local.exitStatus, local.stopped, local.stdout.length], [null, 'output', 10_000]);
  assert.equal(local.stdout.slice(0, 100), `${'x'.repeat(99)}\n`);
});

test('an interpreter that does not exist: no exit status, the reason, and a verdict that says they differ', async () => {
  const path = scratch('ok.py', 'print("hi")\n');
  const local = await runLocalPython('/nonexistent/python3', path, { timeoutMs: 5_000 });
  assert.equal(local.exitStatus, null);
  assert.match(local.stopped ?? '', /ENOENT/);
  assert.equal(await pythonVersion('/nonexistent/python3'), null);
  const c = compareRuns(engineOutput('ok.py', 'print("hi")\n'), local, path, '/nonexistent/python3', null);
  assert.deepEqual(c.differing, ['exit status', 'stdout']);
  assert.match(c.localText, /^none \(did not start: .*ENOENT.*\)$/m);
});
