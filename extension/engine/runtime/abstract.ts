/**
 * The abstract object protocol (CPython's Objects/abstract.c and object.c): the operations the
 * evaluation loop and builtins apply to any object, dispatching through type slots with CPython's
 * rules for reflected operands and subclass priority. Results are new references.
 */
import { cpythonAtLeast } from '../profile';
import type { PyObject } from './object';
import { isSubtype, type KwNames, type PyType } from './type';
import { NotImplemented, None } from './singletons';
import { False, True } from './int';
import { raise, typeError, Raised } from './errors';
import type { PyBaseException } from './exceptions';
import { TypeType as typeType } from './type';
import { AttributeError } from './exceptions';
import { CMP_SWAPPED, CMP_SYMBOL, NB_ADD, NB_INPLACE, NB_MULTIPLY, NB_SYMBOL, PY_EQ, PY_NE, UNARY_SYMBOL } from './ops';
import { decref } from './heap';
import { objectRepr } from './objecttype';
import { tick } from './limits';

export function typeName(o: PyObject): string {
  return o.ob_type.tp_name;
}

// ---- repr / str / hash / truth -----------------------------------------------------------------

/** Objects whose repr is in progress on this thread (CPython's Py_ReprEnter). */
const reprActive = new Set<PyObject>();

/** Returns false when `o` is already being repr'd further up (print "[...]" then). */
export function reprEnter(o: PyObject): boolean {
  if (reprActive.has(o)) return false;
  reprActive.add(o);
  return true;
}

export function reprLeave(o: PyObject): void {
  reprActive.delete(o);
}

export function pyRepr(o: PyObject): string {
  const f = o.ob_type.tp_repr;
  return f === null ? objectRepr(o) : f(o);
}

export function pyStr(o: PyObject): string {
  const f = o.ob_type.tp_str;
  return f === null ? pyRepr(o) : f(o);
}

export function hashObject(o: PyObject): number {
  const f = o.ob_type.tp_hash;
  if (f === null) typeError(`unhashable type: '${typeName(o)}'`);
  return f(o);
}

export function isTrue(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  const t = o.ob_type;
  if (t.nb_bool !== null) return t.nb_bool(o);
  if (t.mp_length !== null) return t.mp_length(o) !== 0;
  return true;
}

// ---- attributes --------------------------------------------------------------------------------

export function getAttrOrNull(o: PyObject, name: string): PyObject | null {
  const f = o.ob_type.tp_getattro;
  return f === null ? null : f(o, name);
}

export function attributeMissing(o: PyObject, name: string): never {
  if (o.ob_type.layout === 'type') raise(AttributeError, `type object '${(o as PyType).tp_name}' has no attribute '${name}'`);
  if (o.ob_type.layout === 'module') {
    raise(AttributeError, `module '${(o as PyObject & { md_name: string }).md_name}' has no attribute '${name}'`);
  }
  raise(AttributeError, `'${typeName(o)}' object has no attribute '${name}'`);
}

export function getAttr(o: PyObject, name: string): PyObject {
  let r: PyObject | null;
  try {
    r = getAttrOrNull(o, name);
    if (r === null) attributeMissing(o, name);
  } catch (e) {
    // An AttributeError remembers what was looked up where (for the traceback's suggestions).
    if (e instanceof Raised && attributeErrorHook !== null) attributeErrorHook(e.exc, o, name);
    throw e;
  }
  return r;
}

let attributeErrorHook: ((x: PyBaseException, o: PyObject, name: string) => void) | null = null;

/** The VM installs what an AttributeError escaping getAttr records (name and obj). */
export function setAttributeErrorHook(hook: (x: PyBaseException, o: PyObject, name: string) => void): void {
  attributeErrorHook = hook;
}

export function setAttr(o: PyObject, name: string, value: PyObject | null): void {
  const f = o.ob_type.tp_setattro;
  if (f === null) {
    raise(AttributeError, `'${typeName(o)}' object has no attribute '${name}'${value !== null && cpythonAtLeast(13) ? ' and no __dict__ for setting new attributes' : ''}`);
  }
  f(o, name, value);
}

// ---- calls -------------------------------------------------------------------------------------

export function call(callable: PyObject, args: readonly PyObject[], kwnames: KwNames = null): PyObject {
  const f = callable.ob_type.tp_call;
  if (f === null) typeError(`'${typeName(callable)}' object is not callable`);
  return f(callable, args, kwnames);
}

/** Calls o.name(*args), for natives invoking dunders; null when o has no such attribute. */
export function callMethodOrNull(o: PyObject, name: string, args: readonly PyObject[]): PyObject | null {
  const m = getAttrOrNull(o, name);
  if (m === null) return null;
  try {
    return call(m, args);
  } finally {
    decref(m);
  }
}

// ---- numbers -----------------------------------------------------------------------------------

function binaryOp1(v: PyObject, w: PyObject, op: number): PyObject {
  const tv = v.ob_type;
  const tw = w.ob_type;
  const slotv = tv.nb_binop;
  let slotw = tw !== tv ? tw.nb_binop : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && isSubtype(tw, tv)) {
      const x = slotw(v, w, op);
      if (x !== NotImplemented) return x;
      slotw = null;
    }
    const x = slotv(v, w, op);
    if (x !== NotImplemented) return x;
  }
  if (slotw !== null) return slotw(v, w, op);
  return NotImplemented;
}

