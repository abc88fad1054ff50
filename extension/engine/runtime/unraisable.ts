/**
 * sys.unraisablehook's default output: exceptions raised where nobody can catch them (__del__,
 * weakref callbacks, gc callbacks) are printed to stderr and swallowed.
 */
import type { PyObject } from './object';
import { Raised, EngineError } from './errors';
import { decref } from './heap';
import { pyRepr } from './abstract';
import { recorder } from '../trace/recorder';
import { semantics } from '../profile';

/** `message` null: the object alone says where ("Exception ignored in: OBJ", before 3.14). */
export type UnraisablePrinter = (exc: PyObject, message: string | null, obj: PyObject | null) => void;

/** Messages that name their object after a colon before 3.14 (_PyErr_WriteUnraisableMsg); every
 * other report was PyErr_WriteUnraisable(obj), which has no message. */
const LEGACY_MESSAGES = new Set(['Exception ignored in atexit callback', 'Exception ignored in sys.unraisablehook']);

let printer: UnraisablePrinter | null = null;

/** The VM installs the printer (it formats tracebacks); the runtime only reports. */
export function setUnraisablePrinter(p: UnraisablePrinter): void {
  printer = p;
}

export function writeUnraisable(e: unknown, what: string, obj: PyObject | null): void {
  if (!(e instanceof Raised)) throw e instanceof Error ? e : new EngineError(String(e));
  if (!semantics().cpython) {
    // MicroPython reports only exceptions in weak callbacks (it never calls __del__).
    if (recorder.on) recorder.unraisable(obj, `Unhandled exception in weakref callback: ${e.exc.ob_type.tp_name}`);
    if (printer !== null) printer(e.exc, 'Unhandled exception in weakref callback', null);
    decref(e.exc);
    return;
  }
  if (!semantics().unraisableCallingMessages) {
    const legacy = LEGACY_MESSAGES.has(what) ? what : null;
    if (recorder.on) recorder.unraisable(obj, `${legacy ?? 'Exception ignored in'}: ${e.exc.ob_type.tp_name}`);
    if (printer !== null) printer(e.exc, legacy, obj);
    decref(e.exc);
    return;
  }
  let msg = what;
  if (obj !== null) {
    try {
      msg += ' ' + pyRepr(obj);
    } catch (inner) {
      if (inner instanceof Raised) decref(inner.exc);
      else throw inner;
    }
  }
  if (recorder.on) recorder.unraisable(obj, `${msg}: ${e.exc.ob_type.tp_name}`);
  if (printer !== null) printer(e.exc, msg, null);
  decref(e.exc);
}
