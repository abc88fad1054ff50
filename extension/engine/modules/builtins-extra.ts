/**
 * The builtins beyond the core set in builtins.ts, installed into the builtins dict by
 * makeBuiltins() (after its own, so these definitions are the ones programs see). Importing this
 * module also installs the methods of the builtin types, which live in their own files.
 *
 * Functions that consume iterables (sum, min, max, any, all) pull one item at a time and release
 * each as CPython does, so the objects an iterable produces die at the same points.
 */
import type { PyObject } from '../runtime/object';
import { PyDict, dictNew, dictSetStr, dictGetStr } from '../runtime/dict';
import { SetType, FrozenSetType } from '../runtime/set';
import { BytesType, ByteArrayType, PyBytes } from '../runtime/bytes';
import { builtinFunction, type NativeFn } from '../runtime/builtin';
import { PyInt, IntType, newInt, pyBool, True, False, normInt } from '../runtime/int';
import { PyFloat, FloatType, newFloat } from '../runtime/float';
import { PyStr, newStr, StrType } from '../runtime/str';
import { PyList, listSteal } from '../runtime/list';
import { PyTuple } from '../runtime/tuple';
import { None } from '../runtime/singletons';
import { decref, incref, newref } from '../runtime/heap';
import { PyType, TypeType, isSubtype, typeLookup } from '../runtime/type';
import { objectHash, objectRichCompare } from '../runtime/objecttype';
import { raise, typeError, valueError, Raised } from '../runtime/errors';
import * as exc from '../runtime/exceptions';
import {
  binaryOp, call, getAttr, getAttrOrNull, getIter, hashObject, isTrue, iterNext, length, pyRepr, pyStr, richCompareBool, setAttr, typeName,
} from '../runtime/abstract';
import { callDunder } from '../runtime/slots';
import { clinic, indexValue, oneArg, positional } from '../runtime/args';
import { NB_ADD, NB_FLOOR_DIVIDE, NB_REMAINDER, PY_GT, PY_LT } from '../runtime/ops';
import { formatObject } from '../runtime/format-spec';
import { asciiRepr } from '../runtime/ascii';
import { sortList } from '../runtime/list-ops';
import { listExtend } from '../runtime/list-ops';
import { roundFloat } from '../runtime/float-format';
import { intPowMod, floatDivmod, intDivmod } from '../runtime/int-ops';
import { SliceType } from '../runtime/slice';
import { ComplexType, installComplexMethods } from '../runtime/complex';
import { ts } from '../vm/state';
import { MapType, FilterType, ZipType, ReversedType, EnumerateType, callIterNew } from './builtin-iters';
import { installModules } from './modules-extra';
import { builtinExec, builtinEval, currentLocals } from './exec';
import { EXTRA_EXCEPTIONS } from '../runtime/exceptions-extra';
import '../runtime/set-methods';
import '../runtime/str-ops';
import '../runtime/str-methods';
import '../runtime/str-case';
import '../runtime/str-format';
import '../runtime/format-spec';
import '../runtime/range-ops';
import '../runtime/int-methods';
import '../runtime/float-methods';
import '../runtime/slice-ops';
import '../runtime/iter-types';
import '../runtime/mappingproxy';
import './object-reduce';
import { registerInitFilledBase } from '../runtime/layout';
import { PropertyType } from '../runtime/descr';
import { installIteratorWrappers, installSlotWrappers } from '../runtime/slot-wrappers';
import { installBuiltinAttrs } from '../runtime/builtin-attrs';
import { NoneType, NotImplementedType, EllipsisType, Ellipsis, NotImplemented } from '../runtime/singletons';
import { installIntSlots } from '../runtime/int-methods';
import { installFloatSlots } from '../runtime/float-methods';

function def(d: PyDict, name: string, fn: NativeFn): void {
  dictSetStr(d, name, builtinFunction(name, fn));
}

// ---- numbers ------------------------------------------------------------------------------------

const builtinAbs: NativeFn = (_s, args, kw) => {
  const x = oneArg('abs', args, kw);
  if (x instanceof PyInt && (x.ob_type === IntType || x.ob_type.tp_name === 'bool')) {
    const v = x.value;
    return newInt(typeof v === 'bigint' ? (v < 0n ? -v : v) : Math.abs(v));
  }
  if (x instanceof PyFloat) return newFloat(Math.abs(x.value));
  const r = callDunder(x, '__abs__', []);
  if (r === null) typeError(`bad operand type for abs(): '${typeName(x)}'`);
  return r;
};

