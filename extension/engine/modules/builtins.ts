/** The builtins module: the functions and types every program sees without importing. */
import type { PyObject } from '../runtime/object';
import { ObjectType, TypeType, PyType, isSubtype, type KwNames } from '../runtime/type';
import { builtinFunction, checkArgs, defMethod, defGetSet, splitKwargs, type NativeFn } from '../runtime/builtin';
import { dictNew, dictSetStr, dictGetStr, dictDelStr, type PyDict, DictType } from '../runtime/dict';
import { None, NotImplemented, Ellipsis } from '../runtime/singletons';
import { False, True, newInt, PyInt, IntType, BoolType, pyBool, intHash } from '../runtime/int';
import { FloatType, PyFloat, newFloat } from '../runtime/float';
import { newStr, PyStr, StrType } from '../runtime/str';
import { ListType, listSteal } from '../runtime/list';
import { TupleType, tupleSteal, PyTuple, EmptyTuple } from '../runtime/tuple';
import { decref, incref, newref } from '../runtime/heap';
import {
  call, getAttr, getAttrOrNull, getIter, hashObject, isTrue, iterateToArray, length, pyRepr, pyStr,
  richCompareBool, setAttr, typeName, binaryOp, unaryOp,
} from '../runtime/abstract';
import { raise, typeError, valueError, Raised } from '../runtime/errors';
import * as exc from '../runtime/exceptions';
import { PyBaseException, excSetArgs } from '../runtime/exceptions';
import { EXCEPTION_GROUP_TYPES } from '../runtime/exception-group';
import { PY_LT, PY_GT, PY_EQ, NB_FLOOR_DIVIDE, NB_REMAINDER } from '../runtime/ops';
import { fakeAddress, genericSetAttr, genericGetAttr, objectRepr, objectRichCompare } from '../runtime/objecttype';
import { sortItems } from '../runtime/containers';
import { seqIterNew, RangeType } from '../runtime/iter';
import { PyFunction } from '../runtime/function';
import { Frame } from '../vm/frame';
import { evalFrame } from '../vm/eval';
import { ts } from '../vm/state';
import { PyCell } from '../runtime/function';
import { superNew, PropertyType, StaticMethodType, ClassMethodType, SuperType } from '../runtime/descr';
import { baseExceptionNew, objectInit, objectNew } from '../runtime/subtype';
import { reprFloat } from '../text/repr';
import { formatValue } from '../vm/support';
import { iterTypeZipEnumerate } from './iterators';
import { builtinNext } from '../vm/genobject';
import { printPieces } from '../vm/sysmod';
import { installClassMachinery } from '../vm/buildclass';
import { installExtraBuiltins } from './builtins-extra';
import { recorder } from '../trace/recorder';
import { traceCellContents } from '../trace/hooks';

function def(d: PyDict, name: string, fn: NativeFn): void {
  const b = builtinFunction(name, fn);
  dictSetStr(d, name, b);
}

function arg0(args: readonly PyObject[]): PyObject {
  return args[0] as PyObject;
}

/** print(*objects, sep=' ', end='\n', file=None, flush=False). */
const print: NativeFn = (_self, args, kwnames) => {
  const { pos, kw } = splitKwargs(args, kwnames);
  const sepObj = kw.get('sep') ?? None;
  const endObj = kw.get('end') ?? None;
  const sep = sepObj === None ? ' ' : (sepObj as PyStr).value;
  const end = endObj === None ? '\n' : (endObj as PyStr).value;
  const file = kw.get('file') ?? None;
  const pieces: string[] = [];
  pos.forEach((x, i) => {
    if (i > 0) pieces.push(sep);
    pieces.push(pyStr(x));
  });
  pieces.push(end);
  // sys.stdout as it is now, or the file given; each piece is one write() (vm/sysmod.ts).
  printPieces(file, pieces);
  return None;
};

export let stderrObject: PyObject | null = null;
export function setStderrObject(o: PyObject): void {
  stderrObject = o;
}

function minmax(name: string, op: number): NativeFn {
  return (_s, args, kwnames) => {
    const { pos, kw } = splitKwargs(args, kwnames);
    const key = kw.get('key') ?? None;
    const items = pos.length === 1 ? iterateToArray(pos[0] as PyObject) : pos.map((x) => newref(x));
    if (items.length === 0) {
      const dflt = kw.get('default');
      if (dflt !== undefined) return newref(dflt);
      valueError(`${name}() iterable argument is empty`);
    }
    let best = items[0] as PyObject;
    let bestKey = key === None ? best : call(key, [best]);
    for (let i = 1; i < items.length; i++) {
      const x = items[i] as PyObject;
      const k = key === None ? x : call(key, [x]);
      if (richCompareBool(k, bestKey, op)) {
        if (key !== None) decref(bestKey);
        best = x;
        bestKey = k;
      } else if (key !== None) decref(k);
    }
    if (key !== None) decref(bestKey);
    incref(best);
    for (const x of items) decref(x);
    return best;
  };
}

