/**
 * Every vm case's trace, at both detail levels, is well formed and replays into a consistent heap
 * at every step: events in step order, objects allocated before they are used and freed once,
 * edges only between live objects and removed only when present, never more strong edges into an
 * object than its reference count, and the output events spell out exactly what the run printed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { HeapReplay } from '../../extension/engine/trace/replay';
import { CASES, events, runCase } from './helpers';
import { run } from '../../extension/engine/index';
import { TRACE_VERSION, type TraceDetail } from '../../extension/protocol/trace';

const names = readdirSync(CASES).filter((n) => n.endsWith('.py')).map((n) => n.replace(/\.py$/, '')).sort();

for (const detail of ['default', 'full'] as TraceDetail[]) {
  test(`traces are consistent (${detail} detail)`, async (t) => {
    for (const name of names) {
      await t.test(name, () => {
        const { result, trace } = runCase(name, detail);
        assert.equal(trace.version, TRACE_VERSION);
        assert.equal(trace.detail, detail);
        assert.ok(result.outcome.kind === 'completed' || result.outcome.kind === 'unsupported', JSON.stringify(result.outcome));
        const st = trace.steps;
        for (let s = 1; s < st.count; s++) assert.ok((st.eventStart[s] as number) >= (st.eventStart[s - 1] as number));
        const evs = events(trace);
        let out = '';
        let err = '';
        for (const e of evs) {
          assert.ok(e.step >= 0 && e.step < st.count);
          assert.ok(e.index >= (st.eventStart[e.step] as number));
          if (e.step + 1 < st.count) assert.ok(e.index < (st.eventStart[e.step + 1] as number));
          if (e.kind === 'output') {
            if (e.a === 0) out += trace.strings[e.b];
            else err += trace.strings[e.b];
          }
        }
        // The run's own output (the vm conformance test compares that with CPython's).
        assert.equal(out, result.stdout, 'stdout from output events');
        assert.equal(err, result.stderr, 'stderr from output events');
        const replay = new HeapReplay(trace);
        for (let s = 0; s < st.count; s++) {
          replay.advanceTo(s);
          // The objects whose count or incoming edges this step changed.
          const touched = new Set<number>();
          const end = s + 1 < st.count ? (st.eventStart[s + 1] as number) : trace.events.count;
          for (let i = st.eventStart[s] as number; i < end; i++) {
            const e = evs[i] as (typeof evs)[number];
            if (e.kind === 'refcnt' || e.kind === 'edge_add') touched.add(e.kind === 'refcnt' ? e.a : e.b);
          }
          for (const id of touched) {
            const rc = replay.refcnt.get(id);
            if (rc === undefined || !replay.live.has(id)) continue;
            const edges = replay.strongInDegree(id);
            if (edges > rc) assert.fail(`step ${s} (line ${st.line[s]}): #${id} ${trace.strings[trace.objects.typeName[id] as number]} has ${edges} strong edges in but refcount ${rc}: ${JSON.stringify(replay.edgesTo(id))}`);
          }
        }
        assert.deepEqual(replay.problems, []);
        for (let id = 1; id < trace.objects.count; id++) {
          const died = trace.objects.diedStep[id] as number;
          if (died >= 0) assert.ok(died >= (trace.objects.bornStep[id] as number));
        }
      });
    }
  });
}

test('recording never changes what a program does', async (t) => {
  for (const name of names) {
    await t.test(name, () => {
      const traced = runCase(name, 'full');
      const plain = run(traced.source, { filename: `test/vm/cases/${name}.py`, trace: 'off' });
      assert.equal(plain.stdout, traced.result.stdout);
      assert.equal(plain.stderr, traced.result.stderr);
      assert.equal(plain.exitStatus, traced.result.exitStatus);
      assert.equal(plain.trace.events.count, 0);
    });
  }
});
