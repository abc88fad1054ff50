/**
 * The host's end of the engine worker (protocol/rpc.ts): typed calls, each answered as data
 * (`{ ok: true, value }` or `{ ok: false, reason, error }`), never thrown. A call that outlives its
 * timeout means the worker is stuck in a run or a query: the worker is terminated, every pending
 * call fails, and the client is dead — the next run gets a fresh worker. Plain Node, no vscode.
 */
import type { EngineMethods, MethodName, RpcRequest } from '../protocol/rpc';

/** The part of `worker_threads.Worker` the client uses (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

export type WorkerFactory = () => WorkerLike;

export type FailReason = 'error' | 'timeout' | 'cancelled' | 'crashed' | 'disposed';

export type CallResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: FailReason; readonly error: string };

export type Answer<M extends MethodName> = CallResult<ReturnType<EngineMethods[M]>>;

interface Pending {
  readonly resolve: (r: CallResult<unknown>) => void;
  readonly timer: ReturnType<typeof setTimeout> | null;
}

/** How long a question about a finished run may take before the worker counts as stuck. */
export const QUERY_TIMEOUT_MS = 60_000;

export class EngineClient {
  private readonly worker: WorkerLike;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private deadReason: { reason: FailReason; error: string } | null = null;

  constructor(factory: WorkerFactory) {
    this.worker = factory();
    this.worker.on('message', (m) => this.answer(m));
    this.worker.on('error', (e) => this.kill('crashed', `the engine worker failed: ${e.message}`));
    this.worker.on('exit', (code) => this.kill('crashed', `the engine worker exited (code ${code})`));
  }

  get alive(): boolean {
    return this.deadReason === null;
  }

  call<M extends MethodName>(method: M, params: Parameters<EngineMethods[M]>, timeoutMs: number = QUERY_TIMEOUT_MS): Promise<Answer<M>> {
    if (this.deadReason !== null) return Promise.resolve({ ok: false, ...this.deadReason });
    const id = this.nextId++;
    return new Promise<Answer<M>>((resolve) => {
      const timer = Number.isFinite(timeoutMs)
        ? setTimeout(() => this.kill('timeout', `the engine did not answer ${method} within ${Math.round(timeoutMs / 1000)} s`), timeoutMs)
        : null;
      this.pending.set(id, { resolve: resolve as (r: CallResult<unknown>) => void, timer });
      const request: RpcRequest<M> = { id, method, params };
      try {
        this.worker.postMessage(request);
      } catch (e) {
        this.settle(id, { ok: false, reason: 'error', error: `could not send ${method}: ${e instanceof Error ? e.message : String(e)}` });
      }
    });
  }

  /** Stops the worker (a run in progress with it): pending calls answer `cancelled`. */
  cancel(): void {
    this.kill('cancelled', 'cancelled');
  }

  dispose(): void {
    this.kill('disposed', 'the run was replaced or closed');
  }

  private answer(m: unknown): void {
    if (typeof m !== 'object' || m === null) return;
    const r = m as { id?: unknown; ok?: unknown; result?: unknown; error?: unknown };
    if (typeof r.id !== 'number') return;
    if (r.ok === true) this.settle(r.id, { ok: true, value: r.result });
    else this.settle(r.id, { ok: false, reason: 'error', error: typeof r.error === 'string' ? r.error : 'the engine failed' });
  }

  private settle(id: number, result: CallResult<unknown>): void {
    const p = this.pending.get(id);
    if (p === undefined) return;
    this.pending.delete(id);
    if (p.timer !== null) clearTimeout(p.timer);
    p.resolve(result);
  }

  private kill(reason: FailReason, error: string): void {
    if (this.deadReason !== null) return;
    this.deadReason = { reason, error };
    for (const id of [...this.pending.keys()]) this.settle(id, { ok: false, reason, error });
    // terminate() of an exited worker resolves too; its promise never rejects in practice.
    this.worker.terminate().catch(() => undefined);
  }
}
