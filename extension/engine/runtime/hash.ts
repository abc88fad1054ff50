/**
 * CPython's hash functions for the types whose hashes are deterministic (int, float, tuple,
 * frozenset), bit for bit, because they decide where a set stores its elements and therefore
 * the order sets iterate, print and release their elements in.
 *
 * The width is the reference oracle's: CPython 3.14 on wasm32 (Pyodide), where Py_hash_t is 32
 * bits and the numeric modulus is 2**31 - 1. Hashes are JS numbers in the signed 32-bit range.
 */

/** _PyHASH_BITS on a 32-bit build. */
export const HASH_BITS = 31;
/** _PyHASH_MODULUS: numbers hash to their value modulo this prime. */
export const HASH_MODULUS = 2 ** 31 - 1;
const MODULUS_BIG = BigInt(HASH_MODULUS);
export const HASH_INF = 314159;

/** hash(n) for an int: the value modulo 2**31 - 1, signed, with -1 mapped to -2. */
export function hashIntValue(v: number | bigint): number {
  let h: number;
  if (typeof v === 'number') {
    const a = Math.abs(v);
    h = a < HASH_MODULUS ? a : a % HASH_MODULUS;
    if (v < 0) h = -h;
  } else {
    const a = v < 0n ? -v : v;
    h = Number(a % MODULUS_BIG);
    if (v < 0n) h = -h;
  }
  if (h === 0) return 0;
  return h === -1 ? -2 : h;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** The exact integer mantissa and binary exponent of a finite nonzero double: |v| = m * 2**e. */
export function frexpExact(v: number): { m: bigint; e: number } {
  f64[0] = Math.abs(v);
  const lo = u32[0] as number;
  const hi = u32[1] as number;
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = bexp - 1075;
  }
  return { m: mant, e };
}

/** _Py_HashDouble for finite values and infinities (NaN hashes by identity; the caller handles it). */
export function hashFloatValue(v: number): number {
  if (v === Infinity) return HASH_INF;
  if (v === -Infinity) return -HASH_INF;
  if (v === 0) return 0;
  if (Number.isInteger(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER) return hashIntValue(v);
  // A rational m * 2**e is m * 2**(e mod 31) modulo 2**31 - 1, because 2**31 is 1 there.
  const { m, e } = frexpExact(v);
  const shift = ((e % HASH_BITS) + HASH_BITS) % HASH_BITS;
  let h = Number(((m % MODULUS_BIG) << BigInt(shift)) % MODULUS_BIG);
  if (v < 0) h = -h;
  return h === -1 ? -2 : h;
}

const XXPRIME_1 = 2654435761;
const XXPRIME_2 = 2246822519;
const XXPRIME_5 = 374761393;

/** tuplehash (the xxHash-derived one of CPython 3.8+), in 32-bit unsigned arithmetic. */
export function hashTupleOf(hashes: readonly number[]): number {
  let acc = XXPRIME_5;
  for (let i = 0; i < hashes.length; i++) {
    const lane = (hashes[i] as number) >>> 0;
    acc = (acc + Math.imul(lane, XXPRIME_2)) >>> 0;
    acc = ((acc << 13) | (acc >>> 19)) >>> 0;
    acc = Math.imul(acc, XXPRIME_1) >>> 0;
  }
  acc = (acc + ((hashes.length ^ (XXPRIME_5 ^ 3527539)) >>> 0)) >>> 0;
  if (acc === 0xffffffff) return 1546275796;
  return acc | 0;
}

function shuffleBits(h: number): number {
  return Math.imul((h ^ 89869747) ^ (h << 16), 3644798167 | 0) >>> 0;
}

/** frozenset_hash_impl: an order-independent combination of the element hashes. */
export function hashFrozensetOf(hashes: readonly number[]): number {
  let hash = 0;
  for (let i = 0; i < hashes.length; i++) hash = (hash ^ shuffleBits(hashes[i] as number)) >>> 0;
  hash = (hash ^ Math.imul(hashes.length + 1, 1927868237)) >>> 0;
  hash = (hash ^ (hash >>> 11) ^ (hash >>> 25)) >>> 0;
  hash = (Math.imul(hash, 69069) + 907133923) >>> 0;
  if (hash === 0xffffffff) hash = 590923713;
  return hash | 0;
}
