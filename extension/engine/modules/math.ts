/**
 * The math module (Modules/mathmodule.c): CPython's argument conversion, its error rules (a NaN
 * from a non-NaN input is a ValueError with the function's message, an infinity from a finite
 * input an OverflowError or ValueError), its own gamma/lgamma (Lanczos), fsum (exact partials),
 * and correctly rounded hypot/dist/sumprod/fma/isqrt.
 */
import type { PyObject } from '../runtime/object';
import { moduleNew, type PyModule } from '../runtime/module';
import { builtinFunction, type NativeFn } from '../runtime/builtin';
import { dictSetStr } from '../runtime/dict';
import { PyInt, newInt, normInt, pyBool, IntType } from '../runtime/int';
import { PyFloat, FloatType, newFloat } from '../runtime/float';
import { tupleSteal } from '../runtime/tuple';
import { decref, immortalize } from '../runtime/heap';
import { raise, typeError, valueError, zeroDivision } from '../runtime/errors';
import { OverflowError } from '../runtime/exceptions';
import { binaryOp, getIter, iterNext, typeName, iterateToArray } from '../runtime/abstract';
import { callDunder } from '../runtime/slots';
import { clinic, indexValue, oneArg, positional } from '../runtime/args';
import { NB_MULTIPLY } from '../runtime/ops';
import { reprFloat } from '../text/repr';
import { intFromDouble } from '../runtime/int-methods';
import { exactAdd, exactMul, exactOf, exactSqrt, exactToDouble, isqrtBig, powInt, type Exact } from '../runtime/exact';
import { frexpExact } from '../runtime/hash';
import { erf, erfc } from './erf';

/** PyFloat_AsDouble. */
export function asDoubleArg(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) {
    const d = Number(o.value);
    if (!Number.isFinite(d)) raise(OverflowError, 'int too large to convert to float');
    return d;
  }
  const r = callDunder(o, '__float__', []);
  if (r !== null) {
    if (!(r instanceof PyFloat)) {
      const n = typeName(r);
      decref(r);
      typeError(`${typeName(o)}.__float__ returned non-float (type ${n})`);
    }
    const v = r.value;
    decref(r);
    return v;
  }
  if (o.ob_type.nb_index !== null) return Number(indexValue(o));
  return typeError(`must be real number, not ${typeName(o)}`);
}

const reprArg = (x: number): string => reprFloat(x);

/** math_1: wraps a one-argument libm-style function with CPython's error rules. */
function math1(name: string, f: (x: number) => number, canOverflow: boolean, msg: string | null): NativeFn {
  return (_s, args, kw) => {
    const x = asDoubleArg(oneArg(`math.${name}`, args, kw));
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domainError(x, msg);
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
      if (canOverflow) raise(OverflowError, 'math range error');
      domainError(x, msg);
    }
    return newFloat(r);
  };
}

function domainError(x: number, msg: string | null): never {
  return valueError(msg === null ? 'math domain error' : msg.replace('%s', reprArg(x)));
}

/** math_2: two-argument functions; NaN from non-NaN inputs is a domain error, infinity a range error. */
function math2(name: string, f: (x: number, y: number) => number): NativeFn {
  return (_s, args, kw) => {
    positional(name, `math.${name}`, args, kw, 2, 2);
    const x = asDoubleArg(args[0] as PyObject);
    const y = asDoubleArg(args[1] as PyObject);
    const r = f(x, y);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) valueError('math domain error');
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) raise(OverflowError, 'math range error');
    return newFloat(r);
  };
}

// ---- gamma and friends (CPython's own implementations) -----------------------------------------

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.41076, 42919803642.6491,
  35711959237.35567, 17921034426.03721,
  6039542586.352028, 1439720407.3117216,
  248874557.86205417, 31426415.585400194,
  2876370.6289353725, 186056.26539522348,
  8071.672002365816, 210.82427775157936,
  2.5066282746310002,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL: number[] = [1];
for (let i = 1; i < 23; i++) GAMMA_INTEGRAL.push((GAMMA_INTEGRAL[i - 1] as number) * i);

function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5.0) {
    for (let i = LANCZOS_NUM.length; --i >= 0;) {
      num = num * x + (LANCZOS_NUM[i] as number);
      den = den * x + (LANCZOS_DEN[i] as number);
    }
  } else {
    for (let i = 0; i < LANCZOS_NUM.length; i++) {
      num = num / x + (LANCZOS_NUM[i] as number);
      den = den / x + (LANCZOS_DEN[i] as number);
    }
  }
  return num / den;
}

