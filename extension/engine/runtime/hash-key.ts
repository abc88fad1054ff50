/**
 * Hashing a key for a set or dict: an unhashable key's TypeError is reworded as CPython 3.14
 * does ("cannot use 'list' as a dict key (unhashable type: 'list')").
 */
import type { PyObject } from './object';
import { hashObject, pyStr } from './abstract';
import { Raised, raise } from './errors';
import { TypeError as TypeErrorType } from './exceptions';
import { decref } from './heap';
import { typeQualName } from './objecttype';
import { semantics } from '../profile';

export function hashKey(key: PyObject, what: string): number {
  try {
    return hashObject(key);
  } catch (e) {
    // Before 3.14 the hash's own error ("unhashable type: 'list'") passed through unchanged.
    if (!(e instanceof Raised) || e.exc.ob_type !== TypeErrorType || !semantics().newErrorTexts) throw e;
    const detail = pyStr(e.exc);
    decref(e.exc);
    // %T: the qualified name, without the module for builtins and __main__.
    const t = key.ob_type;
    const name = t.module === '__main__' ? t.qualname : typeQualName(t);
    return raise(TypeErrorType, `cannot use '${name}' as ${what} (${detail})`);
  }
}
