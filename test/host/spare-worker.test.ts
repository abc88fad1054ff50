/** A worker loaded ahead of need (extension/host/spare-worker.ts): given to the next run, never twice, never dead. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpareWorkers } from '../../extension/host/spare-worker';
import { startRun } from '../../extension/host/run';
import type { WorkerLike } from '../../extension/host/engine-client';
import { SilentWorker, tsxWorkers } from './workers';

test('the spare goes to the next run, which prints what a fresh worker prints', async (t) => {
  let made = 0;
  const spares = new SpareWorkers(() => {
    made++;
    return tsxWorkers();
  });
  t.after(() => spares.dispose());
  const request = { source: 'import weakref\nclass A: pass\na = A()\nr = weakref.ref(a)\ndel a\nprint(r())\n', filename: 'a.py', profile: 'cpython-3.14' as const, limits: {} };
  const first = await startRun(spares.take, request).done;
  assert.equal(made, 2, 'one worker for the run, one spare made ready');
  const second = await startRun(spares.take, request).done;
  assert.equal(made, 3, 'the second run took the spare');
  for (const end of [first, second]) {
    assert.equal(end.kind, 'completed');
    if (end.kind !== 'completed') continue;
    end.client.dispose();
    assert.equal(end.report.stdout, 'None\n');
    assert.equal(end.report.summary.filename, 'a.py');
  }
});

test('a spare that died waiting is not handed out', async () => {
  const made: SilentWorker[] = [];
  const spares = new SpareWorkers((): WorkerLike => {
    const w = new SilentWorker();
    made.push(w);
    return w;
  });
  spares.take();
  assert.equal(made.length, 2);
  await made[1]?.terminate();
  const next = spares.take();
  assert.notEqual(next, made[1]);
  assert.equal(made.length, 4);
  spares.dispose();
  assert.equal(made[3]?.terminated, true, 'dispose stops the spare');
});
