/**
 * The Python-visible attributes of the interpreter's own objects: functions (__defaults__,
 * __code__, __dict__...), bound methods (__self__, __func__, equality), cells, code objects,
 * frames (f_code, f_locals, f_back, clear()), tracebacks (tb_frame, tb_next...), and exceptions
 * (__cause__/__context__/__traceback__ setters, __suppress_context__, notes, SystemExit.code).
 */
import { GC_TRACKED, PyObject } from '../runtime/object';
import { typeLookup, type PyType } from '../runtime/type';
import { decref, gcTrack, newref, xdecref, incref } from '../runtime/heap';
import { None, NotImplemented } from '../runtime/singletons';
import { newStr, PyStr, intern } from '../runtime/str';
import { newInt, pyBool, True, False } from '../runtime/int';
import { PyTuple, tupleSteal, EmptyTuple } from '../runtime/tuple';
import { PyList, listSteal } from '../runtime/list';
import { PyDict, dictNew, dictGetStr, dictSetStr, dictDelStr } from '../runtime/dict';
import { FunctionType, MethodType, CellType, PyFunction, PyMethod, PyCell, methodNew } from '../runtime/function';
import { CodeType, PyCode } from '../runtime/codeobject';
import { TracebackType, PyTraceback } from '../runtime/traceback';
import { defGetSet, defMethod } from '../runtime/builtin';
import { raise, typeError } from '../runtime/errors';
import * as exc from '../runtime/exceptions';
import { PyBaseException, excSetLink } from '../runtime/exceptions';
import { excDict } from '../runtime/extradict';
import { attributeMissing, hashObject, isTrue, richCompareBool, typeName } from '../runtime/abstract';
import { PY_EQ, PY_NE } from '../runtime/ops';
import type { Code } from '../compile/code';
import { Frame, FrameType } from './frame';
import { makeStaticType, TPFLAGS_HAVE_GC } from '../runtime/type';
import { gcFree, gcUntrack } from '../runtime/heap';
import { recorder, L_DICT, L_EXCEPTION, L_INTERNAL } from '../trace/recorder';
import { pyRepr } from '../runtime/abstract';

// ---- code objects ---------------------------------------------------------------------------------

const codeObjects = new WeakMap<Code, PyCode>();

/** The (immortal) code object for a compiled Code, one per Code. */
export function codeObject(c: Code): PyCode {
  let o = codeObjects.get(c);
  if (o === undefined) {
    o = new PyCode(c);
    codeObjects.set(c, o);
  }
  return o;
}

const strTuple = (names: readonly string[]): PyTuple => tupleSteal(names.map((n) => intern(n)));
defGetSet(CodeType, 'co_name', (o) => newStr((o as PyCode).code.name));
defGetSet(CodeType, 'co_qualname', (o) => newStr((o as PyCode).code.qualname));
defGetSet(CodeType, 'co_filename', (o) => newStr((o as PyCode).code.filename));
defGetSet(CodeType, 'co_firstlineno', (o) => newInt((o as PyCode).code.firstlineno));
defGetSet(CodeType, 'co_argcount', (o) => newInt((o as PyCode).code.argcount));
defGetSet(CodeType, 'co_posonlyargcount', (o) => newInt((o as PyCode).code.posonlyargcount));
defGetSet(CodeType, 'co_kwonlyargcount', (o) => newInt((o as PyCode).code.kwonlyargcount));
defGetSet(CodeType, 'co_flags', (o) => newInt((o as PyCode).code.flags));
defGetSet(CodeType, 'co_nlocals', (o) => newInt((o as PyCode).code.nlocals));
defGetSet(CodeType, 'co_varnames', (o) => strTuple((o as PyCode).code.localsplusnames.slice(0, (o as PyCode).code.nlocals)));
defGetSet(CodeType, 'co_names', (o) => strTuple((o as PyCode).code.names));
defGetSet(CodeType, 'co_freevars', (o) => {
  const c = (o as PyCode).code;
  return strTuple(c.localsplusnames.slice(c.localsplusnames.length - c.nfree));
});
defGetSet(CodeType, 'co_cellvars', (o) => {
  const c = (o as PyCode).code;
  return strTuple(c.localsplusnames.slice(c.nlocals, c.localsplusnames.length - c.nfree));
});