const builtinDivmod: NativeFn = (_s, args, kw) => {
  positional('divmod', 'divmod', args, kw, 2, 2);
  const [a, b] = args as [PyObject, PyObject];
  if (a instanceof PyInt && b instanceof PyInt) return intDivmod(a.value, b.value);
  if ((a instanceof PyInt || a instanceof PyFloat) && (b instanceof PyInt || b instanceof PyFloat)) {
    return floatDivmod(a, b);
  }
  const r = callDunder(a, '__divmod__', [b]);
  if (r !== null && r.ob_type.tp_name !== 'NotImplementedType') return r;
  if (r !== null) decref(r);
  const r2 = a.ob_type !== b.ob_type ? callDunder(b, '__rdivmod__', [a]) : null;
  if (r2 !== null && r2.ob_type.tp_name !== 'NotImplementedType') return r2;
  if (r2 !== null) decref(r2);
  return typeError(`unsupported operand type(s) for divmod(): '${typeName(a)}' and '${typeName(b)}'`);
};
void NB_FLOOR_DIVIDE;
void NB_REMAINDER;

const builtinPow: NativeFn = (_s, args, kwnames) => {
  const [base, exp, mod] = clinic('pow', args, kwnames, { names: ['base', 'exp', 'mod'], posOnly: 0, required: 2 });
  if (mod === undefined || mod === None) return binaryOp(base as PyObject, exp as PyObject, 8);
  if (!(base instanceof PyInt) || !(exp instanceof PyInt) || !(mod instanceof PyInt)) {
    const numeric = (o: PyObject): boolean => o instanceof PyInt || o instanceof PyFloat || o.ob_type === ComplexType;
    const r = numeric(base as PyObject) ? null : callDunder(base as PyObject, '__pow__', [exp as PyObject, mod]);
    if (r !== null && r.ob_type.tp_name !== 'NotImplementedType') return r;
    if (r !== null) decref(r);
    if (base instanceof PyFloat || exp instanceof PyFloat || mod instanceof PyFloat || base instanceof PyInt) {
      typeError('pow() 3rd argument not allowed unless all arguments are integers');
    }
    typeError(`unsupported operand type(s) for ** or pow(): '${typeName(base as PyObject)}', '${typeName(exp as PyObject)}', '${typeName(mod)}'`);
  }
  return intPowMod(base.value, exp.value, mod.value);
};

const builtinRound: NativeFn = (_s, args, kwnames) => {
  const [num, nd] = clinic('round', args, kwnames, { names: ['number', 'ndigits'], posOnly: 0, required: 1 });
  const x = num as PyObject;
  if (x instanceof PyFloat) {
    const v = x.value;
    if (nd === undefined || nd === None) {
      if (Number.isNaN(v)) valueError('cannot convert float NaN to integer');
      if (!Number.isFinite(v)) raise(exc.OverflowError, 'cannot convert float infinity to integer');
      return newInt(BigInt(roundFloat(v, 0)));
    }
    const n = indexValue(nd);
    return newFloat(roundFloat(v, typeof n === 'bigint' ? (n > 0n ? 400 : -400) : n));
  }
  if (x instanceof PyInt) {
    if (nd === undefined || nd === None) return newInt(x.value);
    const n = BigInt(indexValue(nd));
    if (n >= 0n) return newInt(x.value);
    // Round to a multiple of 10**-n, ties to even (long_round).
    const pow = 10n ** -n;
    const v = BigInt(x.value);
    let q = v / pow;
    let r = v - q * pow;
    if (r < 0n) {
      q -= 1n;
      r += pow;
    }
    if (2n * r > pow || (2n * r === pow && (q & 1n) === 1n)) q += 1n;
    return newInt(normInt(q * pow));
  }
  const r = nd === undefined ? callDunder(x, '__round__', []) : callDunder(x, '__round__', [nd]);
  if (r === null) typeError(`type ${typeName(x)} doesn't define __round__ method`);
  return r;
};

