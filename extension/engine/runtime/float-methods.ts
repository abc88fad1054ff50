/**
 * float(): Python's float syntax (underscores between digits, inf/nan spellings, surrounding
 * whitespace) and conversion of ints and objects; and float's methods (is_integer,
 * as_integer_ratio, hex, fromhex, __round__, __trunc__...).
 */
import type { PyObject } from './object';
import { PyFloat, FloatType, newFloat } from './float';
import { PyInt, newInt, normInt, pyBool } from './int';
import { PyStr, newStr } from './str';
import { PyBytes } from './bytes';
import { None } from './singletons';
import { tupleSteal } from './tuple';
import { raise, typeError, valueError } from './errors';
import { OverflowError } from './exceptions';
import { pyRepr, typeName } from './abstract';
import { callDunder } from './slots';
import { decref, newref } from './heap';
import { defMethod, defClassMethod, defGetSet } from './builtin';
import { clinic, indexValue, noArgs, oneArg } from './args';
import { isPySpace } from './str-methods';
import { frexpExact } from './hash';
import { roundFloat } from './float-format';
import { intFromDouble } from './int-methods';
import type { PyType } from './type';

const FLOAT_RE = /^[+-]?((\d(_?\d)*)?\.?\d(_?\d)*([eE][+-]?\d(_?\d)*)?|\d(_?\d)*\.([eE][+-]?\d(_?\d)*)?)$/;

/** The value of a float literal string, or null (_Py_string_to_number_with_underscores). */
export function parseFloatLiteral(text: string): number | null {
  let a = 0;
  let b = text.length;
  while (a < b && isPySpace(text[a] as string)) a++;
  while (b > a && isPySpace(text[b - 1] as string)) b--;
  const s = text.slice(a, b);
  const low = s.toLowerCase();
  const body = low.replace(/^[+-]/, '');
  const neg = low.startsWith('-');
  if (body === 'inf' || body === 'infinity') return neg ? -Infinity : Infinity;
  if (body === 'nan') return NaN;
  if (!FLOAT_RE.test(s)) return null;
  return Number(s.replace(/_/g, ''));
}

/** PyNumber_Float. */
export function floatFromObject(o: PyObject): PyObject {
  if (o instanceof PyFloat) return o.ob_type === FloatType ? newref(o) : newFloat(o.value);
  if (o instanceof PyInt) {
    const d = Number(o.value);
    if (!Number.isFinite(d)) raise(OverflowError, 'int too large to convert to float');
    return newFloat(d);
  }
  if (o instanceof PyStr || o instanceof PyBytes) {
    const text = o instanceof PyStr ? o.value : new TextDecoder('latin1').decode(o.value);
    const v = parseFloatLiteral(text);
    if (v === null) valueError(`could not convert string to float: ${pyRepr(o)}`);
    return newFloat(v);
  }
  const r = callDunder(o, '__float__', []);
  if (r !== null) {
    if (!(r instanceof PyFloat)) {
      const n = typeName(r);
      decref(r);
      typeError(`${typeName(o)}.__float__ returned non-float (type ${n})`);
    }
    return r;
  }
  if (o.ob_type.nb_index !== null) {
    const d = Number(indexValue(o));
    if (!Number.isFinite(d)) raise(OverflowError, 'int too large to convert to float');
    return newFloat(d);
  }
  return typeError(`float() argument must be a string or a real number, not '${typeName(o)}'`);
}

/** Called by installExtraBuiltins, after builtins.ts has assigned its own slots. */
export function installFloatSlots(): void {
  FloatType.tp_new = (_t: PyType, args, kwnames) => {
    const [x] = clinic('float', args, kwnames, { names: [''], posOnly: 1, required: 0 });
    return x === undefined ? newFloat(0) : floatFromObject(x);
  };
}

const fv = (o: PyObject): number => (o as PyFloat).value;

