/**
 * printf-style `str % args` (CPython's PyUnicode_Format): `%[(key)][flags][width][.precision]type`
 * with its argument-matching rules and error messages.
 */
import type { PyObject } from './object';
import { PyStr } from './str';
import { PyInt } from './int';
import { PyFloat } from './float';
import { PyTuple } from './tuple';
import { decref } from './heap';
import { raise, typeError, valueError } from './errors';
import { OverflowError } from './exceptions';
import { getItem, pyRepr, pyStr, typeName } from './abstract';
import { callDunder } from './slots';
import { doubleToString } from './float-format';
import { newStr } from './str';
import { asciiRepr } from './ascii';
import { cpLength } from './ucs';

interface Conv {
  flags: string;
  width: number;
  prec: number;
}

function pad(body: string, sign: string, prefix: string, c: Conv, numeric: boolean): string {
  const left = c.flags.includes('-');
  const zero = numeric && c.flags.includes('0') && !left;
  const len = cpLength(body) + sign.length + prefix.length;
  if (c.width <= len) return sign + prefix + body;
  const fill = c.width - len;
  if (left) return sign + prefix + body + ' '.repeat(fill);
  if (zero) return sign + prefix + '0'.repeat(fill) + body;
  return ' '.repeat(fill) + sign + prefix + body;
}

function signOf(negative: boolean, flags: string): string {
  if (negative) return '-';
  if (flags.includes('+')) return '+';
  if (flags.includes(' ')) return ' ';
  return '';
}

/** The int a %d/%x/%o conversion formats (floats truncate for %d only; __index__/__int__ otherwise). */
function intOperand(v: PyObject, type: string): bigint {
  if (v instanceof PyInt) return BigInt(v.value);
  if (type === 'd' || type === 'i' || type === 'u') {
    if (v instanceof PyFloat) {
      if (!Number.isFinite(v.value)) raise(OverflowError, Number.isNaN(v.value) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
      return BigInt(Math.trunc(v.value));
    }
    const r = v.ob_type.nb_index !== null ? callDunder(v, '__index__', []) : callDunder(v, '__int__', []);
    if (r instanceof PyInt) {
      const x = BigInt(r.value);
      decref(r);
      return x;
    }
    if (r !== null) decref(r);
    typeError(`%${type} format: a real number is required, not ${typeName(v)}`);
  }
  const r = v.ob_type.nb_index !== null ? callDunder(v, '__index__', []) : null;
  if (r instanceof PyInt) {
    const x = BigInt(r.value);
    decref(r);
    return x;
  }
  if (r !== null) decref(r);
  return typeError(`%${type} format: an integer is required, not ${typeName(v)}`);
}

function floatOperand(v: PyObject): number {
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyInt) {
    const d = Number(v.value);
    if (!Number.isFinite(d)) raise(OverflowError, 'int too large to convert to float');
    return d;
  }
  const r = callDunder(v, '__float__', []);
  if (r instanceof PyFloat) {
    const d = r.value;
    decref(r);
    return d;
  }
  if (r !== null) decref(r);
  return typeError(`must be real number, not ${typeName(v)}`);
}

