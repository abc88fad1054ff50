/**
 * Traceback objects: one per frame an exception passed through, newest last in the chain read
 * from the exception. A traceback holds its frame, so an exception kept alive (stored, or in a
 * cycle with the frame's locals) keeps every local of those frames alive.
 */
import { GC_TRACKED, PyObject, type Visit } from './object';
import { makeStaticType, TPFLAGS_HAVE_GC } from './type';
import { decref, gcFree, gcTrack, gcUntrack, xdecref } from './heap';
import type { PyBaseException } from './exceptions';
import { recorder, L_EXCEPTION } from '../trace/recorder';

export const TracebackType = makeStaticType('traceback', 'traceback', { flags: TPFLAGS_HAVE_GC, dealloc: tbDealloc });

/** The frame as far as tracebacks need it (vm/frame.ts's Frame). */
export interface TracebackFrame extends PyObject {
  readonly lineno: number;
}

export class PyTraceback extends PyObject {
  constructor(
    public tb_next: PyTraceback | null,
    public tb_frame: TracebackFrame | null,
    readonly tb_lasti: number,
    readonly tb_lineno: number,
  ) {
    super(TracebackType);
  }
}

/** PyTraceBack_Here: prepend this frame's entry to the exception's traceback. */
export function tracebackHere(exc: PyBaseException, frame: TracebackFrame, lasti: number, lineno: number): void {
  frame.ob_refcnt++;
  if ((frame.gc_flags & GC_TRACKED) === 0) gcTrack(frame);
  const tb = new PyTraceback(exc.traceback, frame, lasti, lineno);
  recorder.alloc(tb);
  gcTrack(tb);
  if (recorder.on) {
    // The exception's traceback reference moves to the new entry, whose tb_next it becomes.
    recorder.edge(tb, frame, L_EXCEPTION, 'tb_frame', true);
    if (tb.tb_next !== null) {
      recorder.edge(exc, tb.tb_next, L_EXCEPTION, '__traceback__', false);
      recorder.edge(tb, tb.tb_next, L_EXCEPTION, 'tb_next', true);
    }
    recorder.edge(exc, tb, L_EXCEPTION, '__traceback__', true);
  }
  exc.traceback = tb;
}

function tbDealloc(o: PyObject): void {
  gcUntrack(o);
  const tb = o as PyTraceback;
  if (recorder.on) traceTracebackReleased(tb);
  const next = tb.tb_next;
  tb.tb_next = null;
  xdecref(next);
  const f = tb.tb_frame;
  tb.tb_frame = null;
  if (f !== null) decref(f);
  gcFree(o);
}

TracebackType.tp_traverse = (o: PyObject, visit: Visit) => {
  const tb = o as PyTraceback;
  if (tb.tb_next !== null) visit(tb.tb_next);
  if (tb.tb_frame !== null) visit(tb.tb_frame);
};
TracebackType.tp_clear = (o: PyObject) => {
  const tb = o as PyTraceback;
  if (recorder.on) traceTracebackReleased(tb);
  const next = tb.tb_next;
  tb.tb_next = null;
  xdecref(next);
  const f = tb.tb_frame;
  tb.tb_frame = null;
  xdecref(f);
};

function traceTracebackReleased(tb: PyTraceback): void {
  if (tb.tb_next !== null) recorder.edge(tb, tb.tb_next, L_EXCEPTION, 'tb_next', false);
  if (tb.tb_frame !== null) recorder.edge(tb, tb.tb_frame, L_EXCEPTION, 'tb_frame', false);
}