// ---- functions ----------------------------------------------------------------------------------

/** Functions have a __dict__ of their own, after the type's data descriptors. */
function funcGetAttr(o: PyObject, name: string): PyObject | null {
  const f = o as PyFunction;
  const descr = typeLookup(o.ob_type, name);
  const get = descr !== null ? descr.ob_type.tp_descr_get : null;
  if (descr !== null && get !== null && descr.ob_type.tp_descr_set !== null) return get(descr, o, o.ob_type);
  if (f.dict !== null) {
    const v = dictGetStr(f.dict, name);
    if (v !== null) return newref(v);
  }
  if (descr !== null) return get !== null ? get(descr, o, o.ob_type) : newref(descr);
  return null;
}

/** The function's __dict__ (func_dict), made on first use: a dict object of its own in the trace. */
function funcDict(f: PyFunction): PyDict {
  if (f.dict === null) {
    f.dict = dictNew();
    if (recorder.on) recorder.edge(f, f.dict, L_DICT, '__dict__', true);
  }
  return f.dict;
}

function funcSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const f = o as PyFunction;
  const descr = typeLookup(o.ob_type, name);
  const set = descr !== null ? descr.ob_type.tp_descr_set : null;
  if (descr !== null && set !== null) {
    set(descr, o, v);
    return;
  }
  if (v === null) {
    if (f.dict === null || !dictDelStr(f.dict, name)) attributeMissing(o, name);
    return;
  }
  dictSetStr(funcDict(f), name, v);
}
FunctionType.tp_getattro = funcGetAttr;
FunctionType.tp_setattro = funcSetAttr;

function setField<K extends keyof PyFunction>(f: PyFunction, key: K, v: PyFunction[K]): void {
  const old = f[key] as unknown as PyObject | null;
  f[key] = v;
  xdecref(old);
}

/** The trace mirrors the edges func_clear later reports as removed. */
function traceFuncField(f: PyFunction, old: PyObject | null, v: PyObject | null, label: string): void {
  if (!recorder.on || old === v) return;
  if (old !== null) recorder.edge(f, old, L_INTERNAL, label, false);
  if (v !== null) recorder.edge(f, v, L_INTERNAL, label, true);
}

