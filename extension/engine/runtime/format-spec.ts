/**
 * The format-spec mini-language (CPython's Python/formatter_unicode.c): parsing
 * `[[fill]align][sign][z][#][0][width][grouping][.precision[grouping]][type]`, and laying out
 * ints, floats and strs with padding, sign, prefix and digit grouping (zero padding takes part
 * in the grouping, as _PyUnicode_InsertThousandsGrouping does). format(), f-strings,
 * str.format and __format__ all end here.
 */
import type { PyObject } from './object';
import { PyInt, IntType, BoolType, type IntValue } from './int';
import { PyFloat, FloatType } from './float';
import { PyStr, StrType, newStr, newStrFresh } from './str';
import { ObjectType } from './type';
import { raise, typeError, valueError } from './errors';
import { OverflowError, TypeError as TypeErrorType } from './exceptions';
import { pyStr, typeName } from './abstract';
import { defMethod, checkArgs } from './builtin';
import { callDunder } from './slots';
import { decref } from './heap';
import { doubleToString } from './float-format';

export interface FormatSpec {
  fill: string;
  align: string;
  alternate: boolean;
  noNegZero: boolean;
  sign: string;
  width: number;
  /** Separator of the integer part: '' (none), ',' or '_'. */
  thousands: string;
  /** Digits per group of the integer part (4 for '_' with b/o/x/X). */
  groupSize: number;
  precision: number;
  /** Separator of the fractional part (3.14): '' (none), ',' or '_'. */
  fracThousands: string;
  type: string;
}

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/** parse_internal_render_format_spec. */
export function parseFormatSpec(obj: PyObject, spec: string, defaultType: string, defaultAlign: string): FormatSpec {
  const s = Array.from(spec);
  const f: FormatSpec = {
    fill: ' ', align: defaultAlign, alternate: false, noNegZero: false, sign: '', width: -1,
    thousands: '', groupSize: 3, precision: -1, fracThousands: '', type: defaultType,
  };
  let pos = 0;
  let alignSpecified = false;
  let fillSpecified = false;
  if (s.length >= 2 && isAlign(s[1])) {
    f.align = s[1] as string;
    f.fill = s[0] as string;
    fillSpecified = alignSpecified = true;
    pos = 2;
  } else if (s.length >= 1 && isAlign(s[0])) {
    f.align = s[0] as string;
    alignSpecified = true;
    pos = 1;
  }
  if (s[pos] === '+' || s[pos] === '-' || s[pos] === ' ') f.sign = s[pos++] as string;
  if (s[pos] === 'z') {
    f.noNegZero = true;
    pos++;
  }
  if (s[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  if (!fillSpecified && s[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  const readInt = (): number => {
    let n = 0;
    let count = 0;
    while (pos < s.length && /[0-9]/.test(s[pos] as string)) {
      n = n * 10 + Number(s[pos]);
      pos++;
      count++;
    }
    if (n > 2 ** 31 - 1) valueError('Too many decimal digits in format string');
    return count === 0 ? -1 : n;
  };
  f.width = readInt();
  if (s[pos] === ',') {
    f.thousands = ',';
    pos++;
  }
  if (s[pos] === '_') {
    if (f.thousands !== '') valueError("Cannot specify both ',' and '_'.");
    f.thousands = '_';
    pos++;
  }
  if (s[pos] === ',' && f.thousands === '_') valueError("Cannot specify both ',' and '_'.");
  if (s[pos] === '.') {
    pos++;
    f.precision = readInt();
    let consumed = f.precision >= 0;
    if (s[pos] === ',') {
      f.fracThousands = ',';
      pos++;
      consumed = true;
    }
    if (s[pos] === '_') {
      if (f.fracThousands !== '') valueError("Cannot specify both ',' and '_'.");
      f.fracThousands = '_';
      pos++;
      consumed = true;
    }
    if (s[pos] === ',' && f.fracThousands === '_') valueError("Cannot specify both ',' and '_'.");
    if (!consumed) valueError('Format specifier missing precision');
  }
  if (s.length - pos > 1) valueError(`Invalid format specifier '${spec}' for object of type '${typeName(obj)}'`);
  if (s.length - pos === 1) f.type = s[pos] as string;
  if (f.thousands !== '') {
    if ('b,o,x,X'.split(',').includes(f.type)) {
      if (f.thousands !== '_') invalidSeparator(f.thousands, f.type);
      f.groupSize = 4;
    } else if (!['d', 'e', 'f', 'g', 'E', 'G', '%', 'F', ''].includes(f.type)) invalidSeparator(f.thousands, f.type);
  }
  if (f.type === 'n' && f.fracThousands !== '') invalidSeparator(f.fracThousands, f.type);
  return f;
}

function invalidSeparator(sep: string, type: string): never {
  const c = type.codePointAt(0) ?? 0;
  return valueError(c > 32 && c < 128 ? `Cannot specify '${sep}' with '${type}'.` : `Cannot specify '${sep}' with '\\x${c.toString(16)}'.`);
}

function unknownType(type: string, obj: PyObject): never {
  const c = type.codePointAt(0) ?? 0;
  const code = c > 32 && c < 128 ? type : `\\x${c.toString(16)}`;
  return valueError(`Unknown format code '${code}' for object of type '${typeName(obj)}'`);
}

/** _PyUnicode_InsertThousandsGrouping: digits grouped from the right, zero-padded to minWidth. */
function groupDigits(digits: string, minWidth: number, group: number, sep: string): string {
  let remaining = digits.length;
  let width = Math.max(0, minWidth);
  const parts: string[] = [];
  let end = digits.length;
  let useSep = false;
  const take = (len: number): void => {
    const zeros = Math.max(0, len - remaining);
    const chars = Math.max(0, Math.min(remaining, len));
    parts.push('0'.repeat(zeros) + digits.slice(end - chars, end) + (useSep ? sep : ''));
    end -= chars;
    remaining -= chars;
  };
  if (group > 0 && sep !== '') {
    for (;;) {
      const len = Math.min(group, Math.max(remaining, width, 1));
      take(len);
      useSep = true;
      width -= len;
      if (remaining <= 0 && width <= 0) return parts.reverse().join('');
      width -= sep.length;
    }
  }
  take(Math.max(remaining, width, 1));
  return parts.reverse().join('');
}

/**
 * calc_number_widths + fill_number: `digits` is the integer part, `rest` what follows it (the
 * decimal point, fraction, exponent, '%'), laid out with sign, prefix and padding.
 */
function layoutNumber(f: FormatSpec, negative: boolean, prefix: string, digits: string, rest: string, group: number, sep: string): string {
  let sign = '';
  if (f.sign === '+') sign = negative ? '-' : '+';
  else if (f.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const nonDigits = sign.length + prefix.length + rest.length;
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigits : 0;
  const grouped = digits.length === 0 ? '' : groupDigits(digits, minWidth, group, sep);
  const padding = f.width - (nonDigits + grouped.length);
  let left = '';
  let middle = '';
  let right = '';
  if (padding > 0) {
    switch (f.align) {
      case '<': right = f.fill.repeat(padding); break;
      case '^': left = f.fill.repeat(padding >> 1); right = f.fill.repeat(padding - (padding >> 1)); break;
      case '=': middle = f.fill.repeat(padding); break;
      default: left = f.fill.repeat(padding); break;
    }
  }
  return left + sign + prefix + middle + grouped + rest + right;
}

/** format_long_internal. */
export function formatIntSpec(obj: PyObject, v: IntValue, f: FormatSpec): string {
  if (f.precision !== -1) valueError('Precision not allowed in integer format specifier');
  if (f.noNegZero) valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    // The oracle (Pyodide) has a 32-bit C long: larger values fail its conversion first.
    if (v > 2147483647 || v < -2147483648) raise(OverflowError, 'Python int too large to convert to C long');
    if (v < 0 || v > 0x10ffff) raise(OverflowError, '%c arg not in range(0x110000)');
    return layoutNumber(f, false, '', '', String.fromCodePoint(Number(v)), 0, '');
  }
  const base = f.type === 'b' ? 2 : f.type === 'o' ? 8 : f.type === 'x' || f.type === 'X' ? 16 : 10;
  const negative = v < 0;
  let digits = (negative ? -BigInt(v) : BigInt(v)).toString(base);
  let prefix = f.alternate && base !== 10 ? `0${f.type}` : '';
  if (f.type === 'X') {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const sep = f.type === 'n' ? '' : f.thousands;
  void obj;
  return layoutNumber(f, negative, prefix, digits, '', sep === '' ? 0 : f.groupSize, sep);
}

/** format_float_internal. */
export function formatFloatSpec(obj: PyObject, x: number, f: FormatSpec): string {
  let type = f.type;
  let precision = f.precision;
  let addDot0 = false;
  let defaultPrecision = 6;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') {
    type = 'f';
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let text = doubleToString(x, { type, precision, alt: f.alternate, addDot0, noNegZero: f.noNegZero });
  if (pct) text += '%';
  void obj;
  let negative = false;
  if (text.startsWith('-')) {
    negative = true;
    text = text.slice(1);
  }
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  const digits = text.slice(0, i);
  let rest = text.slice(i);
  if (f.fracThousands !== '' && rest.startsWith('.')) {
    let j = 1;
    while (j < rest.length && rest.charCodeAt(j) >= 48 && rest.charCodeAt(j) <= 57) j++;
    const frac = rest.slice(1, j).match(/.{1,3}/g) ?? [];
    rest = '.' + frac.join(f.fracThousands) + rest.slice(j);
  }
  const sep = f.type === 'n' ? '' : f.thousands;
  return layoutNumber(f, negative, '', digits, rest, sep === '' ? 0 : 3, sep);
}

/** format_string_internal. */
export function formatStrSpec(s: string, f: FormatSpec): string {
  if (f.sign !== '') valueError(f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  if (f.alternate) valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') valueError("'=' alignment not allowed in string format specifier");
  let chars = Array.from(s);
  if (f.precision >= 0 && chars.length > f.precision) chars = chars.slice(0, f.precision);
  const n = chars.length;
  const total = f.width > n ? f.width : n;
  const pad = total - n;
  const left = f.align === '>' ? pad : f.align === '^' ? pad >> 1 : 0;
  return f.fill.repeat(left) + chars.join('') + f.fill.repeat(pad - left);
}

/** int.__format__. */
export function formatInt(obj: PyObject, v: IntValue, spec: string): string {
  if (spec === '') return pyStr(obj);
  const f = parseFormatSpec(obj, spec, 'd', '>');
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatIntSpec(obj, v, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      const d = Number(v);
      if (!Number.isFinite(d)) raise(OverflowError, 'int too large to convert to float');
      return formatFloatSpec(obj, d, f);
    }
    default:
      return unknownType(f.type, obj);
  }
}

/** float.__format__. */
export function formatFloat(obj: PyObject, x: number, spec: string): string {
  if (spec === '') return pyStr(obj);
  const f = parseFormatSpec(obj, spec, '', '>');
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatSpec(obj, x, f);
    default:
      return unknownType(f.type, obj);
  }
}

/** str.__format__. */
export function formatStr(obj: PyObject, s: string, spec: string): string {
  if (spec === '') return s;
  const f = parseFormatSpec(obj, spec, 's', '<');
  if (f.type !== 's') unknownType(f.type, obj);
  if (f.thousands !== '') invalidSeparator(f.thousands, f.type);
  return formatStrSpec(s, f);
}

/** PyObject_Format: a new reference to the formatted str. */
export function formatObject(v: PyObject, spec: string): PyStr {
  const t = v.ob_type;
  if (t === StrType) {
    if (spec === '') {
      v.ob_refcnt++;
      return v as PyStr;
    }
    return newStr(formatStr(v, (v as PyStr).value, spec));
  }
  if (t === IntType || t === BoolType) return (spec === '' ? newStrFresh : newStr)(formatInt(v, (v as PyInt).value, spec));
  if (t === FloatType) return newStr(formatFloat(v, (v as PyFloat).value, spec));
  const specObj = newStr(spec);
  let r: PyObject | null;
  try {
    r = callDunder(v, '__format__', [specObj]);
  } finally {
    decref(specObj);
  }
  if (r === null) typeError(`Type ${typeName(v)} doesn't define __format__`);
  if (!(r instanceof PyStr)) {
    const name = typeName(r);
    decref(r);
    typeError(`__format__ must return a str, not ${name}`);
  }
  return r;
}

function specArg(name: string, args: readonly PyObject[]): string {
  const a = args[0] as PyObject;
  if (!(a instanceof PyStr)) raise(TypeErrorType, `${name}() argument must be str, not ${typeName(a)}`);
  return a.value;
}

defMethod(ObjectType, '__format__', (self, args, kw) => {
  checkArgs('__format__', args, kw, 1, 1);
  const spec = specArg('__format__', args);
  if (spec !== '') typeError(`unsupported format string passed to ${typeName(self)}.__format__`);
  return newStr(pyStr(self));
});
defMethod(IntType, '__format__', (self, args, kw) => {
  checkArgs('__format__', args, kw, 1, 1);
  return newStr(formatInt(self, (self as PyInt).value, specArg('__format__', args)));
});
defMethod(FloatType, '__format__', (self, args, kw) => {
  checkArgs('__format__', args, kw, 1, 1);
  return newStr(formatFloat(self, (self as PyFloat).value, specArg('__format__', args)));
});
defMethod(StrType, '__format__', (self, args, kw) => {
  checkArgs('__format__', args, kw, 1, 1);
  return newStr(formatStr(self, (self as PyStr).value, specArg('__format__', args)));
});
