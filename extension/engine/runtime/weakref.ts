/**
 * Weak references (CPython's Objects/weakrefobject.c). Each referent keeps a doubly linked list
 * of the weakrefs to it: the shared callback-less ref first, then refs with callbacks, newest
 * first. When the referent dies, every ref is cleared before any callback runs, and callbacks
 * then run in list order (so newest registration first), each passed its dead weakref.
 */
import { semantics } from '../profile';
import { PyObject, type Visit } from './object';
import { makeStaticType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, TPFLAGS_WEAKREFABLE, type PyType } from './type';
import { deallocNesting, decref, gcFree, gcTrack, gcUntrack, incref, isImmortal, xdecref } from './heap';
import { None } from './singletons';
import { typeError } from './errors';
import { recorder, L_CALLBACK, P_CLEAR_WEAKREFS } from '../trace/recorder';
import { ObjectFlags } from '../../protocol/trace';
import { call, hashObject } from './abstract';
import { writeUnraisable } from './unraisable';
import { fakeAddress } from './objecttype';

export const WeakrefType = makeStaticType('weakref.ReferenceType', 'weakref', {
  flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
  dealloc: weakrefDealloc,
});
WeakrefType.qualname = 'ReferenceType';

export class PyWeakref extends PyObject {
  /** The referent, borrowed; null once cleared. */
  wr_object: PyObject | null;
  wr_callback: PyObject | null;
  wr_prev: PyWeakref | null = null;
  wr_next: PyWeakref | null = null;
  hash = -1;
  constructor(type: PyType, referent: PyObject, callback: PyObject | null) {
    super(type);
    this.wr_object = referent;
    this.wr_callback = callback;
  }
}

export function supportsWeakrefs(o: PyObject): boolean {
  return (o.ob_type.tp_flags & TPFLAGS_WEAKREFABLE) !== 0;
}

function isBasicRef(r: PyWeakref | null): r is PyWeakref {
  return r !== null && r.wr_callback === null && r.ob_type === WeakrefType;
}

function insertHead(r: PyWeakref, obj: PyObject): void {
  const next = obj.ob_weaklist;
  r.wr_prev = null;
  r.wr_next = next;
  if (next !== null) next.wr_prev = r;
  obj.ob_weaklist = r;
}

function insertAfter(r: PyWeakref, prev: PyWeakref): void {
  r.wr_prev = prev;
  r.wr_next = prev.wr_next;
  if (prev.wr_next !== null) prev.wr_next.wr_prev = r;
  prev.wr_next = r;
}

/** weakref.ref(obj, callback): a new reference (the shared basic ref when there is no callback). */
export function weakrefNew(type: PyType, obj: PyObject, callback: PyObject | null): PyWeakref {
  const cpython = semantics().cpython;
  if (!cpython) {
    // MicroPython: anything allocated in the heap can be weakly referenced; its refs are never shared.
    if (isImmortal(obj) || obj.ob_type.tp_name === 'builtin_function_or_method') typeError('not a heap object');
  } else if (!supportsWeakrefs(obj)) typeError(`cannot create weak reference to '${obj.ob_type.tp_name}' object`);
  if (callback === None) callback = null;
  const head = obj.ob_weaklist;
  const basic = cpython && isBasicRef(head) ? head : null;
  if (callback === null && type === WeakrefType && basic !== null) {
    incref(basic);
    return basic;
  }
  if (callback !== null) incref(callback);
  const r = new PyWeakref(type, obj, callback);
  if (type.isHeapType()) incref(type);
  recorder.alloc(r);
  if (callback === null && type === WeakrefType) insertHead(r, obj);
  else if (basic !== null) insertAfter(r, basic);
  else insertHead(r, obj);
  gcTrack(r);
  if (recorder.on) {
    recorder.weakEdge(r, obj, callback !== null, true);
    if (callback !== null) recorder.edge(r, callback, L_CALLBACK, '', true);
  }
  return r;
}

/** Unlinks the ref from its referent's list and drops its callback (clear_weakref). */
export function clearWeakref(r: PyWeakref): void {
  const obj = r.wr_object;
  if (obj !== null) {
    if (obj.ob_weaklist === r) obj.ob_weaklist = r.wr_next;
    if (r.wr_prev !== null) r.wr_prev.wr_next = r.wr_next;
    if (r.wr_next !== null) r.wr_next.wr_prev = r.wr_prev;
    r.wr_object = null;
    r.wr_prev = null;
    r.wr_next = null;
    if (recorder.on) recorder.weakEdge(r, obj, false, false);
  }
  const cb = r.wr_callback;
  r.wr_callback = null;
  if (cb !== null && recorder.on) recorder.edge(r, cb, L_CALLBACK, '', false);
  xdecref(cb);
}

