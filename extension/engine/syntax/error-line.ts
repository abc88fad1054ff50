/**
 * The source line a SyntaxError shows when python reads a file: CPython's err_programtext reads
 * the line back from the file through a 1000-byte buffer, so a parser's or compiler's error on a
 * longer line carries (and prints) only its first 999 bytes, and its offsets are measured in that
 * text. The tokenizer's own errors take the whole line from its buffer instead; they are marked.
 */
import type { SyntaxErrorInfo } from './errors';

const LINE_BUFFER_BYTES = 999;

/** The first 999 UTF-8 bytes of `line`, a character cut in two read as U+FFFD ("replace"). */
export function fileErrorLine(line: string): string {
  let bytes = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < line.length;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > LINE_BUFFER_BYTES) return bytes === LINE_BUFFER_BYTES ? line.slice(0, i) : `${line.slice(0, i)}\ufffd`;
    bytes += size;
    if (pair) i++;
  }
  return line;
}

/** A tokenizer error: its text is the tokenizer's whole line. */
export interface TokenizerErrorInfo extends SyntaxErrorInfo {
  readonly fromTokenizer: true;
}

export function markTokenizerError(error: SyntaxErrorInfo): TokenizerErrorInfo {
  return { ...error, fromTokenizer: true };
}

export function isTokenizerError(error: SyntaxErrorInfo): boolean {
  return (error as Partial<TokenizerErrorInfo>).fromTokenizer === true;
}
