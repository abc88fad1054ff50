/**
 * Which steps are real executions of a statement. The recorder begins a new step for a statement
 * each time its frame resumes it (after a call it made returns, or a finalizer ran inside it, or
 * library code without lines of its own ran), so `del a` whose __del__ prints is several steps but
 * one execution. A step continues an execution when its frame's previous step was the same
 * statement: a statement never follows itself in one frame otherwise (a loop's header and body
 * are different statements; recursion is another frame).
 */
import type { Trace } from '../../protocol/trace';

const cache = new WeakMap<Trace, Int32Array>();

/** The step that began the execution step `s` belongs to (s itself unless s resumes one). */
export function executionOf(trace: Trace, s: number): number {
  return s >= 0 ? (executions(trace)[s] ?? s) : s;
}

function executions(trace: Trace): Int32Array {
  const known = cache.get(trace);
  if (known !== undefined) return known;
  const { steps } = trace;
  const of = new Int32Array(steps.count);
  const lastOfFrame = new Map<number, number>();
  for (let s = 0; s < steps.count; s++) {
    const frame = steps.frame[s] as number;
    const prev = lastOfFrame.get(frame);
    const resumed = prev !== undefined && steps.line[prev] === steps.line[s] && steps.col[prev] === steps.col[s];
    of[s] = resumed ? (of[prev] as number) : s;
    lastOfFrame.set(frame, s);
  }
  cache.set(trace, of);
  return of;
}
