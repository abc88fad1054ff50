/**
 * One process runs many programs (the CLI's tests, the fuzzer, a reused engine worker): nothing a
 * run leaves behind may reach the next one. Each case runs a program that leaves something
 * behind — a limit hit before its atexit handlers ran, a class kept alive past its run — and then
 * checks that the next run sees a fresh interpreter, as `python3.14 FILE.py` does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../../extension/engine/index';

test('atexit handlers of a run stopped by a limit do not run at the end of the next run', () => {
  const stopped = run('import atexit\natexit.register(print, "bye from the first run")\nwhile True:\n    pass\n', { maxSteps: 1000 });
  assert.equal(stopped.status, 'limit');
  const next = run('print("second run")\n');
  assert.equal(next.stdout, 'second run\n');
});

test("a class that outlives its run is not among the next run's object.__subclasses__()", () => {
  const count = 'print(len(object.__subclasses__()))\n';
  const before = run(count).stdout;
  // capi.Py_INCREF without a Py_DECREF leaks the class past the end of its run.
  const leaked = run('import capi\nclass Leaked:\n    pass\ncapi.Py_INCREF(Leaked)\n');
  assert.match(leaked.stderr, /capi: 1 leaked reference/);
  assert.equal(leaked.status, 'ok');
  assert.equal(run(count).stdout, before);
});
