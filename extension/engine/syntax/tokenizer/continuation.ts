/**
 * A backslash joining two physical lines, and the errors met at the end of the text while a
 * statement is still open.
 */
import type { Lexer } from './state';

const LF = 10;

/** After a `\` was read: the newline must follow; the cursor ends at the next line's start. */
export function continuationLine(lx: Lexer): void {
  const c = lx.nextc();
  if (c !== LF) {
    // CPython measures this one in bytes from its buffer pointer (which a continued line leaves
    // behind) to just after the first byte of the offending character.
    const offset = lx.parserOffset(lx.byteCol(lx.bufStart, lx.pos - 1) + 1);
    lx.fail('unexpected character after line continuation character', lx.line, offset, 0, 'SyntaxError', 'E_LINECONT');
  }
  const next = lx.nextc();
  if (next < 0) failAtEnd(lx);
  lx.backup(next);
}

/**
 * The text ended inside a statement: inside brackets, the innermost open one is reported;
 * otherwise (after a backslash) CPython's parser reports the end of the last line.
 * CPython's parser makes these errors from the tokenizer's E_EOF state.
 */
export function failAtEnd(lx: Lexer): never {
  const open = lx.brackets[lx.brackets.length - 1];
  if (open !== undefined) {
    const offset = lx.charCol(open.lineStart, open.pos) + 1;
    lx.fail(`'${String.fromCharCode(open.ch)}' was never closed`, open.line, offset, 0, 'SyntaxError', 'E_EOF');
  }
  const line = lx.line - 1;
  const offset = lx.charCol(lx.prevLineStart, lx.len);
  lx.fail('unexpected EOF while parsing', line, offset, -1, 'SyntaxError', 'E_EOF');
}
