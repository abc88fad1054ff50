/**
 * One engine worker loaded ahead of need: starting a worker (loading the engine bundle, compiling
 * it) costs several times a small run, and the live panel starts a run after every pause in
 * typing. The spare also runs a tiny program once, so the engine's first-run set-up is done too.
 * Each run still gets a worker of its own (runs never share one). Plain Node, no vscode.
 */
import type { RpcRequest } from '../protocol/rpc';
import type { WorkerFactory, WorkerLike } from './engine-client';

/** Never a client's request id (EngineClient counts from 1): its answer is ignored. */
const WARMUP: RpcRequest<'run'> = { id: 0, method: 'run', params: [{ source: 'x = [1]\ny = x\n', filename: '<warmup>', profile: 'cpython-3.14', limits: {} }] };

export class SpareWorkers {
  private spare: WorkerLike | null = null;
  private disposed = false;

  constructor(private readonly factory: WorkerFactory) {}

  /** A WorkerFactory: the spare if there is one, else a new worker; then a new spare is started. */
  readonly take: WorkerFactory = () => {
    const worker = this.spare ?? this.factory();
    this.spare = null;
    this.prepare();
    return worker;
  };

  dispose(): void {
    this.disposed = true;
    void this.spare?.terminate().catch(() => undefined);
    this.spare = null;
  }

  private prepare(): void {
    if (this.disposed) return;
    let worker: WorkerLike;
    try {
      worker = this.factory();
      worker.postMessage(WARMUP);
    } catch {
      return; // the next take() starts one itself and reports why it cannot
    }
    // A spare that dies before it is taken is dropped, so no run is given a dead worker.
    const drop = (): void => {
      if (this.spare === worker) this.spare = null;
    };
    worker.on('exit', drop);
    worker.on('error', drop);
    this.spare = worker;
  }
}