/** sum(): CPython's fast paths (exact ints, Neumaier-compensated floats), then generic `+`. */
const builtinSum: NativeFn = (_s, args, kwnames) => {
  const [iterable, startObj] = clinic('sum', args, kwnames, { names: ['', 'start'], posOnly: 1, required: 1 });
  const start = startObj ?? newInt(0);
  if (start instanceof PyStr) typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (start instanceof PyBytes) {
    typeError(start.ob_type === ByteArrayType ? "sum() can't sum bytearray [use b''.join(seq) instead]" : "sum() can't sum bytes [use b''.join(seq) instead]");
  }
  const it = getIter(iterable as PyObject);
  let result: PyObject = newref(start);
  try {
    // Exact int accumulation while every item is an int.
    if (result.ob_type === IntType) {
      let acc: bigint | number = (result as PyInt).value;
      decref(result);
      result = None;
      for (;;) {
        const item = iterNext(it);
        if (item === null) return newInt(acc);
        if (item instanceof PyInt && (item.ob_type === IntType || item.ob_type.tp_name === 'bool')) {
          const b = item.value;
          acc = typeof acc === 'number' && typeof b === 'number' && Number.isSafeInteger(acc + b) ? acc + b : normInt(BigInt(acc) + BigInt(b));
          decref(item);
          continue;
        }
        const cur = newInt(acc);
        try {
          result = binaryOp(cur, item, NB_ADD);
        } finally {
          decref(cur);
          decref(item);
        }
        break;
      }
    }
    if (result.ob_type === FloatType) {
      let f = (result as PyFloat).value;
      let c = 0;
      decref(result);
      result = None;
      for (;;) {
        const item = iterNext(it);
        if (item === null) {
          if (c !== 0 && Number.isFinite(c)) f += c;
          return newFloat(f);
        }
        if (item.ob_type === FloatType) {
          const x = (item as PyFloat).value;
          const t = f + x;
          if (Math.abs(f) >= Math.abs(x)) c += f - t + x;
          else c += x - t + f;
          f = t;
          decref(item);
          continue;
        }
        if (item instanceof PyInt) {
          const d = Number(item.value);
          if (Number.isFinite(d)) {
            f += d;
            decref(item);
            continue;
          }
        }
        const cur = newFloat(f);
        try {
          result = binaryOp(cur, item, NB_ADD);
        } finally {
          decref(cur);
          decref(item);
        }
        break;
      }
    }
    for (;;) {
      const item = iterNext(it);
      if (item === null) return result;
      try {
        const next = binaryOp(result, item, NB_ADD);
        decref(result);
        result = next;
      } finally {
        decref(item);
      }
    }
  } catch (e) {
    if (result !== None) decref(result);
    throw e;
  } finally {
    decref(it);
    if (startObj === undefined) decref(start);
  }
};

/** min()/max(): one pass, keeping the first extreme item; others are released as passed. */
function minmax(name: string, op: number): NativeFn {
  return (_s, args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const pos = args.slice(0, args.length - nkw);
    let key: PyObject | null = null;
    let dflt: PyObject | null = null;
    for (let i = 0; i < nkw; i++) {
      const k = (kwnames as readonly string[])[i] as string;
      const v = args[pos.length + i] as PyObject;
      if (k === 'key') key = v === None ? null : v;
      else if (k === 'default') dflt = v;
      else typeError(`${name}() got an unexpected keyword argument '${k}'`);
    }
    if (pos.length === 0) typeError(`${name} expected at least 1 argument, got 0`);
    if (pos.length > 1 && dflt !== null) typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    const it = pos.length === 1 ? getIter(pos[0] as PyObject) : null;
    let idx = 0;
    const next = (): PyObject | null => (it !== null ? iterNext(it) : idx < pos.length ? newref(pos[idx++] as PyObject) : null);
    let best: PyObject | null = null;
    let bestKey: PyObject | null = null;
    try {
      for (let x = next(); x !== null; x = next()) {
        let k: PyObject;
        try {
          k = key === null ? newref(x) : call(key, [x]);
        } catch (e) {
          decref(x);
          throw e;
        }
        if (best === null) {
          best = x;
          bestKey = k;
          continue;
        }
        let better: boolean;
        try {
          better = richCompareBool(k, bestKey as PyObject, op);
        } catch (e) {
          decref(x);
          decref(k);
          throw e;
        }
        if (better) {
          decref(bestKey as PyObject);
          decref(best);
          best = x;
          bestKey = k;
        } else {
          decref(x);
          decref(k);
        }
      }
    } catch (e) {
      if (best !== null) decref(best);
      if (bestKey !== null) decref(bestKey);
      throw e;
    } finally {
      if (it !== null) decref(it);
    }
    if (bestKey !== null) decref(bestKey);
    if (best !== null) return best;
    if (dflt !== null) return newref(dflt);
    return valueError(`${name}() iterable argument is empty`);
  };
}

