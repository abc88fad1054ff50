/**
 * Python strs are sequences of code points; JS strings are UTF-16. These helpers convert between
 * code-point and UTF-16 positions, taking the fast path (identical positions) for the common
 * strings without surrogate pairs.
 */

const SURROGATE = /[\uD800-\uDFFF]/;

export function hasSurrogates(s: string): boolean {
  return SURROGATE.test(s);
}

/** len() of a str. */
export function cpLength(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The code points of s as one-character strings. */
export function cpArray(s: string): string[] {
  return hasSurrogates(s) ? Array.from(s) : s.split('');
}

/** UTF-16 offset of code point index `i` (0 <= i <= len). */
export function cpToUnit(s: string, i: number): number {
  if (!hasSurrogates(s)) return i;
  let u = 0;
  for (let k = 0; k < i && u < s.length; k++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length ? 2 : 1;
  }
  return u;
}

/** Code point index of UTF-16 offset `u`. */
export function unitToCp(s: string, u: number): number {
  if (u <= 0 || !hasSurrogates(s)) return u;
  return cpLength(s.slice(0, u));
}

/** Python's slice-bound normalization for str methods (start/end may be null, negative, huge). */
export function adjustBounds(len: number, start: number | null, end: number | null): [number, number] {
  let a = start ?? 0;
  let b = end ?? len;
  if (b > len) b = len;
  else if (b < 0) {
    b += len;
    if (b < 0) b = 0;
  }
  if (a < 0) {
    a += len;
    if (a < 0) a = 0;
  }
  return [a, b];
}
