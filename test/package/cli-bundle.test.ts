/**
 * The minified production bundle runs the engine as the sources do. Minifying renames, drops and
 * reorders code, and a bundle evaluates modules in its own order (import cycles in the engine make
 * that order matter), so the production CLI is built here and a few conformance programs — a
 * cycle with finalizers, a traceback, a realistic weakref program — must print exactly what
 * CPython 3.14 printed for them (recorded by scripts/record-conformance.mjs).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './vsix';

const PROGRAMS = [
  'test/conformance/lifetime/cycle_with_del_finalizers_order.py',
  'test/conformance/lifetime/error_uncaught_in_nested_calls_traceback.py',
  'test/conformance/weakref/realistic_gui_widget_callbacks_weakmethod.py',
];

interface Expected {
  stdout: string;
  stderr: string;
  status: number | boolean;
}

test('the production CLI bundle prints what CPython 3.14 printed', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'weakscope-prod-'));
  t.after(() => rmSync(out, { recursive: true, force: true }));
  const webpack = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const build = spawnSync(process.execPath, [webpack, '--mode', 'production', '--config-name', 'cli', '--output-path', out], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, `webpack failed:\n${build.stdout}\n${build.stderr}`);
  const cli = join(out, 'cli.js');
  assert.ok(!readFileSync(cli, 'utf8').includes('./extension/engine/'), 'the bundle is not a production build');

  const passing = readFileSync(join(ROOT, 'test', 'conformance', 'passing.txt'), 'utf8').split('\n');
  for (const rel of PROGRAMS) {
    await t.test(rel, () => {
      assert.ok(passing.includes(rel), `${rel} is not in passing.txt: pick a program the engine passes`);
      const expected = JSON.parse(readFileSync(join(ROOT, `${rel}.expected.json`), 'utf8')) as Expected;
      const r = spawnSync(process.execPath, [cli, 'run', rel], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(r.stdout, expected.stdout, 'stdout');
      assert.equal(r.stderr, expected.stderr, 'stderr');
      assert.equal(r.status, Number(expected.status), 'exit status');
    });
  }
});
