/** float objects and the int/float mixed arithmetic (CPython's floatobject.c semantics). */
import { cpythonAtLeast, semantics } from '../profile';
import { PyObject } from './object';
import { makeStaticType, TPFLAGS_BASETYPE } from './type';
import { objFree } from './heap';
import { NotImplemented } from './singletons';
import { raise, typeError, zeroDivision } from './errors';
import { OverflowError, ZeroDivisionError } from './exceptions';
import { IntType, PyInt, big, intPow, intTrueDiv, newInt, True, False } from './int';
import { reprFloat } from '../text/repr';
import { recorder } from '../trace/recorder';
import * as ops from './ops';
import { hashFloatValue } from './hash';
import { powInt } from './exact';

/** A negative base to a fractional power gives a complex: set by complex.ts (importing it here would load it too early). */
export const floatPowHook: { complex: ((x: number, y: number) => PyObject) | null } = { complex: null };

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
  if (b === 0) zeroDivision(cpythonAtLeast(13) ? 'float modulo by zero' : 'float modulo');
  let m = a % b;
  if (m !== 0) {
    if ((b < 0) !== (m < 0)) m += b;
  } else m = b < 0 ? -0 : 0;
  return m;
}

function floatFloorDiv(a: number, b: number): number {
  if (b === 0) zeroDivision('float floor division by zero');
  const m = a % b;
  let div = (a - m) / b;
  if (m !== 0 && (b < 0) !== (m < 0)) div -= 1;
  // A zero quotient keeps the sign of the true quotient (copysign(0.0, vx / wx)).
  if (div === 0) return a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  const floordiv = Math.floor(div);
  return div - floordiv > 0.5 ? floordiv + 1 : floordiv;
}

/** The OverflowError text of a float overflow (libm's errno message on the reference platform). */
export const FLOAT_OVERFLOW_MESSAGE = "(68, 'Result not representable')";

function floatPow(a: number, b: number): number | PyObject {
  // C's pow differs from Math.pow for these (pow(1, nan) is 1, pow(-1, inf) is 1).
  if (b === 0 || a === 1) return 1;
  if ((a === -1) && !Number.isFinite(b) && !Number.isNaN(b)) return 1;
  if (a === 0 && b < 0) raise(ZeroDivisionError, semantics().newErrorTexts ? 'zero to a negative power' : '0.0 cannot be raised to a negative power');
  if (a < 0 && Number.isFinite(a) && Number.isFinite(b) && !Number.isInteger(b)) return (floatPowHook.complex as (x: number, y: number) => PyObject)(a, b);
  const r = Number.isInteger(b) ? powInt(a, b) : Math.pow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) raise(OverflowError, FLOAT_OVERFLOW_MESSAGE);
  return r;
}

/** Binary ops where at least one side is a float, or int ** negative int / int / int. */
export function floatBinop(a: PyObject, b: PyObject, op: number): PyObject {
  if (a instanceof PyInt && b instanceof PyInt) {
    if (op === ops.NB_TRUE_DIVIDE) return newFloat(intTrueDiv(a.value, b.value));
    if (op === ops.NB_POWER) {
      const r = intPow(a.value, b.value);
      if (r !== null) return r;
      const p = floatPow(asDouble(a) as number, asDouble(b) as number);
      return typeof p === 'number' ? newFloat(p) : p;
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
      if (y === 0) zeroDivision('float division by zero');
      return newFloat(x / y);
    case ops.NB_FLOOR_DIVIDE: return newFloat(floatFloorDiv(x, y));
    case ops.NB_REMAINDER: return newFloat(floatMod(x, y));
    case ops.NB_POWER: {
      const p = floatPow(x, y);
      return typeof p === 'number' ? newFloat(p) : p;
    }
    default: return NotImplemented;
  }
}

FloatType.nb_binop = floatBinop;
FloatType.tp_repr = (o) => reprFloat((o as PyFloat).value);
FloatType.nb_bool = (o) => (o as PyFloat).value !== 0;
FloatType.tp_hash = (o) => {
  const v = (o as PyFloat).value;
  // Since 3.10 a NaN hashes by identity, like any object.
  return Number.isNaN(v) ? o.ob_id : hashFloatValue(v);
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
  return typeError("bad operand type for unary ~: 'float'");
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
