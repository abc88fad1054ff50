/**
 * The live panel's scheduling: a run starts `delay` ms after the last edit, and only the latest
 * request counts (a request made while waiting replaces the waiting one). Running a request
 * cancels the previous one through the Sessions it calls. Plain Node, no vscode.
 */
export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class Debouncer<K> {
  private readonly waiting = new Map<K, unknown>();

  constructor(private readonly timers: Timers = realTimers) {}

  /** Runs `fn` after `delay` ms unless `schedule` is called again for the same key first. */
  schedule(key: K, delay: number, fn: () => void): void {
    this.cancel(key);
    const handle = this.timers.set(() => {
      this.waiting.delete(key);
      fn();
    }, delay);
    this.waiting.set(key, handle);
  }

  cancel(key: K): void {
    const handle = this.waiting.get(key);
    if (handle === undefined) return;
    this.timers.clear(handle);
    this.waiting.delete(key);
  }

  pending(key: K): boolean {
    return this.waiting.has(key);
  }

  dispose(): void {
    for (const h of this.waiting.values()) this.timers.clear(h);
    this.waiting.clear();
  }
}