/** The weakref drops its callback without calling it (the reference moves to the caller). */
export function takeCallback(r: PyWeakref): PyObject | null {
  const cb = r.wr_callback;
  r.wr_callback = null;
  if (cb !== null && recorder.on) recorder.edge(r, cb, L_CALLBACK, '', false);
  return cb;
}

/** _PyWeakref_ClearRef: the collector clears a ref without calling (or dropping) its callback. */
export function clearWeakrefKeepCallback(r: PyWeakref): void {
  const cb = r.wr_callback;
  r.wr_callback = null;
  clearWeakref(r);
  r.wr_callback = cb;
}

/**
 * Calls a weakref callback, reporting its exception as unraisable as handle_callback does (the
 * collector's handle_weakref_callbacks words its report "on calling").
 */
export function handleCallback(ref: PyWeakref, callback: PyObject, referent: PyObject | null = null,
  errMsg = 'Exception ignored while calling weakref callback'): void {
  if (recorder.on) {
    recorder.weakrefCallback(ref, referent, callback);
    // weakref.finalize objects are their own weakref's callback: the finalizer runs now.
    if (callback.ob_type.isHeapType() && (recorder.flagsOf(callback) & ObjectFlags.isFinalize) !== 0) recorder.finalizeCall(callback, referent);
  }
  try {
    const r = call(callback, [ref]);
    decref(r);
  } catch (e) {
    writeUnraisable(e, errMsg, callback);
  }
}

/** PyObject_ClearWeakRefs: called by a referent's tp_dealloc. */
export function clearWeakrefs(obj: PyObject): void {
  if (recorder.on && obj.ob_weaklist !== null) recorder.phase(obj, P_CLEAR_WEAKREFS, deallocNesting());
  // Callback-less refs at the head go first, without ceremony.
  while (obj.ob_weaklist !== null && obj.ob_weaklist.wr_callback === null) {
    clearWeakref(obj.ob_weaklist);
    if (obj.ob_weaklist === null) return;
  }
  const pending: PyWeakref[] = [];
  const callbacks: (PyObject | null)[] = [];
  while (obj.ob_weaklist !== null) {
    const r = obj.ob_weaklist;
    incref(r);
    const cb = takeCallback(r);
    clearWeakref(r);
    pending.push(r);
    callbacks.push(cb);
  }
  for (let i = 0; i < pending.length; i++) {
    const cb = callbacks[i] as PyObject | null;
    if (cb !== null) handleCallback(pending[i] as PyWeakref, cb, obj);
  }
  // The temporary tuple CPython builds is released last to first.
  for (let i = pending.length - 1; i >= 0; i--) {
    const cb = callbacks[i] as PyObject | null;
    if (cb !== null) decref(cb);
    decref(pending[i] as PyWeakref);
  }
}

/** Clears refs created during a finalizer without calling their callbacks. */
export function clearWeakrefsNoCallbacks(obj: PyObject): void {
  while (obj.ob_weaklist !== null) clearWeakref(obj.ob_weaklist);
}

export function weakrefCount(obj: PyObject): number {
  let n = 0;
  for (let r = obj.ob_weaklist; r !== null; r = r.wr_next) n++;
  return n;
}

export function weakrefList(obj: PyObject): PyWeakref[] {
  const out: PyWeakref[] = [];
  for (let r = obj.ob_weaklist; r !== null; r = r.wr_next) out.push(r);
  return out;
}

function weakrefDealloc(o: PyObject): void {
  gcUntrack(o);
  clearWeakref(o as PyWeakref);
  if (o.ob_type.isHeapType()) decref(o.ob_type);
  gcFree(o);
}

WeakrefType.tp_traverse = (o: PyObject, visit: Visit) => {
  const cb = (o as PyWeakref).wr_callback;
  if (cb !== null) visit(cb);
};
WeakrefType.tp_clear = (o) => clearWeakref(o as PyWeakref);
WeakrefType.tp_call = (o, args) => {
  if (args.length !== 0) typeError(`weakref() takes no arguments (${args.length} given)`);
  const obj = (o as PyWeakref).wr_object;
  const r = obj ?? None;
  incref(r);
  return r;
};
WeakrefType.tp_hash = (o) => {
  const r = o as PyWeakref;
  if (r.hash !== -1) return r.hash;
  if (r.wr_object === null) typeError('weak object has gone away');
  r.hash = hashObject(r.wr_object);
  return r.hash;
};
WeakrefType.tp_repr = (o) => {
  // MicroPython's refs all print alike.
  if (!semantics().cpython) return '<ref>';
  const r = o as PyWeakref;
  if (r.wr_object === null) return `<weakref at ${fakeAddress(o)}; dead>`;
  return `<weakref at ${fakeAddress(o)}; to '${r.wr_object.ob_type.tp_name}' at ${fakeAddress(r.wr_object)}>`;
};