function convert(type: string, v: PyObject, c: Conv): string {
  switch (type) {
    case 's':
    case 'r':
    case 'a': {
      let s = type === 's' ? pyStr(v) : type === 'r' ? pyRepr(v) : asciiRepr(v);
      if (c.prec >= 0) s = Array.from(s).slice(0, c.prec).join('');
      return pad(s, '', '', c, false);
    }
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
      const n = intOperand(v, type);
      const neg = n < 0n;
      const base = type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
      let digits = (neg ? -n : n).toString(base);
      if (c.prec >= 0 && digits.length < c.prec) digits = '0'.repeat(c.prec - digits.length) + digits;
      let prefix = c.flags.includes('#') && base !== 10 ? (type === 'o' ? '0o' : '0x') : '';
      if (type === 'X') {
        digits = digits.toUpperCase();
        prefix = prefix.toUpperCase();
      }
      return pad(digits, signOf(neg, c.flags), prefix, c, true);
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const x = floatOperand(v);
      let text = doubleToString(x, { type, precision: c.prec < 0 ? 6 : c.prec, alt: c.flags.includes('#'), addDot0: false, noNegZero: false });
      const neg = text.startsWith('-');
      if (neg) text = text.slice(1);
      return pad(text, signOf(neg, c.flags), '', c, Number.isFinite(x));
    }
    case 'c': {
      let ch: string;
      if (v instanceof PyStr) {
        if (cpLength(v.value) !== 1) typeError(`%c requires an int or a unicode character, not a string of length ${cpLength(v.value)}`);
        ch = v.value;
      } else if (v instanceof PyInt) {
        const n = v.value;
        if (n < 0 || n > 0x10ffff) raise(OverflowError, '%c arg not in range(0x110000)');
        ch = String.fromCodePoint(Number(n));
      } else typeError(`%c requires an int or a unicode character, not ${typeName(v)}`);
      return pad(ch, '', '', c, false);
    }
    default:
      return '';
  }
}

export function percentFormat(fmt: string, arg: PyObject): string {
  const isTuple = arg instanceof PyTuple;
  const arglen = isTuple ? arg.items.length : -1;
  let argidx = isTuple ? 0 : -2;
  // PyMapping_Check: anything subscriptable that is neither a tuple nor a str (lists included).
  const mapping = !isTuple && !(arg instanceof PyStr) && arg.ob_type.mp_subscript !== null;
  const next = (): PyObject => {
    if (arglen < 0) {
      if (argidx === -2) {
        argidx = -1;
        return arg;
      }
    } else if (argidx < arglen) return (arg as PyTuple).items[argidx++] as PyObject;
    return typeError('not enough arguments for format string');
  };
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (i >= n) valueError('incomplete format');
    let value: PyObject | null = null;
    let owned = false;
    if (fmt[i] === '(') {
      if (!mapping) typeError('format requires a mapping');
      let depth = 1;
      const start = ++i;
      while (i < n && depth > 0) {
        if (fmt[i] === '(') depth++;
        else if (fmt[i] === ')') depth--;
        i++;
      }
      if (depth > 0) valueError('incomplete format key');
      const key = newStr(fmt.slice(start, i - 1));
      try {
        value = getItem(arg, key);
      } finally {
        decref(key);
      }
      owned = true;
    }
    try {
      const c: Conv = { flags: '', width: -1, prec: -1 };
      while (i < n && '-+ #0'.includes(fmt[i] as string)) c.flags += fmt[i++] as string;
      const readNum = (): number => {
        if (fmt[i] === '*') {
          i++;
          const w = next();
          if (!(w instanceof PyInt)) typeError('* wants int');
          return Number(w.value);
        }
        let s = '';
        while (i < n && /[0-9]/.test(fmt[i] as string)) s += fmt[i++] as string;
        return s === '' ? -1 : Number(s);
      };
      c.width = readNum();
      if (c.width < -1) {
        c.flags += '-';
        c.width = -c.width;
      }
      if (fmt[i] === '.') {
        i++;
        c.prec = readNum();
        if (c.prec < 0) c.prec = 0;
      }
      while (i < n && 'hlL'.includes(fmt[i] as string)) i++;
      if (i >= n) valueError('incomplete format');
      const type = fmt[i++] as string;
      if (type === '%') {
        out += '%';
        continue;
      }
      if (!'sradiuoxXeEfFgGc'.includes(type)) {
        const code = type.codePointAt(0) as number;
        valueError(`unsupported format character '${type}' (0x${code.toString(16)}) at index ${i - 1}`);
      }
      const v = value ?? next();
      out += convert(type, v, c);
    } finally {
      if (owned && value !== null) decref(value);
    }
  }
  if (argidx < arglen && !mapping) typeError('not all arguments converted during string formatting');
  return out;
}
