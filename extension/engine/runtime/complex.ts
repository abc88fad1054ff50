/**
 * complex (Objects/complexobject.c): repr, arithmetic with 3.14's mixed-mode rules (a real operand
 * is not widened to complex, so signed zeros come out as CPython's), Smith's division, c_pow with
 * its integer-exponent fast path, the constructor (numbers and strings), and its attributes.
 */
import { PyObject } from './object';
import { makeStaticType, TPFLAGS_BASETYPE } from './type';
import { immortalize, objFree } from './heap';
import { PyInt } from './int';
import { PyFloat, newFloat, floatPowHook } from './float';
import { PyStr } from './str';
import { NotImplemented } from './singletons';
import { raise, typeError, valueError, zeroDivision } from './errors';
import { OverflowError, ZeroDivisionError } from './exceptions';
import { True, False } from './int';
import { defMethod, defGetSet } from './builtin';
import { clinic, noArgs } from './args';
import { callDunder } from './slots';
import { decref } from './heap';
import { typeName } from './abstract';
import { reprFloat } from '../text/repr';
import { hashFloatValue } from './hash';
import { NB_ADD, NB_MULTIPLY, NB_POWER, NB_SUBTRACT, NB_TRUE_DIVIDE, PY_EQ, PY_NE, UNARY_NEGATIVE, UNARY_POSITIVE } from './ops';
import { recorder } from '../trace/recorder';

export const ComplexType = makeStaticType('complex', 'other', { flags: TPFLAGS_BASETYPE, dealloc: (o) => objFree(o) });

export class PyComplex extends PyObject {
  constructor(readonly real: number, readonly imag: number) {
    super(ComplexType);
  }
}

export function newComplex(real: number, imag: number): PyComplex {
  const c = new PyComplex(real, imag);
  recorder.alloc(c);
  return c;
}

/** A complex constant of a code object (an imaginary literal). */
export function complexConstant(imag: number): PyComplex {
  return immortalize(new PyComplex(0, imag));
}

function partRepr(x: number): string {
  return reprFloat(x, false);
}

ComplexType.tp_repr = (o) => {
  const c = o as PyComplex;
  const im = Number.isNaN(c.imag) ? 'nan' : partRepr(Math.abs(c.imag));
  const imSign = c.imag < 0 || Object.is(c.imag, -0) ? '-' : '+';
  if (c.real === 0 && !Object.is(c.real, -0)) return `${c.imag < 0 || Object.is(c.imag, -0) ? '-' : ''}${im}j`;
  return `(${partRepr(c.real)}${imSign}${im}j)`;
};
ComplexType.tp_hash = (o) => {
  const c = o as PyComplex;
  const hr = hashFloatValue(c.real);
  const hi = hashFloatValue(c.imag);
  let h = (hr + Math.imul(1000003, hi)) | 0;
  if (h === -1) h = -2;
  return h;
};
ComplexType.nb_bool = (o) => (o as PyComplex).real !== 0 || (o as PyComplex).imag !== 0;

type C = { re: number; im: number };

/** The operand as complex, or as a real (3.14 keeps reals unwidened), or null. */
function operand(o: PyObject): { c: C; real: boolean } | null {
  if (o instanceof PyComplex) return { c: { re: o.real, im: o.imag }, real: false };
  if (o instanceof PyFloat) return { c: { re: o.value, im: 0 }, real: true };
  if (o instanceof PyInt) {
    const d = Number(o.value);
    if (!Number.isFinite(d)) raise(OverflowError, 'int too large to convert to float');
    return { c: { re: d, im: 0 }, real: true };
  }
  return null;
}

function quot(a: C, b: C): C {
  const abr = Math.abs(b.re);
  const abi = Math.abs(b.im);
  if (abr >= abi) {
    if (abr === 0) zeroDivision();
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
  }
  if (abi >= abr) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  }
  return { re: NaN, im: NaN };
}

