/**
 * Hostile input (issue 7): whatever the program, run() returns — never throws, never hangs, never
 * lets a bomb reach the host's allocator — with CPython's own answer where CPython has one in
 * finite time (recorded by scripts/fuzz/record-hostile.mjs), or else a limit message that names
 * the limit and the line. Budgets are small so that the whole file runs in seconds; the
 * budgets themselves are tested in test/trace/limits.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, type Limits, type RunOptions, type RunResult } from '../../extension/engine/index';
import { decodeSource } from '../../extension/engine/source';
import type { LimitKind } from '../../extension/protocol/trace';
import { rng } from '../syntax/parser-fuzz-mutate';
import { HOST_STACK_LIMITED, ORACLE_CASES } from './hostile-cases';

interface Expected {
  stdout: string;
  stderr: string;
  status: number;
}

const EXPECTED = JSON.parse(readFileSync(join(__dirname, 'hostile.expected.json'), 'utf8')) as Record<string, Expected>;

const BUDGET: Partial<Limits> = {
  maxTimeMs: 4000, maxSteps: 300_000, maxObjects: 300_000, maxDepth: 5000, maxOutput: 64 * 1024, maxMemory: 64 * 1024 * 1024,
};

/** Memory bombs are judged by what they ask for, not by how full the test process's heap is. */
const nothingInUse = (): number => 0;
const baseline = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

function hostile(source: string, options: RunOptions = {}): RunResult {
  let r: RunResult | undefined;
  assert.doesNotThrow(() => {
    r = run(source, { filename: 'hostile.py', trace: false, memoryUsage: nothingInUse, ...options, limits: { ...BUDGET, ...options.limits } });
  });
  const result = r as RunResult;
  assert.notEqual(result.status, 'internal-error', result.message ?? '');
  assert.doesNotMatch(result.stderr, /\n\s+at .*\.(ts|js):\d+/, 'a JS stack trace reached the user');
  return result;
}

/** The run stopped at `limit`, and says so naming the limit and the line (a loop's stop may be on either of its lines). */
function stopsAt(r: RunResult, limit: LimitKind, line: number | readonly number[], what: RegExp): void {
  assert.equal(r.status, 'limit', `${r.stdout.slice(-200)}${r.stderr.slice(-400)}`);
  assert.ok(r.outcome.kind === 'limit' && r.outcome.limit === limit, JSON.stringify(r.outcome));
  const lines = typeof line === 'number' ? String(line) : `(${line.join('|')})`;
  const message = `limit reached: ${what.source} \\(line ${lines}\\)`;
  assert.match(r.message ?? '', new RegExp(`^${message}$`));
  assert.match(r.stderr, new RegExp(`${message}\n$`));
  assert.equal(r.exitStatus, 1);
}

test('CPython\'s answers to deep nesting, huge literals, truncated source and runaway finalizers', async (t) => {
  for (const [name, source] of Object.entries(ORACLE_CASES)) {
    await t.test(name, () => {
      const filename = `artifacts/fuzz/hostile/${name}.py`;
      const expected = EXPECTED[name];
      assert.ok(expected !== undefined, `${name} is not recorded: node --import tsx scripts/fuzz/record-hostile.mjs ${name}`);
      const r = hostile(source, { filename, limits: { maxTimeMs: 20_000, maxSteps: 10_000_000, maxDepth: 100_000 } });
      if (HOST_STACK_LIMITED.has(name)) {
        stopsAt(r, 'recursion', source.split('\n').findIndex((l) => l.length > 1000) + 1, /the host stack \(native recursion too deep\)/);
        return;
      }
      assert.equal(r.stdout, expected.stdout, 'stdout');
      assert.equal(r.stderr, expected.stderr, 'stderr');
      assert.equal(r.exitStatus, expected.status, 'exit status');
    });
  }
});

test('random bytes: a decoding message or a run that ends in an answer, all naming lines', () => {
  const r = rng(7_000_001);
  const pieces = ['(', ')', '[', ']', ':', '\n', '    ', 'def ', 'class ', 'lambda', 'x', '=', '"', "'", '\\', '#', '0x', '1e', 'yield', 'await', '\t', '\r', '\x00', '\u00e9', '\ud83d\ude00'];
  for (let i = 0; i < 300; i++) {
    const n = Math.floor(r() * 200);
    let source: string;
    if (i % 2 === 0) {
      const bytes = new Uint8Array(n);
      for (let j = 0; j < n; j++) bytes[j] = Math.floor(r() * 256);
      const decoded = decodeSource(bytes);
      if (!decoded.ok) {
        assert.match(decoded.message, /\(line \d+\)$/);
        continue;
      }
      source = decoded.source;
    } else {
      source = Array.from({ length: n }, () => pieces[Math.floor(r() * pieces.length)]).join('');
    }
    const result = hostile(source, { limits: { maxTimeMs: 2000 } });
    if (result.status === 'syntax-error' || result.status === 'unsupported' || result.status === 'limit') {
      assert.match(result.message ?? '', /\(line \d+\)$/, JSON.stringify(source));
    }
  }
});