function anyAll(name: string, want: boolean): NativeFn {
  return (_s, args, kw) => {
    const it = getIter(oneArg(name, args, kw));
    try {
      for (let x = iterNext(it); x !== null; x = iterNext(it)) {
        let t: boolean;
        try {
          t = isTrue(x);
        } finally {
          decref(x);
        }
        if (t === want) return pyBool(want);
      }
      return pyBool(!want);
    } finally {
      decref(it);
    }
  };
}

function baseRepr(name: string, base: number, prefix: string): NativeFn {
  return (_s, args, kw) => {
    const v = BigInt(indexValue(oneArg(name, args, kw)));
    return newStr((v < 0n ? '-' : '') + prefix + (v < 0n ? -v : v).toString(base));
  };
}

// ---- objects and attributes ----------------------------------------------------------------------

function attrName(fn: string, o: PyObject): string {
  if (!(o instanceof PyStr)) typeError(`attribute name must be string, not '${typeName(o)}'`);
  void fn;
  return o.value;
}

const builtinGetattr: NativeFn = (_s, args, kw) => {
  positional('getattr', 'getattr', args, kw, 2, 3);
  const o = args[0] as PyObject;
  const name = attrName('getattr', args[1] as PyObject);
  let v: PyObject | null;
  try {
    v = getAttrOrNull(o, name);
  } catch (e) {
    if (args.length > 2 && e instanceof Raised && isSubtype(e.exc.ob_type, exc.AttributeError)) {
      decref(e.exc);
      return newref(args[2] as PyObject);
    }
    throw e;
  }
  if (v !== null) return v;
  if (args.length > 2) return newref(args[2] as PyObject);
  // Let the type raise its own AttributeError message.
  return (getAttrChecked(o, name));
};

function getAttrChecked(o: PyObject, name: string): PyObject {
  return getAttr(o, name);
}

function dirOf(o: PyObject): string[] {
  const names = new Set<string>();
  const custom = typeLookup(o.ob_type, '__dir__');
  if (custom !== null && custom.ob_type.tp_name === 'function') {
    const r = callDunder(o, '__dir__', []);
    if (r !== null) {
      const it = getIter(r);
      decref(r);
      try {
        for (let x = iterNext(it); x !== null; x = iterNext(it)) {
          if (x instanceof PyStr) names.add(x.value);
          decref(x);
        }
      } finally {
        decref(it);
      }
      return [...names].sort();
    }
  }
  if (o.ob_type.layout === 'module') {
    const d = (o as PyObject & { md_dict: PyDict }).md_dict;
    for (const k of d.keys) if (k instanceof PyStr) names.add(k.value);
    return [...names].sort();
  }
  const types = o instanceof PyType ? o.tp_mro : o.ob_type.tp_mro;
  for (const t of types) for (const k of t.tp_dict.keys()) names.add(k);
  const inst = (o as PyObject & { dict?: PyDict | null }).dict;
  if (inst !== undefined && inst !== null) for (const k of inst.keys) if (k instanceof PyStr) names.add(k.value);
  if (!(o instanceof PyType)) names.add('__class__');
  return [...names].sort();
}

const builtinDir: NativeFn = (_s, args, kw) => {
  positional('dir', 'dir', args, kw, 0, 1);
  if (args.length === 0) {
    const d = currentLocals() as PyDict;
    const names = d.keys.filter((k): k is PyStr => k instanceof PyStr).map((k) => k.value).sort();
    decref(d);
    return listSteal(names.map((n) => newStr(n)));
  }
  return listSteal(dirOf(args[0] as PyObject).map((n) => newStr(n)));
};

const builtinVars: NativeFn = (_s, args, kw) => {
  positional('vars', 'vars', args, kw, 0, 1);
  if (args.length === 0) return currentLocals();
  const o = args[0] as PyObject;
  let v: PyObject | null = null;
  try {
    v = getAttrOrNull(o, '__dict__');
  } catch (e) {
    // The object __dict__ descriptor reports a missing dict as a TypeError here.
    if (!(e instanceof Raised) || !(isSubtype(e.exc.ob_type, exc.AttributeError) || e.exc.ob_type === exc.TypeError)) throw e;
    decref(e.exc);
  }
  if (v === null) typeError('vars() argument must have __dict__ attribute');
  return v;
};

