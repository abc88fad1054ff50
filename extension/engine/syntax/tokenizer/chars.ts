/**
 * Character classes of CPython's tokenizer. It decides on UTF-8 bytes, treating every non-ASCII
 * byte as a possible identifier character and checking the whole identifier afterwards (PEP 3131);
 * on UTF-16 text the same holds for every code unit >= 0x80.
 */

const enum Flag {
  IdStart = 1,
  IdChar = 2,
  HexDigit = 4,
}

const ASCII_FLAGS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let f = 0;
  const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  const digit = c >= 0x30 && c <= 0x39;
  if (letter || c === 0x5f) f |= Flag.IdStart | Flag.IdChar;
  if (digit) f |= Flag.IdChar | Flag.HexDigit;
  if ((c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)) f |= Flag.HexDigit;
  ASCII_FLAGS[c] = f;
}

/** May start an identifier (CPython's is_potential_identifier_start); -1 (end of text) never does. */
export function isPotentialIdStart(c: number): boolean {
  return c >= 128 || (c >= 0 && (ASCII_FLAGS[c]! & Flag.IdStart) !== 0);
}

/** May continue an identifier (is_potential_identifier_char). */
export function isPotentialIdChar(c: number): boolean {
  return c >= 128 || (c >= 0 && (ASCII_FLAGS[c]! & Flag.IdChar) !== 0);
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isHexDigit(c: number): boolean {
  return c >= 0 && c < 128 && (ASCII_FLAGS[c]! & Flag.HexDigit) !== 0;
}

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
/** str.isprintable() is false for these categories, space excepted. */
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

export function isPrintable(cp: number): boolean {
  if (cp >= 0x20 && cp < 0x7f) return true;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

/**
 * Index (in UTF-16 units, within `name`) of the first character that makes `name` an invalid
 * identifier, or -1 when it is valid. CPython checks the text as written: XID_Start (or `_`)
 * first, XID_Continue after.
 */
export function invalidIdentifierIndex(name: string): number {
  let first = true;
  for (let i = 0; i < name.length; ) {
    const cp = name.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const ok = cp < 128 ? isPotentialIdChar(cp) && (!first || !isDigit(cp)) : (first ? XID_START : XID_CONTINUE).test(ch);
    if (!ok) return i;
    first = false;
    i += ch.length;
  }
  return -1;
}

/** How CPython's messages name a code point: U+20AC. */
export function codePointName(cp: number): string {
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}