function prod(a: C, b: C): C {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

function powu(x: C, n: number): C {
  let r: C = { re: 1, im: 0 };
  let p = x;
  for (let mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = prod(r, p);
    p = prod(p, p);
  }
  return r;
}

/** complex ** complex (c_pow / c_powi), with CPython's errors. */
export function complexPow(a: C, b: C): C {
  if (b.im === 0 && b.re === Math.trunc(b.re) && Math.abs(b.re) <= 100) {
    const n = b.re;
    if (n > 0) return powu(a, n);
    if (a.re === 0 && a.im === 0 && n < 0) raise(ZeroDivisionError, 'zero to a negative power');
    return quot({ re: 1, im: 0 }, powu(a, -n));
  }
  if (b.re === 0 && b.im === 0) return { re: 1, im: 0 };
  if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) raise(ZeroDivisionError, 'zero to a negative or complex power');
    return { re: 0, im: 0 };
  }
  const vabs = Math.hypot(a.re, a.im);
  let len = Math.pow(vabs, b.re);
  const at = Math.atan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    len /= Math.exp(at * b.im);
    phase += b.im * Math.log(vabs);
  }
  const r = { re: len * Math.cos(phase), im: len * Math.sin(phase) };
  if (!Number.isFinite(r.re) || !Number.isFinite(r.im)) raise(OverflowError, 'complex exponentiation');
  return r;
}

ComplexType.nb_binop = (a, b, op) => {
  const x = operand(a);
  const y = operand(b);
  if (x === null || y === null) return NotImplemented;
  const p = x.c;
  const q = y.c;
  let r: C;
  switch (op) {
    case NB_ADD:
      r = x.real ? { re: p.re + q.re, im: q.im } : y.real ? { re: p.re + q.re, im: p.im } : { re: p.re + q.re, im: p.im + q.im };
      break;
    case NB_SUBTRACT:
      r = x.real ? { re: p.re - q.re, im: -q.im } : y.real ? { re: p.re - q.re, im: p.im } : { re: p.re - q.re, im: p.im - q.im };
      break;
    case NB_MULTIPLY:
      r = x.real ? { re: p.re * q.re, im: p.re * q.im } : y.real ? { re: p.re * q.re, im: p.im * q.re } : prod(p, q);
      break;
    case NB_TRUE_DIVIDE:
      if (y.real) {
        if (q.re === 0) zeroDivision();
        r = { re: p.re / q.re, im: p.im / q.re };
      } else r = quot(p, q);
      break;
    case NB_POWER:
      r = complexPow(p, q);
      break;
    default:
      return NotImplemented;
  }
  return newComplex(r.re, r.im);
};
ComplexType.nb_unary = (o, op) => {
  const c = o as PyComplex;
  if (op === UNARY_NEGATIVE) return newComplex(-c.real, -c.imag);
  if (op === UNARY_POSITIVE) return newComplex(c.real, c.imag);
  return typeError("bad operand type for unary ~: 'complex'");
};
ComplexType.tp_richcompare = (a, b, op) => {
  if (op !== PY_EQ && op !== PY_NE) return NotImplemented;
  const x = a as PyComplex;
  let eq: boolean;
  if (b instanceof PyComplex) eq = x.real === b.real && x.imag === b.imag;
  else if (b instanceof PyFloat) eq = x.imag === 0 && x.real === b.value;
  else if (b instanceof PyInt) eq = x.imag === 0 && Number.isFinite(x.real) && Number.isInteger(x.real) && BigInt(x.real) === BigInt(b.value);
  else return NotImplemented;
  return eq === (op === PY_EQ) ? True : False;
};