function isInstanceOf(o: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyTuple) return cls.items.some((c) => isInstanceOf(o, c));
  if (!(cls instanceof PyType)) typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
  if (isSubtype(o.ob_type, cls)) return true;
  const check = typeLookup(cls.ob_type, '__instancecheck__');
  if (check !== null && cls.ob_type.isHeapType()) {
    const r = callDunder(cls, '__instancecheck__', [o]);
    if (r !== null) {
      try {
        return isTrue(r);
      } finally {
        decref(r);
      }
    }
  }
  return instanceViaClassAttr(o, cls);
}

/** recursive_isinstance: an object may claim another class through __class__ (weakref proxies do). */
function instanceViaClassAttr(o: PyObject, cls: PyType): boolean {
  const icls = getAttrOrNull(o, '__class__');
  if (icls === null) return false;
  try {
    return icls !== o.ob_type && icls instanceof PyType && isSubtype(icls, cls);
  } finally {
    decref(icls);
  }
}

function isSubclassOf(c: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyTuple) return cls.items.some((x) => isSubclassOf(c, x));
  if (!(cls instanceof PyType)) typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  if (!(c instanceof PyType)) typeError('issubclass() arg 1 must be a class');
  if (isSubtype(c, cls)) return true;
  if (cls.ob_type.isHeapType() && typeLookup(cls.ob_type, '__subclasscheck__') !== null) {
    const r = callDunder(cls, '__subclasscheck__', [c]);
    if (r !== null) {
      try {
        return isTrue(r);
      } finally {
        decref(r);
      }
    }
  }
  return false;
}

// ---- installation -------------------------------------------------------------------------------

