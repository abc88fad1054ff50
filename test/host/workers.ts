/** Engine workers for tests: the real worker.ts, through tsx, as dist/worker.js runs in VS Code. */
import { Worker } from 'node:worker_threads';
import { resolve } from 'node:path';
import type { WorkerFactory, WorkerLike } from '../../extension/host/engine-client';

const WORKER = resolve(__dirname, '../../extension/engine/worker.ts');

export const tsxWorkers: WorkerFactory = (): WorkerLike =>
  new Worker(`require('tsx/cjs'); require(${JSON.stringify(WORKER)});`, { eval: true, resourceLimits: { stackSizeMb: 64 } });

/** A worker that never answers, and says whether it was terminated. */
export class SilentWorker implements WorkerLike {
  terminated = false;
  readonly posted: unknown[] = [];
  private exitListeners: ((code: number) => void)[] = [];

  postMessage(message: unknown): void {
    this.posted.push(message);
  }

  on(event: 'message' | 'error' | 'exit', listener: ((m: unknown) => void) | ((e: Error) => void) | ((code: number) => void)): this {
    if (event === 'exit') this.exitListeners.push(listener as (code: number) => void);
    return this;
  }

  terminate(): Promise<number> {
    this.terminated = true;
    for (const l of this.exitListeners) l(1);
    return Promise.resolve(1);
  }
}
