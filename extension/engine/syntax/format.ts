/**
 * A syntax error printed as `python3.14 FILE.py` prints it (traceback's _format_syntax_error):
 * the File header, the offending line stripped of indentation, a caret line spanning
 * [offset, end_offset), then `Type: message`. Pure formatting: the keyword-typo hint that may
 * change what is shown is found beforehand (keyword-typos.ts; report.ts puts the two together).
 */
import type { SyntaxErrorInfo } from './errors';
import { fileErrorLine, isTokenizerError } from './error-line';
import { isParserOverflow } from './limits';
import { isPySpace } from './pyspace';

/** The text of 1-based line `lineno` of `source`, with its newline, as SyntaxError.text holds it. */
export function sourceLine(source: string, lineno: number): string | null {
  let start = 0;
  for (let line = 1; line < lineno; line++) {
    const nl = nextLineBreak(source, start);
    if (nl < 0) return null;
    start = nl + (source[nl] === '\r' && source[nl + 1] === '\n' ? 2 : 1);
  }
  if (start > source.length) return null;
  const end = nextLineBreak(source, start);
  return end < 0 ? source.slice(start) : source.slice(start, end) + '\n';
}

function nextLineBreak(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

/**
 * What the traceback shows of a SyntaxError when it differs from the error's own attributes (the
 * keyword-typo hint replaces them): the text shown, the span in it, and the message.
 */
export interface SyntaxErrorDisplay {
  readonly text: string;
  readonly lineno: number;
  readonly endLineno: number;
  readonly offset: number;
  readonly endOffset: number;
  readonly msg: string;
}

/** The text python shows for the error: the file's line, cut at 999 bytes unless the tokenizer raised it. */
function errorText(source: string, error: SyntaxErrorInfo): string | null {
  const line = sourceLine(source, error.lineno);
  return line === null || isTokenizerError(error) ? line : fileErrorLine(line);
}

export function formatSyntaxError(filename: string, source: string, error: SyntaxErrorInfo, display?: SyntaxErrorDisplay | null): string {
  // Not a SyntaxError: python prints the exception alone.
  if (isParserOverflow(error)) return `${error.exception}: ${error.msg}\n`;
  let out = `  File "${filename}", line ${error.lineno}\n`;
  const shown = display ?? error;
  const text = display ? display.text : errorText(source, error);
  if (text !== null) {
    const rtext = text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = [...rtext].length - [...ltext].length;
    const textLength = [...text].length;
    const rtextLength = [...rtext].length;
    let offset = shown.offset;
    let endOffset = shown.lineno === shown.endLineno
      ? (shown.endOffset !== 0 ? shown.endOffset : offset)
      : rtextLength + 1;
    if (text && offset > textLength) offset = rtextLength + 1;
    if (text && endOffset > textLength) endOffset = rtextLength + 1;
    if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
    const colno = offset - 1 - spaces;
    const endColno = endOffset - 1 - spaces;
    out += `    ${ltext}\n`;
    if (colno >= 0) {
      const chars = [...ltext].slice(0, colno);
      const caretSpace = chars.map((c) => (isPySpace(c) ? c : ' ')).join('');
      out += `    ${caretSpace}${'^'.repeat(Math.max(0, endColno - colno))}\n`;
    }
  }
  out += `${error.type}: ${display ? display.msg : error.msg}\n`;
  return out;
}
