/**
 * Operators and delimiters of Grammar/Tokens. The tokenizer tries three characters, then two,
 * then one; a lone character it does not know still becomes an OP token (the parser rejects it).
 * `<>` is a two-character token here, as in CPython, so the parser can give its own error.
 * (`...` is found by the tokenizer's `.` handling, not here.)
 */

/** For each first character, the second characters that make a two-character operator. */
const SECOND = new Map<number, string>([
  [0x21, '='], // !=
  [0x25, '='], // %=
  [0x26, '='], // &=
  [0x2a, '*='], // ** *=
  [0x2b, '='], // +=
  [0x2d, '=>'], // -= ->
  [0x2f, '/='], // // /=
  [0x3a, '='], // :=
  [0x3c, '<=>'], // << <= <>
  [0x3d, '='], // ==
  [0x3e, '=>'], // >= >>
  [0x40, '='], // @=
  [0x5e, '='], // ^=
  [0x7c, '='], // |=
]);
const TWO = new Uint8Array(128 * 128);
for (const [c1, seconds] of SECOND) for (let i = 0; i < seconds.length; i++) TWO[c1 * 128 + seconds.charCodeAt(i)] = 1;

export function isTwoCharOp(c1: number, c2: number): boolean {
  return c1 < 128 && c2 >= 0 && c2 < 128 && TWO[c1 * 128 + c2] === 1;
}

/** `**=`, `//=`, `<<=`, `>>=`: a two-character operator doubling its first character, then `=`. */
export function isThreeCharOp(c1: number, c2: number, c3: number): boolean {
  return c3 === 0x3d && c1 === c2 && (c1 === 0x2a || c1 === 0x2f || c1 === 0x3c || c1 === 0x3e);
}
