/**
 * sys.unraisablehook's default output: exceptions raised where nobody can catch them (__del__,
 * weakref callbacks, gc callbacks) are printed to stderr and swallowed.
 */
import type { PyObject } from './object';
import { Raised, EngineError } from './errors';
import { decref } from './heap';
import { pyRepr } from './abstract';
import { recorder } from '../trace/recorder';

export type UnraisablePrinter = (exc: PyObject, message: string) => void;

let printer: UnraisablePrinter | null = null;

/** The VM installs the printer (it formats tracebacks); the runtime only reports. */
export function setUnraisablePrinter(p: UnraisablePrinter): void {
  printer = p;
}

export function writeUnraisable(e: unknown, what: string, obj: PyObject | null): void {
  if (!(e instanceof Raised)) throw e instanceof Error ? e : new EngineError(String(e));
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
  if (printer !== null) printer(e.exc, msg);
  decref(e.exc);
}
