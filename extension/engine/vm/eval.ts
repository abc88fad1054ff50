/**
 * The evaluation loop (CPython's _PyEval_EvalFrameDefault): a switch over int32 opcodes with the
 * frame's code, stack and locals in JS locals. Calls from Python to Python functions push a frame
 * and continue in the same loop (no JS recursion); natives calling back into Python (__del__,
 * callbacks, dunders) re-enter evalFrame, as CPython re-enters its loop from C.
 *
 * Exceptions: natives throw `Raised`; the single catch outside the switch adds the traceback
 * entry, looks the handler up in the code's exception table, unwinds the value stack to the
 * depth SETUP_HANDLER recorded, and resumes — or leaves the frame and retries in its caller.
 */
import { Op as OpEnum } from '../compile/opcodes';

/**
 * A module-local frozen copy of the opcode numbers: case labels read from it are constant-folded
 * by V8, where reading them from another module's namespace costs a getter call per case tried.
 */
const Op = Object.freeze({ ...OpEnum });
type Op = OpEnum;
import type { PyObject } from '../runtime/object';
import { Frame, frameExit } from './frame';
import { ts } from './state';
import { decref, incref, xdecref, gcState } from '../runtime/heap';
import { Raised, EngineError, raise, typeError } from '../runtime/errors';
import * as exc from '../runtime/exceptions';
import { PyBaseException, excSetLink } from '../runtime/exceptions';
import { None } from '../runtime/singletons';
import { False, True, newInt, PyInt, IntType } from '../runtime/int';
import {
  binaryOp, call, contains, delItem, getAttr, getItem, getIter, isTrue, iterNext, iterateToArray, pyRepr, pyStr,
  richCompare, setAttr, setItem, unaryOp, typeName,
} from '../runtime/abstract';
import { dictDelStr, dictGetStr, dictNew, dictSetItem, dictSetStr, PyDict, dictForEach, DictType } from '../runtime/dict';
import { PyStr, newStr, StrType } from '../runtime/str';
import { appendAll, listSteal, PyList, ListType } from '../runtime/list';
import { PyTuple, tupleFromArray, tupleSteal, TupleType } from '../runtime/tuple';
import { PyFunction, FunctionType, PyCell, cellNew, functionNew, PyMethod } from '../runtime/function';
import { PyCode } from '../runtime/codeobject';
import { frameForCall } from './call';
import { tracebackHere } from '../runtime/traceback';
import { isSubtype, typeLookup, PyType } from '../runtime/type';
import { PyMethodDescr } from '../runtime/builtin';
import { genericGetAttr } from '../runtime/objecttype';
import { PyInstance } from '../runtime/instance';
import { recorder, L_INTERNAL } from '../trace/recorder';
import {
  resumeAfterCall, statementsOf, traceCellContents, traceFrameRunning, traceFrameStopped, traceFreeVars, traceLocal,
  traceMakeCell,
} from '../trace/hooks';
import { depthLimit, limits, tick } from '../runtime/limits';
import { traceItemsAdded } from '../trace/containers';
import { collectScheduled } from '../runtime/gc';
import { sliceNew } from '../runtime/slice';
import { buildSetDisplay } from '../runtime/set-display';
import { setAdd, type PySet } from '../runtime/set';
import { formatValue, isExceptionMatch, importModule, builtinsDict } from './support';
import { NB_ADD, NB_SUBTRACT } from '../runtime/ops';
import { SETUP_BELOW_SHIFT } from '../compile/assembler';
import { codeDocstrings } from '../compile/code';
import { topmostException } from './state';
import { setContext } from './excinfo';
import { genNew, isGenerator, sendDone, sendTo, stopIterationValue } from './genobject';
import { callIntrinsic1, checkEgMatch, loadSpecial, prepReraiseStarOp, withExceptStart } from './langops';
import { getAwaitable } from './coroutine';
import { matchOp } from './match';
import { nameErrorContext } from './suggest';
import { setImportErrorInfo } from './objattrs';
import './language';
import { cpythonAtLeast, semantics } from '../profile';

const SETUP_ID_MASK = (1 << SETUP_BELOW_SHIFT) - 1;


function kwnamesOf(t: PyObject): readonly string[] {
  const cached = kwCache.get(t);
  if (cached !== undefined) return cached;
  const names = (t as PyTuple).items.map((s) => (s as PyStr).value);
  kwCache.set(t, names);
  return names;
}
const kwCache = new WeakMap<PyObject, readonly string[]>();

function enterFrame(f: Frame): void {
  f.previous = ts.frame;
  ts.frame = f;
  if (++ts.depth > ts.recursionLimit || ts.depth > limits.maxDepth) {
    ts.depth--;
    ts.frame = f.previous;
    frameExit(f);
    if (ts.depth >= ts.recursionLimit) raise(exc.RecursionError, 'maximum recursion depth exceeded');
    depthLimit();
  }
  if (recorder.on) traceFrameRunning(f);
}

