/**
 * Whether one object keeps another alive through strong references, not counting references
 * through namespaces (a function's globals reach every global: that is not the function keeping
 * them) or frames.
 */
import type { HeapView } from '../heap-view';
import { isNamespace } from '../structure';
import { OF, hasFlag } from '../schema';

const LIMIT = 20_000;

/** The chain of objects from `from` to `target` (both included), or null. */
export function strongPath(view: HeapView, from: number, target: number): number[] | null {
  if (from === target) return [from];
  const trace = view.index.trace;
  const prev = new Map<number, number>([[from, -1]]);
  const queue = [from];
  for (let q = 0; q < queue.length && q < LIMIT; q++) {
    const id = queue[q] as number;
    for (const e of view.out(id)) {
      if (view.isWeak(e)) continue;
      const to = view.to(e);
      if (prev.has(to)) continue;
      prev.set(to, id);
      if (to === target) {
        const path = [to];
        for (let x = id; x !== -1; x = prev.get(x) as number) path.unshift(x);
        return path;
      }
      if (isNamespace(view.index, to) || hasFlag(trace, to, OF.isInterpreter)) continue;
      queue.push(to);
    }
  }
  return null;
}