/** isinstance's class check, with tuples of classes. */
export function isInstance(o: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyTuple) return cls.items.some((c) => isInstance(o, c));
  if (!(cls instanceof PyType)) typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
  return isSubtype(o.ob_type, cls);
}

function intFromObject(o: PyObject, base: number | null): PyObject {
  if (base === null) {
    if (o instanceof PyInt) return newInt(o.value);
    if (o instanceof PyFloat) {
      if (!Number.isFinite(o.value)) raise(Number.isNaN(o.value) ? exc.ValueError : exc.OverflowError, Number.isNaN(o.value) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
      return newInt(BigInt(Math.trunc(o.value)));
    }
  }
  if (o instanceof PyStr) {
    const s = o.value.trim().replace(/_/g, '');
    const b = base ?? 10;
    const re = b === 10 ? /^[+-]?\d+$/ : b === 16 ? /^[+-]?(0x)?[0-9a-f]+$/i : b === 2 ? /^[+-]?(0b)?[01]+$/i : b === 8 ? /^[+-]?(0o)?[0-7]+$/i : /^[+-]?[0-9a-z]+$/i;
    if (!re.test(s)) valueError(`invalid literal for int() with base ${b}: ${pyRepr(o)}`);
    const neg = s.startsWith('-');
    const digits = s.replace(/^[+-]/, '').replace(/^0[xbo]/i, '');
    let v = 0n;
    for (const ch of digits.toLowerCase()) v = v * BigInt(b) + BigInt(parseInt(ch, 36));
    return newInt(neg ? -v : v);
  }
  const m = getAttrOrNull(o, '__int__') ?? getAttrOrNull(o, '__index__');
  if (m !== null) {
    const r = call(m, []);
    decref(m);
    return r;
  }
  return typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(o)}'`);
}

function round(x: number, nd: number): number {
  const m = 10 ** nd;
  const y = x * m;
  let r = Math.round(y);
  if (Math.abs(y - Math.trunc(y)) === 0.5) r = 2 * Math.round(y / 2);
  const out = r / m;
  // Correct double rounding the way CPython does: compare with the repr-based decimal value.
  const exact = Number(x.toFixed(Math.min(100, Math.max(0, nd))));
  return nd >= 0 && Math.abs(exact - out) > 0 && Math.abs(exact - x) < Math.abs(out - x) ? exact : out;
}

function buildClass(_self: PyObject, args: readonly PyObject[], kwnames: KwNames): PyObject {
  const { pos, kw } = splitKwargs(args, kwnames);
  if (pos.length < 2) typeError('__build_class__: not enough arguments');
  const func = pos[0] as PyFunction;
  const name = pos[1] as PyStr;
  const bases = pos.slice(2);
  let meta: PyObject = kw.get('metaclass') ?? (bases.length ? (bases[0] as PyObject).ob_type : TypeType);
  for (const b of bases) if (isSubtype(b.ob_type, meta as PyType) && b.ob_type !== meta) meta = b.ob_type;
  const ns = dictNew();
  const f = new Frame(func.code, func, func.globals as PyDict, ns);
  incref(func);
  incref(ns);
  let cell: PyObject;
  try {
    cell = evalFrame(f);
  } catch (e) {
    decref(ns);
    throw e;
  }
  decref(cell);
  const basesTuple = tupleSteal(bases.map((b) => newref(b)));
  let cls: PyObject;
  try {
    cls = call(meta, [name, basesTuple, ns]);
  } finally {
    decref(basesTuple);
  }
  const classcell = dictGetStr(ns, '__classcell__');
  if (classcell instanceof PyCell) {
    incref(cls);
    const old = classcell.ref;
    classcell.ref = cls;
    if (recorder.on) traceCellContents(classcell, old, cls);
    if (old !== null) decref(old);
    if (cls instanceof PyType) {
      const c = cls.tp_dict.get('__classcell__');
      cls.tp_dict.delete('__classcell__');
      if (c !== undefined) decref(c);
    }
  }
  decref(ns);
  return cls;
}

