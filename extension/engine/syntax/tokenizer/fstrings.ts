/**
 * f-strings and t-strings (PEP 701, PEP 750), as CPython 3.12+ tokenizes them: a START token,
 * then literal parts (MIDDLE) alternating with replacement fields scanned in regular mode, then
 * an END token. A mode stack records each open literal; the regular mode hands back to the
 * literal mode when a field's closing `}` or its format spec's `:` comes.
 */
import type { Lexer, StringMode } from './state';
import type { TokenType } from '../tokens';

const LF = 10;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const BACKSLASH = 0x5c;
/** CPython's MAXFSTRINGLEVEL: f-strings and t-strings open at once, plus one. */
const MAX_FSTRING_LEVEL = 150;
/** Replacement fields nested in format specs, deepest allowed minus one. */
const MAX_EXPR_NESTING = 3;

/** The prefix (from `start`) and opening quote `quote` were read: emits the START token. */
export function startFString(lx: Lexer, start: number, quote: number, kind: 'f' | 't', raw: boolean): void {
  const line = lx.line;
  const lineStart = lx.lineStart;
  let quoteSize = 1;
  const afterQuote = lx.nextc();
  if (afterQuote === quote) {
    const afterAfter = lx.nextc();
    if (afterAfter === quote) quoteSize = 3;
    else {
      lx.backup(afterAfter);
      lx.backup(afterQuote);
    }
  } else {
    lx.backup(afterQuote);
  }
  if (lx.modes.length + 1 >= MAX_FSTRING_LEVEL) lx.failAt('too many nested f-strings or t-strings');
  lx.emit(kind === 't' ? 'TSTRING_START' : 'FSTRING_START', start, line, lineStart, lx.text.slice(start, lx.pos));
  lx.modes.push({
    kind,
    quote,
    quoteSize,
    raw,
    startPos: start,
    startLine: line,
    startLineStart: lineStart,
    curlyDepth: 0,
    exprStartDepth: -1,
    inFormatSpec: false,
    debug: false,
    exprStart: -1,
    exprEnd: -1,
    literalMode: true,
  });
}

/**
 * Literal mode: emits the END token, or one MIDDLE token, or (at a field's `{`) switches to
 * regular mode and returns false so the caller scans the field.
 */
export function scanFStringLiteral(lx: Lexer, mode: StringMode): boolean {
  const start = lx.pos;
  const line = lx.line;
  const lineStart = lx.lineStart;

  const first = lx.nextc();
  if (first === LBRACE) {
    const peek = lx.nextc();
    lx.backup(peek);
    lx.backup(first);
    if (peek !== LBRACE) {
      enterField(lx, mode, false);
      return false;
    }
  } else {
    lx.backup(first);
  }

  let closed = true;
  for (let i = 0; i < mode.quoteSize; i++) {
    const q = lx.nextc();
    if (q !== mode.quote) {
      lx.backup(q);
      closed = false;
      break;
    }
  }
  if (closed) {
    lx.modes.pop();
    lx.emit(mode.kind === 't' ? 'TSTRING_END' : 'FSTRING_END', start, line, lineStart, lx.text.slice(start, lx.pos));
    return true;
  }

  const middle: TokenType = mode.kind === 't' ? 'TSTRING_MIDDLE' : 'FSTRING_MIDDLE';
  let endQuoteSize = 0;
  let namedEscape = false;
  while (endQuoteSize !== mode.quoteSize) {
    const c = lx.nextc();
    const inFormatSpec = mode.inFormatSpec && mode.exprStartDepth >= 0;
    if (c < 0 || (mode.quoteSize === 1 && c === LF)) {
      if (inFormatSpec && c === LF) {
        if (mode.quoteSize === 1) {
          // Reported on the spec's line, just after the newline.
          const offset = lx.charCol(lx.prevLineStart, lx.pos);
          lx.fail(`${mode.kind}-string: newlines are not allowed in format specifiers for single quoted ${mode.kind}-strings`, lx.line - 1, offset, offset);
        }
        lx.backup(c);
        mode.literalMode = false;
        mode.inFormatSpec = false;
        return emitMiddle(lx, middle, start, line, lineStart, false);
      }
      unterminated(lx, mode);
    }
    if (c === mode.quote) {
      endQuoteSize++;
      continue;
    }
    endQuoteSize = 0;
    if (c === LBRACE) {
      startExpr(mode, lx.pos);
      const peek = lx.nextc();
      if (peek !== LBRACE || inFormatSpec) {
        lx.backup(peek);
        lx.backup(c);
        enterField(lx, mode, true);
        return emitMiddle(lx, middle, start, line, lineStart, false);
      }
      return emitMiddle(lx, middle, start, line, lineStart, true);
    }
    if (c === RBRACE) {
      if (namedEscape) return emitMiddle(lx, middle, start, line, lineStart, false);
      const peek = lx.nextc();
      if (peek === RBRACE && !inFormatSpec && mode.curlyDepth === 0) return emitMiddle(lx, middle, start, line, lineStart, true);
      // A lone `}`: regular mode reports it, or closes the field whose format spec this was.
      lx.backup(peek);
      lx.backup(c);
      mode.literalMode = false;
      mode.inFormatSpec = false;
      return emitMiddle(lx, middle, start, line, lineStart, false);
    }
    if (c === BACKSLASH) {
      const peek = lx.nextc();
      // `\{` and `\}`: the brace keeps its meaning, and CPython warns about the escape.
      if (peek === LBRACE || peek === RBRACE) {
        if (!mode.raw) {
          const b = String.fromCharCode(peek);
          lx.warn(`"\\${b}" is an invalid escape sequence. Such sequences will not work in the future. Did you mean "\\\\${b}"? A raw string is also an option.`);
        }
        lx.backup(peek);
        continue;
      }
      if (!mode.raw && peek === 0x4e) {
        // `\N{NAME}`: the braces belong to the escape.
        const brace = lx.nextc();
        if (brace === LBRACE) namedEscape = true;
        else lx.backup(brace);
      }
    }
  }
  for (let i = 0; i < mode.quoteSize; i++) lx.backup(mode.quote);
  return emitMiddle(lx, middle, start, line, lineStart, false);
}