/**
 * Resumes a generator's suspended frame (gen_send_ex2), optionally with `thrown` (a reference
 * handed over) raised at its suspension point. Returns what it yields or returns; whether it
 * yielded is left in `f.yielded`. An exception leaving it has released the frame.
 */
export function resumeFrame(f: Frame, thrown: PyBaseException | null): PyObject {
  try {
    enterFrame(f);
  } catch (e) {
    if (thrown !== null) decref(thrown);
    throw e;
  }
  if (thrown !== null) {
    // The exception appears to come from the instruction that suspended the frame.
    f.lasti = f.pc - 1;
    const r = new Raised(thrown);
    r.chained = true;
    handleException(r, f);
  }
  for (;;) {
    try {
      return run(f);
    } catch (e) {
      handleException(e, f);
    }
  }
}

/** Runs `entry` (a fresh frame) to completion and returns its result (a new reference). */
export function evalFrame(entry: Frame): PyObject {
  enterFrame(entry);
  for (;;) {
    try {
      const r = run(entry);
      // Native code called this frame: what it does next belongs to its caller's statement.
      if (recorder.on) resumeAfterCall();
      return r;
    } catch (e) {
      handleException(e, entry);
    }
  }
}

function toRaised(e: unknown): Raised {
  if (e instanceof Raised) return e;
  // No regular expression here: compiling one needs stack, which has just run out.
  if (e instanceof RangeError && e.message.includes('call stack')) {
    return new Raised(exc.newExceptionMsg(exc.RecursionError, 'maximum recursion depth exceeded'));
  }
  throw e instanceof Error ? e : new EngineError(String(e));
}

/** Finds a handler for the exception in the current frame or its callers up to `entry`. */
function handleException(e: unknown, entry: Frame): void {
  const r = toRaised(e);
  const x = r.exc;
  let reraise = r.reraise;
  // Implicit chaining happens once per raise, with what is handled where it was raised.
  if (!reraise && !r.chained) setContext(x, topmostException());
  r.chained = true;
  for (;;) {
    const f = ts.frame as Frame;
    if (!reraise) tracebackHere(x, f, f.lasti, f.code.lineOf(f.lasti));
    reraise = false;
    const h = f.code.handlerIndex[f.lasti] as number;
    if (h >= 0) {
      const entryInfo = f.code.exceptionTable[h] as { target: number; id: number; lasti: boolean };
      const depth = f.handlerDepth[entryInfo.id] as number;
      const stack = f.stack;
      while (stack.length > depth) xdecref(stack.pop() as PyObject | null);
      if (entryInfo.lasti) stack.push(newInt(f.lasti));
      stack.push(x);
      f.pc = entryInfo.target;
      return;
    }
    ts.frame = f.previous;
    ts.depth--;
    if (recorder.on) resumeAfterCall();
    frameExit(f);
    if (f === entry) {
      throw r.reraise ? withoutReraise(r) : r;
    }
  }
}

function withoutReraise(r: Raised): Raised {
  r.reraise = false;
  return r;
}

