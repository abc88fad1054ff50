/**
 * Reference cycles: strongly connected components of the strong-reference graph restricted to a
 * set of objects (Tarjan's algorithm, iterative so a 100,000-object cycle does not overflow the
 * stack). A component is a cycle when it has two or more objects, or one that refers to itself.
 */
import type { HeapView } from './heap-view';

export function cyclesAmong(view: HeapView, members: ReadonlySet<number>): number[][] {
  const indexOf = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const out: number[][] = [];
  let counter = 0;
  const succ = (id: number): number[] => {
    const r: number[] = [];
    for (const e of view.out(id)) if (!view.isWeak(e) && members.has(view.to(e))) r.push(view.to(e));
    return r;
  };
  for (const root of members) {
    if (indexOf.has(root)) continue;
    const work: { id: number; next: number[]; i: number }[] = [];
    const enter = (id: number): void => {
      indexOf.set(id, counter);
      low.set(id, counter++);
      stack.push(id);
      onStack.add(id);
      work.push({ id, next: succ(id), i: 0 });
    };
    enter(root);
    while (work.length > 0) {
      const top = work[work.length - 1] as { id: number; next: number[]; i: number };
      if (top.i < top.next.length) {
        const w = top.next[top.i++] as number;
        if (!indexOf.has(w)) enter(w);
        else if (onStack.has(w)) low.set(top.id, Math.min(low.get(top.id) as number, indexOf.get(w) as number));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(top.id) as number));
      if (low.get(top.id) === indexOf.get(top.id)) {
        const comp: number[] = [];
        for (;;) {
          const x = stack.pop() as number;
          onStack.delete(x);
          comp.push(x);
          if (x === top.id) break;
        }
        if (comp.length > 1 || top.next.includes(top.id)) out.push(comp.sort((a, b) => a - b));
      }
    }
  }
  return out.sort((a, b) => (a[0] as number) - (b[0] as number));
}

/** One cycle's path in order, starting and ending at its smallest id: A#1 → B#2 → A#1. */
export function cyclePath(view: HeapView, component: readonly number[]): number[] {
  const members = new Set(component);
  const start = component[0] as number;
  // Shortest way back to the start through the component (BFS), so the path is a real cycle.
  const prev = new Map<number, number>();
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const id = queue[q] as number;
    for (const e of view.out(id)) {
      const to = view.to(e);
      if (view.isWeak(e) || !members.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (let x = id; x !== start; x = prev.get(x) as number) path.splice(1, 0, x);
        path.push(start);
        return path;
      }
      if (!prev.has(to)) {
        prev.set(to, id);
        queue.push(to);
      }
    }
  }
  return [start];
}