/** sin(pi * x), accurate for large x (m_sinpi). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0: r = Math.sin(Math.PI * y); break;
    case 1: r = Math.cos(Math.PI * (y - 0.5)); break;
    case 2: r = Math.sin(Math.PI * (1.0 - y)); break;
    case 3: r = -Math.cos(Math.PI * (y - 1.5)); break;
    default: r = Math.sin(Math.PI * (y - 2.0)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

/** Errors of the errno-style functions: EDOM or ERANGE beside the value. */
type Errno = { edom: boolean; erange: boolean };

function tgamma(x: number, err: Errno): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    err.edom = true;
    return NaN;
  }
  if (x === 0) {
    err.edom = true;
    return Object.is(x, -0) ? -Infinity : Infinity;
  }
  if (x === Math.floor(x)) {
    if (x < 0) {
      err.edom = true;
      return NaN;
    }
    if (x <= 23) return GAMMA_INTEGRAL[x - 1] as number;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) err.erange = true;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    err.erange = true;
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) z = y - absx - LANCZOS_G_MINUS_HALF;
  else z = y - LANCZOS_G_MINUS_HALF - absx;
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = (((-Math.PI / sinpi(absx)) / absx) * Math.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= Math.pow(y, absx - 0.5);
    else {
      const sp = Math.pow(y, absx / 2.0 - 0.25);
      r /= sp;
      r /= sp;
    }
  } else {
    r = lanczosSum(absx) / Math.exp(y);
    r += z * r;
    if (absx < 140.0) r *= Math.pow(y, absx - 0.5);
    else {
      const sp = Math.pow(y, absx / 2.0 - 0.25);
      r *= sp;
      r *= sp;
    }
  }
  if (!Number.isFinite(r)) err.erange = true;
  return r;
}

function lgamma(x: number, err: Errno): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      err.edom = true;
      return Infinity;
    }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -Math.log(absx);
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = Math.log(Math.PI) - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
  if (!Number.isFinite(r)) err.erange = true;
  return r;
}

/** math_1a: functions reporting errors errno-style. */
function math1a(name: string, f: (x: number, err: Errno) => number, msg: string | null): NativeFn {
  return (_s, args, kw) => {
    const x = asDoubleArg(oneArg(`math.${name}`, args, kw));
    const err = { edom: false, erange: false };
    const r = f(x, err);
    if (err.edom) domainError(x, msg);
    if (err.erange && Math.abs(r) >= 1.5) raise(OverflowError, 'math range error');
    return newFloat(r);
  };
}

// ---- integers -----------------------------------------------------------------------------------

function intArg(o: PyObject): bigint {
  return BigInt(indexValue(o));
}

function gcd2(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
}

function factorialBig(n: bigint): bigint {
  let r = 1n;
  for (let i = 2n; i <= n; i++) r *= i;
  return r;
}

function permBig(n: bigint, k: bigint): bigint {
  let r = 1n;
  for (let i = 0n; i < k; i++) r *= n - i;
  return r;
}

