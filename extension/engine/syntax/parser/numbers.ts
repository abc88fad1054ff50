/**
 * Numeric literals: the NUMBER token's value (_PyPegen_number_token). ints are bigints of any
 * size, floats are parsed with correct rounding exactly as CPython's dtoa does (JS Number() is
 * correctly rounded too), imaginary literals become complex constants. The tokenizer has already
 * checked the literal's shape.
 */
import type { Constant } from '../ast';
import type { ConstantValue } from '../constant';
import type { Token } from '../tokens';
import type { Parser } from './state';

/** sys.int_info.default_max_str_digits: longer decimal int literals are refused. */
const MAX_STR_DIGITS = 4300;

export function numberConstant(p: Parser, t: Token): Constant {
  return { kind: 'Constant', value: numberValue(p, t), constantKind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

function numberValue(p: Parser, t: Token): ConstantValue {
  const raw = t.string;
  const s = raw.indexOf('_') < 0 ? raw : raw.replace(/_/g, '');
  const last = s.charCodeAt(s.length - 1);
  if (last === 106 || last === 74) return { kind: 'complex', imag: Number(s.slice(0, -1)) };
  const c1 = s.charCodeAt(1);
  if (s.charCodeAt(0) === 48 && s.length > 1 && (c1 | 0x20) !== 46 && c1 !== 101 && c1 !== 69 && ((c1 | 0x20) === 120 || (c1 | 0x20) === 111 || (c1 | 0x20) === 98)) {
    // 0x / 0o / 0b: BigInt understands the lowercase prefixes.
    return BigInt('0' + String.fromCharCode(c1 | 0x20) + s.slice(2));
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return Number(s);
  }
  if (s.length > MAX_STR_DIGITS) {
    // Reported without columns, like CPython, to spare a wall of carets.
    p.raiseAt(
      'SyntaxError',
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`,
      t.lineno, -1, t.endLineno, -1,
    );
  }
  if (s.length < 16) return BigInt(Number(s));
  return BigInt(s);
}
