/**
 * The tokenizer's regular mode (CPython's tok_get_normal_mode): indentation, names and string
 * prefixes, newlines, numbers, strings, operators and brackets. It also scans the expressions
 * inside f-string replacement fields, where `{`, `}`, `!` and `:` steer the f-string mode.
 */
import * as chars from './chars';
import * as brackets from './brackets';
import * as continuation from './continuation';
import * as fstrings from './fstrings';
import * as indent from './indent';
import * as numbers from './numbers';
import * as operators from './operators';
import type { Lexer, StringMode } from './state';
import * as strings from './strings';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { codePointName, invalidIdentifierIndex, isDigit, isPotentialIdChar, isPotentialIdStart, isPrintable } = chars;
const { closeBracket, openBracket } = brackets;
const { continuationLine, failAtEnd } = continuation;
const { fieldPunctuation, startFString } = fstrings;
const { measureIndent } = indent;
const { scanNumber } = numbers;
const { isThreeCharOp, isTwoCharOp } = operators;
const { scanString } = strings;

const LF = 10;
const HASH = 0x23;
const DOT = 0x2e;
const QUOTE = 0x27;
const DQUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Emits the next token (or queued INDENT/DEDENT); returns false once ENDMARKER is out. */
export function scanNormal(lx: Lexer, mode: StringMode | undefined): boolean {
  for (;;) {
    let blank = false;
    if (lx.atBol) {
      lx.atBol = false;
      lx.betweenTokens = true;
      blank = measureIndent(lx);
      lx.betweenTokens = false;
    }
    if (lx.pending !== 0) {
      const type = lx.pending < 0 ? 'DEDENT' : 'INDENT';
      lx.pending += lx.pending < 0 ? 1 : -1;
      lx.emitMarker(type, lx.reportedLine());
      return true;
    }
    if (scanToken(lx, mode, blank)) return !lx.ended;
  }
}

/** Scans one token of the current line; false when the line ended without one (start over). */
function scanToken(lx: Lexer, mode: StringMode | undefined, blank: boolean): boolean {
  for (;;) {
    let c: number;
    lx.betweenTokens = true;
    do c = lx.nextc();
    while (c === 0x20 || c === 0x09 || c === 0x0c);
    lx.betweenTokens = false;
    const start = c < 0 ? lx.pos : lx.pos - 1;

    if (c === HASH) {
      while (c >= 0 && c !== LF) c = lx.nextc();
    }

    if (c < 0) {
      if (lx.brackets.length > 0) failAtEnd(lx);
      lx.emitMarker('ENDMARKER', lx.reportedLine());
      lx.ended = true;
      return true;
    }

    if (isPotentialIdStart(c)) {
      scanNameOrPrefixed(lx, start, c);
      return true;
    }

    if (c === LF) {
      lx.atBol = true;
      if (blank || lx.brackets.length > 0) return false;
      // The token is whatever preceded the newline since `start` (a comment, if any), without it.
      lx.backup(c);
      lx.emitTo('NEWLINE', start, lx.line, lx.lineStart, lx.pos, lx.pos + 1, lx.text.slice(start, lx.pos));
      lx.nextc();
      return true;
    }

    const line = lx.line;
    const lineStart = lx.lineStart;

    if (c === DOT) {
      const c2 = lx.nextc();
      if (isDigit(c2)) {
        scanNumber(lx, start, c2, true);
        return true;
      }
      if (c2 === DOT) {
        const c3 = lx.nextc();
        if (c3 === DOT) {
          lx.emit('OP', start, line, lineStart, '...');
          return true;
        }
        lx.backup(c3);
      }
      lx.backup(c2);
      lx.emit('OP', start, line, lineStart, '.');
      return true;
    }

    if (isDigit(c)) {
      scanNumber(lx, start, c, false);
      return true;
    }

    if (c === QUOTE || c === DQUOTE) {
      scanString(lx, start, c);
      return true;
    }

    if (c === BACKSLASH) {
      continuationLine(lx);
      continue;
    }

    scanOperator(lx, mode, start, c);
    return true;
  }
}