/** super() with no arguments: the class from the __class__ cell, the instance from the first local. */
function superCall(_t: PyType, args: readonly PyObject[]): PyObject {
  if (args.length === 2) return superNew(args[0] as PyType, args[1] as PyObject);
  if (args.length !== 0) typeError('super() takes at most 2 arguments');
  const f = ts.frame;
  if (f === null || f.code.argcount === 0) raise(exc.RuntimeError, 'super(): no arguments');
  const names = f.code.localsplusnames;
  const i = names.indexOf('__class__');
  if (i < 0) raise(exc.RuntimeError, 'super(): __class__ cell not found');
  const cell = f.localsplus[i] as PyCell;
  if (cell.ref === null) raise(exc.RuntimeError, 'super(): empty __class__ cell');
  let self = f.localsplus[0] as PyObject | null;
  if (self instanceof PyCell) self = self.ref;
  if (self === null) raise(exc.RuntimeError, 'super(): arg[0] deleted');
  return superNew(cell.ref as PyType, self);
}

export function makeBuiltins(): PyDict {
  const d = dictNew();
  def(d, 'print', print);
  def(d, 'len', (_s, a, k) => {
    checkArgs('len', a, k, 1, 1);
    return newInt(length(arg0(a)));
  });
  def(d, 'repr', (_s, a, k) => {
    checkArgs('repr', a, k, 1, 1);
    return newStr(pyRepr(arg0(a)));
  });
  def(d, 'id', (_s, a, k) => {
    checkArgs('id', a, k, 1, 1);
    return newInt(parseInt(fakeAddress(arg0(a)), 16));
  });
  def(d, 'hash', (_s, a, k) => {
    checkArgs('hash', a, k, 1, 1);
    return newInt(hashObject(arg0(a)));
  });
  def(d, 'isinstance', (_s, a, k) => {
    checkArgs('isinstance', a, k, 2, 2);
    return pyBool(isInstance(arg0(a), a[1] as PyObject));
  });
  def(d, 'issubclass', (_s, a, k) => {
    checkArgs('issubclass', a, k, 2, 2);
    const c = arg0(a);
    if (!(c instanceof PyType)) typeError('issubclass() arg 1 must be a class');
    const check = (t: PyObject): boolean => (t instanceof PyTuple ? t.items.some(check) : isSubtype(c, t as PyType));
    return pyBool(check(a[1] as PyObject));
  });
  def(d, 'callable', (_s, a) => pyBool(arg0(a).ob_type.tp_call !== null));
  def(d, 'iter', (_s, a, k) => {
    checkArgs('iter', a, k, 1, 1);
    return getIter(arg0(a));
  });
  def(d, 'next', (_s, a, k) => {
    checkArgs('next', a, k, 1, 2);
    const it = arg0(a);
    if (it.ob_type.tp_iternext === null) typeError(`'${typeName(it)}' object is not an iterator`);
    return builtinNext(it, a[1] ?? null);
  });
  def(d, 'getattr', (_s, a) => {
    const name = (a[1] as PyStr).value;
    if (a.length > 2) {
      const v = getAttrOrNull(arg0(a), name);
      return v ?? newref(a[2] as PyObject);
    }
    return getAttr(arg0(a), name);
  });
  def(d, 'setattr', (_s, a) => {
    setAttr(arg0(a), (a[1] as PyStr).value, a[2] as PyObject);
    return None;
  });
  def(d, 'delattr', (_s, a) => {
    setAttr(arg0(a), (a[1] as PyStr).value, null);
    return None;
  });
  def(d, 'hasattr', (_s, a) => {
    try {
      const v = getAttrOrNull(arg0(a), (a[1] as PyStr).value);
      if (v === null) return False;
      decref(v);
      return True;
    } catch (e) {
      if (e instanceof Raised && isSubtype(e.exc.ob_type, exc.AttributeError)) {
        decref(e.exc);
        return False;
      }
      throw e;
    }
  });
  def(d, 'abs', (_s, a) => {
    const x = arg0(a);
    if (x instanceof PyInt) return newInt(typeof x.value === 'bigint' ? (x.value < 0n ? -x.value : x.value) : Math.abs(x.value));
    if (x instanceof PyFloat) return newFloat(Math.abs(x.value));
    const m = getAttr(x, '__abs__');
    try {
      return call(m, []);
    } finally {
      decref(m);
    }
  });
  def(d, 'min', minmax('min', PY_LT));
  def(d, 'max', minmax('max', PY_GT));
  def(d, 'sum', (_s, a) => {
    let acc: PyObject = newref(a[1] ?? newInt(0));
    for (const x of iterateToArray(arg0(a))) {
      const next = binaryOp(acc, x, 0);
      decref(acc);
      decref(x);
      acc = next;
    }
    return acc;
  });
  def(d, 'any', (_s, a) => {
    const items = iterateToArray(arg0(a));
    const r = items.some((x) => isTrue(x));
    for (const x of items) decref(x);
    return pyBool(r);
  });
  def(d, 'all', (_s, a) => {
    const items = iterateToArray(arg0(a));
    const r = items.every((x) => isTrue(x));
    for (const x of items) decref(x);
    return pyBool(r);
  });
  def(d, 'sorted', (_s, args, kwnames) => {
    const { pos, kw } = splitKwargs(args, kwnames);
    const items = iterateToArray(pos[0] as PyObject);
    sortItems(items, kw.get('key') ?? None, isTrue(kw.get('reverse') ?? False));
    return listSteal(items);
  });
  def(d, 'reversed', (_s, a) => {
    const items = iterateToArray(arg0(a)).reverse();
    const l = listSteal(items);
    const it = seqIterNew(l, 'list');
    decref(l);
    return it;
  });
  def(d, 'chr', (_s, a) => newStr(String.fromCodePoint(Number((arg0(a) as PyInt).value))));
  def(d, 'ord', (_s, a) => newInt((arg0(a) as PyStr).value.codePointAt(0) as number));
  def(d, 'round', (_s, a) => {
    const x = arg0(a);
    const nd = a.length > 1 && a[1] !== None ? Number((a[1] as PyInt).value) : null;
    if (x instanceof PyInt) return newref(x);
    const v = (x as PyFloat).value;
    if (nd === null) {
      let r = Math.round(v);
      if (Math.abs(v - Math.trunc(v)) === 0.5) r = 2 * Math.round(v / 2);
      return newInt(BigInt(r));
    }
    return newFloat(round(v, nd));
  });
  def(d, 'divmod', (_s, a) => tupleSteal([binaryOp(arg0(a), a[1] as PyObject, NB_FLOOR_DIVIDE), binaryOp(arg0(a), a[1] as PyObject, NB_REMAINDER)]));
  def(d, 'pow', (_s, a) => binaryOp(arg0(a), a[1] as PyObject, 8));
  def(d, 'format', (_s, a) => formatValue(arg0(a), a.length > 1 ? (a[1] as PyStr).value : ''));
  def(d, 'vars', (_s, a) => getAttr(arg0(a), '__dict__'));
  def(d, 'globals', () => newref(ts.frame?.globals ?? dictNew()));
  def(d, '__build_class__', buildClass);
  void unaryOp;
  void intHash;
  void Ellipsis;
  void reprFloat;
  void genericGetAttr;
  void EmptyTuple;
  void PY_EQ;

  const types: [string, PyType][] = [
    ['object', ObjectType], ['type', TypeType], ['int', IntType], ['bool', BoolType], ['float', FloatType],
    ['str', StrType], ['list', ListType], ['tuple', TupleType], ['dict', DictType], ['range', RangeType],
    ['property', PropertyType], ['staticmethod', StaticMethodType], ['classmethod', ClassMethodType], ['super', SuperType],
  ];
  for (const [name, t] of types) dictSetStr(d, name, t);
  for (const [name, t] of iterTypeZipEnumerate()) dictSetStr(d, name, t);
  for (const t of exc.BUILTIN_EXCEPTIONS) dictSetStr(d, t.tp_name, t);
  for (const t of EXCEPTION_GROUP_TYPES) dictSetStr(d, t.tp_name, t);
  dictSetStr(d, 'None', None);
  dictSetStr(d, 'NotImplemented', NotImplemented);
  dictSetStr(d, 'Ellipsis', Ellipsis);
  dictSetStr(d, '__name__', newStr('builtins'));
  installExtraBuiltins(d);
  installClassMachinery(d);
  return d;
}

