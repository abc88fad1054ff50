/**
 * Instances of classes defined in Python (CPython's heap-type objects with a managed __dict__).
 * Attributes live in a dict the instance owns; it counts as a separate object for the collector
 * only once it escapes (`obj.__dict__` read), as 3.14's inline values do.
 */
import { PyObject } from './object';
import type { PyDict } from './dict';
import type { PyType } from './type';

export class PyInstance extends PyObject {
  dict: PyDict | null = null;
  constructor(type: PyType) {
    super(type);
  }
}
