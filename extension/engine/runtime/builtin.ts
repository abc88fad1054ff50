/**
 * Functions implemented in TypeScript (CPython's builtin_function_or_method), method descriptors
 * on builtin types (list.append), and get/set descriptors (__dict__, __class__, exception.args).
 * Plus the small argument-checking helpers natives share.
 */
import { PyObject } from './object';
import { makeStaticType, TPFLAGS_HAVE_GC, type KwNames, type PyType } from './type';
import { decref, gcFree, gcTrack, gcUntrack, incref, immortalize } from './heap';
import { raise, typeError } from './errors';
import { AttributeError } from './exceptions';
import { None } from './singletons';
import { recorder, L_SELF } from '../trace/recorder';
import { fakeAddress } from './objecttype';

export type NativeFn = (self: PyObject, args: readonly PyObject[], kwnames: KwNames) => PyObject;

export const BuiltinType = makeStaticType('builtin_function_or_method', 'builtin', {
  flags: TPFLAGS_HAVE_GC,
  dealloc: (o) => {
    gcUntrack(o);
    if (recorder.on) recorder.edge(o, (o as PyBuiltin).self, L_SELF, '__self__', false);
    decref((o as PyBuiltin).self);
    gcFree(o);
  },
});
export const MethodDescrType = makeStaticType('method_descriptor', 'descriptor');
export const GetSetDescrType = makeStaticType('getset_descriptor', 'descriptor');
export const ClassMethodDescrType = makeStaticType('classmethod_descriptor', 'descriptor');

export class PyBuiltin extends PyObject {
  constructor(readonly name: string, readonly fn: NativeFn, readonly self: PyObject, readonly owner: string | null) {
    super(BuiltinType);
  }
}

/** A module-level builtin function (immortal: lives as long as the interpreter). */
export function builtinFunction(name: string, fn: NativeFn): PyBuiltin {
  return immortalize(new PyBuiltin(name, fn, None, null));
}

BuiltinType.tp_call = (o, args, kwnames) => {
  const b = o as PyBuiltin;
  return b.fn(b.self, args, kwnames);
};
BuiltinType.tp_traverse = (o, visit) => visit((o as PyBuiltin).self);
BuiltinType.tp_repr = (o) => {
  const b = o as PyBuiltin;
  if (b.self === None || b.owner === null) return `<built-in function ${b.name}>`;
  return `<built-in method ${b.name} of ${b.self.ob_type.tp_name} object at ${fakeAddress(b.self)}>`;
};

export class PyMethodDescr extends PyObject {
  constructor(readonly name: string, readonly fn: NativeFn, readonly owner: PyType) {
    super(MethodDescrType);
  }
}

MethodDescrType.tp_descr_get = (d, obj) => {
  const m = d as PyMethodDescr;
  if (obj === null) {
    incref(d);
    return d;
  }
  incref(obj);
  const b = new PyBuiltin(m.name, m.fn, obj, m.owner.tp_name);
  recorder.alloc(b);
  gcTrack(b);
  if (recorder.on) recorder.edge(b, obj, L_SELF, '__self__', true);
  return b;
};
MethodDescrType.tp_call = (d, args, kwnames) => {
  const m = d as PyMethodDescr;
  if (args.length === 0) typeError(`unbound method ${m.owner.tp_name}.${m.name}() needs an argument`);
  return m.fn(args[0] as PyObject, args.slice(1), kwnames);
};
MethodDescrType.tp_repr = (d) => `<method '${(d as PyMethodDescr).name}' of '${(d as PyMethodDescr).owner.tp_name}' objects>`;

/** Adds a method to a builtin type's namespace. */
export function defMethod(type: PyType, name: string, fn: NativeFn): void {
  type.tp_dict.set(name, immortalize(new PyMethodDescr(name, fn, type)));
}

export class PyClassMethodDescr extends PyObject {
  constructor(readonly name: string, readonly fn: NativeFn, readonly owner: PyType) {
    super(ClassMethodDescrType);
  }
}
ClassMethodDescrType.tp_descr_get = (d, obj, type) => {
  const m = d as PyClassMethodDescr;
  const cls = obj === null ? type : obj.ob_type;
  incref(cls);
  const b = new PyBuiltin(m.name, m.fn, cls, m.owner.tp_name);
  recorder.alloc(b);
  gcTrack(b);
  if (recorder.on) recorder.edge(b, cls, L_SELF, '__self__', true);
  return b;
};

export function defClassMethod(type: PyType, name: string, fn: NativeFn): void {
  type.tp_dict.set(name, immortalize(new PyClassMethodDescr(name, fn, type)));
}

export class PyGetSetDescr extends PyObject {
  constructor(
    readonly name: string,
    readonly get: (o: PyObject) => PyObject,
    readonly set: ((o: PyObject, v: PyObject | null) => void) | null,
    readonly owner: PyType,
  ) {
    super(GetSetDescrType);
  }
}
GetSetDescrType.tp_descr_get = (d, obj) => {
  if (obj === null) {
    incref(d);
    return d;
  }
  return (d as PyGetSetDescr).get(obj);
};
GetSetDescrType.tp_descr_set = (d, obj, v) => {
  const g = d as PyGetSetDescr;
  if (g.set === null) {
    raise(AttributeError, `attribute '${g.name}' of '${g.owner.tp_name}' objects is not writable`);
  }
  g.set(obj, v);
};

export function defGetSet(type: PyType, name: string, get: (o: PyObject) => PyObject, set: ((o: PyObject, v: PyObject | null) => void) | null = null): void {
  type.tp_dict.set(name, immortalize(new PyGetSetDescr(name, get, set, type)));
}

// ---- argument helpers --------------------------------------------------------------------------

export function noKwargs(name: string, kwnames: KwNames): void {
  if (kwnames !== null && kwnames.length !== 0) typeError(`${name}() takes no keyword arguments`);
}

/** Checks the positional count as CPython's METH_O/METH_VARARGS functions report it. */
export function checkArgs(name: string, args: readonly PyObject[], kwnames: KwNames, min: number, max: number): void {
  noKwargs(name, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) typeError(`${name}() takes no arguments (${n} given)`);
    if (min === 1) typeError(`${name}() takes exactly one argument (${n} given)`);
    typeError(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min) typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** Splits keyword arguments off the positional ones. */
export function splitKwargs(args: readonly PyObject[], kwnames: KwNames): { pos: readonly PyObject[]; kw: Map<string, PyObject> } {
  if (kwnames === null || kwnames.length === 0) return { pos: args, kw: new Map() };
  const npos = args.length - kwnames.length;
  const kw = new Map<string, PyObject>();
  for (let i = 0; i < kwnames.length; i++) kw.set(kwnames[i] as string, args[npos + i] as PyObject);
  return { pos: args.slice(0, npos), kw };
}
