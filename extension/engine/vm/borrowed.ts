/**
 * The references CPython 3.14 would hold as borrowed stack references (LOAD_FAST_BORROW, see
 * compile/borrow.ts) at this moment, to one object: sys.getrefcount subtracts them from the
 * engine's count, whose value stack always holds strong references. Two kinds exist:
 * - an argument of the call running now (a native one, such as sys.getrefcount itself), loaded
 *   from a local of the calling frame;
 * - a parameter of a Python frame that was called directly (not through native code) with a
 *   borrowed argument: CPython moves the borrowed stack reference into the callee's locals, so
 *   passing an object down n levels adds no reference.
 * Generator and coroutine frames copy their arguments into the heap as strong references.
 */
import type { PyObject } from '../runtime/object';
import { CO_COROUTINE, CO_GENERATOR } from '../compile/code';
import type { Frame } from './frame';
import { ts } from './state';

/** The borrowed slots of the CALL instruction the frame is suspended in, or null. */
function callBorrows(f: Frame): Int32Array | null {
  return f.code.borrowed?.get(f.pc - 1) ?? null;
}

/** Arguments of the frame's running native call that are borrowed references to `o`. */
function nativeArgs(f: Frame, o: PyObject): number {
  const slots = callBorrows(f);
  if (slots === null) return 0;
  let n = 0;
  // While a native call runs, [callable, self_or_null, arguments…] are still on the caller's stack.
  const top = f.stack.length - (slots.length - 1) - 1;
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i] as number;
    if (s >= 0 && f.localsplus[s] === o && f.stack[top + i] === o) n++;
  }
  return n;
}

/** Parameters of `callee` holding `o` that its caller passed as borrowed references. */
function borrowedParams(callee: Frame, o: PyObject): number {
  const caller = callee.previous;
  if (caller === null || (callee.code.flags & (CO_GENERATOR | CO_COROUTINE)) !== 0) return 0;
  const slots = callBorrows(caller);
  // A direct call moved its arguments off the caller's stack; a native one (a class call running
  // __init__) left them there and gave the callee strong references.
  if (slots === null || nativeArgs(caller, o) !== 0) return 0;
  const recv = slots[0] as number;
  // Whether the receiver became the first parameter (a method found on the type), when known.
  const withSelf = recv >= 0 ? callee.localsplus[0] === caller.localsplus[recv] : null;
  let n = 0;
  for (let i = 0; i < slots.length; i++) {
    const s = slots[i] as number;
    if (s < 0 || caller.localsplus[s] !== o) continue;
    if (i === 0) {
      if (withSelf === true) n++;
      continue;
    }
    const param = withSelf === true ? i : withSelf === false ? i - 1 : callee.localsplus[i - 1] === o ? i - 1 : i;
    if (callee.localsplus[param] === o) n++;
  }
  return n;
}

export function borrowedRefs(o: PyObject): number {
  const f = ts.frame;
  if (f === null) return 0;
  let n = nativeArgs(f, o);
  for (let g: Frame | null = f; g !== null; g = g.previous) n += borrowedParams(g, o);
  return n;
}
