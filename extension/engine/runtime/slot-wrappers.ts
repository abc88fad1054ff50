/**
 * The dunder methods of builtin types (CPython's slot wrappers: list.__getitem__, int.__add__,
 * dict.__setitem__...), each calling the type's slot. They make `super().__getitem__(k)` in a
 * list or dict subclass, and explicit calls like `int.__add__(1, 2)`, work. Added only where the
 * type's namespace does not define the name already.
 */
import type { PyObject } from './object';
import { ObjectType, type PyType } from './type';
import { None, NotImplemented } from './singletons';
import { newInt, pyBool, IntType, type PyInt } from './int';
import { newStr, StrType } from './str';
import { FloatType, PyFloat, newFloat } from './float';
import { ComplexType } from './complex';
import { ListType } from './list';
import { TupleType } from './tuple';
import { DictType } from './dict';
import { SetType, FrozenSetType } from './set';
import { BytesType, ByteArrayType } from './bytes';
import { RangeType } from './iter';
import { PropertyType, StaticMethodType, ClassMethodType } from './descr';
import { FunctionType } from './function';
import { defMethod, type NativeFn } from './builtin';
import { noArgs, oneArg, positional } from './args';
import { raise, typeError } from './errors';
import { StopIteration } from './exceptions';
import { typeName } from './abstract';
import { NB_NAMES, CMP_NAMES, UNARY_NAMES } from './ops';

function add(t: PyType, name: string, fn: NativeFn): void {
  if (!t.tp_dict.has(name)) defMethod(t, name, fn);
}

const qual = (t: PyType, name: string): string => `${t.tp_name}.${name}`;

function containerWrappers(t: PyType, mutable: boolean): void {
  if (t.mp_length !== null) add(t, '__len__', (self, a, k) => {
    noArgs(qual(t, '__len__'), a, k);
    return newInt((t.mp_length as (o: PyObject) => number)(self));
  });
  if (t.mp_subscript !== null) add(t, '__getitem__', (self, a, k) => (t.mp_subscript as (o: PyObject, k: PyObject) => PyObject)(self, oneArg(qual(t, '__getitem__'), a, k)));
  if (t.sq_contains !== null) add(t, '__contains__', (self, a, k) => pyBool((t.sq_contains as (o: PyObject, x: PyObject) => boolean)(self, oneArg(qual(t, '__contains__'), a, k))));
  if (t.tp_iter !== null) add(t, '__iter__', (self, a, k) => {
    noArgs(qual(t, '__iter__'), a, k);
    return (t.tp_iter as (o: PyObject) => PyObject)(self);
  });
  if (mutable && t.mp_ass_subscript !== null) {
    const set = t.mp_ass_subscript;
    add(t, '__setitem__', (self, a, k) => {
      positional('__setitem__', qual(t, '__setitem__'), a, k, 2, 2);
      set(self, a[0] as PyObject, a[1] as PyObject);
      return None;
    });
    add(t, '__delitem__', (self, a, k) => {
      set(self, oneArg(qual(t, '__delitem__'), a, k), null);
      return None;
    });
  }
}

function commonWrappers(t: PyType): void {
  if (t.tp_repr !== null) add(t, '__repr__', (self, a, k) => {
    noArgs(qual(t, '__repr__'), a, k);
    return newStr((t.tp_repr as (o: PyObject) => string)(self));
  });
  if (t.tp_hash === null) {
    if (!t.tp_dict.has('__hash__')) t.tp_dict.set('__hash__', None);
  } else add(t, '__hash__', (self, a, k) => {
    noArgs(qual(t, '__hash__'), a, k);
    return newInt((t.tp_hash as (o: PyObject) => number)(self));
  });
  const cmp = t.tp_richcompare;
  if (cmp !== null) {
    CMP_NAMES.forEach((name, op) => add(t, name, (self, a, k) => cmp(self, oneArg(qual(t, name), a, k), op)));
  }
  if (t.nb_bool !== null) add(t, '__bool__', (self, a, k) => {
    noArgs(qual(t, '__bool__'), a, k);
    return pyBool((t.nb_bool as (o: PyObject) => boolean)(self));
  });
}

/** Binary operator methods for the ops (NB_* numbers) the type implements. */
function binaryWrappers(t: PyType, ops: readonly number[], inplace: readonly number[], reflected = true, sequence = false): void {
  const slot = t.nb_binop;
  if (slot === null) return;
  for (const op of ops) {
    const [name, rname] = NB_NAMES[op] as readonly [string, string, string];
    add(t, name, (self, a, k) => {
      const other = oneArg(qual(t, name), a, k);
      const r = slot(self, other, op);
      // Sequences concatenate and repeat through sq_concat/sq_repeat, which raise rather than decline.
      if (sequence && r === NotImplemented) {
        if (op === 0) typeError(`can only concatenate ${t.tp_name} (not "${typeName(other)}") to ${t.tp_name}`);
        if (op === 5) typeError(`'${typeName(other)}' object cannot be interpreted as an integer`);
      }
      return r;
    });
    if (reflected) add(t, rname, (self, a, k) => slot(oneArg(qual(t, rname), a, k), self, op));
  }
  const islot = t.nb_inplace;
  for (const op of inplace) {
    const iname = (NB_NAMES[op] as readonly [string, string, string])[2];
    add(t, iname, (self, a, k) => {
      const other = oneArg(qual(t, iname), a, k);
      const r = islot === null ? NotImplemented : islot(self, other, op);
      return r === NotImplemented ? slot(self, other, op) : r;
    });
  }
}

