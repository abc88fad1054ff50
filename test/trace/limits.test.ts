/**
 * Budgets: a run that exceeds one stops with a 'limit' outcome naming the limit and the line,
 * keeps the trace recorded so far, and never lets a memory bomb reach the host's allocator.
 * run() itself never throws.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, type RunOptions } from '../../extension/engine/index';

function limited(source: string, options: RunOptions): ReturnType<typeof run> {
  const r = run(source, options);
  assert.equal(r.status, 'limit', `${r.stdout}${r.stderr}`);
  assert.equal(r.outcome.kind, 'limit');
  assert.equal(r.exitStatus, 1);
  return r;
}

test('steps: an endless loop stops at the budget, with its line and the trace so far', () => {
  const r = limited('n = 0\nwhile True:\n    n += 1\n', { limits: { maxSteps: 5000 } });
  assert.match(r.stderr, /^limit reached: 5,000 steps \(line [23]\)\n$/);
  assert.ok(r.outcome.kind === 'limit' && r.outcome.limit === 'steps' && (r.outcome.line === 2 || r.outcome.line === 3));
  assert.equal(r.trace.outcome.kind, 'limit');
  assert.ok(r.trace.steps.count >= 4999);
});

test('time: a busy loop stops at the wall-clock budget', () => {
  const r = limited('while True:\n    pass\n', { limits: { maxTimeMs: 150 } });
  assert.ok(r.outcome.kind === 'limit' && r.outcome.limit === 'time');
  assert.match(r.stderr, /limit reached: 0\.15 s of run time \(line \d\)/);
});

test('memory: huge sequences are refused before they are built', () => {
  for (const bomb of ['x = [0] * 10**10\n', "s = 'x' * 10**12\n"]) {
    const r = limited(bomb, { trace: false });
    assert.ok(r.outcome.kind === 'limit' && r.outcome.limit === 'memory', bomb);
    assert.match(r.stderr, /^limit reached: 1 GiB of memory \(line 1\)\n$/);
  }
  // Doubling in a loop: stopped at the budget (a small one, to keep the test quick).
  for (const bomb of ["s = 'x'\nwhile True:\n    s = s + s\n", 'l = [0]\nwhile True:\n    l = l + l\n', 'l = [0]\nwhile True:\n    l.extend(l)\n']) {
    const r = limited(bomb, { trace: false, limits: { maxMemory: 64 * 1024 * 1024 } });
    assert.ok(r.outcome.kind === 'limit' && r.outcome.limit === 'memory', bomb);
    assert.match(r.stderr, /^limit reached: 64 MiB of memory \(line 3\)\n$/);
  }
});

test('memory: the host probe decides when the heap is full', () => {
  const r = limited('l = []\nwhile True:\n    l.append([0] * 1000)\n', { limits: { maxMemory: 64 * 1024 * 1024 }, memoryUsage: () => 1024 ** 3 });
  assert.ok(r.outcome.kind === 'limit' && r.outcome.limit === 'memory');
});

test('objects, output and recursion depth', () => {
  const objects = limited('l = []\nwhile True:\n    l.append(object())\n', { limits: { maxObjects: 20_000 } });
  assert.ok(objects.outcome.kind === 'limit' && objects.outcome.limit === 'objects');
  assert.match(objects.stderr, /limit reached: 20,000 live objects/);
  const output = limited("while True:\n    print('x' * 100)\n", { limits: { maxOutput: 64 * 1024 } });
  assert.ok(output.outcome.kind === 'limit' && output.outcome.limit === 'output');
  assert.ok(output.stdout.length <= 64 * 1024);
  const deep = limited('import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1)\nf(0)\n', { limits: { maxDepth: 3000 } });
  assert.ok(deep.outcome.kind === 'limit' && deep.outcome.limit === 'recursion');
  assert.match(deep.stderr, /limit reached: recursion depth 3,000 \(line 4\)/);
});

test('below the recursion budget, CPython\'s RecursionError is what the program sees', () => {
  const r = run('def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print("caught", e)\n');
  assert.equal(r.status, 'ok');
  assert.equal(r.stdout, 'caught maximum recursion depth exceeded\n');
});

test('a run after a stopped run starts clean', () => {
  limited('while True:\n    pass\n', { limits: { maxSteps: 100 } });
  const r = run('print("fine")\n');
  assert.equal(r.stdout, 'fine\n');
  assert.equal(r.outcome.kind, 'completed');
});
