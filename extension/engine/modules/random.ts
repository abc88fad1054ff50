/**
 * The random module: CPython's Mersenne Twister (mt19937.ts) and the algorithms of Lib/random.py
 * on top of it (randbelow by rejection of getrandbits, randrange, shuffle, sample's two
 * strategies, choices by bisection, gauss's cached pair...), so a seeded program draws exactly
 * CPython's numbers. Unseeded, it starts from a nondeterministic seed as CPython does.
 */
import { PyObject, type Visit } from '../runtime/object';
import { makeStaticType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, type PyType } from '../runtime/type';
import { decref, gcFree, gcTrack, gcUntrack, newref, xdecref } from '../runtime/heap';
import { moduleNew, type PyModule } from '../runtime/module';
import { builtinFunction, defMethod, type NativeFn } from '../runtime/builtin';
import { dictSetStr } from '../runtime/dict';
import { PyInt, newInt, normInt } from '../runtime/int';
import { PyFloat, newFloat } from '../runtime/float';
import { PyStr } from '../runtime/str';
import { PyBytes } from '../runtime/bytes';
import { PyList, listSteal } from '../runtime/list';
import { PyTuple, tupleSteal } from '../runtime/tuple';
import { None } from '../runtime/singletons';
import { indexError, typeError, valueError } from '../runtime/errors';
import { binaryOp, getItem, hashObject, iterateToArray, length, pyStr, setItem } from '../runtime/abstract';
import { clinic, indexValue, positional } from '../runtime/args';
import { isAnySet } from '../runtime/set';
import { PyDict } from '../runtime/dict';
import { NB_ADD, NB_MULTIPLY, NB_SUBTRACT } from '../runtime/ops';
import { asDoubleArg } from './math';
import { MersenneTwister } from './mt19937';
import { sha512 } from './sha512';
import { recorder } from '../trace/recorder';
import { traceItemSet } from '../trace/containers';

export const RandomType = makeStaticType('random.Random', 'other', {
  flags: TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
  dealloc: (o) => {
    gcUntrack(o);
    const r = o as PyRandom;
    const g = r.gaussNext;
    r.gaussNext = null;
    xdecref(g);
    gcFree(o);
  },
});
RandomType.tp_traverse = (o: PyObject, visit: Visit) => {
  const g = (o as PyRandom).gaussNext;
  if (g !== null) visit(g);
};

class PyRandom extends PyObject {
  readonly mt = new MersenneTwister();
  gaussNext: PyObject | null = null;
  constructor(type: PyType) {
    super(type);
  }
}

/** random.seed(a): ints by their words, strs and bytes with their SHA-512, others by hash. */
function seed(r: PyRandom, a: PyObject | undefined): void {
  const g = r.gaussNext;
  r.gaussNext = null;
  xdecref(g);
  if (a === undefined || a === None) {
    const words = Array.from({ length: 8 }, () => Math.floor(Math.random() * 2 ** 32));
    r.mt.seedWords(words);
    return;
  }
  if (a instanceof PyInt) {
    r.mt.seedInt(BigInt(a.value));
    return;
  }
  if (a instanceof PyStr || a instanceof PyBytes) {
    const bytes = a instanceof PyStr ? new TextEncoder().encode(a.value) : a.value;
    const all = new Uint8Array(bytes.length + 64);
    all.set(bytes);
    all.set(sha512(bytes), bytes.length);
    let n = 0n;
    for (const b of all) n = (n << 8n) | BigInt(b);
    r.mt.seedInt(n);
    return;
  }
  if (!(a instanceof PyFloat)) typeError('The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.');
  // A float seed goes through its hash (a Py_hash_t read as unsigned).
  r.mt.seedInt(BigInt(hashObject(a) >>> 0));
}

function randomNew(t: PyType, seedArg: PyObject | undefined): PyRandom {
  const r = new PyRandom(t);
  recorder.alloc(r);
  gcTrack(r);
  seed(r, seedArg);
  return r;
}

RandomType.tp_new = (t, args, kwnames) => {
  positional('Random', 'Random', args, kwnames, 0, 1);
  return randomNew(t, args[0]);
};
RandomType.tp_init = () => undefined;

const big = (o: PyObject): bigint => BigInt(indexValue(o));