// ---- constructors and dunders of builtin types --------------------------------------------------

IntType.tp_new = (_t, args, kwnames) => {
  const { pos, kw } = splitKwargs(args, kwnames);
  if (pos.length === 0) return newInt(0);
  const base = pos[1] ?? kw.get('base');
  return intFromObject(pos[0] as PyObject, base === undefined ? null : Number((base as PyInt).value));
};
BoolType.tp_new = (_t, args) => pyBool(args.length !== 0 && isTrue(args[0] as PyObject));
FloatType.tp_new = (_t, args) => {
  if (args.length === 0) return newFloat(0);
  const x = args[0] as PyObject;
  if (x instanceof PyFloat) return newref(x);
  if (x instanceof PyInt) return newFloat(Number(x.value));
  if (x instanceof PyStr) {
    const s = x.value.trim().toLowerCase();
    const v = s === 'inf' || s === '+inf' || s === 'infinity' ? Infinity : s === '-inf' || s === '-infinity' ? -Infinity : s === 'nan' ? NaN : /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s) ? Number(s) : null;
    if (v === null) valueError(`could not convert string to float: ${pyRepr(x)}`);
    return newFloat(v);
  }
  return typeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
};
SuperType.tp_new = superCall;

defMethod(ObjectType, '__init__', (self, args, kw) => {
  objectInit(self, args, kw);
  return None;
});
ObjectType.tp_dict.set('__new__', builtinFunction('__new__', (_s, args, kw) => {
  const t = args[0] as PyType;
  return objectNew(t, args.slice(1), kw);
}));
defMethod(ObjectType, '__setattr__', (self, args) => {
  genericSetAttr(self, (args[0] as PyStr).value, args[1] as PyObject);
  return None;
});
defMethod(ObjectType, '__delattr__', (self, args) => {
  genericSetAttr(self, (args[0] as PyStr).value, null);
  return None;
});
defMethod(ObjectType, '__getattribute__', (self, args) => {
  const v = genericGetAttr(self, (args[0] as PyStr).value);
  if (v === null) typeError(`'${typeName(self)}' object has no attribute '${(args[0] as PyStr).value}'`);
  return v;
});
defMethod(ObjectType, '__repr__', (self) => newStr(objectRepr(self)));
defMethod(ObjectType, '__str__', (self) => newStr(pyRepr(self)));
defMethod(ObjectType, '__eq__', (self, args) => objectRichCompare(self, args[0] as PyObject, PY_EQ));
defMethod(ObjectType, '__hash__', (self) => newInt(self.ob_id));
defGetSet(ObjectType, '__dict__', (o) => {
  const dict = (o as PyObject & { dict?: PyDict | null }).dict;
  if (dict === undefined) typeError(`'${typeName(o)}' object has no attribute '__dict__'`);
  if (dict === null) {
    const dnew = dictNew();
    (o as PyObject & { dict: PyDict | null }).dict = dnew;
    return newref(dnew);
  }
  return newref(dict);
});