test('truncated programs: every prefix of a real program parses or gets a SyntaxError with a line', () => {
  const source = readFileSync(join(__dirname, '..', 'vm', 'cases', 'fuzz_gc_weakref_callback_raises.py'), 'utf8');
  for (let end = 0; end < source.length; end += 7) {
    const r = hostile(source.slice(0, end), { limits: { maxTimeMs: 2000 } });
    assert.ok(['ok', 'error', 'syntax-error'].includes(r.status), `${r.status} at ${end}: ${r.message}`);
    if (r.status === 'syntax-error') assert.match(r.message ?? '', /\(line \d+\)$/);
  }
});

test('infinite loops stop at the step or time budget, wherever they run', () => {
  // The step budget decides (however slow the machine), except for native loops, which take no steps.
  const steps = { limits: { maxSteps: 100_000, maxTimeMs: 120_000 } };
  stopsAt(hostile('n = 0\nwhile True:\n    n += 1\n', steps), 'steps', [2, 3], /100,000 steps/);
  // In a finalizer, called from the decref of a statement.
  stopsAt(hostile('class C:\n    def __del__(self):\n        while True:\n            pass\nC()\n', steps), 'steps', [3, 4], /100,000 steps/);
  // In a weakref callback run by the collector.
  stopsAt(hostile('import gc, weakref\nclass C:\n    pass\ndef cb(r):\n    while True:\n        pass\nc = C()\nc.me = c\nr = weakref.ref(c, cb)\ndel c\ngc.collect()\n', steps),
    'steps', [5, 6], /100,000 steps/);
  stopsAt(hostile('import itertools\nfor x in itertools.repeat(1):\n    pass\n', steps), 'steps', [2, 3], /100,000 steps/);
  stopsAt(hostile('print(sum(range(10**12)))\n', { limits: { maxTimeMs: 300 } }), 'time', 1, /0\.3 s of run time/);
});

test('unbounded recursion: RecursionError below the depth budget, the budget beyond it', () => {
  const r = hostile('def f(n):\n    return f(n + 1)\nf(0)\n');
  assert.equal(r.status, 'ok');
  assert.match(r.stderr, /RecursionError: maximum recursion depth exceeded\n$/);
  stopsAt(hostile('import sys\nsys.setrecursionlimit(10**6)\nclass A:\n    def m(self):\n        return self.m()\nA().m()\n'),
    'recursion', 5, /recursion depth 5,000/);
});

test('memory bombs are refused before the host allocates', () => {
  const bombs: [string, number][] = [
    ['x = [0] * 10**10\n', 1], ["s = 'x' * 10**10\n", 1], ["b = b'x' * 10**9\n", 1], ['b = bytearray(10**10)\n', 1],
    // A tuple this long once reached V8's allocator and crashed the process.
    ['x = (1, 2) * 10**9\n', 1], ["s = 'ab'\nwhile True:\n    s = s * 2\n", 3],
  ];
  for (const [source, line] of bombs) stopsAt(hostile(source), 'memory', line, /64 MiB of memory/);
  stopsAt(hostile('x = list(range(10**10))\n'), 'objects', 1, /300,000 live objects/);
  // Growth a little at a time, measured on the host's heap above where it is now.
  const start = baseline();
  const grows = hostile('l = []\nwhile True:\n    l.append([0] * 100000)\n', { memoryUsage: () => baseline() - start, limits: { maxSteps: 10_000_000, maxTimeMs: 20_000 } });
  assert.equal(grows.status, 'limit');
  assert.ok(grows.outcome.kind === 'limit' && grows.outcome.limit === 'memory', JSON.stringify(grows.outcome));
  assert.match(grows.stderr, /limit reached: 64 MiB of memory \(line 3\)\n$/);
});

test('output floods stop at the output budget, also from finalizers at shutdown', () => {
  stopsAt(hostile("import sys\nwhile True:\n    sys.stdout.write('x' * 1000)\n"), 'output', 3, /65,536 bytes of output/);
  const atExit = hostile("class C:\n    def __del__(self):\n        print('y' * 1000)\nkeep = [C() for i in range(1000)]\nprint('end')\n");
  stopsAt(atExit, 'output', 3, /65,536 bytes of output/);
  assert.ok(atExit.stdout.startsWith('end\n'));
  assert.ok(atExit.stdout.length + atExit.stderr.length <= 64 * 1024 + 200);
});

test('a run after hostile ones starts clean, even after one stopped inside the shutdown collection', () => {
  hostile('x = [0] * 10**10\n');
  hostile('while True:\n    pass\n');
  const stoppedAtExit = "class C:\n    def __del__(self):\n        print('y' * 1000)\n        self.me = self\nkeep = [C() for i in range(200)]\n";
  for (let i = 0; i < 2; i++) assert.equal(hostile(stoppedAtExit).status, 'limit');
  const name = 'shutdown_finalizes_cycles';
  const r = hostile(ORACLE_CASES[name] as string, { filename: `artifacts/fuzz/hostile/${name}.py` });
  assert.equal(r.stdout, EXPECTED[name]?.stdout);
  assert.equal(r.stderr, EXPECTED[name]?.stderr);
});
