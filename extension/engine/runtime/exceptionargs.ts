/** Raising an exception whose args are arbitrary objects (KeyError(key)), not a message string. */
import type { PyObject } from './object';
import type { PyType } from './type';
import { Raised } from './errors';
import { newExceptionSteal } from './exceptions';

/** Returns the Raised to throw; the references in `args` are stolen. */
export function exceptionArgs(type: PyType, args: PyObject[]): Raised {
  return new Raised(newExceptionSteal(type, args));
}
