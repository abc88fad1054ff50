/**
 * The engine in a worker thread, as the extension runs it: the real worker running the real engine
 * on real snippets, then answering questions about the trace it keeps.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EngineClient } from '../../extension/host/engine-client';
import { startRun } from '../../extension/host/run';
import type { RunRequest } from '../../extension/protocol/rpc';
import { SilentWorker, tsxWorkers } from './workers';

const request = (source: string, limits: RunRequest['limits'] = {}): RunRequest => ({ source, filename: 'snippet.py', profile: 'cpython-3.14', limits });

test('a run in the worker reports the program and answers seek, details, whyAlive, nameAt and lints', async (t) => {
  const source = readFileSync('examples/cache.py', 'utf8');
  const end = await startRun(tsxWorkers, request(source)).done;
  assert.equal(end.kind, 'completed');
  if (end.kind !== 'completed') return;
  const client = end.client;
  t.after(() => client.dispose());
  const report = end.report;
  assert.equal(report.status, 'ok');
  assert.equal(report.profile, 'CPython 3.14');
  assert.match(report.stdout, /^loaded logo\.png\n/);
  assert.ok(report.stepCount > 10);
  assert.equal(report.summary.stepCount, report.stepCount);
  assert.equal(report.summary.problem, null);

  // `again = load(...)`: the step after it has `again` bound to the Image that `logo` names too.
  const againLine = source.split('\n').findIndex((l) => l.startsWith('again =')) + 1;
  const step = report.summary.lines.indexOf(againLine + 1);
  const graph = await client.call('seek', [step]);
  assert.ok(graph.ok);
  if (!graph.ok) return;
  assert.equal(graph.value.step, step);
  const image = graph.value.nodes.find((n) => n.typeName === 'Image');
  assert.ok(image !== undefined, 'the Image is on the graph');
  assert.ok(image.names.includes('logo') && image.names.includes('again'), image.names.join(', '));
  assert.ok(graph.value.edges.some((e) => e.to === image.id && e.kind === 'weak'), 'the cache refers to it weakly');

  const details = await client.call('details', [image.id, step]);
  assert.ok(details.ok && details.value.id === image.id && details.value.whyAlive.length > 0);

  const why = await client.call('whyAlive', [image.id, step]);
  assert.ok(why.ok && why.value.state === 'alive');

  const name = await client.call('nameAt', [againLine, 0, step]);
  assert.ok(name.ok && name.value !== null);
  if (name.ok && name.value !== null) {
    assert.equal(name.value.name, 'again');
    assert.equal(name.value.object, image.id);
  }
  const lints = await client.call('lints', []);
  assert.ok(lints.ok && Array.isArray(lints.value));
  const json = await client.call('traceJson', []);
  assert.ok(json.ok);
  if (json.ok) assert.equal((JSON.parse(json.value.join('')) as { filename: string }).filename, 'snippet.py');
  const bad = await client.call('details', [1e9, 0]);
  assert.deepEqual(bad.ok ? null : bad.reason, 'error');
});

test('a syntax error is a report with its line, not a failure', async () => {
  const end = await startRun(tsxWorkers, request('x = 1\nif x\n    pass\n')).done;
  assert.equal(end.kind, 'completed');
  if (end.kind !== 'completed') return;
  end.client.dispose();
  assert.equal(end.report.status, 'syntax-error');
  assert.equal(end.report.line, 2);
  assert.equal(end.report.summary.problem?.kind, 'syntax_error');
});

test('a run over its step budget stops with the limit named, and its trace up to there', async () => {
  const end = await startRun(tsxWorkers, request('n = 0\nwhile True:\n    n += 1\n', { maxSteps: 500 })).done;
  assert.equal(end.kind, 'completed');
  if (end.kind !== 'completed') return;
  end.client.dispose();
  assert.equal(end.report.status, 'limit');
  assert.equal(end.report.limit, 'steps');
  assert.match(end.report.message ?? '', /^limit reached: 500 steps \(line [23]\)$/);
  assert.equal(end.report.summary.problem?.kind, 'limit');
  assert.ok(end.report.stepCount >= 499);
});

test('a run can be cancelled mid-way, and the next run gets a fresh worker', async () => {
  const running = startRun(tsxWorkers, request('while True:\n    pass\n', { maxTimeMs: 60_000 }));
  setTimeout(() => running.cancel(), 300);
  const end = await running.done;
  assert.equal(end.kind, 'cancelled');
  const next = await startRun(tsxWorkers, request('print(6 * 7)\n')).done;
  assert.equal(next.kind, 'completed');
  if (next.kind === 'completed') {
    next.client.dispose();
    assert.equal(next.report.stdout, '42\n');
  }
});

test('questions before any run are answered as errors', async (t) => {
  const client = new EngineClient(tsxWorkers);
  t.after(() => client.dispose());
  const r = await client.call('seek', [0]);
  assert.deepEqual(r, { ok: false, reason: 'error', error: 'no run to ask about: run a program first' });
});

test('a worker that does not answer in time is terminated and the run fails with the time limit', async () => {
  const worker = new SilentWorker();
  const end = await startRun(() => worker, request('x = 1\n', { maxTimeMs: 20 }), 30).done;
  assert.equal(end.kind, 'failed');
  if (end.kind === 'failed') {
    assert.equal(end.timedOut, true);
    assert.match(end.message, /^limit reached: time/);
  }
  assert.equal(worker.terminated, true);
});

test('a crashed worker fails its pending calls and later ones, without throwing', async () => {
  const worker = new SilentWorker();
  const client = new EngineClient(() => worker);
  const pending = client.call('summary', []);
  await worker.terminate();
  const r = await pending;
  assert.equal(r.ok ? null : r.reason, 'crashed');
  const later = await client.call('summary', []);
  assert.equal(later.ok ? null : later.reason, 'crashed');
});
