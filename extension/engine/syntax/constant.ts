/**
 * The values a `Constant` node (and `MatchSingleton`) can hold, kept apart by JS type where Python
 * keeps them apart by class: bigint is `int`, number is `float`, string is `str`.
 */
export type ConstantValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | { readonly kind: 'bytes'; readonly value: Uint8Array }
  | { readonly kind: 'complex'; readonly imag: number }
  | { readonly kind: 'ellipsis' };
