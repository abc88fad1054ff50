/**
 * What the panel and the editor compute once per run, on a real engine trace of a loop that grows:
 * every object's death cause (deathOf), the timeline summary, and the editor's per-line facts. Each
 * size doubles the loop, so the printed ratios show whether the work stays linear in the trace
 * (a ratio near 2) — a quadratic cause lookup once made a 2,000-iteration loop take minutes.
 */
import { run } from '../extension/engine/index';
import { TraceIndex } from '../extension/engine/trace/analysis/trace-index';
import { deathOf } from '../extension/engine/trace/analysis/death';
import { summarize } from '../extension/engine/trace/analysis/summary';

const PROGRAM = `import weakref
class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        pass
def main(n):
    keep = []
    for i in range(n):
        a = Res(i)
        r = weakref.ref(a, lambda ref: None)
        if i % 3 == 0:
            keep.append(a)
        del a
    return keep
k = main(ITERATIONS)
print(len(k))
`;

const SIZES = [1000, 2000, 4000];

export function benchCauses(): void {
  console.log('death causes and timeline summary on a real trace (loop of N iterations, in a function):');
  let previous = 0;
  for (const n of SIZES) {
    const result = run(PROGRAM.replace('ITERATIONS', String(n)), { filename: 'loop.py' });
    if (result.status !== 'ok') throw new Error(`the bench program failed: ${result.message ?? result.stderr}`);
    const index = new TraceIndex(result.trace);
    let t = performance.now();
    let deaths = 0;
    for (let id = 0; id < result.trace.objects.count; id++) if (deathOf(index, id) !== null) deaths++;
    const causesMs = performance.now() - t;
    t = performance.now();
    summarize(result.trace, index);
    const summaryMs = performance.now() - t;
    const ratio = previous > 0 ? ` (×${(causesMs / previous).toFixed(2)} for ×2 iterations)` : '';
    console.log(`  N=${n}: ${result.trace.events.count.toLocaleString('en')} events, ${deaths.toLocaleString('en')} deaths: causes ${causesMs.toFixed(0)} ms${ratio}, summary ${summaryMs.toFixed(0)} ms`);
    previous = causesMs;
  }
}

if (require.main === module) benchCauses();