function combBig(n: bigint, k: bigint): bigint {
  if (k > n - k) k = n - k;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

// ---- fsum, hypot ------------------------------------------------------------------------------

function fsum(items: readonly number[]): number {
  const p: number[] = [];
  let special = 0.0;
  let infSum = 0.0;
  for (const xsave of items) {
    let x = xsave;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j] as number;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) raise(OverflowError, 'intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        special += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (special !== 0.0) {
    if (Number.isNaN(infSum)) valueError('-inf + inf in fsum');
    return special;
  }
  let hi = 0.0;
  let n = p.length;
  if (n > 0) {
    let lo = 0.0;
    hi = p[--n] as number;
    while (n > 0) {
      const x = hi;
      const y = p[--n] as number;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && (p[n - 1] as number) < 0.0) || (lo > 0.0 && (p[n - 1] as number) > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** The correctly rounded Euclidean norm (CPython's vector_norm, for finite inputs). */
function vectorNorm(xs: readonly number[]): number {
  let inf = false;
  let nan = false;
  for (const x of xs) {
    if (x === Infinity || x === -Infinity) inf = true;
    else if (Number.isNaN(x)) nan = true;
  }
  if (inf) return Infinity;
  if (nan) return NaN;
  let acc: Exact = { m: 0n, e: 0 };
  for (const x of xs) {
    const ex = exactOf(Math.abs(x));
    acc = exactAdd(acc, exactMul(ex, ex));
  }
  return exactSqrt(acc);
}

function iterDoubles(o: PyObject): number[] {
  const items = iterateToArray(o);
  try {
    return items.map(asDoubleArg);
  } finally {
    for (const x of items) decref(x);
  }
}

// ---- the module ---------------------------------------------------------------------------------

function floorCeil(name: '__floor__' | '__ceil__', f: (x: number) => number): NativeFn {
  return (_s, args, kw) => {
    const x = oneArg(`math.${name === '__floor__' ? 'floor' : 'ceil'}`, args, kw);
    if (x.ob_type === FloatType) return intFromDouble(f((x as PyFloat).value));
    if (x instanceof PyInt) return newInt(x.value);
    const r = callDunder(x, name, []);
    if (r !== null) return r;
    return intFromDouble(f(asDoubleArg(x)));
  };
}

function log(x: PyObject, name: string, f: (v: number) => number): number {
  // Big ints are handled through their bit length (loghelper), so log(10**400) works.
  if (x instanceof PyInt) {
    const v = BigInt(x.value);
    if (v <= 0n) valueError('expected a positive input');
    const d = Number(v);
    if (Number.isFinite(d)) return f(d);
    const bits = v.toString(2).length;
    const top = Number(v >> BigInt(bits - 60)) / 2 ** 60;
    return f(top) + f(2) * bits;
  }
  const d = asDoubleArg(x);
  if (Number.isNaN(d)) return d;
  if (d <= 0 || d === -Infinity) valueError('expected a positive input');
  void name;
  return f(d);
}

function fn(m: PyModule, name: string, f: NativeFn): void {
  dictSetStr(m.md_dict, name, builtinFunction(name, f));
}

export function makeMath(): PyModule {
  const m = moduleNew('math');
  const consts: [string, number][] = [['pi', Math.PI], ['e', Math.E], ['tau', 2 * Math.PI], ['inf', Infinity], ['nan', NaN]];
  for (const [k, v] of consts) dictSetStr(m.md_dict, k, immortalize(newFloat(v)));
  const finite = 'expected a finite input, got %s';
  fn(m, 'acos', math1('acos', Math.acos, false, 'expected a number in range from -1 up to 1, got %s'));
  fn(m, 'acosh', math1('acosh', Math.acosh, false, 'expected argument value not less than 1, got %s'));
  fn(m, 'asin', math1('asin', Math.asin, false, 'expected a number in range from -1 up to 1, got %s'));
  fn(m, 'asinh', math1('asinh', Math.asinh, false, null));
  fn(m, 'atan', math1('atan', Math.atan, false, null));
  fn(m, 'atanh', math1('atanh', Math.atanh, false, 'expected a number between -1 and 1, got %s'));
  fn(m, 'cbrt', math1('cbrt', Math.cbrt, false, null));
  fn(m, 'cos', math1('cos', Math.cos, false, finite));
  fn(m, 'cosh', math1('cosh', Math.cosh, true, null));
  fn(m, 'sin', math1('sin', Math.sin, false, finite));
  fn(m, 'sinh', math1('sinh', Math.sinh, true, null));
  fn(m, 'tan', math1('tan', Math.tan, false, finite));
  fn(m, 'tanh', math1('tanh', Math.tanh, false, null));
  fn(m, 'exp', math1('exp', Math.exp, true, null));
  fn(m, 'exp2', math1('exp2', (x) => Math.pow(2, x), true, null));
  fn(m, 'expm1', math1('expm1', Math.expm1, true, null));
  fn(m, 'fabs', math1('fabs', Math.abs, false, null));
  fn(m, 'sqrt', math1('sqrt', Math.sqrt, false, 'expected a nonnegative input, got %s'));
  fn(m, 'log1p', math1('log1p', Math.log1p, false, 'expected argument value > -1, got %s'));
  fn(m, 'erf', math1a('erf', (x) => erf(x), null));
  fn(m, 'erfc', math1a('erfc', (x) => erfc(x), null));
  fn(m, 'gamma', math1a('gamma', tgamma, 'expected a noninteger or positive integer, got %s'));
  fn(m, 'lgamma', math1a('lgamma', lgamma, 'expected a noninteger or positive integer, got %s'));
  fn(m, 'atan2', math2('atan2', Math.atan2));
  fn(m, 'copysign', math2('copysign', (x, y) => (y < 0 || Object.is(y, -0) || (Number.isNaN(y) && false) ? -Math.abs(x) : Math.abs(x))));
  fn(m, 'fmod', (_s, args, kw) => {
    positional('fmod', 'math.fmod', args, kw, 2, 2);
    const x = asDoubleArg(args[0] as PyObject);
    const y = asDoubleArg(args[1] as PyObject);
    if (!Number.isFinite(y) && Number.isFinite(x) && !Number.isNaN(y)) return newFloat(x);
    const r = x % y;
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) valueError('math domain error');
    return newFloat(r);
  });
  fn(m, 'remainder', math2('remainder', (x, y) => {
    if (Number.isFinite(x) && Number.isFinite(y)) {
      if (y === 0) return NaN;
      const ax = Math.abs(x);
      const ay = Math.abs(y);
      const md = ax % ay;
      const c = ay - md;
      let r: number;
      if (md < c) r = md;
      else if (md > c) r = -c;
      else r = md - 2.0 * ((0.5 * (ax - md)) % ay);
      return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
    }
    if (Number.isNaN(x)) return x;
    if (Number.isNaN(y)) return y;
    if (!Number.isFinite(x)) return NaN;
    return x;
  }));
  fn(m, 'pow', (_s, args, kw) => {
    positional('pow', 'math.pow', args, kw, 2, 2);
    const x = asDoubleArg(args[0] as PyObject);
    const y = asDoubleArg(args[1] as PyObject);
    if (x === 1 || y === 0) return newFloat(1);
    if (x === 0 && y < 0 && Number.isFinite(y)) valueError('math domain error');
    const r = Number.isInteger(y) ? powInt(x, y) : Math.pow(x, y);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) valueError('math domain error');
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) raise(OverflowError, 'math range error');
    return newFloat(r);
  });
  fn(m, 'floor', floorCeil('__floor__', Math.floor));
  fn(m, 'ceil', floorCeil('__ceil__', Math.ceil));
  fn(m, 'trunc', (_s, args, kw) => {
    const x = oneArg('math.trunc', args, kw);
    if (x.ob_type === FloatType) return intFromDouble((x as PyFloat).value);
    const r = callDunder(x, '__trunc__', []);
    if (r === null) typeError(`type ${typeName(x)} doesn't define __trunc__ method`);
    return r;
  });
  fn(m, 'log', (_s, args, kw) => {
    positional('log', 'math.log', args, kw, 1, 2);
    const num = log(args[0] as PyObject, 'log', Math.log);
    if (args.length === 1) return newFloat(num);
    const den = log(args[1] as PyObject, 'log', Math.log);
    if (den === 0) zeroDivision();
    return newFloat(num / den);
  });
  fn(m, 'log2', (_s, args, kw) => newFloat(log(oneArg('math.log2', args, kw), 'log2', Math.log2)));
  fn(m, 'log10', (_s, args, kw) => newFloat(log(oneArg('math.log10', args, kw), 'log10', Math.log10)));
  fn(m, 'degrees', (_s, args, kw) => newFloat(asDoubleArg(oneArg('math.degrees', args, kw)) * (180.0 / Math.PI)));
  fn(m, 'radians', (_s, args, kw) => newFloat(asDoubleArg(oneArg('math.radians', args, kw)) * (Math.PI / 180.0)));
  fn(m, 'isnan', (_s, args, kw) => pyBool(Number.isNaN(asDoubleArg(oneArg('math.isnan', args, kw)))));
  fn(m, 'isinf', (_s, args, kw) => {
    const x = asDoubleArg(oneArg('math.isinf', args, kw));
    return pyBool(x === Infinity || x === -Infinity);
  });
  fn(m, 'isfinite', (_s, args, kw) => pyBool(Number.isFinite(asDoubleArg(oneArg('math.isfinite', args, kw)))));
  fn(m, 'isclose', (_s, args, kwnames) => {
    const [a, b, rt, at] = clinic('isclose', args, kwnames, { names: ['a', 'b', 'rel_tol', 'abs_tol'], posOnly: 0, required: 2, kwOnly: 2 });
    const x = asDoubleArg(a as PyObject);
    const y = asDoubleArg(b as PyObject);
    const rel = rt === undefined ? 1e-9 : asDoubleArg(rt);
    const abs = at === undefined ? 0.0 : asDoubleArg(at);
    if (rel < 0.0 || abs < 0.0) valueError('tolerances must be non-negative');
    if (x === y) return pyBool(true);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return pyBool(false);
    const diff = Math.abs(y - x);
    return pyBool((diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x)) || diff <= abs);
  });
  fn(m, 'modf', (_s, args, kw) => {
    const x = asDoubleArg(oneArg('math.modf', args, kw));
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return tupleSteal([newFloat(x), newFloat(x)]);
      return tupleSteal([newFloat(x > 0 ? 0.0 : -0.0), newFloat(x)]);
    }
    const i = Math.trunc(x);
    const f = x - i;
    return tupleSteal([newFloat(f === 0 && (x < 0 || Object.is(x, -0)) ? -0.0 : f), newFloat(i)]);
  });
  fn(m, 'frexp', (_s, args, kw) => {
    const x = asDoubleArg(oneArg('math.frexp', args, kw));
    if (x === 0 || !Number.isFinite(x)) return tupleSteal([newFloat(x), newInt(0)]);
    const { m: mant, e } = frexpExact(x);
    const bits = mant.toString(2).length;
    const mv = exactToDouble({ m: mant, e: -bits });
    return tupleSteal([newFloat(x < 0 ? -mv : mv), newInt(e + bits)]);
  });
  fn(m, 'ldexp', (_s, args, kw) => {
    positional('ldexp', 'math.ldexp', args, kw, 2, 2);
    const x = asDoubleArg(args[0] as PyObject);
    const iObj = args[1] as PyObject;
    if (!(iObj instanceof PyInt)) typeError('Expected an int as second argument to ldexp.');
    if (x === 0 || !Number.isFinite(x)) return newFloat(x);
    const ex = exactOf(x);
    const i = BigInt(iObj.value);
    if (i > 5000n) raise(OverflowError, 'math range error');
    const r = i < -5000n ? 0 * x : exactToDouble({ m: ex.m, e: ex.e + Number(i) });
    if (!Number.isFinite(r)) raise(OverflowError, 'math range error');
    return newFloat(r);
  });
  fn(m, 'fsum', (_s, args, kw) => {
    const it = getIter(oneArg('math.fsum', args, kw));
    const xs: number[] = [];
    try {
      for (let x = iterNext(it); x !== null; x = iterNext(it)) {
        try {
          xs.push(asDoubleArg(x));
        } finally {
          decref(x);
        }
      }
    } finally {
      decref(it);
    }
    return newFloat(fsum(xs));
  });
  fn(m, 'prod', (_s, args, kwnames) => {
    const [iterable, start] = clinic('prod', args, kwnames, { names: ['', 'start'], posOnly: 1, required: 1, kwOnly: 1 });
    let acc: PyObject = start === undefined ? newInt(1) : (start.ob_refcnt++, start);
    const it = getIter(iterable as PyObject);
    try {
      for (let x = iterNext(it); x !== null; x = iterNext(it)) {
        try {
          const next = binaryOp(acc, x, NB_MULTIPLY);
          decref(acc);
          acc = next;
        } finally {
          decref(x);
        }
      }
    } catch (e) {
      decref(acc);
      throw e;
    } finally {
      decref(it);
    }
    return acc;
  });
  fn(m, 'hypot', (_s, args, kw) => {
    if (kw !== null && kw.length) typeError('hypot() takes no keyword arguments');
    return newFloat(vectorNorm(args.map(asDoubleArg)));
  });
  fn(m, 'dist', (_s, args, kw) => {
    positional('dist', 'math.dist', args, kw, 2, 2);
    const p = iterDoubles(args[0] as PyObject);
    const q = iterDoubles(args[1] as PyObject);
    if (p.length !== q.length) valueError('both points must have the same number of dimensions');
    return newFloat(vectorNorm(p.map((x, i) => x - (q[i] as number))));
  });
  fn(m, 'sumprod', (_s, args, kw) => {
    positional('sumprod', 'math.sumprod', args, kw, 2, 2);
    const p = iterateToArray(args[0] as PyObject);
    const q = iterateToArray(args[1] as PyObject);
    try {
      if (p.length !== q.length) valueError('Inputs are not the same length');
      if (p.every((x) => x.ob_type === IntType) && q.every((x) => x.ob_type === IntType)) {
        let s = 0n;
        for (let i = 0; i < p.length; i++) s += BigInt((p[i] as PyInt).value) * BigInt((q[i] as PyInt).value);
        return newInt(normInt(s));
      }
      let acc: Exact = { m: 0n, e: 0 };
      for (let i = 0; i < p.length; i++) acc = exactAdd(acc, exactMul(exactOf(asDoubleArg(p[i] as PyObject)), exactOf(asDoubleArg(q[i] as PyObject))));
      return newFloat(exactToDouble(acc));
    } finally {
      for (const x of p) decref(x);
      for (const x of q) decref(x);
    }
  });
  fn(m, 'fma', (_s, args, kw) => {
    positional('fma', 'math.fma', args, kw, 3, 3);
    const [x, y, z] = args.map(asDoubleArg) as [number, number, number];
    if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) {
      const r = x * y + z;
      if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y) && !Number.isNaN(z)) valueError('invalid operation in fma');
      return newFloat(r);
    }
    const r = exactToDouble(exactAdd(exactMul(exactOf(x), exactOf(y)), exactOf(z)));
    if (!Number.isFinite(r)) raise(OverflowError, 'overflow in fma');
    return newFloat(r);
  });
  fn(m, 'ulp', (_s, args, kw) => {
    const x = Math.abs(asDoubleArg(oneArg('math.ulp', args, kw)));
    if (!Number.isFinite(x)) return newFloat(x);
    if (x === Number.MAX_VALUE) return newFloat(x - nextDown(x));
    return newFloat(nextUp(x) - x);
  });
  fn(m, 'nextafter', (_s, args, kwnames) => {
    const [a, b, steps] = clinic('nextafter', args, kwnames, { names: ['x', 'y', 'steps'], posOnly: 2, required: 2, kwOnly: 2 });
    let x = asDoubleArg(a as PyObject);
    const y = asDoubleArg(b as PyObject);
    let n = steps === undefined ? 1 : Number(indexValue(steps));
    if (n < 0) valueError('steps must be a non-negative integer');
    while (n-- > 0 && x !== y && !Number.isNaN(x) && !Number.isNaN(y)) x = y > x ? nextUp(x) : nextDown(x);
    return newFloat(Number.isNaN(y) ? y : x);
  });
  fn(m, 'factorial', (_s, args, kw) => {
    const a = oneArg('math.factorial', args, kw);
    if (a instanceof PyFloat) typeError("'float' object cannot be interpreted as an integer");
    const n = intArg(a);
    if (n < 0n) valueError('factorial() not defined for negative values');
    return newInt(normInt(factorialBig(n)));
  });
  fn(m, 'gcd', (_s, args, kw) => {
    if (kw !== null && kw.length) typeError('gcd() takes no keyword arguments');
    let g = 0n;
    for (const a of args) g = gcd2(g, intArg(a));
    return newInt(normInt(g));
  });
  fn(m, 'lcm', (_s, args, kw) => {
    if (kw !== null && kw.length) typeError('lcm() takes no keyword arguments');
    let l = 1n;
    for (const a of args) {
      const v = intArg(a);
      if (v === 0n || l === 0n) l = 0n;
      else l = ((l * v) / gcd2(l, v));
      if (l < 0n) l = -l;
    }
    return newInt(normInt(l));
  });
  fn(m, 'isqrt', (_s, args, kw) => {
    const n = intArg(oneArg('math.isqrt', args, kw));
    if (n < 0n) valueError('isqrt() argument must be nonnegative');
    return newInt(normInt(isqrtBig(n)));
  });
  fn(m, 'comb', (_s, args, kw) => {
    positional('comb', 'math.comb', args, kw, 2, 2);
    const n = intArg(args[0] as PyObject);
    const k = intArg(args[1] as PyObject);
    if (n < 0n) valueError('n must be a non-negative integer');
    if (k < 0n) valueError('k must be a non-negative integer');
    return newInt(normInt(k > n ? 0n : combBig(n, k)));
  });
  fn(m, 'perm', (_s, args, kw) => {
    positional('perm', 'math.perm', args, kw, 1, 2);
    const n = intArg(args[0] as PyObject);
    if (n < 0n) valueError('n must be a non-negative integer');
    const kObj = args[1];
    const k = kObj === undefined || kObj.ob_type.tp_name === 'NoneType' ? n : intArg(kObj);
    if (k < 0n) valueError('k must be a non-negative integer');
    return newInt(normInt(k > n ? 0n : permBig(n, k)));
  });
  return m;
}

const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);

function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  f64[0] = x;
  i64[0] = (i64[0] as bigint) + (x > 0 ? 1n : -1n);
  return f64[0] as number;
}

function nextDown(x: number): number {
  return -nextUp(-x);
}
