/**
 * The references the trace records for exceptions (args, __cause__, __context__, __traceback__,
 * attributes), functions (__defaults__, __kwdefaults__, __closure__, __dict__, func_globals),
 * __slots__ members, proxies and finalizers, on vm cases written for them (test/vm/cases/
 * trace_edges_*.py, whose output is recorded from CPython 3.14 like every case; the consistency
 * test replays them at every step). Here: each edge kind appears, disappears when the reference
 * goes, and for objects whose only owners are such edges the reference count equals the strong
 * edges into them — nothing held is missing from the graph.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HeapReplay } from '../../extension/engine/trace/replay';
import { events, runCase, typeNameOf, type Ev } from './helpers';
import type { Trace } from '../../extension/protocol/trace';

interface Labeled extends Ev {
  readonly label: string;
  readonly fromType: string;
  readonly toType: string;
}

function edgeEvents(trace: Trace): Labeled[] {
  return events(trace)
    .filter((e) => e.kind === 'edge_add' || e.kind === 'edge_remove')
    .map((e) => ({ ...e, label: trace.strings[e.c] as string, fromType: typeNameOf(trace, e.a), toType: typeNameOf(trace, e.b) }));
}

/** Edges added with `label` from objects of type `fromType`; each must also be removed later. */
function addedAndRemoved(trace: Trace, fromType: string, label: string): Labeled[] {
  const all = edgeEvents(trace);
  const added = all.filter((e) => e.kind === 'edge_add' && e.fromType === fromType && e.label === label);
  assert.ok(added.length > 0, `no ${fromType} → '${label}' edge`);
  for (const a of added) {
    const removed = all.some((e) => e.kind === 'edge_remove' && e.index > a.index && e.a === a.a && e.b === a.b && e.label === label);
    assert.ok(removed, `${fromType} #${a.a} → '${label}' #${a.b} is never removed`);
  }
  return added;
}

/**
 * Once the statement that added each edge is over (its last step: a __del__ it triggers splits it
 * into continuation steps), the target's count is exactly its strong in-degree.
 */
function exactAfter(trace: Trace, edges: readonly Labeled[]): void {
  const { line, frame, count } = trace.steps;
  for (const e of edges) {
    // The statement ends where its frame next starts another line.
    let end = e.step;
    while (end + 1 < count && !(frame[end + 1] === frame[e.step] && line[end + 1] !== line[e.step])) end++;
    const replay = new HeapReplay(trace).advanceTo(end);
    if (!replay.live.has(e.b)) continue;
    const rc = replay.refcnt.get(e.b) as number;
    assert.equal(replay.strongInDegree(e.b), rc, `step ${e.step}: ${e.toType} #${e.b} has refcount ${rc} but edges ${JSON.stringify(replay.edgesTo(e.b))}`);
  }
}

test('exceptions: args, __cause__, __context__, __traceback__ and attributes are edges', () => {
  const { trace, result, expected } = runCase('trace_edges_exception_links');
  assert.equal(result.stdout, expected.stdout);
  const args = addedAndRemoved(trace, 'AppError', 'args');
  addedAndRemoved(trace, 'KeyError', 'args');
  addedAndRemoved(trace, 'AppError', '__cause__');
  addedAndRemoved(trace, 'AppError', '__context__');
  addedAndRemoved(trace, 'AppError', '__traceback__');
  addedAndRemoved(trace, 'AppError', 'detail');
  addedAndRemoved(trace, 'AppError', '__notes__');
  // An args tuple is held by its exception alone.
  exactAfter(trace, args.filter((e) => e.toType === 'tuple'));
  assert.deepEqual(new HeapReplay(trace).advanceTo(trace.steps.count - 1).problems, []);
});

test('functions: defaults, keyword defaults, closure, __dict__ and globals are edges', () => {
  const { trace, result, expected } = runCase('trace_edges_function_fields');
  assert.equal(result.stdout, expected.stdout);
  for (const label of ['__defaults__', '__kwdefaults__', '__closure__', 'func_globals']) addedAndRemoved(trace, 'function', label);
  const dicts = addedAndRemoved(trace, 'function', '__dict__');
  assert.equal(dicts.length, 2, 'the first __dict__ and the one assigned');
  exactAfter(trace, dicts);
  exactAfter(trace, addedAndRemoved(trace, 'function', '__defaults__'));
});

test('__slots__ members, a proxy\'s weak edge, finalizers called directly and at exit', () => {
  const { trace, result, expected } = runCase('trace_edges_slots_proxy_finalize');
  assert.equal(result.stdout, expected.stdout);
  const slots = edgeEvents(trace).filter((e) => e.fromType === 'Slotted');
  assert.deepEqual(slots.map((e) => `${e.kind} ${e.label}`), [
    'edge_add left', 'edge_add right', 'edge_remove left', 'edge_add left', 'edge_remove right', 'edge_remove left',
  ]);
  const weak = edgeEvents(trace).filter((e) => e.fromType === 'ProxyType' && (e.d & 1) !== 0);
  assert.equal(weak.filter((e) => e.kind === 'edge_add').length, 1, 'the proxy\'s weak edge to its referent');
  const fins = events(trace).filter((e) => e.kind === 'finalize_call');
  // `called()` and the exit hook run finalizers whose referent lives: it is named in c, with the weakref in d.
  const direct = fins.filter((e) => e.b === -1);
  assert.equal(direct.length, 2);
  for (const e of direct) {
    assert.equal(typeNameOf(trace, e.c), 'Node');
    assert.equal(typeNameOf(trace, e.d), 'ReferenceType');
  }
  assert.ok(trace.steps.line[(direct[1] as Ev).step] === 0, 'the second runs at exit');
  // The deaths of the temporary and of `target` run theirs through the weakref callback, with the dying referent.
  assert.equal(fins.filter((e) => e.b >= 0).length, 2);
  const flags = trace.objects.flags;
  const slotted = slots[0] as Labeled;
  assert.equal((flags[slotted.a] as number) & 8, 0, '__slots__ without __weakref__: not weakrefable');
});
