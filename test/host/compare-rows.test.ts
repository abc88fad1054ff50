/**
 * Compare Profiles' rows (extension/host/compare-rows.ts) on real engine runs under CPython 3.14
 * and MicroPython; the engine's behaviour under each profile is checked against the oracles in
 * test/conformance — here, that the rows line up what each run did, line by line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareRows } from '../../extension/host/compare-rows';
import { CACHE, runUnder } from './compare-snippet';

const summaryUnder = (source: string, profile: Parameters<typeof runUnder>[1]): ReturnType<typeof runUnder>['summary'] => runUnder(source, profile).summary;

test('the cache entry dies at `del` on CPython, at gc.collect() on MicroPython', () => {
  const rows = compareRows(summaryUnder(CACHE, 'cpython-3.14'), summaryUnder(CACHE, 'micropython'));
  const byLine = new Map(rows.map((r) => [r.line, r]));
  assert.deepEqual(rows.map((r) => r.line), [5, 10, 11, 12, 13, 0]);
  assert.deepEqual(byLine.get(10), { line: 10, left: ['weakref callback', 'Entry freed'], right: [], differs: true });
  assert.deepEqual(byLine.get(11), { line: 11, left: ['printed "dead"'], right: ['printed "alive"'], differs: true });
  assert.deepEqual(byLine.get(12), { line: 12, left: ['gc.collect() → 0'], right: ['Entry freed', 'weakref callback', 'gc.collect() → 1'], differs: true });
  // The callback's own output is on its own line, the same in both runs.
  assert.deepEqual(byLine.get(5), { line: 5, left: ['printed "callback <gone>"'], right: ['printed "callback <gone>"'], differs: false });
  assert.deepEqual(byLine.get(13), { line: 13, left: ['printed "dead"'], right: ['printed "dead"'], differs: false });
});

test('a run compared with itself differs nowhere, and repeated happenings are counted', () => {
  const source = `class Node:
    def __del__(self):
        pass
nodes = [Node() for _ in range(3)]
nodes = None
`;
  const s = summaryUnder(source, 'cpython-3.14');
  const rows = compareRows(s, s);
  assert.ok(rows.every((r) => !r.differs));
  assert.deepEqual(rows.find((r) => r.line === 5)?.left, ['Node.__del__ ran ×3', 'Node freed ×3']);
});