function randrange(r: PyRandom, startObj: PyObject, stopObj: PyObject | undefined, stepObj: PyObject | undefined): PyObject {
  const istart = big(startObj);
  if (stopObj === undefined || stopObj === None) {
    if (stepObj !== undefined && !(stepObj instanceof PyInt && stepObj.value === 1)) typeError('Missing a non-None stop argument');
    if (istart > 0n) return newInt(normInt(r.mt.randbelow(istart)));
    valueError('empty range for randrange()');
  }
  const istop = big(stopObj);
  const width = istop - istart;
  const istep = stepObj === undefined ? 1n : big(stepObj);
  if (istep === 1n) {
    if (width > 0n) return newInt(normInt(istart + r.mt.randbelow(width)));
    valueError(`empty range in randrange(${pyStr(startObj)}, ${pyStr(stopObj)})`);
  }
  let n: bigint;
  const fdiv = (a: bigint, b: bigint): bigint => {
    const q = a / b;
    return a % b !== 0n && (a < 0n) !== (b < 0n) ? q - 1n : q;
  };
  if (istep > 0n) n = fdiv(width + istep - 1n, istep);
  else if (istep < 0n) n = fdiv(width + istep + 1n, istep);
  else return valueError('zero step for randrange()');
  if (n <= 0n) valueError(`empty range in randrange(${pyStr(startObj)}, ${pyStr(stopObj)}, ${pyStr(stepObj as PyObject)})`);
  return newInt(normInt(istart + istep * r.mt.randbelow(n)));
}

function randomValue(r: PyRandom): number {
  return r.mt.random();
}

/** Python-level float arithmetic for a + (b - a) * u, so int bounds behave as CPython's. */
function uniform(r: PyRandom, a: PyObject, b: PyObject): PyObject {
  const u = newFloat(randomValue(r));
  const diff = binaryOp(b, a, NB_SUBTRACT);
  try {
    const scaled = binaryOp(diff, u, NB_MULTIPLY);
    try {
      return binaryOp(a, scaled, NB_ADD);
    } finally {
      decref(scaled);
    }
  } finally {
    decref(diff);
    decref(u);
  }
}

function shuffle(r: PyRandom, x: PyObject): void {
  const n = length(x);
  for (let i = n - 1; i >= 1; i--) {
    const j = Number(r.mt.randbelow(BigInt(i + 1)));
    if (x instanceof PyList) {
      const items = x.items;
      const before = recorder.on && i !== j ? [items[i] as PyObject, items[j] as PyObject] : null;
      [items[i], items[j]] = [items[j] as PyObject, items[i] as PyObject];
      if (before !== null) {
        traceItemSet(x, i, before[0] as PyObject, items[i] as PyObject);
        traceItemSet(x, j, before[1] as PyObject, items[j] as PyObject);
      }
      continue;
    }
    const ki = newInt(i);
    const kj = newInt(j);
    const a = getItem(x, kj);
    const b = getItem(x, ki);
    setItem(x, ki, a);
    setItem(x, kj, b);
    decref(a);
    decref(b);
    decref(ki);
    decref(kj);
  }
}

function sample(r: PyRandom, population: PyObject, kObj: PyObject): PyObject {
  if (isAnySet(population) || population instanceof PyDict || population.ob_type.mp_subscript === null) {
    typeError('Population must be a sequence.  For dicts or sets, use sorted(d).');
  }
  const n = length(population);
  const k = Number(indexValue(kObj));
  if (!(k >= 0 && k <= n)) valueError('Sample larger than population or is negative');
  const result: PyObject[] = [];
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
  if (n <= setsize) {
    // list(population): its references are released once the picks hold their own.
    const pool = iterateToArray(population);
    const originals = pool.slice();
    try {
      for (let i = 0; i < k; i++) {
        const j = Number(r.mt.randbelow(BigInt(n - i)));
        result.push(newref(pool[j] as PyObject));
        pool[j] = pool[n - i - 1] as PyObject;
      }
    } finally {
      for (const x of originals) decref(x);
    }
    return listSteal(result);
  }
  const selected = new Set<number>();
  for (let i = 0; i < k; i++) {
    let j = Number(r.mt.randbelow(BigInt(n)));
    while (selected.has(j)) j = Number(r.mt.randbelow(BigInt(n)));
    selected.add(j);
    const key = newInt(j);
    result.push(getItem(population, key));
    decref(key);
  }
  return listSteal(result);
}

