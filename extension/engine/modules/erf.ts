/**
 * erf and erfc as the C library computes them (the fdlibm rational approximations musl uses, which
 * CPython's math.erf/erfc call), so results agree to the last bit with CPython on that libm.
 */
const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const EFX8 = 1.02703333676410069053e+00;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const SB = [3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];

/** c[0] + z*(c[1] + z*(...)) */
function poly(c: readonly number[], z: number): number {
  let r = 0;
  for (let i = c.length - 1; i >= 0; i--) r = r * z + (c[i] as number);
  return r;
}

/** 1 + z*(c[0] + z*(c[1] + ...)) */
function poly1(c: readonly number[], z: number): number {
  return 1 + z * poly(c, z);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** x with its low 32 bits cleared. */
function truncLow(x: number): number {
  f64[0] = x;
  u32[0] = 0;
  return f64[0] as number;
}

/** erfc(x) for 1.25 <= x < 28. */
function erfcTail(x: number): number {
  const s = 1 / (x * x);
  let r: number;
  let q: number;
  if (x < 1 / 0.35) {
    r = poly(RA, s);
    q = poly1(SA, s);
  } else {
    r = poly(RB, s);
    q = poly1(SB, s);
  }
  const z = truncLow(x);
  return (Math.exp(-z * z - 0.5625) * Math.exp((z - x) * (z + x) + r / q)) / x;
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const sign = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  let r: number;
  if (ax < 0.84375) {
    if (ax < 2 ** -28) r = ax < 2.848094538889218e-306 ? 0.125 * (8 * ax + EFX8 * ax) : ax + EFX * ax;
    else {
      const z = ax * ax;
      r = ax + ax * (poly(PP, z) / poly1(QQ, z));
    }
  } else if (ax < 1.25) {
    const s = ax - 1;
    r = ERX + poly(PA, s) / poly1(QA, s);
  } else if (ax >= 6) r = 1;
  else r = 1 - erfcTail(ax);
  return sign ? -r : r;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  const sign = x < 0;
  const ax = Math.abs(x);
  if (ax < 0.84375) {
    if (ax < 2 ** -56) return 1 - x;
    const z = x * x;
    const y = poly(PP, z) / poly1(QQ, z);
    if (ax < 0.25) return 1 - (x + x * y);
    return 0.5 - (x - 0.5 + x * y);
  }
  if (ax < 1.25) {
    const s = ax - 1;
    const pq = poly(PA, s) / poly1(QA, s);
    return sign ? 1 + ERX + pq : 1 - ERX - pq;
  }
  if (ax < 28) {
    if (sign && ax >= 6) return 2;
    const r = erfcTail(ax);
    return sign ? 2 - r : r;
  }
  return sign ? 2 : 0;
}
