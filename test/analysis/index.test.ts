/** TraceIndex: every seek agrees with a naive replay of the contract, on synthetic traces. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TraceIndex } from '../../extension/engine/trace/analysis/trace-index';
import { diffSteps } from '../../extension/engine/trace/analysis/diff';
import { generateTrace, mulberry32 } from '../../bench/synthetic/generate-trace';
import { SimHeap } from '../../bench/synthetic/sim-heap';
import { naiveHeap } from './support/naive';

function viewEdges(index: TraceIndex, position: number): Map<string, number> {
  const view = index.at(position);
  const m = new Map<string, number>();
  for (const e of view.edges) {
    const key = `${view.from(e)}->${view.to(e)}:${index.edgeLabel(e)}:${index.edgeFlags(e) & ~2}`;
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  return m;
}

test('every seek matches a naive replay (synthetic trace with cycles, weakrefs, calls, collections)', () => {
  const trace = generateTrace({ steps: 1500, seed: 7, globals: 12, cacheLimit: 60, collectEvery: 300 });
  const index = new TraceIndex(trace);
  const random = mulberry32(3);
  const positions = [0, 1, trace.events.count, ...Array.from({ length: 40 }, () => Math.floor(random() * trace.events.count))];
  for (const p of positions) {
    const naive = naiveHeap(trace, p);
    const view = index.at(p);
    assert.deepEqual(new Set(view.objects), naive.objects, `objects at ${p}`);
    for (const id of naive.objects) assert.equal(view.refcnt(id), naive.refcnt.get(id) ?? -1, `refcnt of ${id} at ${p}`);
    assert.deepEqual(viewEdges(index, p), naive.edges, `edges at ${p}`);
  }
});

test('checkpoints are taken in a long trace and seeks stay exact across them', () => {
  const trace = generateTrace({ steps: 8000, seed: 11, globals: 30, cacheLimit: 500, collectEvery: 4000 });
  const index = new TraceIndex(trace);
  for (const p of [5000, 40_000, trace.events.count - 3]) {
    const q = Math.min(p, trace.events.count);
    assert.deepEqual(new Set(index.at(q).objects), naiveHeap(trace, q).objects);
    assert.deepEqual(viewEdges(index, q), naiveHeap(trace, q).edges);
  }
});

test('an edge whose endpoint is freed without an edge_remove disappears with it (contract: free removes its edges)', () => {
  const h = new SimHeap();
  h.call('<module>');
  h.step(1);
  const a = h.new('A');
  const b = h.new('B');
  h.bind('a', a);
  h.bind('b', b);
  h.endStatement();
  // A hand-written edge that nothing removes, then a free of its target.
  h.w.event('edge_add', a, b, h.w.intern('x'), h.w.edgeFlags('attr', false, false));
  h.step(2);
  h.w.event('free', b);
  const trace = h.finish();
  const index = new TraceIndex(trace);
  const view = index.seek(trace.steps.count - 1);
  assert.equal(view.isAlive(b), false);
  assert.equal([...view.edges].some((e) => view.to(e) === b), false);
});

test('diffSteps reports births, deaths, references and refcounts between two steps', () => {
  const h = new SimHeap();
  const main = h.module('__main__');
  h.call('<module>');
  h.step(1);
  const a = h.new('A');
  h.bind('a', a, main);
  h.step(2);
  const b = h.new('B');
  h.bind('b', b, main);
  h.setattr(a, 'peer', b);
  h.step(3);
  h.unlink(main, 'a', 'name');
  const trace = h.finish();
  const index = new TraceIndex(trace);
  const d12 = diffSteps(index, 1, 2);
  assert.deepEqual(d12.born, [b]);
  assert.deepEqual(d12.freed, []);
  assert.ok(d12.edgesAdded.some((e) => e.from === a && e.to === b && e.label === 'peer'));
  const d23 = diffSteps(index, 2, 3);
  assert.deepEqual(d23.freed, [a]);
  assert.ok(d23.refcnts.some((r) => r.id === b && r.before === 2 && r.after === 1));
});