function choices(r: PyRandom, population: PyObject, weights: PyObject | undefined, cum: PyObject | undefined, kObj: PyObject | undefined): PyObject {
  const n = length(population);
  const k = kObj === undefined ? 1 : Number(indexValue(kObj));
  const out: PyObject[] = [];
  const pick = (i: number): PyObject => {
    const key = newInt(i);
    try {
      return getItem(population, key);
    } finally {
      decref(key);
    }
  };
  let cumWeights: number[];
  if (cum === undefined || cum === None) {
    if (weights === undefined || weights === None) {
      for (let i = 0; i < k; i++) out.push(pick(Math.floor(randomValue(r) * n)));
      return listSteal(out);
    }
    let acc = 0;
    cumWeights = iterDoubles(weights).map((w) => (acc += w));
  } else {
    if (weights !== undefined && weights !== None) typeError('Cannot specify both weights and cumulative weights');
    cumWeights = iterDoubles(cum);
  }
  if (cumWeights.length !== n) valueError('The number of weights does not match the population');
  const total = (cumWeights[n - 1] ?? 0) + 0.0;
  if (total <= 0.0) valueError('Total of weights must be greater than zero');
  if (!Number.isFinite(total)) valueError('Total of weights must be finite');
  const hi = n - 1;
  for (let i = 0; i < k; i++) {
    const x = randomValue(r) * total;
    let lo = 0;
    let h = hi;
    while (lo < h) {
      const mid = (lo + h) >> 1;
      if (x < (cumWeights[mid] as number)) h = mid;
      else lo = mid + 1;
    }
    out.push(pick(lo));
  }
  return listSteal(out);
}

function iterDoubles(o: PyObject): number[] {
  const items = iterateToArray(o);
  try {
    return items.map(asDoubleArg);
  } finally {
    for (const x of items) decref(x);
  }
}

const NV_MAGICCONST = (4 * Math.exp(-0.5)) / Math.sqrt(2.0);

