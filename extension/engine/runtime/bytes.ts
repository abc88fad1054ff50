/**
 * bytes and bytearray: immutable and mutable byte strings over a Uint8Array, with the common
 * sequence behaviour, encode/decode for utf-8, ascii and latin-1, and the everyday methods.
 */
import { PyObject, type Visit } from './object';
import { makeStaticType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, isSubtype, typeLookup, type PyType } from './type';
import { decref, incref, newref, objFree, immortalize, gcFree, gcTrack, gcUntrack, xdecref } from './heap';
import { PyStr, StrType, newStr } from './str';
import { PyInt, newInt, True, False, pyBool } from './int';
import { listSteal } from './list';
import { None, NotImplemented } from './singletons';
import { raise, typeError, valueError, indexError } from './errors';
import { LookupError } from './exceptions';
import { call, getIter, iterNext, typeName } from './abstract';
import { PySlice, sliceIndices } from './slice';
import { NB_ADD, NB_MULTIPLY, PY_EQ, PY_NE } from './ops';
import { checkAllocation } from './limits';
import { defMethod, defClassMethod, type NativeFn } from './builtin';
import { clinic, indexArg, noArgs, oneArg, positional } from './args';
import { reprBytes } from '../text/repr';
import { decodeText, encodeText } from './codecs';
import { hashTupleOf } from './hash';
import { recorder } from '../trace/recorder';

export const BytesType = makeStaticType('bytes', 'other', { flags: TPFLAGS_BASETYPE, dealloc: (o) => objFree(o) });
export const ByteArrayType = makeStaticType('bytearray', 'other', { flags: TPFLAGS_BASETYPE, dealloc: (o) => objFree(o) });

export class PyBytes extends PyObject {
  constructor(type: PyType, public value: Uint8Array) {
    super(type);
  }
}

/** The empty bytes object is a shared singleton, as in CPython. */
const EMPTY_BYTES = immortalize(new PyBytes(BytesType, new Uint8Array(0)));

export function newBytes(v: Uint8Array, type: PyType = BytesType): PyBytes {
  if (v.length === 0 && type === BytesType) return EMPTY_BYTES;
  const b = new PyBytes(type, v);
  if (type === ByteArrayType) recorder.alloc(b);
  return b;
}

/** A bytes constant of a code object. */
export function bytesConstant(v: Uint8Array): PyBytes {
  if (v.length === 0) return EMPTY_BYTES;
  return immortalize(new PyBytes(BytesType, v));
}

/** The bytes of a bytes-like argument, or null. */
export function bytesLike(o: PyObject): Uint8Array | null {
  return o instanceof PyBytes ? o.value : null;
}

function needBytes(o: PyObject): Uint8Array {
  const b = bytesLike(o);
  if (b === null) typeError(`a bytes-like object is required, not '${typeName(o)}'`);
  return b;
}

// ---- encoding ---------------------------------------------------------------------------------

export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  return encodeText(s, encoding, errors);
}

export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  return decodeText(b, encoding, errors);
}

function strOpt(o: PyObject | undefined, dflt: string, what: string): string {
  if (o === undefined) return dflt;
  if (!(o instanceof PyStr)) typeError(`${what} must be str, not ${typeName(o)}`);
  return o.value;
}

/** str(obj, encoding, errors). */
export function decodeBytesArg(obj: PyObject, encoding: PyObject | undefined, errors: PyObject | undefined): string {
  if (obj instanceof PyStr) typeError('decoding str is not supported');
  const b = bytesLike(obj);
  if (b === null) typeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
  return decodeBytes(b, strOpt(encoding, 'utf-8', "str() argument 'encoding'"), strOpt(errors, 'strict', "str() argument 'errors'"));
}

defMethod(StrType, 'encode', (self, args, kw) => {
  const [e, r] = clinic('encode', args, kw, { names: ['encoding', 'errors'], posOnly: 0, required: 0 });
  const enc = strOpt(e, 'utf-8', "encode() argument 'encoding'");
  if (['rot13', 'rot_13', 'hex', 'base64', 'zlib'].includes(enc.toLowerCase())) {
    raise(LookupError, `'${enc}' is not a text encoding; use codecs.encode() to handle arbitrary codecs`);
  }
  return newBytes(encodeStr((self as PyStr).value, enc, strOpt(r, 'strict', "encode() argument 'errors'")));
});

// ---- construction ------------------------------------------------------------------------------

