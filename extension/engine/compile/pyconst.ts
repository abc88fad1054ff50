/**
 * Constants as the compiler reasons about them: the AST's ConstantValue, plus the complex numbers
 * with a real part that CPython's preprocessing folds out of match patterns (`-1 + 2j`). Python's
 * type names, repr() and `==` on them, for the compiler's messages and duplicate-key check.
 */
import type { ConstantValue } from '../syntax/constant';
import { reprConstant } from '../syntax/dump';
import { reprFloat } from '../text/repr';

export type PyConst = ConstantValue | { readonly kind: 'complexPair'; readonly real: number; readonly imag: number };

/** type(v).__name__ */
export function typeName(v: PyConst): string {
  if (v === null) return 'NoneType';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'string':
      return 'str';
    default:
      break;
  }
  switch (v.kind) {
    case 'bytes':
      return 'bytes';
    case 'complex':
    case 'complexPair':
      return 'complex';
    case 'ellipsis':
      return 'ellipsis';
    default: {
      const unreachable: never = v;
      throw new Error(`unknown constant ${String(unreachable)}`);
    }
  }
}

export function reprConst(v: PyConst): string {
  if (v !== null && typeof v === 'object' && v.kind === 'complexPair') return reprComplex(v.real, v.imag);
  return reprConstant(v as ConstantValue);
}

/** complex.__repr__: "1j" for a pure imaginary with +0.0 real part, else "(re±imj)". */
function reprComplex(real: number, imag: number): string {
  const im = reprFloat(imag, false);
  if (real === 0 && !Object.is(real, -0)) return `${im}j`;
  const sign = imag < 0 || Object.is(imag, -0) || (Number.isNaN(imag) && im.startsWith('-')) ? '' : '+';
  return `(${reprFloat(real, false)}${sign}${im}j)`;
}

/** A number as (real, imag) for arithmetic; null for non-numbers. bool and int become floats only when mixed. */
type Num = { kind: 'int'; value: bigint } | { kind: 'float'; value: number } | { kind: 'complex'; real: number; imag: number };

function asNumber(v: PyConst): Num | null {
  if (typeof v === 'boolean') return { kind: 'int', value: v ? 1n : 0n };
  if (typeof v === 'bigint') return { kind: 'int', value: v };
  if (typeof v === 'number') return { kind: 'float', value: v };
  if (v !== null && typeof v === 'object') {
    if (v.kind === 'complex') return { kind: 'complex', real: 0, imag: v.imag };
    if (v.kind === 'complexPair') return { kind: 'complex', real: v.real, imag: v.imag };
  }
  return null;
}

function fromNumber(n: Num): PyConst {
  switch (n.kind) {
    case 'int':
      return n.value;
    case 'float':
      return n.value;
    case 'complex':
      return { kind: 'complexPair', real: n.real, imag: n.imag };
    default: {
      const unreachable: never = n;
      throw new Error(`unknown number ${String(unreachable)}`);
    }
  }
}

function toComplex(n: Num): { real: number; imag: number } {
  if (n.kind === 'complex') return n;
  return { real: n.kind === 'int' ? Number(n.value) : n.value, imag: 0 };
}

/** -v, or null where Python would raise (the fold is then skipped). */
export function negate(v: PyConst): PyConst | null {
  const n = asNumber(v);
  if (n === null) return null;
  switch (n.kind) {
    case 'int':
      return -n.value;
    case 'float':
      return -n.value;
    case 'complex':
      return { kind: 'complexPair', real: -n.real, imag: -n.imag };
    default: {
      const unreachable: never = n;
      throw new Error(`unknown number ${String(unreachable)}`);
    }
  }
}

/** a + b or a - b on numbers, or null where Python would raise. */
export function addOrSubtract(a: PyConst, b: PyConst, subtract: boolean): PyConst | null {
  const x = asNumber(a);
  const y = asNumber(b);
  if (x === null || y === null) return null;
  if (x.kind === 'int' && y.kind === 'int') return subtract ? x.value - y.value : x.value + y.value;
  if (x.kind !== 'complex' && y.kind !== 'complex') {
    const p = x.kind === 'int' ? Number(x.value) : x.value;
    const q = y.kind === 'int' ? Number(y.value) : y.value;
    return subtract ? p - q : p + q;
  }
  const p = toComplex(x);
  const q = toComplex(y);
  return fromNumber({
    kind: 'complex',
    real: subtract ? p.real - q.real : p.real + q.real,
    imag: subtract ? p.imag - q.imag : p.imag + q.imag,
  });
}

/** Python's `a == b` between two constants (as a set uses it: numbers compare across types). */
export function constEquals(a: PyConst, b: PyConst): boolean {
  const x = asNumber(a);
  const y = asNumber(b);
  if (x !== null || y !== null) {
    if (x === null || y === null) return false;
    const p = toExact(x);
    const q = toExact(y);
    return equalParts(p.real, q.real) && equalParts(p.imag, q.imag);
  }
  if (a === null || b === null) return a === b;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (a.kind === 'bytes' && b.kind === 'bytes') {
    return a.value.length === b.value.length && a.value.every((byte, i) => byte === b.value[i]);
  }
  return a.kind === 'ellipsis' && b.kind === 'ellipsis';
}

/** A number's parts, ints kept exact: a huge int equals a float only when exactly the same value. */
function toExact(n: Num): { real: bigint | number; imag: number } {
  if (n.kind === 'int') return { real: n.value, imag: 0 };
  if (n.kind === 'float') return { real: n.value, imag: 0 };
  return { real: n.real, imag: n.imag };
}

function equalParts(p: bigint | number, q: bigint | number): boolean {
  if (typeof p === 'bigint' && typeof q === 'bigint') return p === q;
  if (typeof p === 'number' && typeof q === 'number') return p === q;
  const big = (typeof p === 'bigint' ? p : q) as bigint;
  const float = (typeof p === 'number' ? p : q) as number;
  return Number.isInteger(float) && BigInt(float) === big;
}
