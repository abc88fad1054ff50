/**
 * A minimal event emitter whose `event` has the shape of `vscode.Event`, so plain modules (tested
 * under node:test, without VS Code) can fire events that extension code subscribes to as usual.
 */
export interface Disposable {
  dispose(): void;
}

export type Event<T> = (listener: (e: T) => unknown, thisArgs?: unknown, disposables?: Disposable[]) => Disposable;

export class Emitter<T> implements Disposable {
  private listeners: ((e: T) => unknown)[] = [];

  readonly event: Event<T> = (listener, thisArgs, disposables) => {
    const bound = thisArgs === undefined ? listener : listener.bind(thisArgs);
    this.listeners.push(bound);
    const subscription = { dispose: () => { this.listeners = this.listeners.filter((l) => l !== bound); } };
    disposables?.push(subscription);
    return subscription;
  };

  fire(e: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(e);
      } catch (err) {
        // One listener's bug must not stop the others (or the run that fired the event).
        console.error('Weakscope: an event listener failed', err);
      }
    }
  }

  dispose(): void {
    this.listeners = [];
  }
}
