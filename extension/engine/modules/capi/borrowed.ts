/**
 * capi.Borrowed: what PyWeakref_GetObject and PyWeakref_GET_OBJECT return. A borrowed reference
 * is a pointer the caller does not own, so it must not count: a Python variable holding the
 * object itself would keep it alive and the use-after-free it models could never happen. The
 * wrapper holds the referent uncounted (a weak-flagged 'borrowed' edge in the trace), forwards
 * attribute access, str() and calls to it while it lives, and reports a dangling borrowed
 * reference — with the line that borrowed it and the line that freed it — once it is gone.
 */
import { PyObject as PyObjectClass } from '../../runtime/object';
import type { PyObject } from '../../runtime/object';
import { makeStaticType } from '../../runtime/type';
import { incref, decref, objFree } from '../../runtime/heap';
import { call, getAttrOrNull, attributeMissing, pyStr, setAttr } from '../../runtime/abstract';
import { fakeAddress } from '../../runtime/objecttype';
import { recorder } from '../../trace/recorder';
import { deref, forgetBorrow, recordBorrow, type BorrowRecord } from './ledger';

export class PyBorrowed extends PyObjectClass {
  constructor(readonly record: BorrowRecord) {
    super(BorrowedType);
  }
}

export const BorrowedType = makeStaticType('capi.Borrowed', 'other', {
  dealloc: (o) => {
    const b = o as PyBorrowed;
    if (b.record.target !== null && recorder.on) recorder.borrowedEdge(b, b.record.target, borrowLabel(b.record), false);
    forgetBorrow(b.record);
    objFree(o);
  },
});

function borrowLabel(r: BorrowRecord): string {
  return `${r.fn}, line ${r.line}`;
}

/** A new capi.Borrowed to `target` (which the caller keeps alive only by other references). */
export function borrowedNew(target: PyObject, fn: string, line: number): PyBorrowed {
  const record: BorrowRecord = { target, fn, line, freedLine: 0, typeName: target.ob_type.tp_name };
  const b = new PyBorrowed(record);
  recorder.alloc(b);
  recordBorrow(record);
  if (recorder.on) recorder.borrowedEdge(b, target, borrowLabel(record), true);
  return b;
}

/** The object a capi argument stands for: a borrowed reference is dereferenced (or reported dangling). */
export function unwrapArg(o: PyObject): PyObject {
  return o instanceof PyBorrowed ? deref(o.record) : o;
}

/** Runs f on the live referent, holding a reference for the duration (as C code using it would). */
function withTarget<T>(o: PyObject, f: (t: PyObject) => T): T {
  const t = deref((o as PyBorrowed).record);
  incref(t);
  try {
    return f(t);
  } finally {
    decref(t);
  }
}

BorrowedType.tp_repr = (o) => {
  const r = (o as PyBorrowed).record;
  const state = r.target === null ? `dangling: referent freed at line ${r.freedLine}` : `to '${r.typeName}' at ${fakeAddress(r.target)}`;
  return `<capi.Borrowed from ${r.fn} at line ${r.line}; ${state}>`;
};
BorrowedType.tp_str = (o) => withTarget(o, (t) => pyStr(t));
BorrowedType.tp_getattro = (o, name) => withTarget(o, (t) => {
  const v = getAttrOrNull(t, name);
  if (v === null) attributeMissing(t, name);
  return v;
});
BorrowedType.tp_setattro = (o, name, v) => withTarget(o, (t) => setAttr(t, name, v));
BorrowedType.tp_call = (o, args, kwnames) => withTarget(o, (t) => call(t, args, kwnames));
