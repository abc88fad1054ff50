/**
 * Weak containers: entries at any step, each eviction's step and cause, removals pending while a
 * referent's callbacks have not run yet, and the details pane's entries — on model traces shaped
 * as the engine's Python weakref module makes them (its WeakValueDictionary is in progress), and
 * on real runs once it runs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TraceIndex } from '../../extension/engine/trace/analysis/trace-index';
import { weakContainerAt, weakContainers } from '../../extension/engine/trace/analysis/weak-containers';
import { details } from '../../extension/engine/trace/analysis/details';
import { Program } from './support/program';
import { WeakrefModel } from './support/weakref-model';
import { realTrace } from './support/engine';

const SOURCE = `import weakref
class Obj: pass
cache = weakref.WeakValueDictionary()
a = Obj(); b = Obj()
cache['a'] = a
cache['b'] = b
del a
cache['b'] = Obj()
print(len(cache))
`;

function model(): { index: TraceIndex; cache: number; a: number; b: number; c: number } {
  const p = new Program(SOURCE);
  const w = new WeakrefModel(p);
  p.line(2).cls('Obj');
  p.line(3).global('cache', w.wvd());
  const cache = p.get('cache');
  p.line(4).global('a', p.make('Obj'));
  p.global('b', p.make('Obj'));
  const [a, b] = [p.get('a'), p.get('b')];
  p.line(5);
  w.wvdSet(cache, "'a'", a);
  p.line(6);
  w.wvdSet(cache, "'b'", b);
  p.line(7).delGlobal('a');
  p.line(8);
  const c = p.make('Obj');
  w.wvdSet(cache, "'b'", c);
  p.line(9);
  return { index: new TraceIndex(p.finish()), cache, a, b, c };
}

function stepOf(index: TraceIndex, line: number): number {
  return index.trace.steps.line.indexOf(line);
}

test('WeakValueDictionary entries over time, with each eviction and its cause (model)', () => {
  const { index, cache, a, c } = model();
  assert.deepEqual(weakContainers(index), [cache]);
  const at6 = weakContainerAt(index, cache, stepOf(index, 6));
  assert.equal(at6?.kind, 'WeakValueDictionary');
  assert.deepEqual(at6?.entries.map((e) => e.key), ["'a'", "'b'"]);
  const at7 = weakContainerAt(index, cache, stepOf(index, 7));
  assert.deepEqual(at7?.entries.map((e) => e.key), ["'b'"]);
  const evicted = at7?.evicted[0];
  assert.equal(evicted?.referent, a);
  assert.equal(evicted?.removedLine, 7);
  assert.ok(evicted?.referentDied);
  assert.match(evicted?.cause ?? '', /^Obj#\d+ <Obj object> died \(`del a` at line 7\); its entry was removed at line 7$/);
  // Line 8 replaces b's entry with a temporary that dies at once: both leave.
  const at8 = weakContainerAt(index, cache, stepOf(index, 8));
  assert.deepEqual(at8?.entries.map((e) => e.key), []);
  const replaced = at8?.evicted.find((e) => e.addedLine === 6);
  assert.match(replaced?.cause ?? '', /removed at line 8 while Obj#\d+ <Obj object> was alive/);
  const temp = at8?.evicted.find((e) => e.referent === c);
  assert.ok(temp?.referentDied && temp.addedStep === temp.referentDiedStep);
});

test('an entry whose referent died before its callback ran is pending removal (model)', () => {
  const p = new Program(SOURCE);
  const w = new WeakrefModel(p);
  p.line(2).cls('Obj');
  p.line(3).global('cache', w.wvd());
  const cache = p.get('cache');
  p.line(4).global('a', p.make('Obj'));
  p.line(5);
  w.wvdSet(cache, "'a'", p.get('a'));
  // The callback is not run (as while the dictionary is being iterated): the entry stays, dead.
  p.h.onCall.clear();
  p.line(7);
  const remove = p.h.target(cache, '_remove');
  p.h.onCall.set(remove, () => undefined);
  p.delGlobal('a');
  const index = new TraceIndex(p.finish());
  const state = weakContainerAt(index, cache, stepOf(index, 7));
  assert.equal(state?.entries.length, 1);
  assert.ok(state?.entries[0]?.pending);
  const d = details(index, cache, stepOf(index, 7));
  assert.match(d.weakEntries?.[0]?.evicted ?? '', /^pending removal: its referent died at step \d+$/);
});

test('details lists live and evicted entries of a weak container (model)', () => {
  const { index, cache } = model();
  const d = details(index, cache, stepOf(index, 7));
  assert.deepEqual(d.weakEntries?.map((e) => [e.key, e.evicted === null]), [["'b'", true], ["'a'", false]]);
});

test('WeakValueDictionary on a real run: the same history', async () => {
  const trace = await realTrace(SOURCE, ['WeakValueDictionary']);
  const index = new TraceIndex(trace);
  const [cache] = weakContainers(index);
  assert.ok(cache !== undefined);
  const at7 = weakContainerAt(index, cache, stepOf(index, 7));
  assert.deepEqual(at7?.entries.map((e) => e.key), ["'b'"]);
  assert.equal(at7?.evicted[0]?.removedLine, 7);
  assert.ok(at7?.evicted[0]?.referentDied);
});
