/**
 * Frames: one per executing code object, holding fast locals, cells and the value stack. A frame
 * is also the Python frame object a traceback refers to; when it finishes while still referenced
 * (by a traceback), it keeps its locals alive until it is itself freed, as CPython's
 * take_ownership does. Otherwise its locals are released last to first (_PyFrame_ClearLocals).
 */
import { semantics } from '../profile';
import { PyObject, type Visit } from '../runtime/object';
import { makeStaticType, TPFLAGS_HAVE_GC } from '../runtime/type';
import { decref, gcFree, gcUntrack, xdecref } from '../runtime/heap';
import type { Code } from '../compile/code';
import type { PyDict } from '../runtime/dict';
import type { PyFunction } from '../runtime/function';
import { recorder, L_DICT } from '../trace/recorder';
import { traceFrameStopped, traceSlotReleased, traceStackReleased } from '../trace/hooks';

export const FrameType = makeStaticType('frame', 'frame', { flags: TPFLAGS_HAVE_GC, dealloc: frameDealloc });

const NO_HANDLERS = new Int32Array(0);

export class Frame extends PyObject {
  readonly localsplus: (PyObject | null)[];
  readonly stack: (PyObject | null)[] = [];
  pc = 0;
  /** The instruction being executed (for tracebacks and line numbers). */
  lasti = 0;
  previous: Frame | null = null;
  readonly handlerDepth: Int32Array;
  executing = true;
  /** The function being run (strong), null for module code run directly. */
  func: PyFunction | null;
  /** The namespace dict of module and class bodies (strong). */
  locals: PyDict | null;
  /** Borrowed from the function or the module while executing; owned once the frame outlives it. */
  globals: PyDict;
  ownsGlobals = false;
  /** Set by YIELD_VALUE when a generator's frame suspends: 1 after `yield`, 2 inside `yield from`. */
  yielded = 0;
  constructor(readonly code: Code, func: PyFunction | null, globals: PyDict, locals: PyDict | null) {
    super(FrameType);
    this.func = func;
    this.globals = globals;
    this.locals = locals;
    // Pushed, not `new Array(n).fill(null)`: fill() is a runtime call, and the result a holey array.
    const lp: (PyObject | null)[] = [];
    for (let i = code.localsplusnames.length; i > 0; i--) lp.push(null);
    this.localsplus = lp;
    // Allocating a typed array costs more than the rest of the frame: share one when there are no handlers.
    this.handlerDepth = code.nhandlers === 0 ? NO_HANDLERS : new Int32Array(code.nhandlers);
    recorder.alloc(this);
    // A class body's namespace (module code's locals are its globals).
    if (recorder.on && locals !== null && locals !== globals) recorder.edge(this, locals, L_DICT, 'f_locals', true);
  }

  get lineno(): number {
    return this.code.lineOf(this.lasti);
  }
}

/** Releases the value stack (top first) and the locals (last first), then the function and namespace. */
export function clearFrame(f: Frame): void {
  // Each edge leaves the trace before its reference is released (a __del__ may run meanwhile).
  const tracing = recorder.on;
  const stack = f.stack;
  const lp = f.localsplus;
  if (semantics().localsClearedFirstToLast) {
    clearFrameBefore314(f, tracing);
  } else {
    if (tracing) traceStackReleased(f);
    while (stack.length !== 0) xdecref(stack.pop() as PyObject | null);
    for (let i = lp.length - 1; i >= 0; i--) {
      const v = lp[i] as PyObject | null;
      if (v !== null) {
        lp[i] = null;
        if (tracing) traceSlotReleased(f, i, v);
        decref(v);
      }
    }
  }
  const locals = f.locals;
  f.locals = null;
  if (tracing && locals !== null && locals !== f.globals) recorder.edge(f, locals, L_DICT, 'f_locals', false);
  xdecref(locals);
  const func = f.func;
  f.func = null;
  xdecref(func);
  if (f.ownsGlobals) {
    f.ownsGlobals = false;
    decref(f.globals);
  }
}

/** 3.11–3.13's _PyFrame_Clear: the locals first to last, then the value stack bottom to top. */
function clearFrameBefore314(f: Frame, tracing: boolean): void {
  const lp = f.localsplus;
  for (let i = 0; i < lp.length; i++) {
    const v = lp[i] as PyObject | null;
    if (v !== null) {
      lp[i] = null;
      if (tracing) traceSlotReleased(f, i, v);
      decref(v);
    }
  }
  const stack = f.stack;
  if (tracing) traceStackReleased(f);
  const items = stack.splice(0, stack.length);
  for (const v of items) xdecref(v as PyObject | null);
}

/** The frame's code has returned or raised out: release it, unless a traceback still holds it. */
export function frameExit(f: Frame): void {
  f.executing = false;
  if (recorder.on) traceFrameStopped(f, f.ob_refcnt <= 1);
  if (f.ob_refcnt > 1) {
    f.globals.ob_refcnt++;
    f.ownsGlobals = true;
    f.ob_refcnt--;
    return;
  }
  clearFrame(f);
  f.ob_refcnt--;
  // A frame object a traceback made (and since released) leaves the collector's lists with it.
  gcUntrack(f);
  gcFree(f);
}

function frameDealloc(o: PyObject): void {
  gcUntrack(o);
  clearFrame(o as Frame);
  gcFree(o);
}

FrameType.tp_traverse = (o: PyObject, visit: Visit) => {
  const f = o as Frame;
  for (const v of f.localsplus) if (v !== null) visit(v);
  for (const v of f.stack) if (v !== null) visit(v);
  if (f.locals !== null) visit(f.locals);
  if (f.func !== null) visit(f.func);
  if (f.ownsGlobals) visit(f.globals);
};
FrameType.tp_clear = (o) => {
  const f = o as Frame;
  if (f.executing) return;
  clearFrame(f);
};
FrameType.tp_repr = (o) => {
  const f = o as Frame;
  return `<frame at 0x${(0x7f0000000000 + o.ob_id * 16).toString(16)}, file '${f.code.filename}', line ${f.lineno}, code ${f.code.name}>`;
};
