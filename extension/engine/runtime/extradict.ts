/**
 * The __dict__ of an instance of a Python subclass of a builtin type (a list subclass's instance
 * is a PyList, not a PyInstance): kept on the object when its class gives instances a dict.
 * Separate from layout.ts so that attribute lookup (objecttype.ts) depends on nothing else.
 */
import type { PyObject } from './object';
import { TPFLAGS_MANAGED_DICT } from './type';
import { dictNewUntracked, type PyDict } from './dict';
import { L_ATTR } from '../trace/recorder';

export function builtinSubclassDict(o: PyObject, create: boolean): PyDict | null {
  const h = o as PyObject & { dict?: PyDict | null };
  if (h.dict === undefined || (o.ob_type.tp_flags & TPFLAGS_MANAGED_DICT) === 0) return null;
  if (h.dict === null && create) h.dict = dictNewUntracked(o, L_ATTR);
  return h.dict;
}

/** An exception's __dict__, made on first use: its entries are the exception's attributes. */
export function excDict(e: PyObject & { dict: PyDict | null }): PyDict {
  e.dict ??= dictNewUntracked(e, L_ATTR);
  return e.dict;
}