export function installExtraBuiltins(d: PyDict): void {
  const types: [string, PyType][] = [
    ['set', SetType], ['frozenset', FrozenSetType], ['bytes', BytesType], ['bytearray', ByteArrayType],
    ['map', MapType], ['filter', FilterType], ['zip', ZipType], ['reversed', ReversedType], ['enumerate', EnumerateType],
    ['slice', SliceType], ['complex', ComplexType],
  ];
  for (const [name, t] of types) dictSetStr(d, name, t);
  for (const t of EXTRA_EXCEPTIONS) dictSetStr(d, t.tp_name, t);
  def(d, 'abs', builtinAbs);
  def(d, 'divmod', builtinDivmod);
  def(d, 'pow', builtinPow);
  def(d, 'round', builtinRound);
  def(d, 'sum', builtinSum);
  def(d, 'min', minmax('min', PY_LT));
  def(d, 'max', minmax('max', PY_GT));
  def(d, 'any', anyAll('any', true));
  def(d, 'all', anyAll('all', false));
  def(d, 'bin', baseRepr('bin', 2, '0b'));
  def(d, 'oct', baseRepr('oct', 8, '0o'));
  def(d, 'hex', baseRepr('hex', 16, '0x'));
  def(d, 'ascii', (_s, a, k) => newStr(asciiRepr(oneArg('ascii', a, k))));
  def(d, 'repr', (_s, a, k) => newStr(pyRepr(oneArg('repr', a, k))));
  def(d, 'callable', (_s, a, k) => pyBool(oneArg('callable', a, k).ob_type.tp_call !== null));
  def(d, 'chr', (_s, a, k) => {
    const v = indexValue(oneArg('chr', a, k));
    if (v < 0 || v > 0x10ffff) valueError('chr() arg not in range(0x110000)');
    return newStr(String.fromCodePoint(Number(v)));
  });
  def(d, 'ord', (_s, a, k) => {
    const c = oneArg('ord', a, k);
    if (c instanceof PyBytes) {
      if (c.value.length !== 1) typeError(`ord() expected a character, but string of length ${c.value.length} found`);
      return newInt(c.value[0] as number);
    }
    if (!(c instanceof PyStr)) typeError(`ord() expected string of length 1, but ${typeName(c)} found`);
    const cps = Array.from(c.value);
    if (cps.length !== 1) typeError(`ord() expected a character, but string of length ${cps.length} found`);
    return newInt((cps[0] as string).codePointAt(0) as number);
  });
  def(d, 'hash', (_s, a, k) => newInt(hashObject(oneArg('hash', a, k))));
  def(d, 'len', (_s, a, k) => newInt(length(oneArg('len', a, k))));
  def(d, 'format', (_s, a, k) => {
    positional('format', 'format', a, k, 1, 2);
    const spec = a[1];
    if (spec !== undefined && !(spec instanceof PyStr)) typeError(`format() argument 2 must be str, not ${typeName(spec)}`);
    return formatObject(a[0] as PyObject, spec === undefined ? '' : spec.value);
  });
  def(d, 'sorted', (_s, args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length - nkw !== 1) typeError(`sorted expected 1 argument, got ${args.length - nkw}`);
    const [iterable, key, rev] = clinic('sorted', args, kwnames, { names: ['', 'key', 'reverse'], posOnly: 1, required: 1, kwOnly: 1 });
    const l = listSteal([]);
    try {
      listExtend(l, iterable as PyObject);
      sortList(l, key === undefined || key === None ? null : key, rev !== undefined && isTrue(rev));
    } catch (e) {
      decref(l);
      throw e;
    }
    return l;
  });
  def(d, 'iter', (_s, a, k) => {
    positional('iter', 'iter', a, k, 1, 2);
    if (a.length === 2) return callIterNew(a[0] as PyObject, a[1] as PyObject);
    return getIter(a[0] as PyObject);
  });
  def(d, 'getattr', builtinGetattr);
  def(d, 'setattr', (_s, a, k) => {
    positional('setattr', 'setattr', a, k, 3, 3);
    setAttr(a[0] as PyObject, attrName('setattr', a[1] as PyObject), a[2] as PyObject);
    return None;
  });
  def(d, 'delattr', (_s, a, k) => {
    positional('delattr', 'delattr', a, k, 2, 2);
    setAttr(a[0] as PyObject, attrName('delattr', a[1] as PyObject), null);
    return None;
  });
  def(d, 'hasattr', (_s, a, k) => {
    positional('hasattr', 'hasattr', a, k, 2, 2);
    const name = attrName('hasattr', a[1] as PyObject);
    try {
      const v = getAttrOrNull(a[0] as PyObject, name);
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
  def(d, 'isinstance', (_s, a, k) => {
    positional('isinstance', 'isinstance', a, k, 2, 2);
    return pyBool(isInstanceOf(a[0] as PyObject, a[1] as PyObject));
  });
  def(d, 'issubclass', (_s, a, k) => {
    positional('issubclass', 'issubclass', a, k, 2, 2);
    return pyBool(isSubclassOf(a[0] as PyObject, a[1] as PyObject));
  });
  def(d, 'locals', (_s, a, k) => {
    positional('locals', 'locals', a, k, 0, 0);
    return currentLocals();
  });
  def(d, 'globals', (_s, a, k) => {
    positional('globals', 'globals', a, k, 0, 0);
    return ts.frame === null ? dictNew() : newref(ts.frame.globals);
  });
  def(d, 'vars', builtinVars);
  def(d, 'dir', builtinDir);
  def(d, 'exec', builtinExec);
  def(d, 'eval', builtinEval);
  def(d, 'input', (_s, a, k) => {
    positional('input', 'input', a, k, 0, 1);
    if (a.length) ts.stdout(pyStrOf(a[0] as PyObject));
    return raise(exc.EOFError, 'EOF when reading a line');
  });
  const exit: NativeFn = (_s, a) => raise(exc.SystemExit, null, a[0] ?? None);
  def(d, 'exit', exit);
  def(d, 'quit', exit);
  installModules();
  installComplexMethods();
  installSlotWrappers();
  installIteratorWrappers();
  installBuiltinAttrs();
  registerInitFilledBase(PropertyType);
  // NoneType(), type(NotImplemented)() and type(...)() return their singletons.
  for (const [t, v] of [[NoneType, None], [NotImplementedType, NotImplemented], [EllipsisType, Ellipsis]] as const) {
    t.tp_new = (_t, a, k) => {
      if (a.length || (k !== null && k.length)) typeError(`${t.tp_name} takes no arguments`);
      return v;
    };
  }
  // Types hash and compare by identity (object's slots); TypeType is built before inheritance runs.
  TypeType.tp_hash ??= objectHash;
  TypeType.tp_richcompare ??= objectRichCompare;
  installIntSlots();
  installFloatSlots();
  dictSetStr(d, 'IOError', exc.OSError);
  dictSetStr(d, 'EnvironmentError', exc.OSError);
  void dictGetStr;
  void StrType;
  void incref;
}

function pyStrOf(o: PyObject): string {
  return pyStr(o);
}

export type { PyList };
