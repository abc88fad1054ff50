/**
 * A collection's phases and results (test/vm/cases/trace_gc.py): CPython printed the callback,
 * then the finalizers in order, then what gc.collect() returned; the trace must show the same
 * collection — handle_weakrefs before finalize_garbage before delete_garbage — with the value
 * gc.collect() returned.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { events, nextOutput, phaseName, runCase, type Ev } from './helpers';

test('a cycle collection: callbacks, finalizers, clearing, and the returned count', () => {
  const { expected, result, trace } = runCase('trace_gc');
  assert.equal(result.stdout, expected.stdout);
  const evs = events(trace);
  const collections: Ev[][] = [];
  let cur: Ev[] | null = null;
  for (const e of evs) {
    // The program's own gc.collect() calls (shutdown collects too, in the interpreter's steps).
    if (e.kind === 'gc_begin' && e.b === 0 && (trace.steps.frame[e.step] as number) >= 0) cur = [];
    if (cur !== null) cur.push(e);
    if (e.kind === 'gc_end' && cur !== null) {
      collections.push(cur);
      cur = null;
    }
  }
  const returned = [...expected.stdout.matchAll(/^(?:collect|again) (\d+)$/gm)].map((m) => Number(m[1]));
  assert.deepEqual(collections.map((c) => (c[c.length - 1] as Ev).c), returned);

  const first = collections[0] as Ev[];
  const story = first
    .filter((e) => e.kind === 'phase' ? e.a < 0 : ['weakref_callback', 'del_call', 'gc_end'].includes(e.kind))
    .map((e) => (e.kind === 'phase' ? phaseName(e) : e.kind === 'del_call' ? `del_call ${nextOutput(trace, evs, e.index).trim()}` : e.kind));
  // The finalizers' order is CPython's, read from its output.
  const dels = [...expected.stdout.matchAll(/^del \w+$/gm)].map((m) => `del_call ${m[0]}`);
  assert.deepEqual(story, ['handle_weakrefs', 'weakref_callback', 'finalize_garbage', ...dels, 'delete_garbage', 'gc_end']);
  assert.equal(first.filter((e) => e.kind === 'gc_unreachable').length, returned[0]);
  assert.ok(first.some((e) => e.kind === 'phase' && phaseName(e) === 'tp_clear'));
});