defGetSet(FunctionType, '__defaults__', (o) => newref((o as PyFunction).defaults ?? None), (o, v) => {
  if (v !== null && v !== None && !(v instanceof PyTuple)) typeError('__defaults__ must be set to a tuple object');
  const t = v === null || v === None ? null : newref(v as PyTuple);
  traceFuncField(o as PyFunction, (o as PyFunction).defaults, t, '__defaults__');
  setField(o as PyFunction, 'defaults', t);
});
defGetSet(FunctionType, '__kwdefaults__', (o) => newref((o as PyFunction).kwdefaults ?? None), (o, v) => {
  if (v !== null && v !== None && !(v instanceof PyDict)) typeError('__kwdefaults__ must be set to a dict object');
  const d = v === null || v === None ? null : newref(v as PyDict);
  traceFuncField(o as PyFunction, (o as PyFunction).kwdefaults, d, '__kwdefaults__');
  setField(o as PyFunction, 'kwdefaults', d);
});
defGetSet(FunctionType, '__name__', (o) => newStr((o as PyFunction).name), (o, v) => {
  if (!(v instanceof PyStr)) typeError('__name__ must be set to a string object');
  (o as PyFunction).name = v.value;
});
defGetSet(FunctionType, '__qualname__', (o) => newStr((o as PyFunction).qualname), (o, v) => {
  if (!(v instanceof PyStr)) typeError('__qualname__ must be set to a string object');
  (o as PyFunction).qualname = v.value;
});
defGetSet(FunctionType, '__doc__', (o) => newref((o as PyFunction).doc ?? None), (o, v) => {
  setField(o as PyFunction, 'doc', v === null ? null : newref(v));
});
defGetSet(FunctionType, '__module__', (o) => newref((o as PyFunction).module ?? None), (o, v) => {
  setField(o as PyFunction, 'module', v === null ? null : newref(v));
});
defGetSet(FunctionType, '__globals__', (o) => newref((o as PyFunction).globals ?? None));
defGetSet(FunctionType, '__builtins__', (o) => {
  const g = (o as PyFunction).globals;
  return newref((g !== null ? dictGetStr(g, '__builtins__') : null) ?? None);
});
defGetSet(FunctionType, '__closure__', (o) => newref((o as PyFunction).closure ?? None));
defGetSet(FunctionType, '__code__', (o) => codeObject((o as PyFunction).code));
defGetSet(FunctionType, '__dict__', (o) => newref(funcDict(o as PyFunction)), (o, v) => {
  if (!(v instanceof PyDict)) typeError('__dict__ must be set to a dictionary, not a \'' + (v === null ? 'NoneType' : typeName(v)) + "'");
  const f = o as PyFunction;
  if (recorder.on && f.dict !== v) {
    if (f.dict !== null) recorder.edge(f, f.dict, L_DICT, '__dict__', false);
    recorder.edge(f, v, L_DICT, '__dict__', true);
  }
  setField(f, 'dict', newref(v));
});
defGetSet(FunctionType, '__annotations__', () => dictNew());
defGetSet(FunctionType, '__type_params__', () => EmptyTuple);

// ---- bound methods ------------------------------------------------------------------------------

defGetSet(MethodType, '__self__', (o) => newref((o as PyMethod).self));
// types.MethodType(func, obj).
MethodType.tp_new = (_t, args, kwnames) => {
  if (kwnames !== null && kwnames.length !== 0) typeError('method() takes no keyword arguments');
  if (args.length !== 2) typeError(`method expected 2 arguments, got ${args.length}`);
  const [func, self] = args as [PyObject, PyObject];
  if (func.ob_type.tp_call === null) typeError('first argument must be callable');
  if (self === None) typeError('instance must not be None');
  return methodNew(func, self);
};
defGetSet(MethodType, '__func__', (o) => newref((o as PyMethod).func));
MethodType.tp_getattro = (o, name) => {
  // Attributes a method does not have itself come from its function (method_getattro).
  const descr = typeLookup(MethodType, name);
  if (descr !== null) {
    const get = descr.ob_type.tp_descr_get;
    return get !== null ? get(descr, o, MethodType) : newref(descr);
  }
  const f = (o as PyMethod).func;
  const getattro = f.ob_type.tp_getattro;
  return getattro === null ? null : getattro(f, name);
};
MethodType.tp_richcompare = (a, b, op) => {
  if ((op !== PY_EQ && op !== PY_NE) || !(b instanceof PyMethod)) return NotImplemented;
  const m = a as PyMethod;
  const eq = m.self === b.self && richCompareBool(m.func, b.func, PY_EQ);
  return (op === PY_EQ) === eq ? True : False;
};
MethodType.tp_hash = (o) => {
  const m = o as PyMethod;
  return (m.self.ob_id ^ hashObject(m.func)) | 0 || -2;
};

// ---- cells --------------------------------------------------------------------------------------

defGetSet(CellType, 'cell_contents', (o) => {
  const r = (o as PyCell).ref;
  if (r === null) raise(exc.ValueError, 'Cell is empty');
  return newref(r);
}, (o, v) => {
  const c = o as PyCell;
  const old = c.ref;
  c.ref = v === null ? null : newref(v);
  xdecref(old);
});

// ---- frames -------------------------------------------------------------------------------------

