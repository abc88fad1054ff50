/**
 * str's type slots: length and indexing by code point, slicing, iteration, comparison by code
 * point, `in`, concatenation, repetition, `%` formatting, and the str() constructor.
 */
import { PyStr, StrType, newStr, newStrFresh } from './str';
import { PyInt, True, False } from './int';
import { NotImplemented } from './singletons';
import { newref } from './heap';
import { indexError, typeError } from './errors';
import { pyStr, typeName } from './abstract';
import { PySlice, sliceIndices } from './slice';
import { seqIterNew } from './iter';
import { NB_ADD, NB_MULTIPLY, NB_REMAINDER, PY_EQ, PY_NE } from './ops';
import { clinic, indexArg } from './args';
import { cpArray, cpLength, hasSurrogates } from './ucs';
import { percentFormat } from './percent-format';
import { decodeBytesArg } from './bytes';
import { checkAllocation } from './limits';

/** len() in code points, cached on the object since JS lengths count UTF-16 units. */
export function strLen(o: PyStr): number {
  if (o.cpLen < 0) o.cpLen = cpLength(o.value);
  return o.cpLen;
}

StrType.mp_length = (o) => strLen(o as PyStr);
StrType.tp_iter = (o) => seqIterNew(o, 'str');

/** Code-point order; UTF-16 order only differs when surrogates are involved. */
export function compareStr(x: string, y: string): number {
  if (!hasSurrogates(x) && !hasSurrogates(y)) return x < y ? -1 : x > y ? 1 : 0;
  const a = Array.from(x);
  const b = Array.from(y);
  for (let i = 0; i < a.length && i < b.length; i++) {
    const c = (a[i] as string).codePointAt(0) as number;
    const d = (b[i] as string).codePointAt(0) as number;
    if (c !== d) return c < d ? -1 : 1;
  }
  return a.length - b.length < 0 ? -1 : a.length > b.length ? 1 : 0;
}

StrType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyStr)) return NotImplemented;
  const x = (a as PyStr).value;
  const y = b.value;
  if (op === PY_EQ) return x === y ? True : False;
  if (op === PY_NE) return x !== y ? True : False;
  const c = compareStr(x, y);
  return ([c < 0, c <= 0, false, false, c > 0, c >= 0][op] as boolean) ? True : False;
};

StrType.sq_contains = (o, x) => {
  if (!(x instanceof PyStr)) typeError(`'in <string>' requires string as left operand, not ${typeName(x)}`);
  return (o as PyStr).value.includes(x.value);
};

StrType.mp_subscript = (o, k) => {
  const s = (o as PyStr).value;
  const astral = strLen(o as PyStr) !== s.length;
  const chars = astral ? cpArray(s) : null;
  const len = chars === null ? s.length : chars.length;
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, len);
    if (n === len && step === 1 && o.ob_type === StrType) return newref(o);
    if (step === 1) return newStr(chars === null ? s.slice(start, start + n) : chars.slice(start, start + n).join(''));
    let out = '';
    for (let i = 0, j = start; i < n; i++, j += step) out += chars === null ? (s[j] as string) : (chars[j] as string);
    return newStr(out);
  }
  if (!(k instanceof PyInt) && k.ob_type.nb_index === null) typeError(`string indices must be integers, not '${typeName(k)}'`);
  let i = indexArg(k);
  if (i < 0) i += len;
  if (i < 0 || i >= len) indexError('string index out of range');
  return newStr(chars === null ? (s[i] as string) : (chars[i] as string));
};

StrType.nb_binop = (a, b, op) => {
  if (op === NB_ADD) {
    if (!(a instanceof PyStr) || !(b instanceof PyStr)) return NotImplemented;
    if (a.value === '' && b.ob_type === StrType) return newref(b);
    if (b.value === '' && a.ob_type === StrType) return newref(a);
    // The run's memory budget, before the host is asked for a huge string (limits.ts).
    if (a.value.length + b.value.length > 1 << 19) checkAllocation(a.value.length + b.value.length, 2);
    return newStr(a.value + b.value);
  }
  if (op === NB_MULTIPLY) {
    const [s, n] = a instanceof PyStr ? [a, b] : [b, a];
    if (!(s instanceof PyStr)) return NotImplemented;
    if (!(n instanceof PyInt) && n.ob_type.nb_index === null) return NotImplemented;
    const count = indexArg(n);
    if (count === 1 && s.ob_type === StrType) return newref(s);
    if (count > 0) checkAllocation(s.value.length * count, 2);
    return newStr(count <= 0 ? '' : s.value.repeat(count));
  }
  if (op === NB_REMAINDER && a instanceof PyStr) return newStr(percentFormat(a.value, b));
  return NotImplemented;
};

StrType.tp_new = (_t, args, kwnames) => {
  const [obj, encoding, errors] = clinic('str', args, kwnames, { names: ['object', 'encoding', 'errors'], posOnly: 0, required: 0 });
  if (obj === undefined) return newStr('');
  if (encoding === undefined && errors === undefined) {
    if (obj.ob_type === StrType) return newref(obj);
    if (obj instanceof PyInt) return newStrFresh(pyStr(obj));
    return newStr(pyStr(obj));
  }
  return newStr(decodeBytesArg(obj, encoding, errors));
};
