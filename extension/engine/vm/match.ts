/** Pattern-matching instructions (filled in with the match statement). */
import type { PyObject } from '../runtime/object';
import { EngineError } from '../runtime/errors';

export function matchOp(op: number, arg: number, stack: (PyObject | null)[]): void {
  void arg;
  void stack;
  throw new EngineError(`match instruction ${op} is not implemented`);
}
