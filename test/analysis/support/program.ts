/**
 * Hand-built traces for snippets, written as the statements run: a thin layer over the model heap
 * (bench/synthetic/sim-heap.ts) that knows a module, its frame, classes, None, and lines. Each
 * test that uses it says which Python it stands in for. These stand in for traces from run()
 * until the recorder emits the contract (see test/analysis/support/engine.ts).
 */
import { SimHeap, type NewOptions } from '../../../bench/synthetic/sim-heap';
import type { Trace } from '../../../extension/protocol/trace';

export class Program {
  readonly h: SimHeap;
  readonly main: number;
  readonly none: number;
  private readonly classes = new Map<string, number>();

  constructor(readonly source: string) {
    this.h = new SimHeap(source, 'snippet.py');
    this.h.step(0);
    this.main = this.h.module('__main__');
    this.none = this.h.immortal('NoneType', 'None');
    this.h.call('<module>');
  }

  /** Line `n` starts (column: the statement's indentation in `source`). */
  line(n: number): this {
    const text = this.source.split('\n')[n - 1] ?? '';
    const col = text.length - text.trimStart().length;
    this.h.step(n, col, n, text.length);
    return this;
  }

  /** `class Name: ...` at module level (a heap type bound in the module). */
  cls(name: string): number {
    const c = this.h.cls(name);
    this.h.bind(name, c, this.main);
    this.classes.set(name, c);
    return c;
  }

  /** An instance of a class defined with cls() (a temporary until stored). */
  make(className: string, options: NewOptions = {}): number {
    const c = this.classes.get(className);
    return this.h.new(className, { cls: c ?? -1, repr: `<${className} object>`, ...options });
  }

  global(name: string, value: number): void {
    this.h.bind(name, value, this.main);
  }

  delGlobal(name: string): void {
    this.h.unlink(this.main, name, 'name');
  }

  get(name: string): number {
    return this.h.target(this.main, name);
  }

  finish(): Trace {
    this.h.shutdown([this.main]);
    return this.h.finish();
  }
}
