/**
 * Plain string and bytes literals (every prefix but f and t): found whole, escapes left for the
 * parser to decode. The token keeps its exact text, prefix and quotes included.
 */
import type { Lexer } from './state';

const LF = 10;
const BACKSLASH = 0x5c;

/**
 * Scans a literal whose opening quote `quote` was just read; the token starts at `start`
 * (the prefix's first letter, or the quote).
 */
export function scanString(lx: Lexer, start: number, quote: number): void {
  const startLine = lx.line;
  const startLineStart = lx.lineStart;
  let quoteSize = 1;
  let endQuoteSize = 0;
  let escapedQuote = false;

  let c = lx.nextc();
  if (c === quote) {
    c = lx.nextc();
    if (c === quote) quoteSize = 3;
    else endQuoteSize = 1; // the empty string
  }
  if (c !== quote) lx.backup(c);

  while (endQuoteSize !== quoteSize) {
    c = lx.nextc();
    if (c < 0 || (quoteSize === 1 && c === LF)) {
      unterminated(lx, start, startLine, startLineStart, quote, quoteSize, escapedQuote);
    }
    if (c === quote) {
      endQuoteSize++;
    } else {
      endQuoteSize = 0;
      if (c === BACKSLASH) {
        c = lx.nextc();
        if (c === quote) escapedQuote = true;
      }
    }
  }
  lx.emit('STRING', start, startLine, startLineStart, lx.text.slice(start, lx.pos));
}

/** Reports the literal as unterminated, at its first character, naming where the scan gave up. */
function unterminated(lx: Lexer, start: number, startLine: number, startLineStart: number, quote: number, quoteSize: number, escapedQuote: boolean): never {
  // Both a newline and the end of the text were read past, so the scan stopped on the line before.
  const detected = lx.line - 1;
  const offset = lx.charCol(startLineStart, start) + 1;
  const mode = lx.modes[lx.modes.length - 1];
  if (mode !== undefined && mode.quote === quote && mode.quoteSize === quoteSize) {
    // The quote closing the enclosing f-string was taken for a new string: a `}` is missing.
    lx.fail(`${mode.kind}-string: expecting '}'`, startLine, offset, offset);
  }
  if (quoteSize === 3) {
    lx.fail(`unterminated triple-quoted string literal (detected at line ${detected})`, startLine, offset, offset);
  }
  const hint = escapedQuote ? '; perhaps you escaped the end quote?' : '';
  lx.fail(`unterminated string literal (detected at line ${detected})${hint}`, startLine, offset, offset);
}
