/**
 * `weakscope run` through the CLI's own entry (the same path as `node dist/cli.js run`): every
 * test/vm/cases program prints what CPython 3.14 printed for it and exits with its status, with
 * the trace recorded (the default) and without; --trace writes the protocol's JSON; --timeline
 * interleaves the output with the lifetime account; budgets stop a run with a message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../extension/cli/main';
import { runCli } from '../support/cli';
import { TRACE_VERSION } from '../../extension/protocol/trace';

const CASES = join(__dirname, '..', 'vm', 'cases');
const names = readdirSync(CASES).filter((n) => n.endsWith('.py')).sort();

interface Expected {
  stdout: string;
  stderr: string;
  status: number;
}

for (const flags of [[], ['--no-trace']] as string[][]) {
  test(`weakscope run ${flags.join(' ')} behaves like python3.14 FILE.py`, async (t) => {
    for (const name of names) {
      await t.test(name, () => {
        const rel = `test/vm/cases/${name}`;
        const expected = JSON.parse(readFileSync(join(CASES, name.replace(/\.py$/, '.expected.json')), 'utf8')) as Expected;
        const r = runCli(['run', ...flags, rel]);
        assert.equal(r.stdout, expected.stdout, 'stdout');
        assert.equal(r.stderr, expected.stderr, 'stderr');
        assert.equal(r.status, expected.status, 'exit status');
      });
    }
  });
}

test('--trace writes the trace as JSON with its version and plain arrays', () => {
  const written = new Map<string, string>();
  let stdout = '';
  const status = main(['run', '--trace', 'out.json', 'test/vm/cases/trace_gc.py'], {
    stdout: (s) => { stdout += s; },
    stderr: () => undefined,
    readFile: (p) => readFileSync(p),
    writeFile: (p, pieces) => { written.set(p, [...pieces].join('')); },
  });
  assert.equal(status, 0);
  assert.match(stdout, /collect 2/);
  const json = JSON.parse(written.get('out.json') as string) as {
    version: number; detail: string; strings: string[]; outcome: { kind: string };
    steps: { count: number; line: number[] }; events: { count: number; kind: number[] }; objects: { count: number; flags: number[] };
  };
  assert.equal(json.version, TRACE_VERSION);
  assert.equal(json.detail, 'default');
  assert.equal(json.outcome.kind, 'completed');
  assert.ok(Array.isArray(json.steps.line) && json.steps.line.length === json.steps.count && json.steps.count > 10);
  assert.ok(Array.isArray(json.events.kind) && json.events.kind.length === json.events.count);
  assert.equal(json.objects.flags.length, json.objects.count);
  assert.ok(json.strings.includes('Node'));
});

test('--timeline interleaves the program output with the lifetime timeline', () => {
  const r = runCli(['run', '--timeline', 'test/vm/cases/trace_gc.py']);
  assert.equal(r.status, 0);
  const lines = r.stdout.split('\n');
  // The program's own lines, in its order, unchanged.
  const program = lines.filter((l) => l !== '' && !l.startsWith('│') && !l.startsWith('──'));
  assert.deepEqual(program, ['callback', 'del a', 'del b', 'collect 2', 'again 0']);
  const text = r.stdout;
  for (const want of ['+ Node#', '(has __del__) created', 'gc: collecting all generations (gc.collect())', 'found 2 unreachable', 'handle_weakrefs',
    'finalize_garbage', '.__del__() runs', 'delete_garbage', 'gc.collect() returns 2', '── interpreter shutdown']) {
    assert.ok(text.includes(want), `timeline mentions ${want}`);
  }
  assert.ok(text.indexOf('callback gone(') < text.indexOf('\ncallback\n'), 'the callback is announced before it prints');
});

test('--timeline leaves out the weakrefs classes keep to their subclasses', () => {
  const r = runCli(['run', '--timeline', 'examples/cache.py']);
  assert.equal(r.status, 0);
  // `import weakref` and `class Image:` each make such refs (type.__subclasses__() reads them).
  assert.doesNotMatch(r.stdout, /ReferenceType#\d+ → type#/);
  assert.match(r.stdout, /KeyedRef#\d+ → Image#\d+ \(weak, with callback\)/);
});

test('a reader that stops early ends the command quietly (EPIPE), without a stack trace', () => {
  const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
  const flood = join(mkdtempSync(join(tmpdir(), 'weakscope-cli-')), 'flood.py');
  writeFileSync(flood, 'for i in range(100000):\n    print(i)\n');
  const r = spawnSync('sh', ['-c', `node "${cli}" run --timeline "${flood}" | head -1`], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.equal(r.stdout.split('\n').filter((l) => l !== '').length, 1);
  assert.doesNotMatch(r.stderr, /EPIPE|at .*\.js:\d+/);
});

test('a budget stops the run with a message naming it and the line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'weakscope-cli-'));
  const path = join(dir, 'spin.py');
  writeFileSync(path, 'n = 0\nwhile True:\n    n += 1\n');
  const r = runCli(['run', '--max-steps', '1000', path]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^limit reached: 1,000 steps \(line [23]\)\n$/);
  const missing = runCli(['run', join(dir, 'nope.py')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /can't open file/);
});

// The bundle users run (npm test builds it first): the same behaviour as the sources.
const BUNDLE = join(__dirname, '..', '..', 'dist', 'cli.js');
test('the bundled CLI (dist/cli.js) runs programs as python3.14 does', { skip: !existsSync(BUNDLE) && 'dist/cli.js is not built' }, () => {
  for (const name of ['trace_deaths.py', 'trace_gc.py', 'weakref_callbacks.py', 'exception_keeps_frame.py', 'uncaught_in_function.py']) {
    const rel = `test/vm/cases/${name}`;
    const expected = JSON.parse(readFileSync(join(CASES, name.replace(/\.py$/, '.expected.json')), 'utf8')) as Expected;
    const r = spawnSync(process.execPath, [BUNDLE, 'run', rel], { cwd: join(__dirname, '..', '..'), encoding: 'utf8' });
    assert.equal(r.stdout, expected.stdout, `${name} stdout`);
    assert.equal(r.stderr, expected.stderr, `${name} stderr`);
    assert.equal(r.status, expected.status, `${name} exit status`);
  }
});