/**
 * Inside a field, `{`, `}`, `!` and `:` at its top level (or one bracket down, in a format spec
 * or after `=`) delimit the expression whose text CPython hands the parser for `=` debug text
 * and t-string interpolations. Returns that text for the token `c` (at `start`) is about to be.
 */
export function fieldPunctuation(lx: Lexer, mode: StringMode, c: number, start: number): string | undefined {
  const cursor = mode.curlyDepth - (c !== LBRACE ? 1 : 0);
  if (cursor !== 0 && !(cursor === 1 && (mode.debug || mode.inFormatSpec))) return undefined;
  if (c === LBRACE) {
    startExpr(mode, lx.pos);
    return undefined;
  }
  // `}` and `!` end the expression where they are; `:` only if nothing ended it before.
  if (c !== 0x3a || mode.exprEnd < 0) mode.exprEnd = start;
  return mode.exprStart < 0 ? '' : stripComments(lx.text.slice(mode.exprStart, mode.exprEnd));
}

function startExpr(mode: StringMode, at: number): void {
  mode.exprStart = at;
  mode.exprEnd = -1;
}

/** Drops `#` comments (outside string literals) from a field's text, keeping their newlines. */
function stripComments(text: string): string {
  if (text.indexOf('#') < 0) return text;
  let quote = 0;
  let hash = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === BACKSLASH) i++;
    else if (ch === 0x22 || ch === 0x27) {
      if (quote === 0) quote = ch;
      else if (ch === quote) quote = 0;
    } else if (ch === 0x23 && quote === 0) {
      hash = true;
      break;
    }
  }
  if (!hash) return text;
  let out = '';
  quote = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 || ch === 0x27) {
      if (quote === 0) quote = ch;
      else if (ch === quote) quote = 0;
      out += text[i];
    } else if (ch === 0x23 && quote === 0) {
      while (i < text.length && text.charCodeAt(i) !== LF) i++;
      if (i < text.length) out += '\n';
    } else {
      out += text[i];
    }
  }
  return out;
}

/**
 * Emits the literal part from `start` to the cursor. A doubled brace's second half is left out
 * of the text but counts in the end column (CPython's column counter has moved past it).
 */
function emitMiddle(lx: Lexer, type: TokenType, start: number, line: number, lineStart: number, skipped: boolean): true {
  const end = skipped ? lx.pos - 1 : lx.pos;
  lx.emitTo(type, start, line, lineStart, end, lx.pos, lx.text.slice(start, end));
  return true;
}

/**
 * A replacement field starts at the cursor's `{`: regular mode scans it. (CPython leaves the
 * format-spec flag alone when the field opens a literal part, and the field's end resets it.)
 */
function enterField(lx: Lexer, mode: StringMode, endsSpec: boolean): void {
  mode.exprStartDepth++;
  if (mode.exprStartDepth >= MAX_EXPR_NESTING) lx.failAt(`${mode.kind}-string: expressions nested too deeply`);
  mode.literalMode = false;
  if (endsSpec) mode.inFormatSpec = false;
}

/** The text ended (or a single-quoted literal's line did) inside the literal part. */
function unterminated(lx: Lexer, mode: StringMode): never {
  const detected = lx.line - 1;
  const offset = lx.charCol(mode.startLineStart, mode.startPos) + 1;
  const triple = mode.quoteSize === 3 ? 'triple-quoted ' : '';
  lx.fail(`unterminated ${triple}${mode.kind}-string literal (detected at line ${detected})`, mode.startLine, offset, offset);
}
