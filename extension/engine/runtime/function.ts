/**
 * Function objects, cells (closure variables) and bound methods, with CPython's deallocation
 * orders (func_dealloc/func_clear, cell_dealloc, method_dealloc).
 */
import { PyObject, type Visit } from './object';
import { makeStaticType, TPFLAGS_HAVE_GC, TPFLAGS_WEAKREFABLE } from './type';
import { decref, gcFree, gcTrack, gcUntrack, xdecref } from './heap';
import type { Code } from '../compile/code';
import type { PyDict } from './dict';
import type { PyTuple } from './tuple';
import { clearWeakrefs } from './weakref';
import { recorder, L_CELL, L_DICT, L_FUNC, L_INTERNAL, L_SELF } from '../trace/recorder';

export const FunctionType = makeStaticType('function', 'function', {
  flags: TPFLAGS_HAVE_GC | TPFLAGS_WEAKREFABLE,
  dealloc: funcDealloc,
});
export const CellType = makeStaticType('cell', 'cell', { flags: TPFLAGS_HAVE_GC, dealloc: cellDealloc });
export const MethodType = makeStaticType('method', 'method', {
  flags: TPFLAGS_HAVE_GC | TPFLAGS_WEAKREFABLE,
  dealloc: methodDealloc,
});

export class PyFunction extends PyObject {
  globals: PyDict | null;
  defaults: PyTuple | null = null;
  kwdefaults: PyDict | null = null;
  dict: PyDict | null = null;
  closure: PyTuple | null = null;
  doc: PyObject | null = null;
  module: PyObject | null = null;
  name: string;
  qualname: string;
  constructor(readonly code: Code, globals: PyDict) {
    super(FunctionType);
    this.globals = globals;
    this.name = code.name;
    this.qualname = code.qualname;
  }
}

export function functionNew(code: Code, globals: PyDict): PyFunction {
  const f = new PyFunction(code, globals);
  globals.ob_refcnt++;
  recorder.alloc(f);
  gcTrack(f);
  // What keeps a module's globals alive once the module is gone (shutdown order depends on it).
  if (recorder.on) recorder.edge(f, globals, L_INTERNAL, 'func_globals', true);
  return f;
}

/** func_clear: the fields in CPython's order. */
function funcClear(o: PyObject): void {
  const f = o as PyFunction;
  if (recorder.on) traceFunctionCleared(f);
  const globals = f.globals;
  f.globals = null;
  xdecref(globals);
  const module = f.module;
  f.module = null;
  xdecref(module);
  const defaults = f.defaults;
  f.defaults = null;
  xdecref(defaults);
  const kwdefaults = f.kwdefaults;
  f.kwdefaults = null;
  xdecref(kwdefaults);
  const doc = f.doc;
  f.doc = null;
  xdecref(doc);
  const dict = f.dict;
  f.dict = null;
  xdecref(dict);
  const closure = f.closure;
  f.closure = null;
  xdecref(closure);
}

function funcDealloc(o: PyObject): void {
  gcUntrack(o);
  if (o.ob_weaklist !== null) clearWeakrefs(o);
  funcClear(o);
  gcFree(o);
}

FunctionType.tp_traverse = (o: PyObject, visit: Visit) => {
  const f = o as PyFunction;
  if (f.globals !== null) visit(f.globals);
  if (f.module !== null) visit(f.module);
  if (f.defaults !== null) visit(f.defaults);
  if (f.kwdefaults !== null) visit(f.kwdefaults);
  if (f.doc !== null) visit(f.doc);
  if (f.dict !== null) visit(f.dict);
  if (f.closure !== null) visit(f.closure);
};
FunctionType.tp_clear = funcClear;

/** The references a function held go before they are released (func_clear's order). */
function traceFunctionCleared(f: PyFunction): void {
  if (f.globals !== null) recorder.edge(f, f.globals, L_INTERNAL, 'func_globals', false);
  if (f.defaults !== null) recorder.edge(f, f.defaults, L_INTERNAL, '__defaults__', false);
  if (f.kwdefaults !== null) recorder.edge(f, f.kwdefaults, L_INTERNAL, '__kwdefaults__', false);
  if (f.closure !== null) recorder.edge(f, f.closure, L_INTERNAL, '__closure__', false);
  if (f.dict !== null) recorder.edge(f, f.dict, L_DICT, '__dict__', false);
}
FunctionType.tp_repr = (o) => `<function ${(o as PyFunction).qualname} at 0x${(0x7f0000000000 + o.ob_id * 16).toString(16)}>`;

export class PyCell extends PyObject {
  ref: PyObject | null;
  constructor(ref: PyObject | null) {
    super(CellType);
    this.ref = ref;
  }
}

/** A new cell holding `ref` (reference stolen). */
export function cellNew(ref: PyObject | null): PyCell {
  const c = new PyCell(ref);
  recorder.alloc(c);
  gcTrack(c);
  return c;
}

function cellDealloc(o: PyObject): void {
  gcUntrack(o);
  const c = o as PyCell;
  const r = c.ref;
  c.ref = null;
  if (r !== null && recorder.on) recorder.edgeLabel(c, r, L_CELL, 0, false, 0);
  xdecref(r);
  gcFree(o);
}
CellType.tp_traverse = (o: PyObject, visit: Visit) => {
  const r = (o as PyCell).ref;
  if (r !== null) visit(r);
};
CellType.tp_clear = (o: PyObject) => {
  const c = o as PyCell;
  const r = c.ref;
  c.ref = null;
  if (r !== null && recorder.on) recorder.edgeLabel(c, r, L_CELL, 0, false, 0);
  xdecref(r);
};

export class PyMethod extends PyObject {
  constructor(readonly func: PyObject, readonly self: PyObject) {
    super(MethodType);
  }
}

/** A bound method holding new references to func and self. */
export function methodNew(func: PyObject, self: PyObject): PyMethod {
  func.ob_refcnt++;
  self.ob_refcnt++;
  const m = new PyMethod(func, self);
  recorder.alloc(m);
  gcTrack(m);
  if (recorder.on) {
    recorder.edge(m, func, L_FUNC, '__func__', true);
    recorder.edge(m, self, L_SELF, '__self__', true);
  }
  return m;
}

function methodDealloc(o: PyObject): void {
  gcUntrack(o);
  if (o.ob_weaklist !== null) clearWeakrefs(o);
  const m = o as PyMethod;
  if (recorder.on) {
    recorder.edge(m, m.func, L_FUNC, '__func__', false);
    recorder.edge(m, m.self, L_SELF, '__self__', false);
  }
  decref(m.func);
  decref(m.self);
  gcFree(o);
}
MethodType.tp_traverse = (o: PyObject, visit: Visit) => {
  visit((o as PyMethod).func);
  visit((o as PyMethod).self);
};
