/**
 * Why alive, causes of death, cascades, lifespans and collections, on hand-built traces of small
 * programs (each test shows the Python it stands for).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TraceIndex } from '../../extension/engine/trace/analysis/trace-index';
import { deathOf } from '../../extension/engine/trace/analysis/death';
import { whyAlive } from '../../extension/engine/trace/analysis/why';
import { lifespan } from '../../extension/engine/trace/analysis/lifespan';
import { collections, collectionCycles, explainCollection } from '../../extension/engine/trace/analysis/collections';
import { Program } from './support/program';

const CASCADE = `class A: pass
class B: pass
a = A()
a.child = B()
a = None
`;

test('a cascade reads back to its first cause: `a` rebound → A freed → B freed', () => {
  const p = new Program(CASCADE);
  p.line(1).cls('A');
  p.line(2).cls('B');
  p.line(3).global('a', p.make('A'));
  const a = p.get('a');
  p.line(4);
  const b = p.make('B');
  p.h.setattr(a, 'child', b);
  p.line(5).global('a', p.none);
  const index = new TraceIndex(p.finish());
  const da = deathOf(index, a);
  const db = deathOf(index, b);
  assert.equal(da?.cause.kind, 'rebound');
  assert.equal(da?.line, 5);
  assert.equal(db?.cause.kind, 'rebound');
  assert.deepEqual(db?.cascade.map((c) => c.id), [a, b]);
  assert.equal(db?.text, `\`a\` rebound at line 5 → A#${a} <A object> freed → B#${b} <B object> freed`);
  const why = whyAlive(index, b, index.trace.steps.line.indexOf(5));
  assert.ok(why.state === 'dead');
  assert.deepEqual(why.lastReference, { holder: a, label: '.child', step: why.death.step, line: 5, holderDying: true });
  const whyA = whyAlive(index, a, index.trace.steps.line.indexOf(5));
  assert.ok(whyA.state === 'dead' && whyA.lastReference?.label === 'a' && !whyA.lastReference.holderDying);
  assert.match(whyA.text, /^A#\d+ <A object> was freed at line 5 \(step \d+\): `a` rebound at line 5 → A#\d+ <A object> freed\. Its last reference was a from module#\d+ <module '__main__'>, removed at line 5\.$/);
});

const WHY = `cache = {}
class Item: pass
class Node: pass
item = Item()
item.parent = Node()
cache['k'] = item
del item
`;

test("why alive: the shortest chain from a root, with labels (cache['k'] → Item.parent)", () => {
  const p = new Program(WHY);
  p.line(1).global('cache', p.h.new('dict', { repr: '' }));
  p.line(2).cls('Item');
  p.line(3).cls('Node');
  p.line(4).global('item', p.make('Item'));
  const item = p.get('item');
  p.line(5);
  const node = p.make('Node');
  p.h.setattr(item, 'parent', node);
  p.line(6).h.setitem(p.get('cache'), "'k'", item);
  p.line(7).delGlobal('item');
  p.h.endStatement();
  const trace = p.finish();
  const index = new TraceIndex(trace);
  const step7 = trace.steps.line.indexOf(7);
  const why = whyAlive(index, node, step7);
  assert.equal(why.state, 'alive');
  if (why.state !== 'alive') return;
  assert.equal(why.chains.length, 1);
  assert.equal(why.chains[0]?.text, "cache['k'] → Item.parent");
  assert.deepEqual(why.chains[0]?.links.map((l) => l.label), ['cache', "['k']", '.parent']);
  const before = whyAlive(index, node, trace.steps.line.indexOf(6));
  assert.ok(before.state === 'alive' && before.chains.map((c) => c.text).includes('item.parent'));
  const unborn = whyAlive(index, node, trace.steps.line.indexOf(4));
  assert.equal(unborn.state, 'unborn');
});

const CYCLE = `import gc
class A: pass
a = A()
b = A()
a.other = b
b.other = a
del a, b
print(gc.collect())
`;

function cycleProgram(): { index: TraceIndex; a: number; b: number } {
  const p = new Program(CYCLE);
  p.line(2).cls('A');
  p.line(3).global('a', p.make('A'));
  p.line(4).global('b', p.make('A'));
  const [a, b] = [p.get('a'), p.get('b')];
  p.line(5).h.setattr(a, 'other', b);
  p.line(6).h.setattr(b, 'other', a);
  p.line(7).delGlobal('a');
  p.delGlobal('b');
  p.line(8).h.collect();
  p.h.print('2\n');
  return { index: new TraceIndex(p.finish()), a, b };
}

test('an object kept only by a cycle: the cycle, and the collection that frees it', () => {
  const { index, a, b } = cycleProgram();
  const step7 = index.trace.steps.line.indexOf(7);
  const why = whyAlive(index, a, step7);
  assert.equal(why.state, 'alive');
  if (why.state !== 'alive') return;
  assert.equal(why.chains.length, 0);
  assert.deepEqual(why.cycleOnly?.cycle, [a, b, a]);
  assert.equal(why.cycleOnly?.collection?.line, 8);
  assert.match(why.cycleOnly?.text ?? '', /on the cycle A#\d+ → A#\d+ → A#\d+; the collection at line 8/);
  const d = deathOf(index, b);
  assert.equal(d?.cause.kind, 'gc');
  assert.equal(d?.cause.collection?.line, 8);
});

test('collections explained: generation, unreachable set, cycles, freed, return value', () => {
  const { index, a, b } = cycleProgram();
  const [c, last] = collections(index);
  assert.ok(c !== undefined && last !== undefined);
  assert.equal(c.reason, 'manual');
  assert.equal(c.generation, 2);
  assert.deepEqual([...c.unreachable].sort(), [a, b].sort());
  assert.deepEqual(collectionCycles(index, c), [[a, b, a]]);
  assert.deepEqual([...c.freed].sort(), [a, b].sort());
  assert.equal(c.returned, 2);
  assert.equal(last.reason, 'shutdown');
  assert.equal(explainCollection(index, c), `gc.collect() at line 8 (generation 2) found 2 unreachable objects in 1 cycle (A#${a} → A#${b} → A#${a}); freed 2 objects; gc.collect() returned 2.`);
});

const DEL = `import weakref
class R:
    def __del__(self):
        print('bye')
def cb(ref): print('callback')
r = R()
w = weakref.ref(r, cb)
del r
`;

test('what ran during a death, in order: __del__ (and its output), then the weakref callback, then free', () => {
  const p = new Program(DEL);
  p.line(2).cls('R');
  p.line(5).global('cb', p.h.new('function', { repr: '<function cb>' }));
  p.line(6).global('r', p.make('R', { finalizer: true }));
  const r = p.get('r');
  p.line(7).global('w', p.h.weakref(r, p.get('cb')));
  p.h.onDel.set(r, () => {
    p.h.call('R.__del__');
    p.line(4).h.print('bye\n');
    p.h.ret();
    p.line(8); // the statement resumes (the recorder's resumeAfterCall)
  });
  p.h.onCall.set(p.get('cb'), () => {
    p.h.call('cb');
    p.line(5).h.print('callback\n');
    p.h.ret();
    p.line(8);
  });
  p.line(8).delGlobal('r');
  const index = new TraceIndex(p.finish());
  const life = lifespan(index, r);
  assert.equal(life.bornLine, 6);
  assert.equal(life.death?.cause.kind, 'del');
  assert.equal(life.death?.cause.text, '`del r` at line 8');
  assert.deepEqual(life.duringDeath.filter((e) => e.kind !== 'phase').map((e) => `${e.kind}@${e.line}`), ['del@8', 'output@4', 'weakref_callback@8', 'output@5', 'free@8']);
});

test('scope exit, temporaries, cleared containers, removed entries and shutdown are told apart', () => {
  const p = new Program(`class A: pass
def f():
    x = A()
f()
print(A())
lst = [A(), A()]
lst.clear()
d = {'k': A()}
del d['k']
keep = A()
`);
  p.line(1).cls('A');
  p.line(4);
  p.h.call('f');
  p.line(3).h.bind('x', p.make('A'));
  const x = p.h.target(p.h.frame, 'x');
  p.h.ret();
  p.line(5);
  const temp = p.make('A');
  p.line(6);
  const lst = p.h.new('list', { repr: '' });
  const [l1, l2] = [p.make('A'), p.make('A')];
  p.h.append(lst, l1);
  p.h.append(lst, l2);
  p.global('lst', lst);
  p.line(7).h.clear(lst);
  p.line(8);
  const d = p.h.new('dict', { repr: '' });
  const dv = p.make('A');
  p.h.setitem(d, "'k'", dv);
  p.global('d', d);
  p.line(9).h.delitem(d, "'k'");
  p.line(10).global('keep', p.make('A'));
  const keep = p.get('keep');
  const index = new TraceIndex(p.finish());
  assert.equal(deathOf(index, x)?.cause.kind, 'scope_exit');
  assert.equal(deathOf(index, temp)?.cause.kind, 'temporary');
  assert.equal(deathOf(index, temp)?.line, 5);
  assert.equal(deathOf(index, l1)?.cause.kind, 'container_cleared');
  assert.equal(deathOf(index, l2)?.cause.kind, 'container_cleared');
  assert.equal(deathOf(index, dv)?.cause.kind, 'removed');
  assert.equal(deathOf(index, dv)?.cause.what, "d['k']");
  assert.equal(deathOf(index, keep)?.cause.kind, 'shutdown');
});
