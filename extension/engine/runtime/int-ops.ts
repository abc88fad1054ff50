/** Integer helpers of the builtins: divmod for ints and floats, and three-argument pow. */
import type { PyObject } from './object';
import { PyInt, newInt, normInt, type IntValue } from './int';
import { PyFloat, newFloat } from './float';
import { tupleSteal } from './tuple';
import { valueError, zeroDivision } from './errors';

export function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
}

export function intDivmod(a: IntValue, b: IntValue): PyObject {
  const x = BigInt(a);
  const y = BigInt(b);
  if (y === 0n) zeroDivision('integer division or modulo by zero');
  const q = floorDivBig(x, y);
  return tupleSteal([newInt(normInt(q)), newInt(normInt(x - q * y))]);
}

/** float_divmod, including its signed-zero rules. */
export function floatDivmodValues(vx: number, wx: number): [number, number] {
  if (wx === 0) zeroDivision('float divmod()');
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = wx < 0 ? -0 : 0;
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  return [floordiv, mod];
}

function toDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  return Number((o as PyInt).value);
}

export function floatDivmod(a: PyObject, b: PyObject): PyObject {
  const [q, r] = floatDivmodValues(toDouble(a), toDouble(b));
  return tupleSteal([newFloat(q), newFloat(r)]);
}

/** Modular inverse by the extended Euclidean algorithm, or null when none exists. */
function modInverse(a: bigint, m: bigint): bigint | null {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) return null;
  return ((s0 % m) + m) % m;
}

/** pow(a, b, m) for ints: the result takes the sign of m; negative b uses the inverse of a. */
export function intPowMod(a: IntValue, b: IntValue, m: IntValue): PyObject {
  let base = BigInt(a);
  let exp = BigInt(b);
  const mod = BigInt(m);
  if (mod === 0n) valueError('pow() 3rd argument cannot be 0');
  const am = mod < 0n ? -mod : mod;
  if (exp < 0n) {
    const inv = modInverse(base, am);
    if (inv === null) valueError('base is not invertible for the given modulus');
    base = inv;
    exp = -exp;
  }
  let result = 1n % am;
  base = ((base % am) + am) % am;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % am;
    base = (base * base) % am;
    exp >>= 1n;
  }
  if (mod < 0n && result !== 0n) result -= am;
  return newInt(normInt(result));
}
