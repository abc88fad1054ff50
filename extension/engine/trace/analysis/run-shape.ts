/**
 * Where the program ends and shutdown begins. Shutdown starts at the first interpreter-wide
 * shutdown phase (atexit, Py_FinalizeEx, finalize_modules); failing that, at the first step that
 * belongs to the interpreter (frame -1) after the program's own steps began.
 */
import type { TraceIndex } from './trace-index';
import { EV, SHUTDOWN_PHASES, stepEventStart } from './schema';

export interface RunShape {
  /** Event position where shutdown begins (events.count if the trace never gets there). */
  readonly shutdownStart: number;
  /** The step in which the program's last event before shutdown happened (-1 if none). */
  readonly exitStep: number;
}

const cache = new WeakMap<TraceIndex, RunShape>();

export function runShape(index: TraceIndex): RunShape {
  const known = cache.get(index);
  if (known !== undefined) return known;
  const { events, steps } = index.trace;
  let start = events.count;
  for (let i = 0; i < events.count; i++) {
    if (events.kind[i] === EV.phase && (events.a[i] as number) < 0 && SHUTDOWN_PHASES.has(events.b[i] as number)) {
      start = i;
      break;
    }
  }
  let seenProgram = false;
  let firstInterpreterStep = -1;
  for (let s = 0; s < steps.count; s++) {
    if ((steps.frame[s] as number) >= 0) seenProgram = true;
    else if (seenProgram) {
      firstInterpreterStep = s;
      break;
    }
  }
  if (firstInterpreterStep >= 0) start = Math.min(start, stepEventStart(index.trace, firstInterpreterStep));
  const exitStep = start > 0 ? (events.step[start - 1] as number) : start === events.count ? steps.count - 1 : -1;
  const shape = { shutdownStart: start, exitStep };
  cache.set(index, shape);
  return shape;
}
