/**
 * What the webview and the hovers receive — graphAt, summarize, details, per-line facts — on
 * traces of real programs from run() (skipped, saying why, if the engine cannot run them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TraceIndex } from '../../extension/engine/trace/analysis/trace-index';
import { graphAt } from '../../extension/engine/trace/analysis/graph';
import { summarize } from '../../extension/engine/trace/analysis/summary';
import { details } from '../../extension/engine/trace/analysis/details';
import { perLine } from '../../extension/engine/trace/analysis/line-facts';
import { lifespan } from '../../extension/engine/trace/analysis/lifespan';
import { deathOf } from '../../extension/engine/trace/analysis/death';
import { whyAlive } from '../../extension/engine/trace/analysis/why';
import { collections, explainCollection } from '../../extension/engine/trace/analysis/collections';
import { rootBindings } from '../../extension/engine/trace/analysis/roots';
import { realTrace } from './support/engine';

// The lines of WEAK_PROGRAM, without weakref (so that it runs on an engine whose weakref module is in progress).
const PROGRAM = `import gc
class A:
    def __del__(self):
        print('del A')
class B: pass
def cb(r): print('callback')
a = A()
a.child = B()
w = [cb]
cache = {'k': a}
def f(x):
    y = [x]
    return len(y)
f(a)
del a
cache.clear()
x = B(); y = B(); x.o = y; y.o = x
del x, y
print(gc.collect())
`;

const WEAK_PROGRAM = PROGRAM.replace('import gc', 'import weakref, gc').replace('w = [cb]', 'w = weakref.ref(a, cb)');

async function indexOf(source = PROGRAM): Promise<TraceIndex> {
  return new TraceIndex(await realTrace(source));
}

function stepOf(index: TraceIndex, line: number, nth = 0): number {
  const steps: number[] = [];
  index.trace.steps.line.forEach((l, s) => {
    if (l === line) steps.push(s);
  });
  return steps[nth] ?? -1;
}

test('graphAt: names, labels, modules drawn in place of their __dict__', async () => {
  const index = await indexOf();
  const g = graphAt(index, stepOf(index, 12));
  const byName = (n: string) => g.nodes.find((x) => x.names.includes(n));
  const a = byName('a');
  assert.ok(a !== undefined && a.typeName === 'A' && a.hasFinalizer && a.refcnt === 4);
  assert.deepEqual([...(a?.names ?? [])].sort(), ['a', 'f.x']);
  assert.equal(a?.line, 7);
  const main = g.nodes.find((x) => x.root === 'module' && x.repr === "<module '__main__'>");
  assert.ok(main !== undefined);
  assert.ok(g.edges.some((e) => e.from === main?.id && e.to === a?.id && e.label === 'a' && e.kind === 'strong'));
  assert.ok(g.edges.some((e) => e.to === a?.id && e.label === "['k']"));
  assert.ok(g.edges.some((e) => e.from === a?.id && e.label === '.child'));
  assert.equal(g.nodes.some((n) => n.typeName === 'dict' && n.names.length === 0 && g.edges.some((e) => e.to === n.id && e.label === '__dict__')), false, 'module __dict__ is not drawn');
  assert.equal(g.nodes.some((n) => n.names.includes('__builtins__')), false);
  for (const e of g.edges) assert.equal(e.id, `${e.from}->${e.to}:${e.label}`);
});

test('graphAt: objects freed during a step are drawn dying; cycle garbage is marked cycleOnly', async () => {
  const index = await indexOf();
  const clear = graphAt(index, stepOf(index, 16, 1) >= 0 ? stepOf(index, 16, 1) : stepOf(index, 16));
  const dying = clear.nodes.filter((n) => n.dying).map((n) => n.typeName).sort();
  assert.ok(dying.includes('A') && dying.includes('B'), `dying: ${dying.join(', ')}`);
  const afterDel = graphAt(index, stepOf(index, 18));
  const garbage = afterDel.nodes.filter((n) => n.cycleOnly);
  assert.deepEqual(garbage.map((n) => n.typeName), ['B', 'B']);
  const collected = graphAt(index, stepOf(index, 19));
  assert.equal(collected.nodes.filter((n) => n.cycleOnly).length, 0);
});

test('summarize: lines per step, interesting lanes with their events, collections, output', async () => {
  const index = await indexOf();
  const s = summarize(index.trace, index);
  assert.equal(s.stepCount, index.stepCount);
  assert.equal(s.lines.length, index.stepCount);
  const lane = s.lanes.find((l) => l.title.startsWith('A#'));
  assert.ok(lane !== undefined && lane.interesting);
  const kinds = lane?.events.map((e) => e.kind) ?? [];
  for (const k of ['del', 'freed'] as const) assert.ok(kinds.includes(k), `lane has ${k}: ${kinds.join(', ')}`);
  assert.ok(s.collections.some((c) => c.label === 'gc.collect() → 2' && c.line === 19));
  assert.equal(s.output.map((o) => o.text).join(''), 'del A\n2\n');
  assert.equal(s.problem, null);
});

test('details: facts, why-alive chains as graph edges, fate', async () => {
  const index = await indexOf();
  const step = stepOf(index, 12);
  const g = graphAt(index, step);
  const a = g.nodes.find((n) => n.names.includes('a'));
  assert.ok(a !== undefined);
  const d = details(index, a.id, step);
  assert.match(d.title, /^A#\d+ <A object>$/);
  assert.ok(d.facts.some((f) => f.startsWith('refcount 4')), d.facts.join(' | '));
  assert.ok(d.facts.some((f) => f.includes('`cache` cleared at line 16')));
  const edgeIds = new Set(g.edges.map((e) => e.id));
  assert.ok(d.whyAlive.length >= 3);
  for (const chain of d.whyAlive) for (const l of chain) assert.ok(edgeIds.has(`${l.from}->${l.to}:${l.label}`), `chain edge ${l.from}->${l.to}:${l.label} is on the graph`);
  assert.equal(d.weakEntries, null);
});

test('lifespans and deaths of a real run: cascade, __del__ and callback order, collection', async () => {
  const index = await indexOf();
  const g = graphAt(index, stepOf(index, 12));
  const a = g.nodes.find((n) => n.names.includes('a'))?.id ?? -1;
  const b = g.edges.find((e) => e.from === a && e.label === '.child')?.to ?? -1;
  const life = lifespan(index, a);
  assert.equal(life.death?.cause.kind, 'container_cleared');
  assert.deepEqual(life.duringDeath.filter((e) => e.kind !== 'phase').map((e) => `${e.kind}@${e.line}`), ['del@16', 'output@4', 'free@16']);
  assert.match(deathOf(index, b)?.text ?? '', /^`cache` cleared at line 16 → A#\d+ <A object> freed → B#\d+ <B object> freed$/);
  const why = whyAlive(index, b, stepOf(index, 10));
  assert.ok(why.state === 'alive');
  assert.deepEqual(why.chains.map((c) => c.text), ['a.child', "cache['k'] → A.child"]);
  const later = whyAlive(index, b, stepOf(index, 15));
  assert.ok(later.state === 'alive' && later.chains.map((c) => c.text).join() === "cache['k'] → A.child");
});

test('per-line facts: executions, objects created and freed, output; names bound at each execution', async () => {
  const index = await indexOf();
  const facts = perLine(index);
  const l16 = facts.lines.get(16);
  assert.ok(l16 !== undefined && l16.freed >= 2 && l16.finalizers >= 1);
  assert.equal(facts.lines.get(19)?.collections, 1);
  assert.equal(facts.lines.get(4)?.output, 'del A\n');
  assert.equal(facts.lines.get(12)?.executions, 1);
  const x = facts.nameAt(12, 9);
  assert.equal(x?.occurrence.name, 'x');
  assert.equal(x?.samples.length, 1);
  const g = graphAt(index, stepOf(index, 12));
  assert.equal(x?.samples[0]?.object, g.nodes.find((n) => n.names.includes('a'))?.id);
  const store = facts.namesOn(7).find((n) => n.occurrence.name === 'a');
  assert.equal(store?.occurrence.ctx, 'Store');
  assert.equal(store?.samples[0]?.object, x?.samples[0]?.object);
});

test('weak references: the weak edge and its callback on the graph, the callback after __del__ during the death', async () => {
  const index = await indexOf(WEAK_PROGRAM);
  const g = graphAt(index, stepOf(index, 12));
  const a = g.nodes.find((x) => x.names.includes('a'));
  assert.ok(a !== undefined && a.weakrefCount === 1);
  assert.ok(g.edges.some((e) => e.to === a.id && e.kind === 'weak' && e.hasCallback && e.label === 'weakref'));
  const life = lifespan(index, a.id);
  assert.deepEqual(life.duringDeath.filter((e) => e.kind !== 'phase').map((e) => `${e.kind}@${e.line}`), ['del@16', 'output@4', 'weakref_callback@16', 'output@6', 'free@16']);
  const lane = summarize(index.trace, index).lanes.find((l) => l.objectId === a.id);
  assert.deepEqual(lane?.events.filter((e) => e.kind !== 'phase').map((e) => e.kind), ['weakref_created', 'del', 'callback', 'freed']);
});

test('collections of a real run, explained', async () => {
  const index = await indexOf();
  const c = collections(index).find((x) => x.line === 19);
  assert.ok(c !== undefined);
  assert.match(explainCollection(index, c), /^gc\.collect\(\) at line 19 \(generation 2\) found 2 unreachable objects in 1 cycle \(B#\d+ → B#\d+ → B#\d+\); freed 2 objects; gc\.collect\(\) returned 2\.$/);
});

test('the roots at a step: locals of running frames, globals, what the interpreter holds', async () => {
  const index = await indexOf();
  const view = index.seek(stepOf(index, 12));
  const roots = rootBindings(view);
  const a = roots.find((r) => r.kind === 'global' && r.label === 'a')?.target;
  assert.ok(a !== undefined);
  assert.ok(roots.some((r) => r.kind === 'local' && r.label === 'x' && r.target === a));
  assert.ok(roots.some((r) => r.kind === 'global' && r.label === 'cache'));
  assert.ok(roots.some((r) => r.kind === 'interpreter' && r.label === 'f'), 'the running frame of f');
});