function unaryWrappers(t: PyType, ops: readonly number[]): void {
  const slot = t.nb_unary;
  if (slot === null) return;
  for (const op of ops) {
    const name = UNARY_NAMES[op] as string;
    add(t, name, (self, a, k) => {
      noArgs(qual(t, name), a, k);
      return slot(self, op);
    });
  }
}

/** __get__/__set__/__delete__ (wrap_descr_get, wrap_descr_set, wrap_descr_delete). */
function descrWrappers(t: PyType): void {
  const get = t.tp_descr_get;
  if (get !== null) add(t, '__get__', (self, a, k) => {
    positional('__get__', qual(t, '__get__'), a, k, 1, 2);
    const obj = a[0] === None ? null : (a[0] as PyObject);
    const type = a.length > 1 && a[1] !== None ? (a[1] as PyObject) : null;
    if (obj === null && type === null) typeError('__get__(None, None) is invalid');
    return get(self, obj, (type ?? (obj as PyObject).ob_type) as PyType);
  });
  const set = t.tp_descr_set;
  if (set !== null) {
    add(t, '__set__', (self, a, k) => {
      positional('__set__', qual(t, '__set__'), a, k, 2, 2);
      set(self, a[0] as PyObject, a[1] as PyObject);
      return None;
    });
    add(t, '__delete__', (self, a, k) => {
      set(self, oneArg(qual(t, '__delete__'), a, k), null);
      return None;
    });
  }
}

// NB_* numbering: ADD 0, AND 1, FLOOR_DIVIDE 2, LSHIFT 3, MATMUL 4, MULTIPLY 5, REMAINDER 6, OR 7,
// POWER 8, RSHIFT 9, SUBTRACT 10, TRUE_DIVIDE 11, XOR 12.
const ARITH = [0, 2, 5, 6, 8, 10, 11];
const BITS = [1, 3, 7, 9, 12];

/** Called once every builtin type has its slots (from installExtraBuiltins). */
export function installSlotWrappers(): void {
  for (const t of [IntType, FloatType, ComplexType, StrType, BytesType, ByteArrayType, ListType, TupleType, DictType, SetType, FrozenSetType, RangeType]) {
    commonWrappers(t);
  }
  containerWrappers(StrType, false);
  containerWrappers(BytesType, false);
  containerWrappers(ByteArrayType, true);
  containerWrappers(ListType, true);
  containerWrappers(TupleType, false);
  containerWrappers(DictType, true);
  containerWrappers(SetType, false);
  containerWrappers(FrozenSetType, false);
  containerWrappers(RangeType, false);
  binaryWrappers(IntType, [...ARITH, ...BITS], []);
  binaryWrappers(FloatType, ARITH, []);
  binaryWrappers(ComplexType, [0, 5, 8, 10, 11], []);
  binaryWrappers(StrType, [0], [], false, true);
  binaryWrappers(StrType, [5, 6], []);
  binaryWrappers(BytesType, [0], [], false, true);
  binaryWrappers(BytesType, [5], [], true, true);
  binaryWrappers(ListType, [0], [0, 5], false, true);
  binaryWrappers(ListType, [5], [], true, true);
  binaryWrappers(TupleType, [0], [], false, true);
  binaryWrappers(TupleType, [5], [], true, true);
  binaryWrappers(DictType, [7], [7]);
  binaryWrappers(SetType, [1, 7, 10, 12], [1, 7, 10, 12]);
  binaryWrappers(FrozenSetType, [1, 7, 10, 12], []);
  for (const t of [PropertyType, StaticMethodType, ClassMethodType, FunctionType]) descrWrappers(t);
  unaryWrappers(IntType, [0, 1, 2]);
  unaryWrappers(FloatType, [0, 1]);
  unaryWrappers(ComplexType, [0, 1]);
  add(FloatType, '__abs__', (self, a, k) => {
    noArgs('float.__abs__', a, k);
    return newFloat(Math.abs((self as PyFloat).value));
  });
  add(IntType, '__abs__', (self, a, k) => {
    noArgs('int.__abs__', a, k);
    const v = (self as PyInt).value;
    return newInt(typeof v === 'bigint' ? (v < 0n ? -v : v) : Math.abs(v));
  });
}

/** The dunder methods of a container type defined outside this module (collections.deque...). */
export function installContainerWrappers(t: PyType, mutable: boolean, ops: readonly number[], inplace: readonly number[]): void {
  commonWrappers(t);
  containerWrappers(t, mutable);
  binaryWrappers(t, ops, inplace, false);
}

/**
 * __iter__ and __next__ for every builtin type with those slots (list_iterator.__next__,
 * map.__next__...), found by walking the static types under object. wrap_next: exhaustion is
 * StopIteration.
 */
export function installIteratorWrappers(): void {
  const seen = new Set<PyType>();
  const walk = (t: PyType): void => {
    if (seen.has(t) || t.isHeapType()) return;
    seen.add(t);
    const next = t.tp_iternext;
    if (next !== null) add(t, '__next__', (self, a, k) => {
      noArgs(qual(t, '__next__'), a, k);
      const r = next(self);
      if (r === null) raise(StopIteration, null);
      return r;
    });
    const iter = t.tp_iter;
    if (iter !== null) add(t, '__iter__', (self, a, k) => {
      noArgs(qual(t, '__iter__'), a, k);
      return iter(self);
    });
    for (const s of t.subclasses) walk(s);
  };
  walk(ObjectType);
}
