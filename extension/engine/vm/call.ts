/**
 * Binding call arguments to a function's parameters (CPython's initialize_locals), with its
 * error messages, and calling Python functions from native code.
 */
import { cpythonAtLeast } from '../profile';
import type { PyObject } from '../runtime/object';
import { PyFunction, FunctionType, PyMethod, methodNew, MethodType } from '../runtime/function';
import type { KwNames } from '../runtime/type';
import { CO_VARARGS, CO_VARKEYWORDS } from '../compile/code';
import { typeError } from '../runtime/errors';
import { decref, incref } from '../runtime/heap';
import { tupleFromArray, EmptyTuple, type PyTuple } from '../runtime/tuple';
import { dictNew, dictSetItem, dictGetItem, type PyDict } from '../runtime/dict';
import { intern } from '../runtime/str';
import { Frame } from './frame';
import { evalFrame } from './eval';
import { call, pyRepr } from '../runtime/abstract';
import { closestName } from './suggest';
import { recorder } from '../trace/recorder';
import { traceFrameCreated } from '../trace/hooks';

/** too_many_positional's message. */
function tooManyPositional(func: PyFunction, given: number, lp: readonly (PyObject | null)[]): never {
  const code = func.code;
  const argcount = code.argcount;
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + code.kwonlyargcount; i++) if (lp[i] !== null) kwonlyGiven++;
  const dflt = func.defaults === null ? 0 : func.defaults.items.length;
  const sig = dflt !== 0 ? `from ${argcount - dflt} to ${argcount}` : `${argcount}`;
  const plural = dflt !== 0 || argcount !== 1;
  const kwonly = kwonlyGiven !== 0
    ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? 's' : ''})`
    : '';
  return typeError(`${func.qualname}() takes ${sig} positional argument${plural ? 's' : ''} but ${given}${kwonly} ${given === 1 && kwonlyGiven === 0 ? 'was' : 'were'} given`);
}

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0] as string;
  if (q.length === 2) return `${q[0] as string} and ${q[1] as string}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1] as string}`;
}

/**
 * A new frame for `func` with the arguments bound. `args` holds `nargs` positional values then
 * the keyword values named by `kwnames`; `steal` says the references are handed over (the eval
 * loop moves them off its stack) rather than borrowed.
 */
export function frameForCall(func: PyFunction, args: readonly (PyObject | null)[], start: number, nargs: number, kwnames: KwNames, steal: boolean): Frame {
  const code = func.code;
  // The common call, exactly the positional parameters: bound without the general path's closures.
  if (nargs === code.argcount && kwnames === null && code.kwonlyargcount === 0 && (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0) {
    const f = new Frame(code, func, func.globals as PyDict, null);
    incref(func);
    const lp = f.localsplus;
    const argv = args as (PyObject | null)[];
    for (let i = 0; i < nargs; i++) {
      const v = argv[start + i] as PyObject;
      if (steal) argv[start + i] = null;
      else incref(v);
      lp[i] = v;
    }
    if (recorder.on) traceFrameCreated(f);
    return f;
  }
  const f = new Frame(code, func, func.globals as PyDict, null);
  incref(func);
  const lp = f.localsplus;
  const argcount = code.argcount;
  const total = argcount + code.kwonlyargcount;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = nargs - nkw;
  let kwdict: PyDict | null = null;
  const argv = args as (PyObject | null)[];
  /** Takes one argument: moved off the caller's stack (which then holds null) or newly referenced. */
  const take = (i: number): PyObject => {
    const v = argv[i] as PyObject;
    if (steal) argv[i] = null;
    else incref(v);
    return v;
  };
  const release = (): void => {
    // On a binding error, references handed to us must still be released.
    for (let i = 0; i < lp.length; i++) {
      const v = lp[i];
      if (v !== null && v !== undefined) {
        lp[i] = null;
        decref(v);
      }
    }
    decref(func);
    f.func = null;
  };
  try {
    // initialize_locals' order: positionals, *args, keywords, then the count checks and defaults.
    const n = Math.min(npos, argcount);
    for (let i = 0; i < n; i++) lp[i] = take(start + i);
    let slot = total;
    if (code.flags & CO_VARARGS) {
      const extra: PyObject[] = [];
      for (let i = n; i < npos; i++) extra.push(take(start + i));
      lp[slot++] = extra.length === 0 ? EmptyTuple : tupleFromArray(extra);
    }
    if (code.flags & CO_VARKEYWORDS) {
      kwdict = dictNew();
      lp[slot] = kwdict;
    }
    let posonlyAsKeyword: string[] | null = null;
    for (let k = 0; k < nkw; k++) {
      const name = (kwnames as readonly string[])[k] as string;
      const v = args[start + npos + k] as PyObject;
      let idx = -1;
      for (let j = code.posonlyargcount; j < total; j++) {
        if (code.localsplusnames[j] === name) {
          idx = j;
          break;
        }
      }
      if (idx < 0) {
        if (kwdict === null) {
          if (code.localsplusnames.slice(0, code.posonlyargcount).includes(name)) {
            (posonlyAsKeyword ??= []).push(name);
            continue;
          }
          // The suggestion is new in 3.13.
          const suggestion = total > code.posonlyargcount && cpythonAtLeast(13) ? closestName(code.localsplusnames.slice(code.posonlyargcount, total), name) : null;
          typeError(`${func.qualname}() got an unexpected keyword argument '${name}'${suggestion !== null ? `. Did you mean '${suggestion}'?` : ''}`);
        }
        dictSetItem(kwdict, intern(name), v);
        if (steal) {
          argv[start + npos + k] = null;
          decref(v);
        }
        continue;
      }
      if (lp[idx] !== null) typeError(`${func.qualname}() got multiple values for argument '${name}'`);
      lp[idx] = take(start + npos + k);
    }
    if (posonlyAsKeyword !== null) {
      typeError(`${func.qualname}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKeyword.join(', ')}'`);
    }
    if (npos > argcount && (code.flags & CO_VARARGS) === 0) tooManyPositional(func, npos, lp);
    // Defaults for missing positional parameters.
    if (npos < argcount) {
      const defaults = func.defaults;
      const nd = defaults === null ? 0 : defaults.items.length;
      const missing: string[] = [];
      for (let i = npos; i < argcount; i++) {
        if (lp[i] !== null) continue;
        const di = i - (argcount - nd);
        if (di >= 0 && defaults !== null) {
          const d = defaults.items[di] as PyObject;
          incref(d);
          lp[i] = d;
        } else missing.push(code.localsplusnames[i] as string);
      }
      if (missing.length) typeError(`${func.qualname}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${listNames(missing)}`);
    }
    if (code.kwonlyargcount) {
      const missing: string[] = [];
      for (let i = argcount; i < total; i++) {
        if (lp[i] !== null) continue;
        const name = code.localsplusnames[i] as string;
        const d = func.kwdefaults === null ? null : dictGetItem(func.kwdefaults, intern(name));
        if (d !== null) {
          incref(d);
          lp[i] = d;
        } else missing.push(name);
      }
      if (missing.length) typeError(`${func.qualname}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${listNames(missing)}`);
    }
  } catch (e) {
    release();
    throw e;
  }
  if (recorder.on) traceFrameCreated(f);
  return f;
}

export function callFunction(func: PyFunction, args: readonly PyObject[], kwnames: KwNames): PyObject {
  const f = frameForCall(func, args, 0, args.length, kwnames, false);
  return evalFrame(f);
}

FunctionType.tp_call = (o, args, kwnames) => callFunction(o as PyFunction, args, kwnames);
FunctionType.tp_descr_get = (f, obj) => {
  if (obj === null) {
    incref(f);
    return f;
  }
  return methodNew(f, obj);
};
MethodType.tp_call = (o, args, kwnames) => {
  const m = o as PyMethod;
  return call(m.func, [m.self, ...args], kwnames);
};
MethodType.tp_repr = (o) => {
  const m = o as PyMethod;
  const name = m.func instanceof PyFunction ? m.func.qualname : '?';
  return `<bound method ${name} of ${reprSafe(m.self)}>`;
};

function reprSafe(o: PyObject): string {
  return pyRepr(o);
}

export type { PyTuple };
