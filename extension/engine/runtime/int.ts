/**
 * int (arbitrary precision) and bool. A value is a JS number while it is a safe integer and a
 * bigint beyond, so the common case stays in doubles. -5..256 are cached immortal objects, which
 * is what makes `a is b` true for small ints computed at run time and false for large ones.
 */
import { PyObject } from './object';
import { IMMORTAL_REFCNT, makeStaticType, TPFLAGS_BASETYPE } from './type';
import { objFree } from './heap';
import { NotImplemented } from './singletons';
import { raise, zeroDivision } from './errors';
import { OverflowError, ValueError } from './exceptions';
import * as ops from './ops';
import { hashIntValue } from './hash';
import { exactToDouble } from './exact';

export const IntType = makeStaticType('int', 'int', { flags: TPFLAGS_BASETYPE, dealloc: (o) => objFree(o) });
export const BoolType = makeStaticType('bool', 'int', { base: IntType });

export type IntValue = number | bigint;

export class PyInt extends PyObject {
  readonly value: IntValue;
  constructor(value: IntValue, type = IntType) {
    super(type);
    this.value = value;
  }
}

const SMALL_MIN = -5;
const SMALL_MAX = 256;
const small: PyInt[] = [];
for (let v = SMALL_MIN; v <= SMALL_MAX; v++) {
  const o = new PyInt(v);
  o.ob_refcnt = IMMORTAL_REFCNT;
  small.push(o);
}

export const False = new PyInt(0, BoolType);
export const True = new PyInt(1, BoolType);
False.ob_refcnt = IMMORTAL_REFCNT;
True.ob_refcnt = IMMORTAL_REFCNT;

export function pyBool(b: boolean): PyInt {
  return b ? True : False;
}

/** Normalizes to a number when safe. */
export function normInt(v: bigint): IntValue {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** A new reference to an int with value v (cached for small values). */
export function newInt(v: IntValue): PyInt {
  if (typeof v === 'bigint') {
    v = normInt(v);
    if (typeof v === 'bigint') return new PyInt(v);
  }
  if (v >= SMALL_MIN && v <= SMALL_MAX) return small[v - SMALL_MIN] as PyInt;
  return new PyInt(v);
}

export function isInt(o: PyObject): o is PyInt {
  return o instanceof PyInt;
}

export function big(v: IntValue): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

function floorDiv(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivision('integer division or modulo by zero');
    return Math.floor(a / b) === a / b || Math.abs(a) < 2 ** 52 ? Math.floor(a / b) : normInt(floorDivBig(BigInt(a), BigInt(b)));
  }
  const bb = big(b);
  if (bb === 0n) zeroDivision('integer division or modulo by zero');
  return normInt(floorDivBig(big(a), bb));
}

function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function mod(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) zeroDivision('integer modulo by zero');
    const r = a % b;
    return r !== 0 && (r < 0) !== (b < 0) ? r + b : r === 0 ? 0 : r;
  }
  const bb = big(b);
  if (bb === 0n) zeroDivision('integer modulo by zero');
  const r = big(a) % bb;
  return normInt(r !== 0n && (r < 0n) !== (bb < 0n) ? r + bb : r);
}

export function intPow(a: IntValue, b: IntValue): PyObject | null {
  if (big(b) < 0n) return null;
  return newInt(normInt(big(a) ** big(b)));
}

/** True division of ints, correctly rounded as CPython's long_true_divide is for moderate sizes. */
export function intTrueDiv(a: IntValue, b: IntValue): number {
  if (big(b) === 0n) zeroDivision();
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  const r = ratioToDouble(big(a), big(b));
  if (!Number.isFinite(r)) raise(OverflowError, 'integer division result too large for a float');
  return r;
}

/** n / d correctly rounded to a double (long_true_divide's result for any sizes). */
function ratioToDouble(n: bigint, d: bigint): number {
  const neg = n < 0n !== d < 0n;
  if (n < 0n) n = -n;
  if (d < 0n) d = -d;
  if (n === 0n) return neg ? -0 : 0;
  const shift = 55 - (n.toString(2).length - d.toString(2).length);
  const N = shift >= 0 ? n << BigInt(shift) : n;
  const D = shift >= 0 ? d : d << BigInt(-shift);
  const q = N / D;
  return exactToDouble({ m: neg ? -q : q, e: -shift }, q * D !== N);
}

/** The int-int arithmetic; the float module handles true division and negative powers. */
export function intBinop(a: IntValue, b: IntValue, op: number): IntValue | null {
  switch (op) {
    case ops.NB_ADD:
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        return Number.isSafeInteger(r) ? r : normInt(BigInt(a) + BigInt(b));
      }
      return normInt(big(a) + big(b));
    case ops.NB_SUBTRACT:
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a - b;
        return Number.isSafeInteger(r) ? r : normInt(BigInt(a) - BigInt(b));
      }
      return normInt(big(a) - big(b));
    case ops.NB_MULTIPLY:
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a * b;
        return Number.isSafeInteger(r) ? (r === 0 ? 0 : r) : normInt(BigInt(a) * BigInt(b));
      }
      return normInt(big(a) * big(b));
    case ops.NB_FLOOR_DIVIDE:
      return floorDiv(a, b);
    case ops.NB_REMAINDER:
      return mod(a, b);
    case ops.NB_AND:
      return typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b ? a & b : normInt(big(a) & big(b));
    case ops.NB_OR:
      return typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b ? a | b : normInt(big(a) | big(b));
    case ops.NB_XOR:
      return typeof a === 'number' && typeof b === 'number' && (a | 0) === a && (b | 0) === b ? a ^ b : normInt(big(a) ^ big(b));
    case ops.NB_LSHIFT:
      if (big(b) < 0n) raise(ValueError, 'negative shift count');
      return normInt(big(a) << big(b));
    case ops.NB_RSHIFT:
      if (big(b) < 0n) raise(ValueError, 'negative shift count');
      return normInt(big(a) >> big(b));
    default:
      return null;
  }
}

IntType.nb_binop = (a, b, op) => {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return NotImplemented;
  if (op === ops.NB_TRUE_DIVIDE || op === ops.NB_POWER) return NotImplemented;
  const r = intBinop(a.value, b.value, op);
  return r === null ? NotImplemented : newInt(r);
};

export function intRepr(o: PyObject): string {
  return String((o as PyInt).value);
}

IntType.tp_repr = intRepr;
BoolType.tp_repr = (o) => ((o as PyInt).value ? 'True' : 'False');
IntType.nb_bool = (o) => { const v = (o as PyInt).value; return v !== 0 && v !== 0n; };
IntType.nb_index = (o) => {
  o.ob_refcnt++;
  return o;
};

/** CPython's numeric hash (see hash.ts for the width). */
export function intHash(v: IntValue): number {
  return hashIntValue(v);
}
IntType.tp_hash = (o) => intHash((o as PyInt).value);

export const SMALL_INTS = { min: SMALL_MIN, max: SMALL_MAX };