// Exceptions: BaseException.__new__ stores the arguments; __init__ may replace them.
exc.BaseException.tp_new = (t, args) => baseExceptionNew(t, args);
exc.BaseException.tp_init = (self, args) => {
  excSetArgs(self as PyBaseException, tupleSteal(args.map((x) => newref(x))));
};
defMethod(exc.BaseException, '__init__', (self, args, kw) => {
  (exc.BaseException.tp_init as NonNullable<PyType['tp_init']>)(self, args, kw);
  return None;
});
export function exceptionStr(o: PyObject): string {
  const args = (o as PyBaseException).args.items;
  if (args.length === 0) return '';
  if (args.length === 1) {
    if (isSubtype(o.ob_type, exc.KeyError)) return pyRepr(args[0] as PyObject);
    return pyStr(args[0] as PyObject);
  }
  return pyRepr((o as PyBaseException).args);
}
exc.BaseException.tp_str = exceptionStr;
exc.BaseException.tp_repr = (o) => {
  const args = (o as PyBaseException).args.items;
  const name = o.ob_type.qualname;
  if (args.length === 1) return `${name}(${pyRepr(args[0] as PyObject)})`;
  return `${name}${args.length === 0 ? '()' : pyRepr((o as PyBaseException).args)}`;
};
defMethod(exc.BaseException, '__str__', (self) => newStr(exceptionStr(self)));
defMethod(exc.BaseException, '__repr__', (self) => newStr((exc.BaseException.tp_repr as (o: PyObject) => string)(self)));
defGetSet(exc.BaseException, 'args', (o) => newref((o as PyBaseException).args), (o, v) => {
  excSetArgs(o as PyBaseException, tupleSteal(iterateToArray(v as PyObject)));
});
// __traceback__, __context__, __cause__, with_traceback: vm/objattrs.ts.
defGetSet(exc.StopIteration, 'value', (o) => newref((o as PyBaseException).args.items[0] ?? None));

export { dictDelStr, checkArgs, EmptyTuple };
