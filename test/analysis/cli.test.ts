/**
 * `weakscope why` and `weakscope lint`, as a user's terminal sees them (real runs of the engine;
 * skipped, saying why, when it cannot run them), plus the argument errors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli';
import { engineRun } from './support/engine';

const dir = mkdtempSync(join(tmpdir(), 'weakscope-analysis-'));

function file(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

/** The snippet runs on the engine (the CLI's output is checked afterwards), or the test fails. */
async function assertRuns(source: string): Promise<void> {
  const r = await engineRun(source);
  if (typeof r === 'string') assert.fail(r);
}

const WHY = `cache = {}
class Item: pass
class Node: pass
item = Item()
item.parent = Node()
cache['k'] = item
node = item.parent
del item
print('done')
`;

test('why: the chains that keep an object alive, and its fate', async () => {
  await assertRuns(WHY);
  const path = file('why.py', WHY);
  const r = runCli(['why', path, '--line', '7', '--name', 'node']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.match(lines[0] ?? '', /^`node` at line 7 \(execution 1 of 1, step \d+\) is Node#\d+ <Node object>$/);
  assert.ok(r.stdout.includes("  cache['k'] → Item.parent\n"), r.stdout);
  assert.ok(r.stdout.includes('  node\n'), r.stdout);
  assert.match(r.stdout, /born at line 5 \(step \d+\); freed at shutdown \(step \d+\): /);
});

test('why --json: the same as data', async () => {
  await assertRuns(WHY);
  const path = file('why.py', WHY);
  const r = runCli(['why', path, '--line', '8', '--name', 'item', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const data = JSON.parse(r.stdout) as { name: string; why: { state: string; chains: { text: string }[] } };
  assert.equal(data.name, 'item');
  assert.equal(data.why.state, 'alive');
  assert.deepEqual(data.why.chains.map((c) => c.text), ["cache['k']"]);
});

test('why: an unknown name, a missing option, a line that never ran', async () => {
  await assertRuns(WHY);
  const path = file('why.py', WHY);
  const unknown = runCli(['why', path, '--line', '7', '--name', 'nope']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /no name `nope` on line 7/);
  const missing = runCli(['why', path, '--name', 'x']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /--line takes a line number/);
  const never = file('never.py', 'def f():\n    x = 1\n');
  const r = runCli(['why', never, '--line', '2', '--name', 'x']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /line 2 never ran/);
});

const LINT = `import gc
class A:
    def __del__(self): print('del')
a = A(); b = A()
a.other = b; b.other = a
del a, b
gc.collect()
graveyard = []
class Z:
    def __del__(self):
        graveyard.append(self)
z = Z()
del z
`;

test('lint: compiler-like warnings, notes, exit status 1', async () => {
  await assertRuns(LINT);
  const path = file('lint.py', LINT);
  const r = runCli(['lint', path]);
  assert.equal(r.status, 1, r.stderr);
  const warnings = r.stdout.split('\n').filter((l) => l.includes(': warning: '));
  assert.equal(warnings.length, 2);
  assert.match(warnings[0] ?? '', new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:5:\\d+: warning: reference cycle .* \\[del-cycle\\]$`));
  assert.match(warnings[1] ?? '', /:11:9: warning: __del__ of Z#\d+ <Z object> resurrects its object: it stores self in `graveyard\[0\]`.* \[del-resurrects\]$/);
  assert.ok(r.stdout.includes(': note: fix: '));
});

test('lint --json, and a clean program exits 0', async () => {
  await assertRuns(LINT);
  const json = runCli(['lint', file('lint.py', LINT), '--json']);
  assert.equal(json.status, 1);
  const findings = JSON.parse(json.stdout) as { id: string; line: number; col: number; fix: string }[];
  assert.deepEqual(findings.map((f) => [f.id, f.line]), [['del-cycle', 5], ['del-resurrects', 11]]);
  const clean = runCli(['lint', file('clean.py', 'x = [1]\nprint(x)\n')]);
  assert.equal(clean.status, 0);
  assert.equal(clean.stdout, '');
});

test('lint: a program with a syntax error is not linted (status 2, the SyntaxError on stderr)', async () => {
  await assertRuns('x = 1\n');
  const r = runCli(['lint', file('bad.py', 'x = (\n')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /SyntaxError/);
});