/** A name, or the prefix letters of a string literal (any order, each once: b r u f t). */
function scanNameOrPrefixed(lx: Lexer, start: number, first: number): void {
  let c = first;
  let b = false;
  let r = false;
  let u = false;
  let f = false;
  let t = false;
  for (;;) {
    if (!b && (c === 0x62 || c === 0x42)) b = true;
    else if (!u && (c === 0x75 || c === 0x55)) u = true;
    else if (!r && (c === 0x72 || c === 0x52)) r = true;
    else if (!f && (c === 0x66 || c === 0x46)) f = true;
    else if (!t && (c === 0x74 || c === 0x54)) t = true;
    else break;
    c = lx.nextc();
    if (c === QUOTE || c === DQUOTE) {
      checkPrefixes(lx, start, b, r, u, f, t);
      if (f || t) startFString(lx, start, c, t ? 't' : 'f', r);
      else scanString(lx, start, c);
      return;
    }
  }
  let nonAscii = false;
  while (isPotentialIdChar(c)) {
    if (c >= 128) nonAscii = true;
    c = lx.nextc();
  }
  lx.backup(c);
  const name = lx.text.slice(start, lx.pos);
  if (nonAscii) verifyIdentifier(lx, start, name);
  lx.emit('NAME', start, lx.line, lx.lineStart, name);
}

function checkPrefixes(lx: Lexer, start: number, b: boolean, r: boolean, u: boolean, f: boolean, t: boolean): void {
  let pair: string | null = null;
  if (u && b) pair = "'u' and 'b'";
  else if (u && r) pair = "'u' and 'r'";
  else if (u && f) pair = "'u' and 'f'";
  else if (u && t) pair = "'u' and 't'";
  else if (b && f) pair = "'b' and 'f'";
  else if (b && t) pair = "'b' and 't'";
  else if (f && t) pair = "'f' and 't'";
  if (pair === null) return;
  // From the prefix's first letter to the opening quote (just read); CPython 3.14 counts bytes here.
  const from = lx.byteCol(lx.lineStart, start) + 1;
  const to = lx.byteCol(lx.lineStart, lx.pos);
  lx.fail(`${pair} prefixes are incompatible`, lx.line, from, to);
}

/** PEP 3131: a name with non-ASCII characters must be a valid identifier as written. */
function verifyIdentifier(lx: Lexer, start: number, name: string): void {
  const bad = invalidIdentifierIndex(name);
  if (bad < 0) return;
  const cp = name.codePointAt(bad)!;
  const after = start + bad + (cp > 0xffff ? 2 : 1);
  const msg = isPrintable(cp) ? `invalid character '${String.fromCodePoint(cp)}' (${codePointName(cp)})` : `invalid non-printable character ${codePointName(cp)}`;
  lx.failAt(msg, after);
}

/** Operators, delimiters and brackets; inside an f-string field, `:` may open the format spec. */
function scanOperator(lx: Lexer, mode: StringMode | undefined, start: number, c: number): void {
  const line = lx.line;
  const lineStart = lx.lineStart;
  let exprText: string | undefined;
  if (mode !== undefined && mode.exprStartDepth >= 0 && (c === 0x3a || c === 0x7d || c === 0x21 || c === 0x7b)) {
    exprText = fieldPunctuation(lx, mode, c, start);
    // Only a `:` at the field's own bracket depth starts the format spec.
    if (c === 0x3a && mode.curlyDepth - 1 === mode.exprStartDepth) {
      mode.literalMode = true;
      mode.inFormatSpec = true;
      emitOp(lx, start, line, lineStart, ':', exprText);
      return;
    }
  }
  const c2 = lx.nextc();
  if (isTwoCharOp(c, c2)) {
    const c3 = lx.nextc();
    if (isThreeCharOp(c, c2, c3)) {
      emitOp(lx, start, line, lineStart, String.fromCharCode(c, c2, c3), exprText);
    } else {
      lx.backup(c3);
      emitOp(lx, start, line, lineStart, String.fromCharCode(c, c2), exprText);
    }
    return;
  }
  lx.backup(c2);

  if (c === 0x28 || c === 0x5b || c === 0x7b) openBracket(lx, mode, c, start);
  else if (c === 0x29 || c === 0x5d || c === 0x7d) closeBracket(lx, mode, c);

  if (!isPrintable(c)) lx.failAt(`invalid non-printable character ${codePointName(c)}`);
  // `=` at a field's top level is the debug specifier (or will be taken for one).
  if (c === 0x3d && mode !== undefined && mode.curlyDepth - mode.exprStartDepth === 1) mode.debug = true;
  emitOp(lx, start, line, lineStart, String.fromCharCode(c), exprText);
}

function emitOp(lx: Lexer, start: number, line: number, lineStart: number, op: string, exprText: string | undefined): void {
  lx.emit('OP', start, line, lineStart, op);
  if (exprText !== undefined) lx.attachExprText(exprText);
}
