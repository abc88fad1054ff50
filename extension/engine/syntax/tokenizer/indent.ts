/**
 * Indentation at the start of a logical line. Tabs advance to the next multiple of 8; CPython
 * also measures every line with tabs of size 1 and refuses indentation whose order differs
 * between the two measures (TabError). A form feed resets the count.
 */
import type { Lexer } from './state';
import { continuationLine } from './continuation';

const TAB_SIZE = 8;
/** CPython's MAXINDENT: indentation levels, plus one. */
const MAX_INDENT = 100;
const LF = 10;

/**
 * Measures the indentation of the line at the cursor and queues INDENT/DEDENT tokens.
 * Returns true for a blank line (only whitespace and maybe a comment), which does not count.
 */
export function measureIndent(lx: Lexer): boolean {
  let col = 0;
  let altCol = 0;
  let contLineCol = 0;
  let c: number;
  for (;;) {
    c = lx.nextc();
    if (c === 0x20) {
      col++;
      altCol++;
    } else if (c === 0x09) {
      col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
      altCol++;
    } else if (c === 0x0c) {
      col = altCol = 0;
    } else if (c === 0x5c) {
      // Indentation cannot be split by backslashes: the first one found decides the level.
      contLineCol = contLineCol !== 0 ? contLineCol : col;
      continuationLine(lx);
    } else {
      break;
    }
  }
  lx.backup(c);
  const blank = c === 0x23 || c === LF;
  if (blank || lx.brackets.length > 0) return blank;

  if (contLineCol !== 0) col = altCol = contLineCol;
  const top = lx.indents.length - 1;
  const current = lx.indents[top]!;
  if (col === current) {
    if (altCol !== lx.altIndents[top]) tabError(lx);
  } else if (col > current) {
    if (top + 1 >= MAX_INDENT) {
      lx.fail('too many levels of indentation', lx.line, 1, 0, 'IndentationError', 'E_TOODEEP');
    }
    if (altCol <= lx.altIndents[top]!) tabError(lx);
    lx.pending++;
    lx.indents.push(col);
    lx.altIndents.push(altCol);
  } else {
    while (lx.indents.length > 1 && col < lx.indents[lx.indents.length - 1]!) {
      lx.pending--;
      lx.indents.pop();
      lx.altIndents.pop();
    }
    if (col !== lx.indents[lx.indents.length - 1]) {
      // Reported at the end of the line, newline included (where CPython's cursor is left).
      const offset = lx.charCol(lx.lineStart, lx.lineEndAfterNewline());
      lx.fail('unindent does not match any outer indentation level', lx.line, offset, -1, 'IndentationError', 'E_DEDENT');
    }
    if (altCol !== lx.altIndents[lx.altIndents.length - 1]) tabError(lx);
  }
  return false;
}

function tabError(lx: Lexer): never {
  lx.fail('inconsistent use of tabs and spaces in indentation', lx.line, 1, 0, 'TabError', 'E_TABSPACE');
}