/** The frame as a Python object: tracked by the collector from now on, as a PyFrameObject is. */
export function frameObject(f: Frame): Frame {
  if ((f.gc_flags & GC_TRACKED) === 0) gcTrack(f);
  return newref(f);
}

/**
 * A frame's variable in slot i: cell and free-variable slots hold cells (a Python-visible value
 * is practically never a cell object itself), whose contents are the variable.
 */
function slotValue(f: Frame, i: number): PyObject | null {
  const v = f.localsplus[i] ?? null;
  return v instanceof PyCell ? v.ref : v;
}

/** locals() in a function: a new dict of the bound fast locals, cells and free variables. */
export function localsSnapshot(f: Frame): PyDict {
  const d = dictNew();
  const names = f.code.localsplusnames;
  for (let i = 0; i < names.length; i++) {
    const v = slotValue(f, i);
    if (v !== null) dictSetStr(d, names[i] as string, v);
  }
  return d;
}

const proxyType = makeStaticType('FrameLocalsProxy', 'other', {
  flags: TPFLAGS_HAVE_GC,
  dealloc: (o) => {
    gcUntrack(o);
    decref((o as PyFrameLocalsProxy).frame);
    gcFree(o);
  },
});

/** PEP 667's write-through view of a function frame's variables. */
export class PyFrameLocalsProxy extends PyObject {
  constructor(readonly frame: Frame) {
    super(proxyType);
  }
}

function proxyIndex(f: Frame, key: PyObject): number {
  if (!(key instanceof PyStr)) return -1;
  return f.code.localsplusnames.indexOf(key.value);
}

function proxyItems(p: PyFrameLocalsProxy): [string, PyObject][] {
  const f = p.frame;
  const out: [string, PyObject][] = [];
  const names = f.code.localsplusnames;
  for (let i = 0; i < names.length; i++) {
    const v = slotValue(f, i);
    if (v !== null) out.push([names[i] as string, v]);
  }
  return out;
}

proxyType.tp_traverse = (o, visit) => visit((o as PyFrameLocalsProxy).frame);
proxyType.mp_subscript = (o, k) => {
  const f = (o as PyFrameLocalsProxy).frame;
  const i = proxyIndex(f, k);
  const v = i < 0 ? null : slotValue(f, i);
  if (v === null) raise(exc.KeyError, null, k);
  return newref(v);
};
proxyType.mp_ass_subscript = (o, k, v) => {
  const f = (o as PyFrameLocalsProxy).frame;
  const i = proxyIndex(f, k);
  if (i < 0) typeError('not supported yet: adding new names through FrameLocalsProxy');
  if (v === null) typeError('cannot remove local variables from FrameLocalsProxy');
  const cur = f.localsplus[i] ?? null;
  if (cur instanceof PyCell) {
    const old = cur.ref;
    cur.ref = newref(v);
    xdecref(old);
    return;
  }
  f.localsplus[i] = newref(v);
  xdecref(cur);
};
proxyType.mp_length = (o) => proxyItems(o as PyFrameLocalsProxy).length;
proxyType.sq_contains = (o, k) => {
  const f = (o as PyFrameLocalsProxy).frame;
  const i = proxyIndex(f, k);
  return i >= 0 && slotValue(f, i) !== null;
};
proxyType.tp_repr = (o) => `{${proxyItems(o as PyFrameLocalsProxy).map(([k, v]) => `${pyRepr(intern(k))}: ${pyRepr(v)}`).join(', ')}}`;
proxyType.tp_iter = (o) => {
  const l = listSteal(proxyItems(o as PyFrameLocalsProxy).map(([k]) => newStr(k)));
  try {
    return (l.ob_type.tp_iter as NonNullable<PyType['tp_iter']>)(l);
  } finally {
    decref(l);
  }
};
defMethod(proxyType, 'keys', (self) => listSteal(proxyItems(self as PyFrameLocalsProxy).map(([k]) => newStr(k))));
defMethod(proxyType, 'values', (self) => listSteal(proxyItems(self as PyFrameLocalsProxy).map(([, v]) => newref(v))));
defMethod(proxyType, 'items', (self) => listSteal(proxyItems(self as PyFrameLocalsProxy).map(([k, v]) => tupleSteal([newStr(k), newref(v)]))));
defMethod(proxyType, 'get', (self, args) => {
  const f = (self as PyFrameLocalsProxy).frame;
  const i = proxyIndex(f, args[0] as PyObject);
  const v = i < 0 ? null : slotValue(f, i);
  return newref(v ?? args[1] ?? None);
});

