/** After-line annotations and CodeLens counts, read off traces of real snippets. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lensTitle, lineNotes } from '../../extension/editor/model/line-notes';
import { bound, snippet } from './support';

test('`del a` frees the object (and the two callbacks it ran): one note on that line only', () => {
  const s = snippet('del_then_callbacks');
  const notes = lineNotes(s.index);
  assert.deepEqual(notes.map((n) => [n.line, n.text, n.freed]), [[13, '3 freed: 1 Resource, 2 function (del, entry removed) · ran __del__, 2 weakref callbacks', 3]]);
  assert.equal(lensTitle(notes[0] as (typeof notes)[0]), '3 objects freed here · show in graph');
  // The lens seeks to the step that freed the Resource (after its __del__ and callbacks ran, on line 13).
  const step = (notes[0] as (typeof notes)[0]).step;
  const resource = bound(s, 9, 'a');
  const { events } = s.index.trace;
  assert.equal(step, events.step[s.index.freeAt[resource] as number]);
  assert.equal(s.index.trace.steps.line[step], 13);
});

test('a loop rebinding a name: the frees of every execution counted on the loop body line', () => {
  const s = snippet('loop_rebinds');
  assert.deepEqual(lineNotes(s.index).map((n) => [n.line, n.text, n.freed]), [[10, '3 freed: 3 Node (rebound) · ran __del__ ×3', 3]]);
});

test('one or two objects are named; a manual collection says what it returned', () => {
  const proxy = snippet('proxy_use');
  const config = bound(proxy, 8, 'config');
  const notes = lineNotes(proxy.index);
  assert.equal(notes.find((n) => n.line === 11)?.text, `Config#${config} freed (del)`);
  const cycle = snippet('cycle_collected');
  assert.deepEqual(lineNotes(cycle.index).map((n) => [n.line, n.text]), [[16, '3 freed: 2 Peer, 1 function (gc, entry removed) · ran 1 weakref callback · gc.collect() → 2']]);
});

test('nothing freed by the program while it ran: no notes (what shutdown frees is not on a line)', () => {
  const s = snippet('callback_bound_method');
  assert.deepEqual(lineNotes(s.index), []);
});
