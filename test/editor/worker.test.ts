/**
 * The editor's questions through the real engine worker, as the extension asks them (Sessions →
 * EngineClient → worker.ts): the answers cross the thread boundary intact and equal what the
 * model computes in-process for the same snippet.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startRun } from '../../extension/host/run';
import { editorFacts } from '../../extension/editor/model/editor-facts';
import { hoverAt } from '../../extension/editor/model/hover';
import { tsxWorkers } from '../host/workers';
import { colOf, snippet } from './support';

test("the worker answers editorFacts and hover for its run, as the model does in-process", async (t) => {
  const s = snippet('del_then_callbacks');
  const end = await startRun(tsxWorkers, { source: s.source, filename: 'test/editor/snippets/del_then_callbacks.py', profile: 'cpython-3.14', limits: {} }).done;
  assert.equal(end.kind, 'completed');
  if (end.kind !== 'completed') return;
  t.after(() => end.client.dispose());
  const facts = await end.client.call('editorFacts', []);
  assert.ok(facts.ok);
  assert.deepEqual(facts.value, editorFacts(s.index));
  assert.equal(facts.value.lenses[0]?.title, '3 objects freed here · show in graph');
  const col = colOf(s, 14, 'r2');
  const hover = await end.client.call('hover', [14, col]);
  assert.ok(hover.ok);
  assert.deepEqual(hover.value, hoverAt(s.index, 14, col));
  assert.match(hover.value?.markdown ?? '', /`r2\(\)` returns `None` here/);
  const nothing = await end.client.call('hover', [7, 0]);
  assert.deepEqual(nothing, { ok: true, value: null });
});
