/**
 * A syntax error printed as `python3.14 FILE.py` prints it (traceback's _format_syntax_error):
 * the File header, the offending line stripped of indentation, a caret line spanning
 * [offset, end_offset), then `Type: message`.
 */
import type { SyntaxErrorInfo } from './errors';

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

const isSpace = (c: string): boolean => /\s/u.test(c);

export function formatSyntaxError(filename: string, source: string, error: SyntaxErrorInfo): string {
  let out = `  File "${filename}", line ${error.lineno}\n`;
  const text = sourceLine(source, error.lineno);
  if (text !== null) {
    const rtext = text.replace(/\n+$/, '');
    const ltext = rtext.replace(/^[ \n\f]+/, '');
    const spaces = [...rtext].length - [...ltext].length;
    const textLength = [...text].length;
    const rtextLength = [...rtext].length;
    let offset = error.offset;
    let endOffset = error.lineno === error.endLineno
      ? (error.endOffset !== 0 ? error.endOffset : offset)
      : rtextLength + 1;
    if (text && offset > textLength) offset = rtextLength + 1;
    if (text && endOffset > textLength) endOffset = rtextLength + 1;
    if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
    const colno = offset - 1 - spaces;
    const endColno = endOffset - 1 - spaces;
    out += `    ${ltext}\n`;
    if (colno >= 0) {
      const chars = [...ltext].slice(0, colno);
      const caretSpace = chars.map((c) => (isSpace(c) ? c : ' ')).join('');
      out += `    ${caretSpace}${'^'.repeat(Math.max(0, endColno - colno))}\n`;
    }
  }
  out += `${error.type}: ${error.msg}\n`;
  return out;
}
