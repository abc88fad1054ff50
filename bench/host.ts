/**
 * The extension host's side of a run (extension/host/): time from asking for a run to its report
 * and to the first graph, with a freshly started engine worker and with the spare one the
 * extension keeps loaded; and the longest the host's event loop was held up meanwhile (it should
 * never block: the engine runs in the worker). Uses dist/worker.js (built with `npm run build`).
 */
import { Worker } from 'node:worker_threads';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startRun } from '../extension/host/run';
import { SpareWorkers } from '../extension/host/spare-worker';
import type { WorkerFactory, WorkerLike } from '../extension/host/engine-client';

const ROOT = join(__dirname, '..');
const WORKER = join(ROOT, 'dist', 'worker.js');
const ROUNDS = 5;
const PROGRAMS = ['examples/cache.py', 'examples/observers.py'];
const BIG = 'xs = []\nfor i in range(20000):\n    xs.append([i])\n';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function once(factory: WorkerFactory, source: string): Promise<{ report: number; graph: number }> {
  const t = performance.now();
  const end = await startRun(factory, { source, filename: 'bench.py', profile: 'cpython-3.14', limits: {} }).done;
  const report = performance.now() - t;
  if (end.kind !== 'completed') throw new Error(`run ${end.kind}`);
  const graph = await end.client.call('seek', [Math.max(0, end.report.stepCount - 1)]);
  end.client.dispose();
  if (!graph.ok) throw new Error(graph.error);
  return { report, graph: performance.now() - t };
}

export async function benchHost(): Promise<void> {
  if (!existsSync(WORKER)) {
    console.log('host: dist/worker.js is missing; run `npm run build` first');
    return;
  }
  const fresh: WorkerFactory = (): WorkerLike => new Worker(WORKER, { resourceLimits: { stackSizeMb: 64 } });
  const spares = new SpareWorkers(fresh);
  console.log('host: run → report → first graph, median of', ROUNDS, '(ms)');
  for (const [name, source] of [...PROGRAMS.map((p) => [p, readFileSync(join(ROOT, p), 'utf8')]), ['20,000 lists', BIG]] as [string, string][]) {
    for (const [kind, factory] of [['fresh worker', fresh], ['spare worker', spares.take]] as [string, WorkerFactory][]) {
      const reports: number[] = [];
      const graphs: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        // The spare is made ready between runs, as it is while a user reads the panel.
        await new Promise((r) => setTimeout(r, kind === 'spare worker' ? 1500 : 0));
        const delay = monitorEventLoopDelay({ resolution: 5 });
        delay.enable();
        const r = await once(factory, source);
        delay.disable();
        reports.push(r.report);
        graphs.push(r.graph);
        if (i === ROUNDS - 1) console.log(`  ${name.padEnd(24)} ${kind.padEnd(13)} report ${median(reports).toFixed(0).padStart(6)}  first graph ${median(graphs).toFixed(0).padStart(6)}  host event loop held up at most ${(delay.max / 1e6).toFixed(1)} ms`);
      }
    }
  }
  spares.dispose();
}
