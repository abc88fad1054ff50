/**
 * A synthetic trace of a long-running program, for the analysis benchmark and the index's
 * property tests: module globals rebound, object graphs with attributes and cycles, a cache dict
 * that grows and is cleared, lists, weakrefs with callbacks, function calls with locals, output,
 * and periodic gc.collect(). Seeded, so every run is the same trace.
 */
import type { Trace } from '../../extension/protocol/trace';
import { SimHeap } from './sim-heap';

export interface SyntheticOptions {
  steps: number;
  seed?: number;
  /** How many global names the program rebinds (its working set). */
  globals?: number;
  /** Cache entries before the cache is cleared (the heap's peak size). */
  cacheLimit?: number;
  /** Steps between gc.collect() calls. */
  collectEvery?: number;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateTrace(options: SyntheticOptions): Trace {
  const random = mulberry32(options.seed ?? 1);
  const pick = (n: number): number => Math.floor(random() * n);
  const globals = options.globals ?? 64;
  const cacheLimit = options.cacheLimit ?? 20_000;
  const collectEvery = options.collectEvery ?? 50_000;
  const h = new SimHeap('# synthetic\n', 'synthetic.py');
  h.step(1);
  const main = h.module('__main__');
  h.call('<module>');
  h.step(2);
  const cache = h.new('dict', { repr: '{}' });
  h.bind('cache', cache, main);
  h.step(3);
  const callback = h.new('function', { repr: '<function on_dead>' });
  h.bind('on_dead', callback, main);
  const refs = h.new('list', { repr: '[]' });
  h.bind('refs', refs, main);
  let cacheSize = 0;
  let nextKey = 0;
  const names = Array.from({ length: globals }, (_, i) => `g${i}`);
  const bound = (): number => h.target(main, names[pick(globals)] as string);
  for (let s = 3; h.w.stepCount < options.steps; s++) {
    const line = 10 + pick(40);
    h.step(line);
    const r = random();
    if (s % collectEvery === 0) {
      h.collect();
    } else if (r < 0.3) {
      const o = h.new('Node', { repr: `Node(${s % 997})`, finalizer: random() < 0.05 });
      h.bind(names[pick(globals)] as string, o, main);
    } else if (r < 0.45) {
      const a = bound();
      const b = bound();
      if (a >= 0 && b >= 0 && h.obj(a).type === 'Node') h.setattr(a, random() < 0.5 ? 'next' : 'parent', b);
    } else if (r < 0.6) {
      const o = bound();
      if (o >= 0) {
        if (cacheSize >= cacheLimit) {
          h.clear(cache);
          cacheSize = 0;
        } else {
          h.setitem(cache, `'k${nextKey++}'`, o, -1, true);
          cacheSize++;
        }
      }
    } else if (r < 0.65) {
      const o = bound();
      if (o >= 0 && h.obj(o).type === 'Node') {
        const w = h.weakref(o, random() < 0.5 ? callback : -1);
        if (h.obj(refs).out.length > 200) h.clear(refs);
        h.append(refs, w);
      }
    } else if (r < 0.75) {
      const lst = h.new('list', { repr: '[]' });
      const n = 1 + pick(8);
      for (let i = 0; i < n; i++) h.append(lst, h.new('Leaf', { repr: `Leaf(${i})`, gc: false }));
      h.bind(names[pick(globals)] as string, lst, main);
    } else if (r < 0.9) {
      callFunction(h, pick, s);
    } else if (r < 0.95) {
      h.print(`step ${s}\n`);
    } else {
      const name = names[pick(globals)] as string;
      if (h.target(main, name) >= 0) h.unlink(main, name, 'name');
    }
  }
  h.shutdown([main]);
  return h.finish();
}

/** def f(x): a = Node(); b = [a, x]; return — a few steps in a new frame. */
function callFunction(h: SimHeap, pick: (n: number) => number, s: number): void {
  h.call('f');
  const n = 1 + pick(3);
  for (let i = 0; i < n; i++) {
    h.step(60 + i);
    const o = h.new('Node', { repr: `Node(f${s % 997})` });
    h.bind(`a${i}`, o);
  }
  h.step(64);
  const lst = h.new('list', { repr: '[]' });
  h.append(lst, h.target(h.frame, 'a0'));
  h.bind('b', lst);
  h.ret();
}