/** float.as_integer_ratio: the exact fraction in lowest terms. */
export function floatRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) valueError('cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) raise(OverflowError, 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0n, 1n];
  let { m, e } = frexpExact(x);
  while (e < 0 && (m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  const num = e >= 0 ? m << BigInt(e) : m;
  const den = e >= 0 ? 1n : 1n << BigInt(-e);
  return [x < 0 ? -num : num, den];
}

defMethod(FloatType, 'is_integer', (self, args, kw) => {
  noArgs('float.is_integer', args, kw);
  return pyBool(Number.isInteger(fv(self)));
});
defMethod(FloatType, 'as_integer_ratio', (self, args, kw) => {
  noArgs('float.as_integer_ratio', args, kw);
  const [n, d] = floatRatio(fv(self));
  return tupleSteal([newInt(normInt(n)), newInt(normInt(d))]);
});
defMethod(FloatType, 'conjugate', (self, args, kw) => {
  noArgs('float.conjugate', args, kw);
  return newFloat(fv(self));
});
defMethod(FloatType, '__trunc__', (self, args, kw) => {
  noArgs('float.__trunc__', args, kw);
  return intFromDouble(fv(self));
});
defMethod(FloatType, '__int__', (self, args, kw) => {
  noArgs('float.__int__', args, kw);
  return intFromDouble(fv(self));
});
defMethod(FloatType, '__float__', (self, args, kw) => {
  noArgs('float.__float__', args, kw);
  return newFloat(fv(self));
});
defMethod(FloatType, '__floor__', (self, args, kw) => {
  noArgs('float.__floor__', args, kw);
  return intFromDouble(Math.floor(fv(self)));
});
defMethod(FloatType, '__ceil__', (self, args, kw) => {
  noArgs('float.__ceil__', args, kw);
  return intFromDouble(Math.ceil(fv(self)));
});
defMethod(FloatType, '__round__', (self, args, kw) => {
  const [nd] = clinic('__round__', args, kw, { names: ['ndigits'], posOnly: 1, required: 0 });
  if (nd === undefined || nd === None) return intFromDouble(roundFloat(fv(self), 0));
  return newFloat(roundFloat(fv(self), Number(indexValue(nd))));
});
defGetSet(FloatType, 'real', (o) => newFloat(fv(o)));
defGetSet(FloatType, 'imag', () => newFloat(0));

/** float.hex(): the exact value in hexadecimal scientific notation. */
function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return `${sign}0x0.0p+0`;
  const { m, e } = frexpExact(x);
  // Normalize to 1.xxxx (13 hex digits of fraction) with exponent.
  const bits = m.toString(2).length;
  const exp = e + bits - 1;
  let frac = m << BigInt(53 - bits);
  frac -= 1n << 52n;
  let hex = frac.toString(16).padStart(13, '0');
  let lead = '1';
  let ex = exp;
  if (exp < -1022) {
    // Subnormals keep a leading 0 with exponent -1022.
    const shifted = m << BigInt(e + 1074);
    hex = shifted.toString(16).padStart(13, '0');
    lead = '0';
    ex = -1022;
  }
  return `${sign}0x${lead}.${hex}p${ex >= 0 ? '+' : ''}${ex}`;
}

defMethod(FloatType, 'hex', (self, args, kw) => {
  noArgs('float.hex', args, kw);
  return newStr(floatHex(fv(self)));
});

defClassMethod(FloatType, 'fromhex', (_cls, args, kw) => {
  const s = oneArg('float.fromhex', args, kw);
  if (!(s instanceof PyStr)) typeError(`fromhex() argument must be str, not ${typeName(s)}`);
  const t = s.value.trim().toLowerCase();
  const m = /^([+-])?(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(t);
  if (t === 'inf' || t === '+inf' || t === 'infinity') return newFloat(Infinity);
  if (t === '-inf' || t === '-infinity') return newFloat(-Infinity);
  if (t === 'nan' || t === '+nan' || t === '-nan') return newFloat(NaN);
  if (m === null || ((m[2] ?? '') === '' && (m[3] ?? '') === '')) valueError('invalid hexadecimal floating-point string');
  const intPart = m[2] ?? '';
  const fracPart = m[3] ?? '';
  let v = 0;
  for (const c of intPart) v = v * 16 + parseInt(c, 16);
  let scale = 1 / 16;
  for (const c of fracPart) {
    v += parseInt(c, 16) * scale;
    scale /= 16;
  }
  v *= 2 ** Number(m[4] ?? '0');
  if (!Number.isFinite(v)) raise(OverflowError, 'hexadecimal value too large to represent as a float');
  return newFloat(m[1] === '-' ? -v : v);
});