/** frame.f_locals: the namespace dict of module and class frames, a proxy for function frames. */
function frameLocals(f: Frame): PyObject {
  if (f.locals !== null) return newref(f.locals);
  if (f.func === null) return newref(f.globals);
  incref(f);
  if ((f.gc_flags & GC_TRACKED) === 0) gcTrack(f);
  const p = new PyFrameLocalsProxy(f);
  recorder.alloc(p);
  gcTrack(p);
  return p;
}

defGetSet(FrameType, 'f_code', (o) => codeObject((o as Frame).code));
defGetSet(FrameType, 'f_locals', (o) => frameLocals(o as Frame));
defGetSet(FrameType, 'f_globals', (o) => newref((o as Frame).globals));
defGetSet(FrameType, 'f_builtins', (o) => newref(dictGetStr((o as Frame).globals, '__builtins__') ?? None));
defGetSet(FrameType, 'f_lineno', (o) => newInt((o as Frame).lineno));
defGetSet(FrameType, 'f_lasti', (o) => newInt((o as Frame).lasti * 2));
defGetSet(FrameType, 'f_back', (o) => {
  const f = o as Frame;
  return f.executing && f.previous !== null ? frameObject(f.previous) : None;
});
defGetSet(FrameType, 'f_trace', () => None);
defMethod(FrameType, 'clear', (self) => {
  const f = self as Frame;
  if (f.executing) raise(exc.RuntimeError, f.yielded !== 0 ? 'cannot clear a suspended frame' : 'cannot clear an executing frame');
  const stack = f.stack;
  while (stack.length !== 0) xdecref(stack.pop() as PyObject | null);
  const lp = f.localsplus;
  for (let i = lp.length - 1; i >= 0; i--) {
    const v = lp[i] ?? null;
    lp[i] = null;
    xdecref(v);
  }
  return None;
});

// ---- tracebacks ---------------------------------------------------------------------------------

defGetSet(TracebackType, 'tb_frame', (o) => {
  const f = (o as PyTraceback).tb_frame;
  return f === null ? None : newref(f);
});
defGetSet(TracebackType, 'tb_next', (o) => newref((o as PyTraceback).tb_next ?? None), (o, v) => {
  if (v !== null && v !== None && !(v instanceof PyTraceback)) typeError(`expected traceback object or None, got '${typeName(v ?? None)}'`);
  const tb = o as PyTraceback;
  const old = tb.tb_next;
  tb.tb_next = v === null || v === None ? null : newref(v as PyTraceback);
  xdecref(old);
});
defGetSet(TracebackType, 'tb_lineno', (o) => newInt((o as PyTraceback).tb_lineno));
defGetSet(TracebackType, 'tb_lasti', (o) => newInt(Math.max(0, (o as PyTraceback).tb_lasti) * 2));

// ---- exceptions ---------------------------------------------------------------------------------

const B = exc.BaseException;