function unboundLocal(name: string): never {
  raise(exc.UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`);
}

function nameError(name: string): never {
  const x = exc.newExceptionMsg(exc.NameError, `name '${name}' is not defined`);
  nameErrorContext(x, name);
  throw new Raised(x);
}

function run(entry: Frame): PyObject {
  let f = ts.frame as Frame;
  let co = f.code;
  let code = co.code;
  let consts = co.consts;
  let names = co.names;
  let stack = f.stack;
  let lp = f.localsplus;
  let pc = f.pc;
  const tracing = recorder.on;
  // The statement table of `co` (trace steps and the step budget), refreshed when `co` changes.
  let stCode = co;
  let st = statementsOf(co);
  for (;;) {
    const op = code[pc * 2] as Op;
    const arg = code[pc * 2 + 1] as number;
    f.lasti = pc;
    if (co !== stCode) {
      stCode = co;
      st = statementsOf(co);
    }
    const s = st[pc] as number;
    if (s >= 0 && (s !== recorder.curStmt || f !== recorder.curFrame)) recorder.beginStep(s, f);
    pc++;
    switch (op) {
      case Op.NOP:
        break;
      case Op.RESUME:
        // CPython's eval breaker is not checked when resuming inside `yield from`.
        if (gcState.scheduled && (arg & 3) < 2) {
          f.pc = pc;
          collectScheduled();
        }
        break;
      case Op.SETUP_HANDLER:
        f.handlerDepth[arg & SETUP_ID_MASK] = stack.length - (arg >>> SETUP_BELOW_SHIFT);
        break;
      case Op.POP_TOP:
        xdecref(stack.pop() as PyObject | null);
        break;
      case Op.PUSH_NULL:
        stack.push(null);
        break;
      case Op.COPY: {
        const v = stack[stack.length - arg] as PyObject;
        v.ob_refcnt++;
        stack.push(v);
        break;
      }
      case Op.SWAP: {
        const i = stack.length - 1;
        const j = stack.length - arg;
        const t = stack[i] as PyObject | null;
        stack[i] = stack[j] as PyObject | null;
        stack[j] = t;
        break;
      }
      case Op.LOAD_CONST: {
        const v = consts[arg] as PyObject;
        v.ob_refcnt++;
        stack.push(v);
        break;
      }
      case Op.LOAD_FAST:
      case Op.LOAD_FAST_CHECK: {
        const v = lp[arg];
        if (v === null || v === undefined) unboundLocal(co.localsplusnames[arg] as string);
        v.ob_refcnt++;
        stack.push(v);
        break;
      }
      case Op.LOAD_FAST_AND_CLEAR:
        if (tracing) traceLocal(f, arg, lp[arg] ?? null, null);
        stack.push(lp[arg] ?? null);
        lp[arg] = null;
        break;
      case Op.STORE_FAST: {
        const old = lp[arg] ?? null;
        lp[arg] = stack.pop() as PyObject | null;
        if (tracing) traceLocal(f, arg, old, lp[arg] ?? null);
        if (old !== null) decref(old);
        break;
      }
      case Op.DELETE_FAST: {
        const old = lp[arg];
        if (old === null || old === undefined) unboundLocal(co.localsplusnames[arg] as string);
        lp[arg] = null;
        if (tracing) traceLocal(f, arg, old, null);
        decref(old);
        break;
      }
      case Op.MAKE_CELL: {
        const old = lp[arg] ?? null;
        lp[arg] = cellNew(old);
        if (tracing) traceMakeCell(f, arg, old, lp[arg] as PyObject);
        break;
      }
      case Op.COPY_FREE_VARS: {
        const closure = (f.func as PyFunction).closure as PyTuple;
        const base = lp.length - arg;
        for (let i = 0; i < arg; i++) {
          const c = closure.items[i] as PyObject;
          c.ob_refcnt++;
          lp[base + i] = c;
        }
        if (tracing) traceFreeVars(f, base, arg);
        break;
      }
      case Op.LOAD_DEREF: {
        const v = (lp[arg] as PyCell).ref;
        if (v === null) derefError(co.localsplusnames[arg] as string, arg >= lp.length - countFree(f));
        v.ob_refcnt++;
        stack.push(v);
        break;
      }
      case Op.LOAD_CLOSURE: {
        const c = lp[arg] as PyObject;
        c.ob_refcnt++;
        stack.push(c);
        break;
      }
      case Op.STORE_DEREF: {
        const cell = lp[arg] as PyCell;
        const old = cell.ref;
        cell.ref = stack.pop() as PyObject;
        if (tracing) traceCellContents(cell, old, cell.ref);
        xdecref(old);
        break;
      }
      case Op.DELETE_DEREF: {
        const cell = lp[arg] as PyCell;
        const old = cell.ref;
        if (old === null) derefError(co.localsplusnames[arg] as string, false);
        cell.ref = null;
        if (tracing) traceCellContents(cell, old, null);
        decref(old);
        break;
      }
      case Op.LOAD_FROM_DICT_OR_DEREF: {
        const name = names[code[pc * 2 + 1] as number] as string;
        pc++;
        const v = f.locals !== null ? dictGetStr(f.locals, name) : null;
        if (v !== null) {
          v.ob_refcnt++;
          stack.push(v);
        } else {
          const cv = (lp[arg] as PyCell).ref;
          if (cv === null) derefError(name, true);
          cv.ob_refcnt++;
          stack.push(cv);
        }
        break;
      }
      case Op.LOAD_GLOBAL: {
        const name = names[arg] as string;
        let v = dictGetStr(f.globals, name);
        if (v === null) v = dictGetStr(builtinsDict(), name);
        if (v === null) nameError(name);
        v.ob_refcnt++;
        stack.push(v);
        break;
      }
      case Op.STORE_GLOBAL: {
        const v = stack.pop() as PyObject;
        dictSetStr(f.globals, names[arg] as string, v);
        decref(v);
        break;
      }
      case Op.DELETE_GLOBAL:
        if (!dictDelStr(f.globals, names[arg] as string)) nameError(names[arg] as string);
        break;
      case Op.LOAD_NAME: {
        const name = names[arg] as string;
        let v = f.locals !== null ? dictGetStr(f.locals, name) : null;
        if (v === null) v = dictGetStr(f.globals, name);
        if (v === null) v = dictGetStr(builtinsDict(), name);
        if (v === null) nameError(name);
        v.ob_refcnt++;
        stack.push(v);
        break;
      }
      case Op.STORE_NAME: {
        const v = stack.pop() as PyObject;
        dictSetStr(f.locals ?? f.globals, names[arg] as string, v);
        decref(v);
        break;
      }
      case Op.DELETE_NAME:
        if (!dictDelStr(f.locals ?? f.globals, names[arg] as string)) nameError(names[arg] as string);
        break;
      case Op.LOAD_BUILD_CLASS: {
        const v = dictGetStr(builtinsDict(), '__build_class__') as PyObject;
        v.ob_refcnt++;
        stack.push(v);
        break;
      }
      case Op.LOAD_ATTR: {
        const o = stack[stack.length - 1] as PyObject;
        const v = getAttr(o, names[arg] as string);
        stack[stack.length - 1] = v;
        decref(o);
        break;
      }
      case Op.LOAD_METHOD: {
        const o = stack[stack.length - 1] as PyObject;
        const name = names[arg] as string;
        const t = o.ob_type;
        if (t.tp_getattro === genericGetAttr) {
          const d = typeLookup(t, name);
          if (d !== null && (d instanceof PyFunction || d instanceof PyMethodDescr) &&
            !(o instanceof PyInstance && o.dict !== null && dictGetStr(o.dict, name) !== null)) {
            d.ob_refcnt++;
            stack[stack.length - 1] = d;
            stack.push(o);
            break;
          }
        }
        const v = getAttr(o, name);
        stack[stack.length - 1] = v;
        stack.push(null);
        decref(o);
        break;
      }
      case Op.STORE_ATTR: {
        const owner = stack.pop() as PyObject;
        const v = stack.pop() as PyObject;
        storeAttrOp(owner, names[arg] as string, v);
        break;
      }
      case Op.DELETE_ATTR: {
        const owner = stack.pop() as PyObject;
        storeAttrOp(owner, names[arg] as string, null);
        break;
      }
      case Op.BINARY_OP: {
        const r = stack[stack.length - 1] as PyObject;
        const l = stack[stack.length - 2] as PyObject;
        let res: PyObject;
        if (l.ob_type === IntType && r.ob_type === IntType && (arg === NB_ADD || arg === NB_SUBTRACT)) {
          const a = (l as PyInt).value;
          const b = (r as PyInt).value;
          if (typeof a === 'number' && typeof b === 'number') {
            const s = arg === NB_ADD ? a + b : a - b;
            res = Number.isSafeInteger(s) ? newInt(s) : binaryOp(l, r, arg);
          } else res = binaryOp(l, r, arg);
        } else res = binaryOp(l, r, arg);
        stack.length -= 2;
        stack.push(res);
        decref(l);
        decref(r);
        break;
      }
      case Op.UNARY_OP: {
        const v = stack[stack.length - 1] as PyObject;
        const res = unaryOp(v, arg);
        stack[stack.length - 1] = res;
        decref(v);
        break;
      }
      case Op.UNARY_NOT: {
        const v = stack[stack.length - 1] as PyObject;
        const b = isTrue(v);
        stack[stack.length - 1] = b ? False : True;
        decref(v);
        break;
      }
      case Op.TO_BOOL: {
        const v = stack[stack.length - 1] as PyObject;
        const b = isTrue(v);
        stack[stack.length - 1] = b ? True : False;
        decref(v);
        break;
      }
      case Op.COMPARE_OP: {
        const r = stack[stack.length - 1] as PyObject;
        const l = stack[stack.length - 2] as PyObject;
        const res = richCompare(l, r, arg);
        stack.length -= 2;
        stack.push(res);
        // 3.14 releases an instruction's inputs from the top of the stack down (BINARY_OP aside).
        decref(r);
        decref(l);
        break;
      }
      case Op.IS_OP: {
        const r = stack.pop() as PyObject;
        const l = stack.pop() as PyObject;
        stack.push((l === r) !== (arg === 1) ? True : False);
        decref(r);
        decref(l);
        break;
      }
      case Op.CONTAINS_OP: {
        const container = stack[stack.length - 1] as PyObject;
        const item = stack[stack.length - 2] as PyObject;
        const b = contains(container, item);
        stack.length -= 2;
        stack.push(b !== (arg === 1) ? True : False);
        decref(container);
        decref(item);
        break;
      }
      case Op.BINARY_SUBSCR: {
        const key = stack[stack.length - 1] as PyObject;
        const container = stack[stack.length - 2] as PyObject;
        const v = getItem(container, key);
        stack.length -= 2;
        stack.push(v);
        decref(container);
        decref(key);
        break;
      }
      case Op.STORE_SUBSCR: {
        const key = stack[stack.length - 1] as PyObject;
        const container = stack[stack.length - 2] as PyObject;
        const v = stack[stack.length - 3] as PyObject;
        setItem(container, key, v);
        stack.length -= 3;
        decref(key);
        decref(container);
        decref(v);
        break;
      }
      case Op.DELETE_SUBSCR: {
        const key = stack[stack.length - 1] as PyObject;
        const container = stack[stack.length - 2] as PyObject;
        delItem(container, key);
        stack.length -= 2;
        decref(key);
        decref(container);
        break;
      }
      case Op.BUILD_SLICE: {
        const step = arg === 3 ? (stack.pop() as PyObject) : None;
        const stop = stack.pop() as PyObject;
        const start = stack.pop() as PyObject;
        stack.push(sliceNew(start, stop, step));
        decref(start);
        decref(stop);
        if (arg === 3) decref(step);
        break;
      }
      case Op.BUILD_TUPLE:
        stack.push(tupleFromArray(stack.splice(stack.length - arg, arg) as PyObject[]));
        break;
      case Op.BUILD_LIST:
        stack.push(listSteal(stack.splice(stack.length - arg, arg) as PyObject[]));
        break;
      case Op.BUILD_MAP: {
        const items = stack.splice(stack.length - 2 * arg, 2 * arg) as PyObject[];
        const d = dictNew();
        stack.push(d);
        for (let i = 0; i < items.length; i += 2) {
          dictSetItem(d, items[i] as PyObject, items[i + 1] as PyObject);
        }
        for (let i = 0; i < items.length; i++) decref(items[i] as PyObject);
        break;
      }
      case Op.BUILD_SET: {
        const n = arg & 0xffff;
        const next = code[pc * 2];
        stack.push(buildSetDisplay(stack.splice(stack.length - n, n) as PyObject[], arg, next === Op.GET_ITER || next === Op.CONTAINS_OP));
        break;
      }
      case Op.BUILD_STRING: {
        const parts = stack.splice(stack.length - arg, arg) as PyObject[];
        let s = '';
        for (const p of parts) s += (p as PyStr).value;
        for (const p of parts) decref(p);
        stack.push(newStr(s));
        break;
      }
      case Op.LIST_APPEND: {
        const v = stack.pop() as PyObject;
        const l = stack[stack.length - arg] as PyList;
        l.items.push(v);
        if (tracing) traceItemsAdded(l, l.items.length - 1);
        break;
      }
      case Op.SET_ADD: {
        const v = stack.pop() as PyObject;
        setAddOp(stack[stack.length - arg] as PySet, v);
        break;
      }
      case Op.MAP_ADD: {
        const v = stack.pop() as PyObject;
        const k = stack.pop() as PyObject;
        dictSetItem(stack[stack.length - arg] as PyDict, k, v);
        decref(k);
        decref(v);
        break;
      }
      case Op.LIST_EXTEND: {
        const it = stack[stack.length - 1] as PyObject;
        const items = iterateToArray(it);
        stack.pop();
        const l = stack[stack.length - arg] as PyList;
        const start = l.items.length;
        appendAll(l.items, items);
        if (tracing) traceItemsAdded(l, start);
        decref(it);
        break;
      }
      case Op.DICT_UPDATE:
      case Op.DICT_MERGE: {
        const other = stack[stack.length - 1] as PyObject;
        const target = stack[stack.length - 1 - arg] as PyDict;
        if (!(other instanceof PyDict)) typeError(`'${typeName(other)}' object is not a mapping`);
        dictForEach(other, (k, v) => dictSetItem(target, k, v));
        stack.pop();
        decref(other);
        break;
      }
      case Op.LIST_TO_TUPLE: {
        const l = stack.pop() as PyList;
        const items = l.items;
        l.items = [];
        stack.push(tupleSteal(items));
        decref(l);
        break;
      }
      case Op.FORMAT_SIMPLE: {
        const v = stack[stack.length - 1] as PyObject;
        if (v.ob_type !== StrType) {
          const s = formatValue(v, '');
          stack[stack.length - 1] = s;
          decref(v);
        }
        break;
      }
      case Op.FORMAT_WITH_SPEC: {
        const spec = stack.pop() as PyStr;
        const v = stack[stack.length - 1] as PyObject;
        const s = formatValue(v, spec.value);
        stack[stack.length - 1] = s;
        decref(v);
        decref(spec);
        break;
      }
      case Op.CONVERT_VALUE: {
        const v = stack[stack.length - 1] as PyObject;
        const s = newStr(arg === 115 ? pyStr(v) : pyRepr(v));
        stack[stack.length - 1] = s;
        decref(v);
        break;
      }
      case Op.UNPACK_SEQUENCE:
      case Op.UNPACK_EX: {
        const seq = stack[stack.length - 1] as PyObject;
        unpack(seq, op === Op.UNPACK_EX ? arg & 0xff : arg, op === Op.UNPACK_EX ? arg >> 8 : -1, stack);
        break;
      }
      case Op.JUMP:
        pc = arg;
        break;
      case Op.JUMP_BACKWARD:
        pc = arg;
        if (gcState.scheduled) {
          f.pc = pc;
          collectScheduled();
        }
        // A loop that jumps back re-executes its statement: a new step, as CPython's line events.
        recorder.curStmt = -2;
        tick();
        break;
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE: {
        const v = stack.pop() as PyObject;
        const b = v === True ? true : v === False ? false : isTrue(v);
        decref(v);
        if (b === (op === Op.POP_JUMP_IF_TRUE)) pc = arg;
        break;
      }
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_NOT_NONE: {
        const v = stack.pop() as PyObject;
        decref(v);
        if ((v === None) === (op === Op.POP_JUMP_IF_NONE)) pc = arg;
        break;
      }
      case Op.GET_ITER: {
        const v = stack[stack.length - 1] as PyObject;
        const it = getIter(v);
        stack[stack.length - 1] = it;
        decref(v);
        break;
      }
      case Op.FOR_ITER: {
        const it = stack[stack.length - 1] as PyObject;
        const next = iterNext(it);
        if (next === null) {
          stack.pop();
          decref(it);
          pc = arg;
        } else stack.push(next);
        break;
      }
      case Op.CALL:
      case Op.CALL_KW: {
        let kwnames: readonly string[] | null = null;
        let argc = arg;
        if (op === Op.CALL_KW) {
          const t = stack.pop() as PyObject;
          kwnames = kwnamesOf(t);
        }
        const base = stack.length - argc - 2;
        let callable = stack[base] as PyObject;
        let start = base + 2;
        if (stack[base + 1] !== null) {
          start = base + 1;
          argc++;
        } else if (callable instanceof PyMethod) {
          const m = callable;
          m.self.ob_refcnt++;
          m.func.ob_refcnt++;
          stack[base + 1] = m.self;
          stack[base] = m.func;
          decref(m);
          callable = m.func;
          start = base + 1;
          argc++;
        }
        if (callable.ob_type === FunctionType) {
          const fn = callable as PyFunction;
          f.pc = pc;
          const nf = frameForCall(fn, stack, start, argc, kwnames, true);
          stack.length = base;
          decref(callable);
          enterFrame(nf);
          f = nf;
          co = f.code;
          code = co.code;
          consts = co.consts;
          names = co.names;
          stack = f.stack;
          lp = f.localsplus;
          pc = 0;
          break;
        }
        f.pc = pc;
        const args = stack.slice(start, start + argc) as PyObject[];
        const tpCall = callable.ob_type.tp_call;
        if (tpCall === null) typeError(`'${typeName(callable)}' object is not callable`);
        const res = tpCall(callable, args, kwnames);
        const owned = stack.splice(base, stack.length - base);
        stack.push(res);
        // Before 3.14 CALL released the callable first, then self and the arguments first to last.
        if (semantics().callArgsReleasedFirstToLast) for (const o of owned) xdecref(o);
        else for (let i = owned.length - 1; i >= 0; i--) xdecref(owned[i] as PyObject | null);
        break;
      }
      case Op.CALL_FUNCTION_EX: {
        const kw = stack[stack.length - 1] as PyDict | null;
        const args = stack[stack.length - 2] as PyTuple;
        const callable = stack[stack.length - 4] as PyObject;
        const argv: PyObject[] = [...args.items];
        let kwnames: string[] | null = null;
        if (kw !== null) {
          kwnames = [];
          dictForEach(kw, (k, v) => {
            (kwnames as string[]).push((k as PyStr).value);
            argv.push(v);
          });
        }
        f.pc = pc;
        const res = call(callable, argv, kwnames);
        const owned = stack.splice(stack.length - 4, 4);
        stack.push(res);
        for (let i = owned.length - 1; i >= 0; i--) xdecref(owned[i] as PyObject | null);
        break;
      }
      case Op.MAKE_FUNCTION: {
        const c = stack.pop() as PyCode;
        const fn = functionNew(c.code, f.globals);
        const doc = codeDocstrings.get(c.code);
        if (doc !== undefined) fn.doc = doc;
        const modname = dictGetStr(f.globals, '__name__');
        if (modname !== null) {
          modname.ob_refcnt++;
          fn.module = modname;
        }
        stack.push(fn);
        break;
      }
      case Op.SET_FUNCTION_ATTRIBUTE: {
        const fn = stack.pop() as PyFunction;
        const attr = stack.pop() as PyObject;
        if (arg === 1) fn.defaults = attr as PyTuple;
        else if (arg === 2) fn.kwdefaults = attr as PyDict;
        else fn.closure = attr as PyTuple;
        if (tracing) recorder.edge(fn, attr, L_INTERNAL, arg === 1 ? '__defaults__' : arg === 2 ? '__kwdefaults__' : '__closure__', true);
        stack.push(fn);
        break;
      }
      case Op.RETURN_VALUE: {
        const v = stack.pop() as PyObject;
        const done = f;
        ts.frame = done.previous;
        ts.depth--;
        // The frame's teardown (its locals dying) belongs to the caller's statement, as in CPython.
        if (tracing) resumeAfterCall();
        frameExit(done);
        if (done === entry) return v;
        f = ts.frame as Frame;
        co = f.code;
        code = co.code;
        consts = co.consts;
        names = co.names;
        stack = f.stack;
        lp = f.localsplus;
        pc = f.pc;
        stack.push(v);
        break;
      }
      case Op.RAISE_VARARGS:
        f.pc = pc;
        doRaise(arg, stack);
        break;
      case Op.RERAISE: {
        // The handler is looked up from this instruction; the saved lasti (arg) only matters
        // for line numbers, which the traceback entry already recorded.
        const x = stack.pop() as PyBaseException;
        const r = new Raised(x);
        r.reraise = true;
        throw r;
      }
      case Op.PUSH_EXC_INFO: {
        const x = stack.pop() as PyObject;
        stack.push(ts.excValue);
        x.ob_refcnt++;
        ts.excValue = x;
        stack.push(x);
        break;
      }
      case Op.POP_EXCEPT: {
        const prev = stack.pop() as PyObject;
        const old = ts.excValue;
        ts.excValue = prev;
        decref(old);
        break;
      }
      case Op.CHECK_EXC_MATCH: {
        const t = stack.pop() as PyObject;
        const x = stack[stack.length - 1] as PyObject;
        const m = isExceptionMatch(x, t);
        decref(t);
        stack.push(m ? True : False);
        break;
      }
      case Op.CHECK_EG_MATCH:
        checkEgMatch(stack);
        break;
      case Op.PREP_RERAISE_STAR:
        prepReraiseStarOp(stack);
        break;
      case Op.LOAD_ASSERTION_ERROR:
        stack.push(exc.AssertionError);
        break;
      case Op.IMPORT_NAME:
        stack.push(importModule(names[arg] as string));
        break;
      case Op.IMPORT_FROM: {
        stack.push(importFromOp(stack[stack.length - 1] as PyObject, names[arg] as string));
        break;
      }
      case Op.RETURN_GENERATOR: {
        f.pc = pc;
        const gen = genNew(f);
        const done = f;
        ts.frame = done.previous;
        done.previous = null;
        ts.depth--;
        if (tracing) traceFrameStopped(done);
        if (done === entry) return gen;
        f = ts.frame as Frame;
        co = f.code;
        code = co.code;
        consts = co.consts;
        names = co.names;
        stack = f.stack;
        lp = f.localsplus;
        pc = f.pc;
        stack.push(gen);
        break;
      }
      case Op.YIELD_VALUE: {
        // Generator frames only run as the entry of a resumeFrame: yielding returns from it.
        const v = stack.pop() as PyObject;
        f.pc = pc;
        f.yielded = arg + 1;
        ts.frame = f.previous;
        f.previous = null;
        ts.depth--;
        if (tracing) traceFrameStopped(f);
        if (f !== entry) throw new EngineError('yield in a frame that was not resumed');
        return v;
      }
      case Op.SEND: {
        const v = stack[stack.length - 1] as PyObject;
        const receiver = stack[stack.length - 2] as PyObject;
        f.pc = pc;
        const r = sendOp(stack, receiver, v);
        stack[stack.length - 1] = r;
        decref(v);
        if (sendDone) pc = arg;
        break;
      }
      case Op.END_SEND: {
        const v = stack.pop() as PyObject;
        const receiver = stack.pop() as PyObject;
        stack.push(v);
        decref(receiver);
        break;
      }
      case Op.GET_AWAITABLE: {
        const v = stack[stack.length - 1] as PyObject;
        f.pc = pc;
        const it = getAwaitable(v);
        stack[stack.length - 1] = it;
        decref(v);
        break;
      }
      case Op.GET_YIELD_FROM_ITER: {
        const v = stack[stack.length - 1] as PyObject;
        if (!isGenerator(v)) {
          const it = getIter(v);
          stack[stack.length - 1] = it;
          decref(v);
        }
        break;
      }
      case Op.CLEANUP_THROW: {
        const x = stack[stack.length - 1] as PyBaseException;
        if (!isSubtype(x.ob_type, exc.StopIteration)) {
          stack.pop();
          const r = new Raised(x);
          r.reraise = true;
          r.chained = true;
          throw r;
        }
        const value = stopIterationValue(x);
        const dropped = stack.splice(stack.length - 3, 3) as PyObject[];
        stack.push(None, value);
        for (let i = dropped.length - 1; i >= 0; i--) decref(dropped[i] as PyObject);
        break;
      }
      case Op.CALL_INTRINSIC_1: {
        const v = stack[stack.length - 1] as PyObject;
        const r = callIntrinsic1(arg, v);
        stack[stack.length - 1] = r;
        decref(v);
        break;
      }
      case Op.LOAD_SPECIAL: {
        const o = stack.pop() as PyObject;
        f.pc = pc;
        const pair = loadSpecialOp(o, arg);
        stack.push(pair[0], pair[1]);
        if (pair[1] === null) decref(o);
        break;
      }
      case Op.WITH_EXCEPT_START: {
        const n = stack.length;
        f.pc = pc;
        const res = withExceptStart(stack[n - 5] as PyObject, stack[n - 4] ?? null, stack[n - 1] as PyBaseException);
        stack.push(res);
        break;
      }
      case Op.MATCH_CLASS:
      case Op.MATCH_MAPPING:
      case Op.MATCH_SEQUENCE:
      case Op.MATCH_KEYS:
      case Op.GET_LEN:
        f.pc = pc;
        matchOp(op, arg, stack);
        break;
      case Op.LOAD_SUPER_ATTR:
      case Op.BEFORE_WITH:
        throw new EngineError(`opcode ${Op[op]} is not emitted`);
      default: {
        const never: never = op;
        throw new EngineError(`unknown opcode ${String(never)}`);
      }
    }
  }
}

function countFree(f: Frame): number {
  return f.func !== null && f.func.closure !== null ? f.func.closure.items.length : 0;
}

function derefError(name: string, free: boolean): never {
  if (free) {
    const x = exc.newExceptionMsg(exc.NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
    nameErrorContext(x, name);
    throw new Raised(x);
  }
  unboundLocal(name);
}

function doRaise(n: number, stack: (PyObject | null)[]): never {
  if (n === 0) {
    const cur = topmostException();
    if (cur === None) raise(exc.RuntimeError, 'No active exception to reraise');
    incref(cur);
    const r = new Raised(cur as PyBaseException);
    r.reraise = true;
    throw r;
  }
  const cause = n === 2 ? (stack.pop() as PyObject) : null;
  const v = stack.pop() as PyObject;
  let x: PyObject;
  if (v instanceof PyType && isSubtype(v, exc.BaseException)) {
    x = call(v, []);
    decref(v);
    if (!(x instanceof PyBaseException)) {
      decref(x);
      typeError(`calling ${pyRepr(v)} should have returned an instance of BaseException, not ${typeName(x)}`);
    }
  } else if (v instanceof PyBaseException) x = v;
  else {
    decref(v);
    if (cause !== null) decref(cause);
    typeError('exceptions must derive from BaseException');
  }
  const e = x as PyBaseException;
  if (cause !== null) {
    let c: PyObject | null = cause;
    if (cause instanceof PyType && isSubtype(cause, exc.BaseException)) {
      c = call(cause, []);
      decref(cause);
    } else if (cause === None) {
      c = null;
      decref(cause);
    } else if (!(cause instanceof PyBaseException)) {
      decref(cause);
      decref(e);
      typeError('exception causes must derive from BaseException');
    }
    excSetLink(e, 'cause', c);
    e.suppressContext = true;
  }
  throw new Raised(e);
}

function unpack(seq: PyObject, before: number, after: number, stack: (PyObject | null)[]): void {
  let items: PyObject[];
  if (seq.ob_type === TupleType || seq.ob_type === ListType) {
    items = (seq as PyTuple | PyList).items.slice();
    for (const x of items) x.ob_refcnt++;
  } else {
    if (seq.ob_type.tp_iter === null) typeError(`cannot unpack non-iterable ${typeName(seq)} object`);
    items = iterateToArray(seq);
  }
  const release = (): void => {
    for (const x of items) decref(x);
  };
  if (after < 0) {
    if (items.length !== before) {
      release();
      if (items.length < before) raise(exc.ValueError, `not enough values to unpack (expected ${before}, got ${items.length})`);
      // 3.14 gives the length of exact lists, tuples and dicts (sized without iterating).
      const sized = cpythonAtLeast(14) && (seq.ob_type === TupleType || seq.ob_type === ListType || seq.ob_type === DictType);
      raise(exc.ValueError, `too many values to unpack (expected ${before}${sized ? `, got ${items.length}` : ''})`);
    }
    stack.pop();
    for (let i = items.length - 1; i >= 0; i--) stack.push(items[i] as PyObject);
    decref(seq);
    return;
  }
  if (items.length < before + after) {
    release();
    raise(exc.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  stack.pop();
  const mid = listSteal(items.slice(before, items.length - after));
  for (let i = items.length - 1; i >= items.length - after; i--) stack.push(items[i] as PyObject);
  stack.push(mid);
  for (let i = before - 1; i >= 0; i--) stack.push(items[i] as PyObject);
  decref(seq);
}


// Opcodes that need a try: kept out of run(), whose every entry would otherwise pay for an
// exception-handling frame (native code re-enters run() for each __init__, __del__, callback).

function storeAttrOp(owner: PyObject, name: string, v: PyObject | null): void {
  try {
    setAttr(owner, name, v);
  } finally {
    decref(owner);
    if (v !== null) decref(v);
  }
}

function setAddOp(set: PySet, v: PyObject): void {
  try {
    setAdd(set, v);
  } finally {
    decref(v);
  }
}

function importFromOp(m: PyObject, name: string): PyObject {
  try {
    return getAttr(m, name);
  } catch (e) {
    if (!(e instanceof Raised)) throw e;
    decref(e.exc);
    const modname = (m as PyObject & { md_name: string }).md_name;
    const x = exc.newExceptionMsg(exc.ImportError, `cannot import name '${name}' from '${modname}' (unknown location)`);
    setImportErrorInfo(x, modname, name);
    throw new Raised(x);
  }
}

function sendOp(stack: (PyObject | null)[], receiver: PyObject, v: PyObject): PyObject {
  try {
    return sendTo(receiver, v);
  } catch (e) {
    stack.pop();
    decref(v);
    throw e;
  }
}

function loadSpecialOp(o: PyObject, arg: number): [PyObject, PyObject | null] {
  try {
    return loadSpecial(o, arg);
  } catch (e) {
    decref(o);
    throw e;
  }
}
