/**
 * int(): parsing strings in any base (with PyLong_FromString's rules for signs, prefixes,
 * underscores and whitespace, and the 4300-digit limit), conversion of floats and objects; and
 * int's methods (bit_length, to_bytes, from_bytes, as_integer_ratio...).
 */
import type { PyObject } from './object';
import { PyInt, IntType, BoolType, newInt, normInt, pyBool, type IntValue } from './int';
import { PyFloat, newFloat } from './float';
import { PyStr } from './str';
import { PyBytes, newBytes } from './bytes';
import { tupleSteal } from './tuple';
import { raise, typeError, valueError } from './errors';
import { OverflowError } from './exceptions';
import { isTrue, pyRepr, typeName } from './abstract';
import { callDunder } from './slots';
import { decref, newref } from './heap';
import { defMethod, defClassMethod, defGetSet } from './builtin';
import { clinic, indexValue, noArgs } from './args';
import { isPySpace } from './str-methods';
import type { PyType } from './type';
import { NB_AND, NB_OR, NB_XOR } from './ops';
import { NotImplemented } from './singletons';

/** sys.get_int_max_str_digits(). */
export const intLimits = { maxStrDigits: 4300 };

function digitLimitError(n: number): never {
  return valueError(`Exceeds the limit (${intLimits.maxStrDigits} digits) for integer string conversion: value has ${n} digits; use sys.set_int_max_str_digits() to increase the limit`);
}

