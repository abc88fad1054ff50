/**
 * Bracket nesting: open brackets make newlines insignificant, and must close in order. Inside
 * an f-string replacement field the same stack also decides where the field ends.
 */
import type { Lexer, StringMode } from './state';

/** CPython's MAXLEVEL: brackets open at once. */
const MAX_LEVEL = 200;

const LBRACE = 0x7b;
const RBRACE = 0x7d;

const OPENER: Record<number, number> = { 0x29: 0x28, 0x5d: 0x5b, 0x7d: 0x7b };

/** `c` (one of `([{`, starting at `start`) was just read. */
export function openBracket(lx: Lexer, mode: StringMode | undefined, c: number, start: number): void {
  if (lx.brackets.length >= MAX_LEVEL) lx.failAt('too many nested parentheses');
  lx.brackets.push({ ch: c, line: lx.line, pos: start, lineStart: lx.lineStart });
  if (mode !== undefined) mode.curlyDepth++;
}

/** `c` (one of `)]}`) was just read. */
export function closeBracket(lx: Lexer, mode: StringMode | undefined, c: number): void {
  const ch = String.fromCharCode(c);
  if (mode !== undefined && mode.curlyDepth === 0 && c === RBRACE) {
    lx.failAt(`${mode.kind}-string: single '}' is not allowed`);
  }
  const open = lx.brackets.pop();
  if (open === undefined) lx.failAt(`unmatched '${ch}'`);
  if (open.ch !== OPENER[c]) {
    // A field's own `{` closed by `)` or `]`: the field is what is unmatched.
    if (mode !== undefined && open.ch === LBRACE && mode.curlyDepth - 1 === mode.exprStartDepth) {
      lx.failAt(`${mode.kind}-string: unmatched '${ch}'`);
    }
    const opening = String.fromCharCode(open.ch);
    const where = open.line !== lx.line ? ` on line ${open.line}` : '';
    lx.failAt(`closing parenthesis '${ch}' does not match opening parenthesis '${opening}'${where}`);
  }
  if (mode !== undefined) {
    mode.curlyDepth--;
    if (mode.curlyDepth < 0) lx.failAt(`${mode.kind}-string: unmatched '${ch}'`);
    if (c === RBRACE && mode.curlyDepth === mode.exprStartDepth) {
      // The replacement field is over: back to the literal part.
      mode.exprStartDepth--;
      mode.literalMode = true;
      mode.inFormatSpec = false;
      mode.debug = false;
    }
  }
}