function fromObject(o: PyObject, what: string): Uint8Array {
  const b = bytesLike(o);
  if (b !== null) return b.slice();
  if (o instanceof PyInt) {
    const n = Number(o.value);
    if (n < 0) valueError('negative count');
    return new Uint8Array(n);
  }
  if (o instanceof PyStr) typeError('string argument without an encoding');
  if (o.ob_type.nb_index !== null && o.ob_type.tp_iter === null) {
    // An object with __index__ is a size, as an int is.
    const n = indexArg(o);
    if (n < 0) valueError('negative count');
    return new Uint8Array(n);
  }
  if (o.ob_type.tp_iter === null) typeError(`cannot convert '${typeName(o)}' object to ${what}`);
  const out: number[] = [];
  const it = getIter(o);
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      try {
        const n = indexArg(x);
        if (n < 0 || n > 255) valueError('bytes must be in range(0, 256)');
        out.push(n);
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
  return Uint8Array.from(out);
}

function bytesNew(type: PyType, args: readonly PyObject[], kwnames: readonly string[] | null): PyObject {
  const name = type === ByteArrayType ? 'bytearray' : 'bytes';
  const [src, enc, err] = clinic(name, args, kwnames, { names: ['source', 'encoding', 'errors'], posOnly: 0, required: 0 });
  if (src === undefined) return newBytes(new Uint8Array(0), type);
  if (enc !== undefined || err !== undefined) {
    if (!(src instanceof PyStr)) typeError(enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument');
    return newBytes(encodeStr(src.value, strOpt(enc, 'utf-8', `${name}() argument 'encoding'`), strOpt(err, 'strict', `${name}() argument 'errors'`)), type);
  }
  if (type === BytesType && src.ob_type === BytesType) return newref(src);
  if (type !== ByteArrayType) {
    const r = callBytesDunder(src);
    if (r !== null) {
      if (type === BytesType) return r;
      try {
        return newBytes((r as PyBytes).value.slice(), type);
      } finally {
        decref(r);
      }
    }
  }
  return newBytes(fromObject(src, name), type);
}

/** bytes(x) asks x.__bytes__() first (looked up on the type), which must return bytes. */
function callBytesDunder(o: PyObject): PyObject | null {
  const f = typeLookup(o.ob_type, '__bytes__');
  if (f === null) return null;
  const get = f.ob_type.tp_descr_get;
  const bound = get === null ? newref(f) : get(f, o, o.ob_type);
  let r: PyObject;
  try {
    r = call(bound, []);
  } finally {
    decref(bound);
  }
  if (!(r instanceof PyBytes) || !isSubtype(r.ob_type, BytesType)) {
    const n = typeName(r);
    decref(r);
    typeError(`__bytes__ returned non-bytes (type ${n})`);
  }
  return r;
}
BytesType.tp_new = bytesNew;
ByteArrayType.tp_new = bytesNew;
ByteArrayType.tp_init = () => undefined;
BytesType.tp_init = () => undefined;

// ---- iterators ----------------------------------------------------------------------------------

class PyBytesIter extends PyObject {
  index = 0;
  constructor(type: PyType, public seq: PyBytes | null) {
    super(type);
  }
}

function bytesIterType(name: string): PyType {
  const t = makeStaticType(name, 'iter', {
    flags: TPFLAGS_HAVE_GC,
    dealloc: (o) => {
      gcUntrack(o);
      const s = (o as PyBytesIter).seq;
      (o as PyBytesIter).seq = null;
      xdecref(s);
      gcFree(o);
    },
  });
  t.tp_iter = (o) => newref(o);
  t.tp_traverse = (o: PyObject, visit: Visit) => {
    const s = (o as PyBytesIter).seq;
    if (s !== null) visit(s);
  };
  t.tp_iternext = (o) => {
    const it = o as PyBytesIter;
    const s = it.seq;
    if (s === null) return null;
    if (it.index < s.value.length) return newInt(s.value[it.index++] as number);
    it.seq = null;
    decref(s);
    return null;
  };
  return t;
}
const BytesIterType = bytesIterType('bytes_iterator');
const ByteArrayIterType = bytesIterType('bytearray_iterator');

// ---- slots --------------------------------------------------------------------------------------

function cmpBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

function eqBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && cmpBytes(a, b) === 0;
}

function indexOfBytes(h: Uint8Array, n: Uint8Array, from: number, to: number): number {
  outer: for (let i = from; i + n.length <= to; i++) {
    for (let j = 0; j < n.length; j++) if (h[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}

for (const t of [BytesType, ByteArrayType]) {
  t.tp_repr = (o) => (o.ob_type === ByteArrayType ? `bytearray(${reprBytes((o as PyBytes).value)})` : reprBytes((o as PyBytes).value));
  t.mp_length = (o) => (o as PyBytes).value.length;
  t.nb_bool = (o) => (o as PyBytes).value.length !== 0;
  t.tp_richcompare = (a, b, op) => {
    const y = bytesLike(b);
    if (y === null) return NotImplemented;
    const x = (a as PyBytes).value;
    if (op === PY_EQ) return pyBool(eqBytes(x, y));
    if (op === PY_NE) return pyBool(!eqBytes(x, y));
    const c = cmpBytes(x, y);
    return ([c < 0, c <= 0, false, false, c > 0, c >= 0][op] as boolean) ? True : False;
  };
  t.sq_contains = (o, x) => {
    const h = (o as PyBytes).value;
    if (x instanceof PyInt) {
      const n = Number(x.value);
      if (n < 0 || n > 255) valueError('byte must be in range(0, 256)');
      return h.includes(n);
    }
    return indexOfBytes(h, needBytes(x), 0, h.length) >= 0;
  };
  t.mp_subscript = (o, k) => {
    const v = (o as PyBytes).value;
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, v.length);
      const out = new Uint8Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = v[j] as number;
      return newBytes(out, o.ob_type);
    }
    if (!(k instanceof PyInt) && k.ob_type.nb_index === null) typeError(`byte indices must be integers or slices, not ${typeName(k)}`);
    let i = indexArg(k);
    if (i < 0) i += v.length;
    if (i < 0 || i >= v.length) indexError(o.ob_type === ByteArrayType ? 'bytearray index out of range' : 'index out of range');
    return newInt(v[i] as number);
  };
  t.nb_binop = (a, b, op) => {
    if (op === NB_ADD) {
      const x = bytesLike(a);
      const y = bytesLike(b);
      if (x === null) return NotImplemented;
      if (y === null) typeError(`can't concat ${typeName(b)} to ${typeName(a)}`);
      const out = new Uint8Array(x.length + y.length);
      out.set(x);
      out.set(y, x.length);
      return newBytes(out, a.ob_type);
    }
    if (op === NB_MULTIPLY) {
      const [s, n] = a instanceof PyBytes ? [a, b] : [b as PyBytes, a];
      if (!(s instanceof PyBytes) || !(n instanceof PyInt)) return NotImplemented;
      const count = Math.max(0, Number(n.value));
      checkAllocation(s.value.length * count, 1);
      const out = new Uint8Array(s.value.length * count);
      for (let i = 0; i < count; i++) out.set(s.value, i * s.value.length);
      return newBytes(out, s.ob_type);
    }
    return NotImplemented;
  };
  t.tp_iter = (o) => {
    incref(o);
    const it = new PyBytesIter(o.ob_type === ByteArrayType ? ByteArrayIterType : BytesIterType, o as PyBytes);
    recorder.alloc(it);
    gcTrack(it);
    return it;
  };
}
BytesType.tp_hash = (o) => hashTupleOf(Array.from((o as PyBytes).value));
ByteArrayType.tp_hash = null;

// ---- methods ------------------------------------------------------------------------------------

const bv = (o: PyObject): Uint8Array => (o as PyBytes).value;
const qual = (o: PyObject, m: string): string => `${o.ob_type === ByteArrayType ? 'bytearray' : 'bytes'}.${m}`;

function both(name: string, fn: NativeFn): void {
  defMethod(BytesType, name, fn);
  defMethod(ByteArrayType, name, fn);
}

both('decode', (self, args, kw) => {
  const [e, r] = clinic('decode', args, kw, { names: ['encoding', 'errors'], posOnly: 0, required: 0 });
  return newStr(decodeBytes(bv(self), strOpt(e, 'utf-8', "decode() argument 'encoding'"), strOpt(r, 'strict', "decode() argument 'errors'")));
});
both('hex', (self, args, kw) => {
  const [sepObj] = clinic('hex', args, kw, { names: ['sep', 'bytes_per_sep'], posOnly: 0, required: 0 });
  const parts = Array.from(bv(self), (x) => x.toString(16).padStart(2, '0'));
  return newStr(sepObj instanceof PyStr ? parts.join(sepObj.value) : parts.join(''));
});
for (const t of [BytesType, ByteArrayType]) {
  defClassMethod(t, 'fromhex', (cls, args, kw) => {
    const s = oneArg(`${t.tp_name}.fromhex`, args, kw);
    if (!(s instanceof PyStr)) typeError(`fromhex() argument must be str, not ${typeName(s)}`);
    const text = s.value.replace(/\s+/g, '');
    if (text.length % 2 !== 0 || /[^0-9a-fA-F]/.test(text)) valueError(`non-hexadecimal number found in fromhex() arg at position ${text.length}`);
    const out = new Uint8Array(text.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
    return newBytes(out, isSubtype(cls as PyType, ByteArrayType) ? ByteArrayType : BytesType);
  });
}
both('count', (self, args, kw) => {
  positional('count', qual(self, 'count'), args, kw, 1, 3);
  const h = bv(self);
  const x = args[0] as PyObject;
  const n = x instanceof PyInt ? Uint8Array.of(Number(x.value)) : needBytes(x);
  if (n.length === 0) return newInt(h.length + 1);
  let c = 0;
  for (let i = indexOfBytes(h, n, 0, h.length); i >= 0; i = indexOfBytes(h, n, i + n.length, h.length)) c++;
  return newInt(c);
});
function finder(name: string, raiseMissing: boolean): NativeFn {
  return (self, args, kw) => {
    positional(name, qual(self, name), args, kw, 1, 3);
    const h = bv(self);
    const x = args[0] as PyObject;
    const n = x instanceof PyInt ? Uint8Array.of(Number(x.value)) : needBytes(x);
    const i = indexOfBytes(h, n, 0, h.length);
    if (i < 0 && raiseMissing) valueError('subsection not found');
    return newInt(i);
  };
}
both('find', finder('find', false));
both('index', finder('index', true));
both('startswith', (self, args, kw) => {
  positional('startswith', qual(self, 'startswith'), args, kw, 1, 3);
  const h = bv(self);
  const p = needBytes(args[0] as PyObject);
  return pyBool(p.length <= h.length && eqBytes(h.subarray(0, p.length), p));
});
both('endswith', (self, args, kw) => {
  positional('endswith', qual(self, 'endswith'), args, kw, 1, 3);
  const h = bv(self);
  const p = needBytes(args[0] as PyObject);
  return pyBool(p.length <= h.length && eqBytes(h.subarray(h.length - p.length), p));
});
both('join', (self, args, kw) => {
  const it = oneArg(qual(self, 'join'), args, kw);
  const parts: Uint8Array[] = [];
  const src = getIter(it);
  try {
    for (let x = iterNext(src); x !== null; x = iterNext(src)) {
      const b = bytesLike(x);
      const i = parts.length;
      decref(x);
      if (b === null) typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`);
      parts.push(b);
    }
  } finally {
    decref(src);
  }
  const sep = bv(self);
  const total = parts.reduce((n, p) => n + p.length, 0) + Math.max(0, parts.length - 1) * sep.length;
  const out = new Uint8Array(total);
  let pos = 0;
  parts.forEach((p, i) => {
    if (i > 0) {
      out.set(sep, pos);
      pos += sep.length;
    }
    out.set(p, pos);
    pos += p.length;
  });
  return newBytes(out, self.ob_type);
});
both('split', (self, args, kw) => {
  const [sepObj] = clinic('split', args, kw, { names: ['sep', 'maxsplit'], posOnly: 0, required: 0 });
  const h = bv(self);
  const out: PyObject[] = [];
  if (sepObj === undefined || sepObj === None) {
    let i = 0;
    const ws = (x: number): boolean => x === 32 || (x >= 9 && x <= 13);
    while (i < h.length) {
      while (i < h.length && ws(h[i] as number)) i++;
      if (i >= h.length) break;
      let j = i;
      while (j < h.length && !ws(h[j] as number)) j++;
      out.push(newBytes(h.slice(i, j), self.ob_type));
      i = j;
    }
    return listSteal(out);
  }
  const sep = needBytes(sepObj);
  if (sep.length === 0) valueError('empty separator');
  let i = 0;
  for (let j = indexOfBytes(h, sep, 0, h.length); j >= 0; j = indexOfBytes(h, sep, i, h.length)) {
    out.push(newBytes(h.slice(i, j), self.ob_type));
    i = j + sep.length;
  }
  out.push(newBytes(h.slice(i), self.ob_type));
  return listSteal(out);
});
function stripper(name: string, left: boolean, right: boolean): NativeFn {
  return (self, args, kw) => {
    positional(name, qual(self, name), args, kw, 0, 1);
    const h = bv(self);
    const c = args[0];
    const set = c === undefined || c === None ? Uint8Array.of(32, 9, 10, 11, 12, 13) : needBytes(c);
    let a = 0;
    let b = h.length;
    while (left && a < b && set.includes(h[a] as number)) a++;
    while (right && b > a && set.includes(h[b - 1] as number)) b--;
    return newBytes(h.slice(a, b), self.ob_type);
  };
}
both('strip', stripper('strip', true, true));
both('lstrip', stripper('lstrip', true, false));
both('rstrip', stripper('rstrip', false, true));
both('replace', (self, args, kw) => {
  positional('replace', qual(self, 'replace'), args, kw, 2, 3);
  const h = bv(self);
  const old = needBytes(args[0] as PyObject);
  const rep = needBytes(args[1] as PyObject);
  const out: number[] = [];
  let i = 0;
  if (old.length === 0) return newBytes(h.slice(), self.ob_type);
  for (let j = indexOfBytes(h, old, 0, h.length); j >= 0; j = indexOfBytes(h, old, i, h.length)) {
    out.push(...h.subarray(i, j), ...rep);
    i = j + old.length;
  }
  out.push(...h.subarray(i));
  return newBytes(Uint8Array.from(out), self.ob_type);
});
both('upper', (self, args, kw) => {
  noArgs(qual(self, 'upper'), args, kw);
  return newBytes(bv(self).map((x) => (x >= 97 && x <= 122 ? x - 32 : x)), self.ob_type);
});
both('lower', (self, args, kw) => {
  noArgs(qual(self, 'lower'), args, kw);
  return newBytes(bv(self).map((x) => (x >= 65 && x <= 90 ? x + 32 : x)), self.ob_type);
});
both('isdigit', (self, args, kw) => {
  noArgs(qual(self, 'isdigit'), args, kw);
  const h = bv(self);
  return pyBool(h.length > 0 && h.every((x) => x >= 48 && x <= 57));
});
both('isalpha', (self, args, kw) => {
  noArgs(qual(self, 'isalpha'), args, kw);
  const h = bv(self);
  return pyBool(h.length > 0 && h.every((x) => (x >= 65 && x <= 90) || (x >= 97 && x <= 122)));
});

// bytearray's mutators.
defMethod(ByteArrayType, 'append', (self, args, kw) => {
  const n = indexArg(oneArg('bytearray.append', args, kw));
  if (n < 0 || n > 255) valueError('byte must be in range(0, 256)');
  const b = self as PyBytes;
  const out = new Uint8Array(b.value.length + 1);
  out.set(b.value);
  out[b.value.length] = n;
  b.value = out;
  return None;
});
defMethod(ByteArrayType, 'extend', (self, args, kw) => {
  const add = fromObject(oneArg('bytearray.extend', args, kw), 'bytearray');
  const b = self as PyBytes;
  const out = new Uint8Array(b.value.length + add.length);
  out.set(b.value);
  out.set(add, b.value.length);
  b.value = out;
  return None;
});
defMethod(ByteArrayType, 'pop', (self, args, kw) => {
  positional('pop', 'bytearray.pop', args, kw, 0, 1);
  const b = self as PyBytes;
  if (b.value.length === 0) indexError('pop from empty bytearray');
  let i = args.length ? indexArg(args[0] as PyObject) : -1;
  if (i < 0) i += b.value.length;
  if (i < 0 || i >= b.value.length) indexError('pop index out of range');
  const x = b.value[i] as number;
  b.value = Uint8Array.from([...b.value.subarray(0, i), ...b.value.subarray(i + 1)]);
  return newInt(x);
});
defMethod(ByteArrayType, 'clear', (self, args, kw) => {
  noArgs('bytearray.clear', args, kw);
  (self as PyBytes).value = new Uint8Array(0);
  return None;
});
defMethod(ByteArrayType, 'reverse', (self, args, kw) => {
  noArgs('bytearray.reverse', args, kw);
  (self as PyBytes).value.reverse();
  return None;
});
ByteArrayType.mp_ass_subscript = (o, k, v) => {
  const b = o as PyBytes;
  if (k instanceof PySlice) {
    const [start, stop, step] = sliceIndices(k, b.value.length);
    if (step !== 1) typeError('extended slice assignment of bytearray is not supported');
    const add = v === null ? new Uint8Array(0) : fromObject(v, 'bytearray');
    const end = Math.max(start, stop);
    b.value = Uint8Array.from([...b.value.subarray(0, start), ...add, ...b.value.subarray(end)]);
    return;
  }
  let i = indexArg(k);
  if (i < 0) i += b.value.length;
  if (i < 0 || i >= b.value.length) indexError('bytearray index out of range');
  if (v === null) {
    b.value = Uint8Array.from([...b.value.subarray(0, i), ...b.value.subarray(i + 1)]);
    return;
  }
  const n = indexArg(v);
  if (n < 0 || n > 255) valueError('byte must be in range(0, 256)');
  b.value[i] = n;
};

