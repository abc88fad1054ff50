/**
 * Exact decimal conversion of doubles, as CPython's PyOS_double_to_string does it with David
 * Gay's dtoa: 'f', 'e' and 'g' round the exact binary value half-to-even at the requested digit
 * (JS toFixed/toExponential round ties away from zero, and toFixed gives up above 1e21), and
 * round(x, n) is the correctly rounded decimal read back as a double.
 */
import { frexpExact } from './hash';
import { reprFloat } from '../text/repr';

const TEN = 10n;
const pow10Cache: bigint[] = [1n];
function pow10(n: number): bigint {
  while (pow10Cache.length <= n) pow10Cache.push((pow10Cache[pow10Cache.length - 1] as bigint) * TEN);
  return pow10Cache[n] as bigint;
}

/** round(num / den) with ties to even, for positive den. */
function divRoundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r = num - q * den;
  const twice = 2n * r;
  if (twice > den || (twice === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** |x| * 10**k rounded half-even to an integer (x finite). */
function scaledRound(x: number, k: number): bigint {
  if (x === 0) return 0n;
  const { m, e } = frexpExact(x);
  let num = m;
  let den = 1n;
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  if (k >= 0) num *= pow10(k);
  else den *= pow10(-k);
  return divRoundHalfEven(num, den);
}

/** Digits of |x| with `prec` places after the point, '%.{prec}f' without the sign. */
export function fixedDigits(x: number, prec: number): string {
  const n = scaledRound(x, prec).toString();
  if (prec === 0) return n;
  const padded = n.padStart(prec + 1, '0');
  return padded.slice(0, padded.length - prec) + '.' + padded.slice(padded.length - prec);
}

/** The sign of |x| - 10**p, exactly (x finite, nonzero). */
function comparePow10(x: number, p: number): number {
  const { m, e } = frexpExact(x);
  let left = m;
  let right = 1n;
  if (e >= 0) left <<= BigInt(e);
  else right <<= BigInt(-e);
  if (p >= 0) right *= pow10(p);
  else left *= pow10(-p);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The decimal exponent E with 10**E <= |x| < 10**(E+1) (x finite, nonzero). */
function decimalExponent(x: number): number {
  let e = Math.floor(Math.log10(Math.abs(x)));
  // log10 may be off by one near powers of ten; settle it exactly.
  while (comparePow10(x, e) < 0) e--;
  while (comparePow10(x, e + 1) >= 0) e++;
  return e;
}

/** |x| rounded to `digits` significant digits: the digit string and the exponent of its first digit. */
export function significant(x: number, digits: number): { d: string; exp: number } {
  if (x === 0) return { d: '0'.repeat(digits), exp: 0 };
  let exp = decimalExponent(x);
  let n = scaledRound(x, digits - 1 - exp);
  if (n >= pow10(digits)) {
    exp++;
    n = scaledRound(x, digits - 1 - exp);
  } else if (n < pow10(digits - 1)) {
    exp--;
    n = scaledRound(x, digits - 1 - exp);
  }
  return { d: n.toString(), exp };
}

function expSuffix(exp: number): string {
  return (exp < 0 ? 'e-' : 'e+') + String(Math.abs(exp)).padStart(2, '0');
}

/** '%.{prec}e' of |x| (no sign); `alt` keeps the point when prec is 0. */
export function expDigits(x: number, prec: number, alt: boolean): string {
  const { d, exp } = significant(x, prec + 1);
  const mant = prec === 0 ? d + (alt ? '.' : '') : d[0] + '.' + d.slice(1);
  return mant + expSuffix(exp);
}

/** '%.{prec}g' of |x| (no sign): CPython's rule, trailing zeros removed unless `alt`. */
export function generalDigits(x: number, prec: number, alt: boolean, addDot0 = false): string {
  const p = prec === 0 ? 1 : prec;
  const { d, exp } = x === 0 ? { d: '0'.repeat(p), exp: 0 } : significant(x, p);
  let s: string;
  // With ".0" to be appended, an integer filling all p digits switches to exponent form.
  if (exp >= -4 && exp < (addDot0 ? p - 1 : p)) {
    // Positional: p significant digits with the point after digit exp + 1.
    if (exp >= 0) s = d.slice(0, exp + 1) + (exp + 1 < p ? '.' + d.slice(exp + 1) : alt ? '.' : '');
    else s = '0.' + '0'.repeat(-exp - 1) + d;
    if (!alt && s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
    return s;
  }
  let mant = d.length > 1 ? d[0] + '.' + d.slice(1) : d + (alt ? '.' : '');
  if (!alt && mant.includes('.')) mant = mant.replace(/0+$/, '').replace(/\.$/, '');
  return mant + expSuffix(exp);
}

export interface FloatFormat {
  /** 'f', 'F', 'e', 'E', 'g', 'G' or 'r' (repr). */
  type: string;
  precision: number;
  alt: boolean;
  /** Append ".0" to results that look like integers (format type '' and str()). */
  addDot0: boolean;
  /** 'z': a negative result that rounds to zero loses its sign. */
  noNegZero: boolean;
}

/** PyOS_double_to_string: the text of x, with a leading '-' when negative. */
export function doubleToString(x: number, f: FloatFormat): string {
  const upper = f.type === 'F' || f.type === 'E' || f.type === 'G';
  if (Number.isNaN(x)) return upper ? 'NAN' : 'nan';
  const neg = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) return (neg ? '-' : '') + (upper ? 'INF' : 'inf');
  const ax = Math.abs(x);
  let body: string;
  switch (f.type) {
    case 'f':
    case 'F':
      body = fixedDigits(ax, f.precision);
      if (f.alt && f.precision === 0) body += '.';
      break;
    case 'e':
    case 'E':
      body = expDigits(ax, f.precision, f.alt);
      break;
    case 'g':
    case 'G':
      body = generalDigits(ax, f.precision, f.alt, f.addDot0);
      break;
    default:
      body = reprFloat(ax, false);
      // '#' keeps a decimal point even in the exponent form: '1.e+16'.
      if (f.alt && body.includes('e') && !body.includes('.')) body = body.replace('e', '.e');
      break;
  }
  if (upper) body = body.toUpperCase();
  if (f.addDot0 && !/[.eEn]/.test(body)) body += '.0';
  let sign = neg ? '-' : '';
  if (f.noNegZero && neg && !/[1-9]/.test(body.replace(/[eE][+-]\d+$/, ''))) sign = '';
  return sign + body;
}

/** round(x, ndigits) for a finite float: the correctly rounded decimal, read back as a double. */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  // Beyond these the result is x itself (or a signed zero), as in CPython's double_round.
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0 * x;
  const n = scaledRound(x, ndigits);
  const text = ndigits >= 0 ? `${n.toString()}e-${ndigits}` : `${n.toString()}e${-ndigits}`;
  const r = Number(text);
  return x < 0 ? -r : r;
}
