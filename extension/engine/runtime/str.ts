/**
 * str objects. Identifiers and constants are interned and immortal, as CPython 3.14 makes its
 * interned strings; strings built at run time are ordinary refcounted objects.
 */
import { PyObject } from './object';
import { IMMORTAL_REFCNT, makeStaticType, TPFLAGS_BASETYPE } from './type';
import { objFree } from './heap';
import { reprStr } from '../text/repr';

export const StrType = makeStaticType('str', 'str', { flags: TPFLAGS_BASETYPE, dealloc: (o) => objFree(o) });

export class PyStr extends PyObject {
  readonly value: string;
  /** Cached hash; -1 until computed. */
  hash = -1;
  /** Cached length in code points; -1 until computed (differs from value.length with surrogates). */
  cpLen = -1;
  constructor(value: string) {
    super(StrType);
    this.value = value;
  }
}

const interned = new Map<string, PyStr>();

/** The one immortal str object for `s` (identifiers, literals, attribute names). */
export function intern(s: string): PyStr {
  let o = interned.get(s);
  if (o === undefined) {
    o = new PyStr(s);
    o.ob_refcnt = IMMORTAL_REFCNT;
    interned.set(s, o);
  }
  return o;
}

/** A new reference to a str with value `s`: single characters and the empty string are shared. */
export function newStr(s: string): PyStr {
  // CPython shares the empty string and the 256 one-character latin-1 strings.
  if (s.length === 0 || (s.length === 1 && s.charCodeAt(0) < 256)) return intern(s);
  return new PyStr(s);
}

/** A new str object even for one character (int-to-str conversions do not use the cache). */
export function newStrFresh(s: string): PyStr {
  return s.length === 0 ? intern(s) : new PyStr(s);
}

export function isStr(o: PyObject): o is PyStr {
  return o instanceof PyStr;
}

/** CPython's string hash is SipHash (randomized unless PYTHONHASHSEED); only bucket placement uses it here. */
export function strHash(o: PyStr): number {
  if (o.hash !== -1) return o.hash;
  let h = 0;
  const s = o.value;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  if (h === -1) h = -2;
  o.hash = h;
  return h;
}

StrType.tp_repr = (o) => reprStr((o as PyStr).value);
StrType.tp_str = (o) => (o as PyStr).value;
StrType.tp_hash = (o) => strHash(o as PyStr);
StrType.nb_bool = (o) => (o as PyStr).value.length !== 0;
StrType.mp_length = (o) => (o as PyStr).value.length;
