/**
 * Reference counts and edges at a step, against what the program printed under CPython
 * (test/vm/cases/trace_refs.py prints sys.getrefcount and weakref.getweakrefcount as it goes).
 * sys.getrefcount(n) of a global counts the call's own argument: the trace's count after that
 * statement is one less. Every reference to the Node is a name, an item or a dict value, so the
 * trace's strong edges into it must account for its whole count.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HeapReplay } from '../../extension/engine/trace/replay';
import { runCase, typeNameOf } from './helpers';

test('refcounts and weak edges after each statement match what CPython printed', () => {
  const { source, expected, result, trace } = runCase('trace_refs');
  assert.equal(result.stdout, expected.stdout);
  let node = -1;
  for (let id = 0; id < trace.objects.count; id++) if (typeNameOf(trace, id) === 'Node') node = id;
  assert.ok(node > 0);
  const printed = expected.stdout.trim().split('\n');
  const lines = source.split('\n');
  const replay = new HeapReplay(trace);
  let k = 0;
  for (let s = 0; s < trace.steps.count; s++) {
    replay.advanceTo(s);
    const text = lines[(trace.steps.line[s] as number) - 1] ?? '';
    if (!/^print\("(rc|weak)"/.test(text) || (trace.steps.frame[s] as number) < 0) continue;
    const [what, value] = (printed[k++] as string).split(' ') as [string, string];
    if (what === 'rc') {
      assert.equal(replay.refcnt.get(node), Number(value) - 1, `refcount after line ${trace.steps.line[s]}`);
      assert.equal(replay.strongInDegree(node), Number(value) - 1, `edges explain the count after line ${trace.steps.line[s]}`);
    } else {
      const weak = replay.edgesTo(node).filter((e) => e.weak).length;
      assert.equal(weak, Number(value), `weak references after line ${trace.steps.line[s]}`);
    }
  }
  assert.equal(k, printed.length);
});

test('edges carry their labels: names, items, dict values, weak with callback', () => {
  const { trace } = runCase('trace_refs');
  let node = -1;
  for (let id = 0; id < trace.objects.count; id++) if (typeNameOf(trace, id) === 'Node') node = id;
  // After `w2 = weakref.ref(n, lambda r: None)` (the statement before the second "weak" print).
  const lines = trace.source.split('\n');
  const w2Line = lines.findIndex((l) => l.startsWith('w2 = ')) + 1;
  const step = Array.from(trace.steps.line).indexOf(w2Line);
  const replay = new HeapReplay(trace).advanceTo(step);
  const labels = replay.edgesTo(node).map((e) => `${e.kind}:${e.label}${e.weak ? ':weak' : ''}${e.callback ? '+cb' : ''}`).sort();
  assert.deepEqual(labels, [
    'index:0', 'index:0', 'index:1', "internal::weak", "internal::weak+cb", 'name:alias', 'name:n', "value:'k'",
  ].sort());
  assert.deepEqual(replay.problems, []);
});
