/**
 * Sessions (extension/host/sessions.ts) with real engine workers: per document the latest
 * completed run, a newer run cancelling a stale one, events, and the workers released.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Sessions, type RunState, type RunTarget, type Session } from '../../extension/host/sessions';
import { tsxWorkers } from './workers';

const settings = { profile: 'cpython-3.14' as const, limits: { maxTimeMs: 60_000 } };
const target = (uri: string, source: string, version = 1): RunTarget => ({ uri, version, filename: 'a.py', source, lineOffset: 0, columnOffset: 0 });

test('a newer run of a document cancels the stale one; only the newer completes', async (t) => {
  const sessions = new Sessions(tsxWorkers);
  t.after(() => sessions.dispose());
  const states: string[] = [];
  const completed: Session[] = [];
  sessions.onDidChangeState((s: RunState) => states.push(s.kind === 'cancelled' ? `cancelled${s.replaced ? ' (replaced)' : ''}` : s.kind));
  sessions.onDidComplete((s) => completed.push(s));
  const stale = sessions.run(target('file:///a.py', 'while True:\n    pass\n', 1), settings);
  assert.equal(sessions.isRunning('file:///a.py'), true);
  const fresh = sessions.run(target('file:///a.py', 'print("fresh")\n', 2), settings);
  assert.equal((await stale).kind, 'cancelled');
  const done = await fresh;
  assert.equal(done.kind, 'completed');
  assert.deepEqual(states, ['running', 'cancelled (replaced)', 'running', 'completed']);
  assert.equal(completed.length, 1);
  const session = sessions.get('file:///a.py');
  assert.equal(session, completed[0]);
  assert.equal(session?.version, 2);
  assert.equal(session?.report.stdout, 'fresh\n');
  assert.equal(sessions.isRunning('file:///a.py'), false);
});

test('a run stopped by the user is cancelled, not replaced, and leaves the last completed run', async (t) => {
  const sessions = new Sessions(tsxWorkers);
  t.after(() => sessions.dispose());
  const done = await sessions.run(target('file:///s.py', 'x = 1\n'), settings);
  assert.equal(done.kind, 'completed');
  const states: RunState[] = [];
  sessions.onDidChangeState((s) => states.push(s));
  const endless = sessions.run(target('file:///s.py', 'while True:\n    pass\n', 2), settings);
  setTimeout(() => sessions.cancel('file:///s.py'), 200);
  assert.deepEqual(await endless, { uri: 'file:///s.py', kind: 'cancelled', replaced: false });
  assert.deepEqual(states.map((s) => s.kind), ['running', 'cancelled']);
  assert.equal(sessions.get('file:///s.py')?.version, 1);
  assert.equal(sessions.get('file:///s.py')?.disposed, false);
});

test('the previous session answers until the next run completes, then is disposed', async (t) => {
  const sessions = new Sessions(tsxWorkers);
  t.after(() => sessions.dispose());
  const first = await sessions.run(target('file:///b.py', 'x = [1]\n'), settings);
  assert.equal(first.kind, 'completed');
  if (first.kind !== 'completed') return;
  const old = first.session;
  const second = sessions.run(target('file:///b.py', 'y = [2]\n', 2), settings);
  const meanwhile = await old.seek(0);
  assert.equal(meanwhile.ok, true, 'the old run still answers while the new one runs');
  assert.equal((await second).kind, 'completed');
  assert.equal(old.disposed, true);
  const after = await old.seek(0);
  assert.deepEqual(after.ok ? null : after.reason, 'disposed');
});

test('steps, forgetting and eviction', async (t) => {
  const sessions = new Sessions(tsxWorkers, 1);
  t.after(() => sessions.dispose());
  const steps: number[] = [];
  sessions.onDidChangeStep((e) => steps.push(e.step));
  const a = await sessions.run(target('file:///c.py', 'a = 1\nb = 2\n'), settings);
  sessions.setStep('file:///c.py', 1);
  sessions.setStep('file:///c.py', 1);
  assert.deepEqual(steps, [1]);
  assert.equal(sessions.get('file:///c.py')?.step, 1);
  await sessions.run(target('file:///d.py', 'c = 3\n'), settings);
  assert.equal(sessions.get('file:///c.py'), undefined, 'evicted: only one session is kept');
  assert.equal(a.kind === 'completed' && a.session.disposed, true);
  sessions.forget('file:///d.py');
  assert.deepEqual(sessions.all(), []);
});

test('a failing worker is a failed state with its message, not a throw', async (t) => {
  const sessions = new Sessions(() => {
    throw new Error('no threads here');
  });
  t.after(() => sessions.dispose());
  const st = await sessions.run(target('file:///e.py', 'x = 1\n'), settings);
  assert.deepEqual(st, { uri: 'file:///e.py', kind: 'failed', filename: 'a.py', message: 'could not start the engine: no threads here', timedOut: false });
});