/** str(int): decimal digits, refusing more than the limit as CPython does. */
export function intToDecimal(v: IntValue): string {
  const s = String(v);
  const digits = s.length - (s.startsWith('-') ? 1 : 0);
  if (intLimits.maxStrDigits > 0 && digits > intLimits.maxStrDigits) {
    valueError(`Exceeds the limit (${intLimits.maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

function stripPy(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isPySpace(s[a] as string)) a++;
  while (b > a && isPySpace(s[b - 1] as string)) b--;
  return s.slice(a, b);
}

/** PyLong_FromString: null when the text is not a valid literal in `base`. */
export function parseIntLiteral(text: string, base: number): bigint | null {
  let s = stripPy(text);
  let neg = false;
  if (s.startsWith('+') || s.startsWith('-')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  const lower = s.slice(0, 2).toLowerCase();
  let prefixed = false;
  if (base === 0) {
    if (lower === '0x') base = 16;
    else if (lower === '0o') base = 8;
    else if (lower === '0b') base = 2;
    else base = 10;
    prefixed = base !== 10;
    if (base === 10 && /^0+[_0]*[1-9]/.test(s)) return null;
  } else if ((base === 16 && lower === '0x') || (base === 8 && lower === '0o') || (base === 2 && lower === '0b')) prefixed = true;
  if (prefixed) {
    s = s.slice(2);
    if (s.startsWith('_')) s = s.slice(1);
  }
  if (s === '' || s.startsWith('_') || s.endsWith('_') || s.includes('__')) return null;
  const digits = s.replace(/_/g, '');
  let v = 0n;
  const B = BigInt(base);
  if ((base & (base - 1)) !== 0 && intLimits.maxStrDigits > 0 && digits.length > intLimits.maxStrDigits) digitLimitError(digits.length);
  // Chunked accumulation keeps long decimal strings fast.
  for (let i = 0; i < digits.length; i++) {
    const c = digits.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : c >= 65 && c <= 90 ? c - 55 : 99;
    if (d >= base) return null;
    v = v * B + BigInt(d);
  }
  return neg ? -v : v;
}

function intFromString(src: PyObject, text: string, base: number): PyObject {
  const v = parseIntLiteral(text, base);
  if (v === null) {
    const shown = pyRepr(src);
    valueError(`invalid literal for int() with base ${base}: ${shown.length > 200 ? shown.slice(0, 200) : shown}`);
  }
  return newInt(normInt(v));
}

/** int(x) for a float: truncation, refusing NaN and infinities. */
export function intFromDouble(d: number): PyObject {
  if (Number.isNaN(d)) valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(d)) raise(OverflowError, 'cannot convert float infinity to integer');
  const t = Math.trunc(d);
  return newInt(Number.isSafeInteger(t) ? t : normInt(BigInt(t)));
}

/** PyNumber_Long. */
export function intFromObject(o: PyObject): PyObject {
  if (o instanceof PyInt) return o.ob_type === IntType ? newref(o) : newInt(o.value);
  if (o instanceof PyFloat) return intFromDouble(o.value);
  if (o instanceof PyStr) return intFromString(o, o.value, 10);
  if (o instanceof PyBytes) return intFromString(o, new TextDecoder('latin1').decode(o.value), 10);
  for (const name of ['__int__', '__index__']) {
    const r = callDunder(o, name, []);
    if (r === null) continue;
    if (!(r instanceof PyInt)) {
      const n = typeName(r);
      decref(r);
      typeError(`${name} returned non-int (type ${n})`);
    }
    if (r.ob_type === IntType) return r;
    const plain = newInt(r.value);
    decref(r);
    return plain;
  }
  return typeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(o)}'`);
}

function intNew(_t: PyType, args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const [x, baseObj] = clinic('int', args, kwnames, { names: ['', 'base'], posOnly: 1, required: 0 });
  if (x === undefined) {
    if (baseObj !== undefined) typeError('int() missing string argument');
    return newInt(0);
  }
  if (baseObj === undefined) return intFromObject(x);
  const b = indexValue(baseObj);
  if ((b < 2 || b > 36) && b !== 0) valueError('int() base must be >= 2 and <= 36, or 0');
  if (x instanceof PyStr) return intFromString(x, x.value, Number(b));
  if (x instanceof PyBytes) return intFromString(x, new TextDecoder('latin1').decode(x.value), Number(b));
  return typeError("int() can't convert non-string with explicit base");
}

const iv = (o: PyObject): bigint => BigInt((o as PyInt).value);

function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

function byteorderArg(o: PyObject | undefined): 'big' | 'little' {
  if (o === undefined) return 'big';
  if (!(o instanceof PyStr)) typeError(`to_bytes() argument 'byteorder' must be str, not ${typeName(o)}`);
  if (o.value !== 'big' && o.value !== 'little') valueError("byteorder must be either 'little' or 'big'");
  return o.value;
}

/** Called by installExtraBuiltins, after builtins.ts has assigned its own slots. */
export function installIntSlots(): void {
  IntType.tp_new = intNew;
  IntType.tp_repr = (o) => intToDecimal((o as PyInt).value);
  // bool & | ^ bool stay bools (bool_and / bool_or / bool_xor); everything else is int arithmetic.
  const intBinop = IntType.nb_binop;
  BoolType.nb_binop = (a, b, op) => {
    if (a.ob_type === BoolType && b.ob_type === BoolType && (op === NB_AND || op === NB_OR || op === NB_XOR)) {
      const x = (a as PyInt).value !== 0;
      const y = (b as PyInt).value !== 0;
      return pyBool(op === NB_AND ? x && y : op === NB_OR ? x || y : x !== y);
    }
    return intBinop === null ? NotImplemented : intBinop(a, b, op);
  };
  BoolType.tp_new = (_t, args, kwnames) => {
    const [x] = clinic('bool', args, kwnames, { names: [''], posOnly: 1, required: 0 });
    return pyBool(x !== undefined && isTrue(x));
  };
}

defMethod(IntType, 'bit_length', (self, args, kw) => {
  noArgs('int.bit_length', args, kw);
  return newInt(bitLength(iv(self)));
});
defMethod(IntType, 'bit_count', (self, args, kw) => {
  noArgs('int.bit_count', args, kw);
  let v = iv(self);
  if (v < 0n) v = -v;
  return newInt(v.toString(2).replace(/0/g, '').length);
});
defMethod(IntType, 'as_integer_ratio', (self, args, kw) => {
  noArgs('int.as_integer_ratio', args, kw);
  return tupleSteal([newInt((self as PyInt).value), newInt(1)]);
});
defMethod(IntType, 'is_integer', (_self, args, kw) => {
  noArgs('int.is_integer', args, kw);
  return pyBool(true);
});
defMethod(IntType, 'conjugate', (self, args, kw) => {
  noArgs('int.conjugate', args, kw);
  return newInt((self as PyInt).value);
});
for (const name of ['__index__', '__int__', '__trunc__', '__floor__', '__ceil__', '__pos__']) {
  defMethod(IntType, name, (self, args, kw) => {
    noArgs(`int.${name}`, args, kw);
    return newInt((self as PyInt).value);
  });
}
defMethod(IntType, '__round__', (self, args, kw) => {
  const [nd] = clinic('__round__', args, kw, { names: ['ndigits'], posOnly: 1, required: 0 });
  void nd;
  return newInt((self as PyInt).value);
});
defMethod(IntType, '__float__', (self, args, kw) => {
  noArgs('int.__float__', args, kw);
  const d = Number((self as PyInt).value);
  if (!Number.isFinite(d)) raise(OverflowError, 'int too large to convert to float');
  return newFloat(d);
});
defGetSet(IntType, 'real', (o) => newInt((o as PyInt).value));
defGetSet(IntType, 'imag', () => newInt(0));
defGetSet(IntType, 'numerator', (o) => newInt((o as PyInt).value));
defGetSet(IntType, 'denominator', () => newInt(1));

defMethod(IntType, 'to_bytes', (self, args, kwnames) => {
  const [lenObj, orderObj, signedObj] = clinic('to_bytes', args, kwnames, { names: ['length', 'byteorder', 'signed'], posOnly: 0, required: 0, kwOnly: 2 });
  const length = lenObj === undefined ? 1 : Number(indexValue(lenObj));
  if (length < 0) valueError('length argument must be non-negative');
  const order = byteorderArg(orderObj);
  const signed = signedObj !== undefined && isTrue(signedObj);
  let v = iv(self);
  if (!signed && v < 0n) raise(OverflowError, "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  if (signed) {
    const lim = 1n << (bits - 1n);
    if (length === 0 ? v !== 0n : v < -lim || v >= lim) raise(OverflowError, 'int too big to convert');
    if (v < 0n) v += 1n << bits;
  } else if (v >= 1n << bits) raise(OverflowError, 'int too big to convert');
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[order === 'big' ? length - 1 - i : i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return newBytes(out);
});

defClassMethod(IntType, 'from_bytes', (cls, args, kwnames) => {
  const [bytesObj, orderObj, signedObj] = clinic('from_bytes', args, kwnames, { names: ['bytes', 'byteorder', 'signed'], posOnly: 0, required: 1, kwOnly: 2 });
  const b = bytesObj as PyObject;
  let data: Uint8Array;
  if (b instanceof PyBytes) data = b.value;
  else typeError(`cannot convert '${typeName(b)}' object to bytes`);
  const order = byteorderArg(orderObj);
  let v = 0n;
  const n = data.length;
  for (let i = 0; i < n; i++) v = (v << 8n) | BigInt(data[order === 'big' ? i : n - 1 - i] as number);
  if (signedObj !== undefined && isTrue(signedObj) && n > 0 && v >= 1n << BigInt(n * 8 - 1)) v -= 1n << BigInt(n * 8);
  void cls;
  return newInt(normInt(v));
});

