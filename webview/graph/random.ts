/**
 * Seeded randomness, so the same trace always gives the same picture: d3-force draws from
 * `mulberry32` (its randomSource), and first positions come from a hash of the object id, which
 * does not depend on the order in which objects appeared.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number in [-0.5, 0.5) fixed for an id (a 32-bit integer mix, "lowbias32"). */
export function idJitter(id: number, salt: number): number {
  let x = (id ^ Math.imul(salt, 0x9e3779b9)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return (x >>> 0) / 4294967296 - 0.5;
}
