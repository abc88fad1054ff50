/**
 * Implicit exception chaining (the context part of CPython's _PyErr_SetObject): a raised
 * exception's __context__ becomes the exception being handled, after cutting any link of that
 * exception's own context chain back to the new one (so no reference cycle is created through
 * __context__, while pre-existing cycles are tolerated).
 */
import type { PyObject } from '../runtime/object';
import { PyBaseException, excSetLink } from '../runtime/exceptions';
import { newref } from '../runtime/heap';
import { None } from '../runtime/singletons';
import { tracebackHere } from '../runtime/traceback';
import { ts } from './state';

function contextOf(o: PyObject): PyObject | null {
  return o instanceof PyBaseException ? o.context : null;
}

/** Sets value.__context__ = handled (unless they are the same object or nothing is handled). */
export function setContext(value: PyBaseException, handled: PyObject): void {
  if (handled === None || handled === value) return;
  let o: PyObject = handled;
  let slow: PyObject = o;
  let toggle = false;
  for (let context = contextOf(o); context !== null; context = contextOf(o)) {
    if (context === value) {
      excSetLink(o as PyBaseException, 'context', null);
      break;
    }
    o = context;
    // Floyd's cycle detection: a pre-existing cycle has been walked completely.
    if (o === slow) break;
    if (toggle) slow = contextOf(slow) as PyObject;
    toggle = !toggle;
  }
  excSetLink(value, 'context', newref(handled));
}

/**
 * An unraisable exception raised by native code has no traceback; CPython's hook then shows the
 * Python frame that was running (one entry), as if the exception had been raised there.
 */
export function tracebackForUnraisable(x: PyBaseException): void {
  const f = ts.frame;
  // No instruction position: the report shows the line without carets, as CPython's does.
  if (x.traceback === null && f !== null) tracebackHere(x, f, -1, f.code.lineOf(f.lasti));
}