defGetSet(B, '__traceback__', (o) => newref((o as PyBaseException).traceback ?? None), (o, v) => {
  if (v === null) typeError('__traceback__ may not be deleted');
  if (v !== None && !(v instanceof PyTraceback)) typeError('__traceback__ must be a traceback or None');
  const e = o as PyBaseException;
  const old = e.traceback;
  e.traceback = v === None ? null : newref(v as PyTraceback);
  if (recorder.on && old !== e.traceback) {
    if (old !== null) recorder.edge(e, old, L_EXCEPTION, '__traceback__', false);
    if (e.traceback !== null) recorder.edge(e, e.traceback, L_EXCEPTION, '__traceback__', true);
  }
  xdecref(old);
});
defGetSet(B, '__context__', (o) => newref((o as PyBaseException).context ?? None), (o, v) => {
  if (v === null) typeError('__context__ may not be deleted');
  if (v !== None && !(v instanceof PyBaseException)) typeError('exception context must be None or derive from BaseException');
  excSetLink(o as PyBaseException, 'context', v === None ? null : newref(v));
});
defGetSet(B, '__cause__', (o) => newref((o as PyBaseException).cause ?? None), (o, v) => {
  if (v === null) typeError('__cause__ may not be deleted');
  if (v !== None && !(v instanceof PyBaseException)) typeError('exception cause must be None or derive from BaseException');
  const e = o as PyBaseException;
  e.suppressContext = true;
  excSetLink(e, 'cause', v === None ? null : newref(v));
});
defGetSet(B, '__suppress_context__', (o) => pyBool((o as PyBaseException).suppressContext), (o, v) => {
  if (v === null) typeError("can't delete __suppress_context__ attribute");
  (o as PyBaseException).suppressContext = isTrue(v);
});
defMethod(B, 'with_traceback', (self, args) => {
  const tb = args[0] ?? None;
  const set = (typeLookup(B, '__traceback__') as PyObject).ob_type.tp_descr_set as NonNullable<PyType['tp_descr_set']>;
  set(typeLookup(B, '__traceback__') as PyObject, self, tb);
  return newref(self);
});
defMethod(B, 'add_note', (self, args) => {
  const note = args[0] as PyObject;
  if (!(note instanceof PyStr)) typeError(`note must be a str, not '${typeName(note)}'`);
  const e = self as PyBaseException;
  let notes = dictGetStr(excDict(e), '__notes__');
  if (notes === null) {
    notes = listSteal([]);
    dictSetStr(excDict(e), '__notes__', notes);
    decref(notes);
  }
  if (!(notes instanceof PyList)) typeError('Cannot add note: __notes__ is not a list');
  notes.items.push(newref(note));
  return None;
});
defGetSet(exc.SystemExit, 'code', (o) => {
  const items = (o as PyBaseException).args.items;
  if (items.length === 0) return None;
  if (items.length === 1) return newref(items[0] as PyObject);
  return newref((o as PyBaseException).args);
});

/** The notes an uncaught exception's report prints after its message. */
export function exceptionNotes(e: PyBaseException): string[] | null {
  if (e.dict === null) return null;
  const notes = dictGetStr(e.dict, '__notes__');
  if (notes === null) return null;
  if (notes instanceof PyList || notes instanceof PyTuple) {
    return notes.items.map((n) => (n instanceof PyStr ? n.value : pyRepr(n)));
  }
  return [pyRepr(notes)];
}


// ---- ImportError's attributes ------------------------------------------------------------------

/** ImportError.name / name_from, kept in the exception's namespace (None when unset). */
export function setImportErrorInfo(x: PyBaseException, name: string | null, nameFrom: string | null): void {
  for (const [k, v] of [['name', name], ['name_from', nameFrom]] as const) {
    if (v === null) continue;
    const s = newStr(v);
    dictSetStr(excDict(x), k, s);
    decref(s);
  }
}

for (const attr of ['name', 'path', 'name_from']) {
  defGetSet(exc.ImportError, attr, (o) => {
    const d = (o as PyBaseException).dict;
    return newref((d !== null ? dictGetStr(d, attr) : null) ?? None);
  }, (o, v) => {
    const e = o as PyBaseException;
    if (v === null) dictDelStr(excDict(e), attr);
    else dictSetStr(excDict(e), attr, v);
  });
}
defGetSet(exc.ImportError, 'msg', (o) => newref((o as PyBaseException).args.items[0] ?? None));
