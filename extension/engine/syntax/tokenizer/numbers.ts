/**
 * Numeric literals, following the order of CPython's checks so that the same error wins at the
 * same place: `0x`/`0o`/`0b` integers, decimal integers (no leading zeros), floats with fraction
 * and exponent, and the `j` suffix; `_` only between digits.
 */
import * as chars from './chars';
import type { Lexer } from './state';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { isDigit, isHexDigit, isPotentialIdChar } = chars;

const DOT = 0x2e;
const UNDERSCORE = 0x5f;

/** Scans a number whose first character (a digit, or the digit after a leading `.`) was just read. */
export function scanNumber(lx: Lexer, start: number, first: number, afterDot: boolean): void {
  let c = first;
  if (afterDot) {
    c = fraction(lx, c);
    c = exponentAndImaginary(lx, start, c);
  } else if (c === 0x30) {
    c = lx.nextc();
    if (c === 0x78 || c === 0x58) c = radix(lx, 'hexadecimal', isHexDigit);
    else if (c === 0x6f || c === 0x4f) c = radix(lx, 'octal', isOctal);
    else if (c === 0x62 || c === 0x42) c = radix(lx, 'binary', isBinary);
    else c = zeroLed(lx, start, c);
  } else {
    c = decimalTail(lx);
    c = afterInteger(lx, start, c);
  }
  if (c === NUMBER_ENDS_BEFORE_E) return;
  lx.backup(c);
  emitNumber(lx, start);
}

/** Returned when the literal already ended (an `e` not followed by an exponent belongs to the next token). */
const NUMBER_ENDS_BEFORE_E = -2;

function emitNumber(lx: Lexer, start: number): void {
  lx.emit('NUMBER', start, lx.line, lx.lineStart, lx.text.slice(start, lx.pos));
}

function isOctal(c: number): boolean {
  return c >= 0x30 && c <= 0x37;
}

function isBinary(c: number): boolean {
  return c === 0x30 || c === 0x31;
}

/** Digits after `0x`, `0o` or `0b`; returns the character after the literal (already read). */
function radix(lx: Lexer, kind: 'hexadecimal' | 'octal' | 'binary', ok: (c: number) => boolean): number {
  let c = lx.nextc();
  do {
    if (c === UNDERSCORE) c = lx.nextc();
    if (!ok(c)) {
      // Decimal digits that are not valid here get their own message (hex takes every digit).
      if (kind !== 'hexadecimal' && isDigit(c)) lx.failAt(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
      lx.backup(c);
      lx.failAt(`invalid ${kind} literal`);
    }
    do c = lx.nextc();
    while (ok(c));
  } while (c === UNDERSCORE);
  if (kind !== 'hexadecimal' && isDigit(c)) lx.failAt(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
  verifyEnd(lx, c, kind);
  return c;
}

/** A literal starting with `0` and no radix letter: zeros, then maybe a float or an old-style octal. */
function zeroLed(lx: Lexer, start: number, first: number): number {
  let c = first;
  for (;;) {
    if (c === UNDERSCORE) {
      c = lx.nextc();
      if (!isDigit(c)) {
        lx.backup(c);
        lx.failAt('invalid decimal literal');
      }
    }
    if (c !== 0x30) break;
    c = lx.nextc();
  }
  const zerosEnd = lx.pos;
  let nonzero = false;
  if (isDigit(c)) {
    nonzero = true;
    c = decimalTail(lx);
  }
  if (c === DOT) return exponentAndImaginary(lx, start, fraction(lx, lx.nextc()));
  if (c === 0x65 || c === 0x45) return exponent(lx, start, c);
  if (c === 0x6a || c === 0x4a) return imaginary(lx);
  if (nonzero) {
    lx.backup(c);
    // CPython 3.14 reports this range in bytes, not characters.
    const from = lx.byteCol(lx.lineStart, start) + 1;
    const to = lx.byteCol(lx.lineStart, zerosEnd);
    lx.fail('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', lx.line, from, to);
  }
  verifyEnd(lx, c, 'decimal');
  return c;
}

/** After a decimal integer's digits: a fraction, an exponent, `j`, or the end. */
function afterInteger(lx: Lexer, start: number, first: number): number {
  let c = first;
  if (c === DOT) c = fraction(lx, lx.nextc());
  return exponentAndImaginary(lx, start, c);
}

/** Digits after the `.` (if any); `c` is the character after the dot. */
function fraction(_lx: Lexer, c: number): number {
  return isDigit(c) ? decimalTail(_lx) : c;
}

function exponentAndImaginary(lx: Lexer, start: number, c: number): number {
  if (c === 0x65 || c === 0x45) return exponent(lx, start, c);
  if (c === 0x6a || c === 0x4a) return imaginary(lx);
  verifyEnd(lx, c, 'decimal');
  return c;
}

function exponent(lx: Lexer, start: number, e: number): number {
  let c = lx.nextc();
  if (c === 0x2b || c === 0x2d) {
    c = lx.nextc();
    if (!isDigit(c)) {
      lx.backup(c);
      lx.failAt('invalid decimal literal');
    }
  } else if (!isDigit(c)) {
    // `1else`, `1e`: the number stops before the `e`.
    lx.backup(c);
    verifyEnd(lx, e, 'decimal');
    lx.backup(e);
    emitNumber(lx, start);
    return NUMBER_ENDS_BEFORE_E;
  }
  c = decimalTail(lx);
  if (c === 0x6a || c === 0x4a) return imaginary(lx);
  verifyEnd(lx, c, 'decimal');
  return c;
}

function imaginary(lx: Lexer): number {
  const c = lx.nextc();
  verifyEnd(lx, c, 'imaginary');
  return c;
}

/** Digits with single underscores between them; the first digit was read. Returns the next character. */
function decimalTail(lx: Lexer): number {
  let c: number;
  for (;;) {
    do c = lx.nextc();
    while (isDigit(c));
    if (c !== UNDERSCORE) return c;
    c = lx.nextc();
    if (!isDigit(c)) {
      lx.backup(c);
      lx.failAt('invalid decimal literal');
    }
  }
}

/**
 * A literal may not run into a name (`1abc`), except into the keywords that can follow a number
 * in valid code (`1if x else y`), which CPython only warns about.
 */
function verifyEnd(lx: Lexer, c: number, kind: string): void {
  if (c < 0 || c >= 128 || !isPotentialIdChar(c)) return;
  if (startsAllowedKeyword(lx, c)) {
    lx.warn(`invalid ${kind} literal`);
    return;
  }
  lx.backup(c);
  lx.failAt(`invalid ${kind} literal`);
}

/** `c` (just read) begins one of and/else/for/if/in/is/not/or as CPython's lookahead sees it. */
function startsAllowedKeyword(lx: Lexer, c: number): boolean {
  const p = lx.pos;
  switch (c) {
    case 0x61:
      return wordEnds(lx, p, 'nd');
    case 0x65:
      return wordEnds(lx, p, 'lse');
    case 0x66:
      return wordEnds(lx, p, 'or');
    case 0x69: {
      const c2 = lx.at(p);
      return c2 === 0x66 || c2 === 0x6e || c2 === 0x73;
    }
    case 0x6f:
      return wordEnds(lx, p, 'r');
    case 0x6e:
      return wordEnds(lx, p, 'ot');
    default:
      return false;
  }
}

function wordEnds(lx: Lexer, p: number, rest: string): boolean {
  for (let i = 0; i < rest.length; i++) if (lx.at(p + i) !== rest.charCodeAt(i)) return false;
  return !isPotentialIdChar(lx.at(p + rest.length));
}
