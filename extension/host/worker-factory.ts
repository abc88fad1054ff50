/** Engine workers for the extension host: the bundled dist/worker.js, one per run. */
import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import type { WorkerFactory, WorkerLike } from './engine-client';

/** The interpreter recurses on the host stack: give it the room the CLI gets. */
const STACK_MB = 64;

export function bundledWorkers(extensionPath: string): WorkerFactory {
  const script = path.join(extensionPath, 'dist', 'worker.js');
  return (): WorkerLike => new Worker(script, { resourceLimits: { stackSizeMb: STACK_MB } });
}