function methods(): [string, (r: PyRandom, args: readonly PyObject[], kw: readonly string[] | null) => PyObject][] {
  return [
    ['seed', (r, a, k) => {
      const [s] = clinic('seed', a, k, { names: ['a', 'version'], posOnly: 0, required: 0 });
      seed(r, s);
      return None;
    }],
    ['random', (r, a, k) => {
      positional('random', 'Random.random', a, k, 0, 0);
      return newFloat(randomValue(r));
    }],
    ['getrandbits', (r, a, k) => {
      positional('getrandbits', 'Random.getrandbits', a, k, 1, 1);
      const n = Number(indexValue(a[0] as PyObject));
      if (n < 0) valueError('number of bits must be non-negative');
      return newInt(normInt(r.mt.getrandbits(n)));
    }],
    ['randrange', (r, a, k) => {
      const [start, stop, step] = clinic('randrange', a, k, { names: ['start', 'stop', 'step'], posOnly: 0, required: 1 });
      return randrange(r, start as PyObject, stop, step);
    }],
    ['randint', (r, a, k) => {
      positional('randint', 'randint', a, k, 2, 2);
      const stop = newInt(normInt(big(a[1] as PyObject) + 1n));
      try {
        return randrange(r, a[0] as PyObject, stop, undefined);
      } finally {
        decref(stop);
      }
    }],
    ['choice', (r, a, k) => {
      positional('choice', 'choice', a, k, 1, 1);
      const seq = a[0] as PyObject;
      const n = length(seq);
      if (n === 0) indexError('Cannot choose from an empty sequence');
      const key = newInt(normInt(r.mt.randbelow(BigInt(n))));
      try {
        return getItem(seq, key);
      } finally {
        decref(key);
      }
    }],
    ['choices', (r, a, k) => {
      const [pop, w, cw, kk] = clinic('choices', a, k, { names: ['population', 'weights', 'cum_weights', 'k'], posOnly: 0, required: 1, kwOnly: 2 });
      return choices(r, pop as PyObject, w, cw, kk);
    }],
    ['shuffle', (r, a, k) => {
      positional('shuffle', 'shuffle', a, k, 1, 1);
      shuffle(r, a[0] as PyObject);
      return None;
    }],
    ['sample', (r, a, k) => {
      const [pop, kk] = clinic('sample', a, k, { names: ['population', 'k', 'counts'], posOnly: 0, required: 2 });
      return sample(r, pop as PyObject, kk as PyObject);
    }],
    ['uniform', (r, a, k) => {
      positional('uniform', 'uniform', a, k, 2, 2);
      return uniform(r, a[0] as PyObject, a[1] as PyObject);
    }],
    ['triangular', (r, a, k) => {
      const [lowO, highO, modeO] = clinic('triangular', a, k, { names: ['low', 'high', 'mode'], posOnly: 0, required: 0 });
      let low = lowO === undefined ? 0.0 : asDoubleArg(lowO);
      let high = highO === undefined ? 1.0 : asDoubleArg(highO);
      let u = randomValue(r);
      if (high === low) return newFloat(low);
      let c = modeO === undefined || modeO === None ? 0.5 : (asDoubleArg(modeO) - low) / (high - low);
      if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        [low, high] = [high, low];
      }
      return newFloat(low + (high - low) * Math.sqrt(u * c));
    }],
    ['gauss', (r, a, k) => {
      const [muO, sigmaO] = clinic('gauss', a, k, { names: ['mu', 'sigma'], posOnly: 0, required: 0 });
      const mu = muO === undefined ? 0.0 : asDoubleArg(muO);
      const sigma = sigmaO === undefined ? 1.0 : asDoubleArg(sigmaO);
      let z: number;
      const cached = r.gaussNext;
      r.gaussNext = null;
      if (cached !== null) {
        z = (cached as PyFloat).value;
        decref(cached);
      } else {
        const x2pi = randomValue(r) * 2 * Math.PI;
        const g2rad = Math.sqrt(-2.0 * Math.log(1.0 - randomValue(r)));
        z = Math.cos(x2pi) * g2rad;
        r.gaussNext = newFloat(Math.sin(x2pi) * g2rad);
      }
      return newFloat(mu + z * sigma);
    }],
    ['normalvariate', (r, a, k) => {
      const [muO, sigmaO] = clinic('normalvariate', a, k, { names: ['mu', 'sigma'], posOnly: 0, required: 0 });
      const mu = muO === undefined ? 0.0 : asDoubleArg(muO);
      const sigma = sigmaO === undefined ? 1.0 : asDoubleArg(sigmaO);
      let z: number;
      for (;;) {
        const u1 = randomValue(r);
        const u2 = 1.0 - randomValue(r);
        z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
        if ((z * z) / 4.0 <= -Math.log(u2)) break;
      }
      return newFloat(mu + z * sigma);
    }],
    ['expovariate', (r, a, k) => {
      const [lO] = clinic('expovariate', a, k, { names: ['lambd'], posOnly: 0, required: 0 });
      const lambd = lO === undefined ? 1.0 : asDoubleArg(lO);
      return newFloat(-Math.log(1.0 - randomValue(r)) / lambd);
    }],
    ['getstate', (r, a, k) => {
      positional('getstate', 'getstate', a, k, 0, 0);
      const internal = tupleSteal(r.mt.getState().map((x) => newInt(x)));
      return tupleSteal([newInt(3), internal, newref(r.gaussNext ?? None)]);
    }],
    ['setstate', (r, a, k) => {
      positional('setstate', 'setstate', a, k, 1, 1);
      const st = a[0] as PyObject;
      if (!(st instanceof PyTuple) || st.items.length !== 3) typeError('state vector must be a tuple');
      const internal = st.items[1] as PyTuple;
      r.mt.setState(internal.items.map((x) => Number((x as PyInt).value)));
      const g = st.items[2] as PyObject;
      const old = r.gaussNext;
      r.gaussNext = g === None ? null : newref(g);
      xdecref(old);
      return None;
    }],
  ];
}

for (const [name, fn] of methods()) defMethod(RandomType, name, (self, args, kw) => fn(self as PyRandom, args, kw));

export function makeRandom(): PyModule {
  const m = moduleNew('random');
  const inst = randomNew(RandomType, undefined);
  dictSetStr(m.md_dict, 'Random', RandomType);
  dictSetStr(m.md_dict, '_inst', inst);
  for (const [name, fn] of methods()) {
    const f: NativeFn = (_s, args, kw) => fn(inst, args, kw);
    dictSetStr(m.md_dict, name, builtinFunction(name, f));
  }
  decref(inst);
  return m;
}

