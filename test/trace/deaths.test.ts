/**
 * Which object died at which line, in which order, through which phases — checked against what
 * CPython 3.14's recorded output implies. In test/vm/cases/trace_deaths.py every `__del__` prints
 * its object's name and every killing statement is followed by `print("after", N)` (N: that
 * statement's line), so CPython's output says where each object died: the statement named by
 * the next marker, or the interpreter's shutdown when no marker follows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { events, nextOutput, phaseName, runCase, type Ev } from './helpers';

test('deaths happen at the statements CPython says, in its order', () => {
  const { source, expected, result, trace } = runCase('trace_deaths');
  assert.equal(result.stdout, expected.stdout);
  const lines = source.split('\n');
  // Where CPython says each object died.
  const cpython: { name: string; line: number }[] = [];
  const out = expected.stdout.trim().split('\n');
  for (let i = 0; i < out.length; i++) {
    const m = /^del (\w+)$/.exec(out[i] as string);
    if (m === null) continue;
    let line = 0;
    for (let j = i + 1; j < out.length; j++) {
      const after = /^after (\d+)$/.exec(out[j] as string);
      if (after !== null) {
        line = Number(after[1]);
        // The marker must name the statement just before it.
        assert.match(lines[line] as string, new RegExp(`print\\("after", ${line}\\)`));
        break;
      }
    }
    cpython.push({ name: m[1] as string, line });
  }
  assert.ok(cpython.length >= 8);

  const evs = events(trace);
  const traced = evs.filter((e) => e.kind === 'del_call').map((e) => ({
    name: nextOutput(trace, evs, e.index).replace(/^del /, '').trim(),
    line: trace.steps.line[e.step] as number,
    frame: trace.steps.frame[e.step] as number,
    id: e.a,
  }));
  assert.deepEqual(traced.map(({ name, line }) => ({ name, line })), cpython);
  // `last` dies at shutdown: the interpreter's own step, no frame.
  const last = traced.find((x) => x.name === 'last');
  assert.equal(last?.frame, -1);
});

test('a death runs its phases in subtype_dealloc order, callbacks after __del__', () => {
  const { trace } = runCase('trace_deaths');
  const evs = events(trace);
  const del = evs.find((e) => e.kind === 'del_call' && nextOutput(trace, evs, e.index) === 'del b\n') as Ev;
  const b = del.a;
  const story = evs
    .filter((e) => (e.kind === 'phase' || e.kind === 'del_call' || e.kind === 'free' || e.kind === 'weakref_callback') &&
      (e.a === b || (e.kind === 'weakref_callback' && e.b === b)))
    .map((e) => (e.kind === 'phase' ? phaseName(e) : e.kind));
  assert.deepEqual(story, ['subtype_dealloc', 'tp_finalize', 'del_call', 'PyObject_ClearWeakRefs', 'weakref_callback', 'free']);
  // CPython printed the callback's line after __del__'s, and the callback ran in its own step.
  const cb = evs.find((e) => e.kind === 'weakref_callback' && e.b === b) as Ev;
  assert.equal(nextOutput(trace, evs, cb.index), 'callback True\n');
  // The weak edge to b is gone before the callback runs.
  const weakGone = evs.findIndex((e) => e.kind === 'edge_remove' && e.b === b && (e.d & 1) !== 0);
  assert.ok(weakGone >= 0 && weakGone < cb.index);
});

test('objects freed by the collector are the ones it reports', () => {
  const { expected, trace } = runCase('trace_deaths');
  const evs = events(trace);
  const begin = evs.findIndex((e) => e.kind === 'gc_begin' && e.b === 0 && (trace.steps.frame[e.step] as number) >= 0);
  const end = evs.findIndex((e, i) => i > begin && e.kind === 'gc_end');
  assert.ok(begin >= 0 && end > begin);
  const collected = Number(/collected (\d+)/.exec(expected.stdout)?.[1]);
  assert.equal(evs[end]?.c, collected);
  const unreachable = evs.slice(begin, end).filter((e) => e.kind === 'gc_unreachable').map((e) => e.a);
  assert.equal(unreachable.length, collected);
  const dels = evs.slice(begin, end).filter((e) => e.kind === 'del_call').map((e) => e.a);
  assert.deepEqual([...dels].sort(), [...unreachable].sort());
  const frees = new Set(evs.slice(begin, end).filter((e) => e.kind === 'free').map((e) => e.a));
  for (const id of unreachable) assert.ok(frees.has(id), `#${id} freed during the collection`);
});