function parseComplex(text: string): C | null {
  let s = text.trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  const num = '(?:[0-9](?:_?[0-9])*(?:\\.(?:[0-9](?:_?[0-9])*)?)?|\\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?|inf(?:inity)?|nan';
  const full = new RegExp(`^([+-]?(?:${num}))?(?:([+-](?:${num})?)j)?$`, 'i');
  const only = new RegExp(`^([+-]?(?:${num})?)j$`, 'i');
  const clean = (t: string): number => {
    const u = t.replace(/_/g, '').toLowerCase();
    if (u === '' || u === '+') return 1;
    if (u === '-') return -1;
    if (u.replace(/^[+-]/, '').startsWith('inf')) return u.startsWith('-') ? -Infinity : Infinity;
    if (u.replace(/^[+-]/, '') === 'nan') return NaN;
    return Number(u);
  };
  let m = only.exec(s);
  if (m !== null) return { re: 0, im: clean(m[1] ?? '') };
  m = full.exec(s);
  if (m === null || (m[1] === undefined && m[2] === undefined)) return null;
  return { re: m[1] === undefined ? 0 : clean(m[1]), im: m[2] === undefined ? 0 : clean(m[2]) };
}

function toC(o: PyObject, which: string): C {
  const x = operand(o);
  if (x !== null) return x.c;
  const r = callDunder(o, '__complex__', []) ?? callDunder(o, '__float__', []);
  if (r instanceof PyComplex) {
    decref(r);
    return { re: r.real, im: r.imag };
  }
  if (r instanceof PyFloat) {
    decref(r);
    return { re: r.value, im: 0 };
  }
  if (r !== null) decref(r);
  return typeError(`complex() argument '${which}' must be a real number, not ${typeName(o)}`);
}

ComplexType.tp_new = (_t, args, kwnames) => {
  const [re, im] = clinic('complex', args, kwnames, { names: ['real', 'imag'], posOnly: 0, required: 0 });
  if (re === undefined) return newComplex(0, im === undefined ? 0 : toC(im, 'imag').re);
  if (re instanceof PyStr) {
    if (im !== undefined) typeError(`complex() argument 'real' must be a real number, not ${typeName(re)}`);
    const c = parseComplex(re.value);
    if (c === null) valueError('complex() arg is a malformed string');
    return newComplex(c.re, c.im);
  }
  if (re instanceof PyComplex && im === undefined && re.ob_type === ComplexType) {
    re.ob_refcnt++;
    return re;
  }
  const a = toC(re, 'real');
  if (im === undefined) return newComplex(a.re, a.im);
  if (im instanceof PyStr) typeError("complex() second arg can't be a string");
  const b = toC(im, 'imag');
  return newComplex(a.re - b.im, a.im + b.re);
};
ComplexType.tp_init = () => undefined;

/**
 * complex's methods, and float's hook into complex powers: installed at startup (from
 * installExtraBuiltins), since core modules import this one before builtin.ts has finished loading.
 */
export function installComplexMethods(): void {
  defGetSet(ComplexType, 'real', (o) => newFloat((o as PyComplex).real));
  defGetSet(ComplexType, 'imag', (o) => newFloat((o as PyComplex).imag));
  defMethod(ComplexType, 'conjugate', (self, args, kw) => {
    noArgs('complex.conjugate', args, kw);
    return newComplex((self as PyComplex).real, -(self as PyComplex).imag);
  });
  defMethod(ComplexType, '__abs__', (self, args, kw) => {
    noArgs('complex.__abs__', args, kw);
    const c = self as PyComplex;
    const r = Math.hypot(c.real, c.imag);
    if (!Number.isFinite(r) && Number.isFinite(c.real) && Number.isFinite(c.imag)) raise(OverflowError, 'absolute value too large');
    return newFloat(r);
  });
  floatPowHook.complex = floatPowComplex;
}

/** float ** float with a negative base and a fractional exponent gives a complex (float_pow). */
export function floatPowComplex(x: number, y: number): PyObject {
  const r = complexPow({ re: x, im: 0 }, { re: y, im: 0 });
  return newComplex(r.re, r.im);
}
