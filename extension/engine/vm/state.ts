/**
 * The thread state (CPython's PyThreadState): the executing frame, the exception being handled
 * (what `except` blocks and sys.exc_info() see), the recursion depth, and where output goes.
 */
import type { PyObject } from '../runtime/object';
import { None } from '../runtime/singletons';
import type { Frame } from './frame';

export const ts = {
  frame: null as Frame | null,
  /** The exception currently being handled (tstate->exc_info->exc_value), an owned reference. */
  excValue: None as PyObject,
  /**
   * The exc_info items a running generator's own item hides (its resumer's, outermost first):
   * sys.exc_info() and context chaining see the innermost one that is not None.
   */
  excOuter: [] as PyObject[],
  /** The warnings module's registry: each (location, message) is shown once per run. */
  warned: new Set<string>(),
  /** Python frames on the stack, checked against the recursion limit. */
  depth: 0,
  recursionLimit: 1000,
  stdout: (_s: string): void => undefined,
  stderr: (_s: string): void => undefined,
  /** Instructions executed, checked against the step limit to stop runaway programs. */
  steps: 0,
  maxSteps: Infinity,
};

export function resetThreadState(stdout: (s: string) => void, stderr: (s: string) => void): void {
  ts.frame = null;
  ts.excValue = None;
  ts.excOuter.length = 0;
  ts.warned.clear();
  ts.depth = 0;
  ts.recursionLimit = 1000;
  ts.stdout = stdout;
  ts.stderr = stderr;
  ts.steps = 0;
}

/** _PyErr_GetTopmostException: the exception being handled here or by a resumer of this generator. */
export function topmostException(): PyObject {
  if (ts.excValue !== None) return ts.excValue;
  for (let i = ts.excOuter.length - 1; i >= 0; i--) {
    const v = ts.excOuter[i] as PyObject;
    if (v !== None) return v;
  }
  return None;
}