function binopError(v: PyObject, w: PyObject, op: number, inplace: boolean): never {
  const tn = typeName(v);
  if (op === NB_ADD && (tn === 'str' || tn === 'list' || tn === 'tuple')) {
    typeError(`can only concatenate ${tn} (not "${typeName(w)}") to ${tn}`);
  }
  if (op === NB_MULTIPLY && (tn === 'str' || tn === 'list' || tn === 'tuple')) {
    typeError(`can't multiply sequence by non-int of type '${typeName(w)}'`);
  }
  const sym = NB_SYMBOL[op] as string;
  typeError(`unsupported operand type(s) for ${inplace ? (op === 8 ? '**=' : sym + '=') : sym}: '${tn}' and '${typeName(w)}'`);
}

export function binaryOp(v: PyObject, w: PyObject, op: number): PyObject {
  if (op >= NB_INPLACE) return inplaceOp(v, w, op - NB_INPLACE);
  const r = binaryOp1(v, w, op);
  if (r === NotImplemented) binopError(v, w, op, false);
  return r;
}

export function inplaceOp(v: PyObject, w: PyObject, op: number): PyObject {
  const f = v.ob_type.nb_inplace;
  if (f !== null) {
    const x = f(v, w, op);
    if (x !== NotImplemented) return x;
  }
  const r = binaryOp1(v, w, op);
  if (r === NotImplemented) binopError(v, w, op, true);
  return r;
}

export function unaryOp(v: PyObject, op: number): PyObject {
  const f = v.ob_type.nb_unary;
  if (f === null) typeError(`bad operand type for ${UNARY_SYMBOL[op] as string}: '${typeName(v)}'`);
  return f(v, op);
}

// ---- comparison --------------------------------------------------------------------------------

export function richCompare(v: PyObject, w: PyObject, op: number): PyObject {
  const tv = v.ob_type;
  const tw = w.ob_type;
  let checkedReverse = false;
  if (tv !== tw && isSubtype(tw, tv) && tw.tp_richcompare !== null) {
    checkedReverse = true;
    const r = tw.tp_richcompare(w, v, CMP_SWAPPED[op] as number);
    if (r !== NotImplemented) return r;
  }
  if (tv.tp_richcompare !== null) {
    const r = tv.tp_richcompare(v, w, op);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse && tw.tp_richcompare !== null) {
    const r = tw.tp_richcompare(w, v, CMP_SWAPPED[op] as number);
    if (r !== NotImplemented) return r;
  }
  if (op === PY_EQ) return v === w ? True : False;
  if (op === PY_NE) return v !== w ? True : False;
  return typeError(`'${CMP_SYMBOL[op] as string}' not supported between instances of '${typeName(v)}' and '${typeName(w)}'`);
}

export function richCompareBool(v: PyObject, w: PyObject, op: number): boolean {
  if (v === w) {
    if (op === PY_EQ) return true;
    if (op === PY_NE) return false;
  }
  const r = richCompare(v, w, op);
  if (r === True) return true;
  if (r === False) return false;
  try {
    return isTrue(r);
  } finally {
    decref(r);
  }
}

// ---- containers and iteration ------------------------------------------------------------------

export function length(o: PyObject): number {
  const f = o.ob_type.mp_length;
  if (f === null) typeError(`object of type '${typeName(o)}' has no len()`);
  return f(o);
}

export function getItem(o: PyObject, key: PyObject): PyObject {
  const f = o.ob_type.mp_subscript;
  if (f === null) {
    if (o.ob_type.layout === 'type') {
      // PyObject_GetItem: a class is subscripted through its __class_getitem__ (list[int]);
      // type itself is special-cased (type[int]), its __class_getitem__ is not inherited.
      if (o === typeType && typeSubscript !== null) return typeSubscript(o, key);
      const cg = getAttrOrNull(o, '__class_getitem__');
      if (cg !== null) {
        try {
          return call(cg, [key]);
        } finally {
          decref(cg);
        }
      }
      typeError(`type '${(o as PyType).tp_name}' is not subscriptable`);
    }
    typeError(`'${typeName(o)}' object is not subscriptable`);
  }
  return f(o, key);
}

let typeSubscript: ((t: PyObject, key: PyObject) => PyObject) | null = null;

/** type[X] makes a GenericAlias (installed with the other class machinery). */
export function setTypeSubscript(f: (t: PyObject, key: PyObject) => PyObject): void {
  typeSubscript = f;
}

export function setItem(o: PyObject, key: PyObject, value: PyObject): void {
  const f = o.ob_type.mp_ass_subscript;
  if (f === null) typeError(`'${typeName(o)}' object does not support item assignment`);
  f(o, key, value);
}

export function delItem(o: PyObject, key: PyObject): void {
  const f = o.ob_type.mp_ass_subscript;
  if (f === null) typeError(`'${typeName(o)}' object doesn't support item deletion`);
  f(o, key, null);
}

export function getIter(o: PyObject): PyObject {
  const f = o.ob_type.tp_iter;
  if (f === null) typeError(`'${typeName(o)}' object is not iterable`);
  return f(o);
}

/** A new reference to the next item, or null when the iterator is exhausted. */
export function iterNext(it: PyObject): PyObject | null {
  const f = it.ob_type.tp_iternext;
  if (f === null) typeError(`'${typeName(it)}' object is not an iterator`);
  // Native loops over iterators (list(), sum()…) run no statements: they count against the run's budgets here.
  tick();
  return f(it);
}

export function contains(container: PyObject, item: PyObject): boolean {
  const f = container.ob_type.sq_contains;
  if (f !== null) return f(container, item);
  if (container.ob_type.tp_iter === null) {
    typeError(`argument of type '${typeName(container)}' is not a container or iterable`);
  }
  const it = getIter(container);
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      const eq = x === item || richCompareBool(x, item, PY_EQ);
      decref(x);
      if (eq) return true;
    }
    return false;
  } finally {
    decref(it);
  }
}

/** Drains an iterable into a JS array of new references. */
export function iterateToArray(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  const it = getIter(o);
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) out.push(x);
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
  return out;
}
