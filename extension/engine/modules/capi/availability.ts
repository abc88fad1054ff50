/**
 * Which functions of the C API exist in the profile's CPython, and how using one that does not
 * is reported: as the C toolchain would (an implicit declaration the compiler rejects, or an
 * undefined reference at link time), since the program could not have been built at all.
 * Sources: Doc/c-api/weakref.rst ("versionadded", "deprecated-removed"), the headers of each
 * version (Include/cpython/weakrefobject.h) and the symbols each version's library exports.
 */
import { cpythonAtLeast, currentProfile } from '../../profile';

interface Versions {
  /** The first CPython 3.x minor version that has the function (0: every supported one). */
  readonly since: number;
  /** Deprecated from this minor version on (0: never). */
  readonly deprecated: number;
  /** Gone from the headers from this minor version on (0: never). */
  readonly removed: number;
  /** What to use instead, for the messages. */
  readonly instead: string;
}

const ALWAYS: Versions = { since: 0, deprecated: 0, removed: 0, instead: '' };

export const CAPI_FUNCTIONS: Readonly<Record<string, Versions>> = {
  PyWeakref_Check: ALWAYS,
  PyWeakref_CheckRef: ALWAYS,
  PyWeakref_CheckProxy: ALWAYS,
  PyWeakref_NewRef: ALWAYS,
  PyWeakref_NewProxy: ALWAYS,
  PyWeakref_GetRef: { since: 13, deprecated: 0, removed: 0, instead: '' },
  PyWeakref_GetObject: { since: 0, deprecated: 13, removed: 15, instead: 'PyWeakref_GetRef()' },
  PyWeakref_GET_OBJECT: { since: 0, deprecated: 13, removed: 15, instead: 'PyWeakref_GetRef()' },
  PyWeakref_IsDead: { since: 14, deprecated: 0, removed: 0, instead: '' },
  PyObject_ClearWeakRefs: ALWAYS,
  PyUnstable_Object_ClearWeakRefsNoCallbacks: { since: 13, deprecated: 0, removed: 0, instead: '' },
  Py_INCREF: ALWAYS,
  Py_DECREF: ALWAYS,
  Py_REFCNT: ALWAYS,
};

export function isAvailable(fn: string): boolean {
  const v = CAPI_FUNCTIONS[fn];
  if (v === undefined) return false;
  return (v.since === 0 || cpythonAtLeast(v.since)) && (v.removed === 0 || !cpythonAtLeast(v.removed));
}

/** The deprecation in force for this profile, if any. */
export function deprecation(fn: string): { since: string; instead: string } | null {
  const v = CAPI_FUNCTIONS[fn];
  if (v === undefined || v.deprecated === 0 || !cpythonAtLeast(v.deprecated)) return null;
  return { since: `3.${v.deprecated}`, instead: v.instead };
}

/** Why a known function cannot be used under this profile (the AttributeError's text). */
export function unavailableMessage(fn: string): string {
  const v = CAPI_FUNCTIONS[fn] as Versions;
  const label = currentProfile().label;
  if (v.removed !== 0 && cpythonAtLeast(v.removed)) {
    return `capi: implicit declaration of function '${fn}' under ${label}: it was removed from the headers in CPython 3.${v.removed} ` +
      `(deprecated since 3.${v.deprecated}; use ${v.instead} instead), so a C compiler rejects the call`;
  }
  return `capi: implicit declaration of function '${fn}' under ${label}: it was added in CPython 3.${v.since}, ` +
    `so the compiler rejects the call and the linker reports "undefined reference to '${fn}'"`;
}

/**
 * The `Objects/weakrefobject.c:LINE` of PyErr_BadInternalCall() in each version's
 * PyWeakref_GetObject and PyObject_ClearWeakRefs, as the real SystemError names it.
 */
const BAD_CALL_LINES: Readonly<Record<string, readonly [getObject: number, clearWeakRefs: number]>> = {
  'cpython-3.11': [916, 951],
  'cpython-3.12': [911, 946],
  'cpython-3.13': [953, 993],
  'cpython-3.14': [971, 1014],
  'cpython-3.15': [973, 1016],
};

export function badInternalCall(which: 'getObject' | 'clearWeakRefs'): string {
  const lines = BAD_CALL_LINES[currentProfile().name] ?? BAD_CALL_LINES['cpython-3.14'] as readonly [number, number];
  return `Objects/weakrefobject.c:${which === 'getObject' ? lines[0] : lines[1]}: bad argument to internal function`;
}
