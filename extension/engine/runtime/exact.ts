/**
 * Exact arithmetic on doubles through BigInt: a double is m * 2**e exactly, so sums, products
 * and square roots of doubles can be computed exactly and rounded once, the way CPython's
 * correctly rounded routines (fma, hypot, dist, sumprod, isqrt) end up.
 */
import { frexpExact } from './hash';

/** A value m * 2**e (m signed). */
export interface Exact {
  m: bigint;
  e: number;
}

export function exactOf(x: number): Exact {
  if (x === 0) return { m: 0n, e: 0 };
  const { m, e } = frexpExact(x);
  return { m: x < 0 ? -m : m, e };
}

function align(a: Exact, b: Exact): [bigint, bigint, number] {
  if (a.m === 0n) return [0n, b.m, b.e];
  if (b.m === 0n) return [a.m, 0n, a.e];
  const e = Math.min(a.e, b.e);
  return [a.m << BigInt(a.e - e), b.m << BigInt(b.e - e), e];
}

export function exactAdd(a: Exact, b: Exact): Exact {
  const [x, y, e] = align(a, b);
  return { m: x + y, e };
}

export function exactMul(a: Exact, b: Exact): Exact {
  return { m: a.m * b.m, e: a.e + b.e };
}

function bitLength(v: bigint): number {
  return v === 0n ? 0 : v.toString(2).length;
}

/** m * 2**e rounded to the nearest double, ties to even (with a sticky bit for inexact inputs). */
export function exactToDouble(x: Exact, sticky = false): number {
  let m = x.m;
  if (m === 0n) return 0;
  const neg = m < 0n;
  if (neg) m = -m;
  let e = x.e;
  const bits = bitLength(m);
  // Keep 53 significant bits, or fewer where the result is subnormal (exponent floor -1074).
  const shift = Math.max(bits - 53, -1074 - e);
  if (shift > 0) {
    const S = BigInt(shift);
    let q = m >> S;
    const rem = m - (q << S);
    const half = 1n << (S - 1n);
    if (rem > half || (rem === half && (sticky || (q & 1n) === 1n))) q += 1n;
    m = q;
    e += shift;
  } else if (shift < 0) {
    // Exact already; nothing to round.
  }
  if (e + bitLength(m) > 1024) return neg ? -Infinity : Infinity;
  const r = Number(m) * 2 ** e;
  return neg ? -r : r;
}

/** Integer square root (floor). */
export function isqrtBig(n: bigint): bigint {
  if (n < 0n) throw new RangeError('isqrt of negative');
  if (n < 2n) return n;
  // Start above the root (2**ceil(bits/2)); Newton's steps then descend to it.
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  // Newton from an estimate; the loop settles on floor(sqrt(n)).
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) {
      if (x * x > n) {
        x -= 1n;
        continue;
      }
      while ((x + 1n) * (x + 1n) <= n) x += 1n;
      return x;
    }
    x = y;
  }
}

/** The correctly rounded square root of a nonnegative exact value. */
export function exactSqrt(x: Exact): number {
  if (x.m === 0n) return 0;
  let m = x.m;
  let e = x.e;
  if (e % 2 !== 0) {
    m <<= 1n;
    e -= 1;
  }
  // Scale so the root has at least 60 bits, then round with a sticky bit.
  const extra = Math.max(0, 120 - bitLength(m));
  const k = extra + (extra % 2);
  const scaled = m << BigInt(k);
  const r = isqrtBig(scaled);
  const inexact = r * r !== scaled;
  return exactToDouble({ m: r, e: (e - k) / 2 }, inexact);
}

/**
 * x ** n for a finite double and an integer n, correctly rounded as the C library's pow is
 * (V8's Math.pow can be off by an ulp, e.g. for 10 ** -64). Small exponents use plain
 * arithmetic where that is already a single rounding.
 */
export function powInt(x: number, n: number): number {
  if (n === 0) return 1;
  if (n === 1) return x;
  if (n === 2) return x * x;
  if (n === -1) return 1 / x;
  if (!Number.isFinite(x) || x === 0 || Math.abs(n) > 2200) return Math.pow(x, n);
  const { m, e } = exactOf(Math.abs(x));
  const neg = x < 0 && n % 2 !== 0;
  const k = Math.abs(n);
  const mk = m ** BigInt(k);
  let r: number;
  if (n > 0) r = exactToDouble({ m: mk, e: e * k });
  else {
    // 1 / (mk * 2**(e*k)): divide with enough quotient bits, then round once.
    const shift = mk.toString(2).length + 60;
    const q = (1n << BigInt(shift)) / mk;
    const inexact = q * mk !== 1n << BigInt(shift);
    r = exactToDouble({ m: q, e: -shift - e * k }, inexact);
  }
  return neg ? -r : r;
}
