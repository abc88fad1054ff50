/**
 * The text CPython's string tokenizer reads: every `\r\n` or lone `\r` becomes `\n` (so string
 * literals hold `\n`), and a `\n` is added at the end when missing. A BOM stays: like compile()
 * on a str, the tokenizer rejects U+FEFF (a file's BOM goes when its bytes are decoded).
 */

const CR = 13;
const LF = 10;

export interface PreparedText {
  readonly text: string;
  /** When newlines were translated: for each line, how many characters came out before it. */
  readonly lineShift: number[] | null;
}

export function prepareText(source: string): PreparedText {
  let text = source;
  let lineShift: number[] | null = null;
  if (text.indexOf('\r') >= 0) {
    lineShift = [0, 0];
    let removed = 0;
    let out = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === CR) {
        if (text.charCodeAt(i + 1) === LF) {
          out += text.slice(from, i);
          from = i + 1;
          removed++;
          i++;
        } else {
          out += text.slice(from, i) + '\n';
          from = i + 1;
        }
        lineShift.push(removed);
      } else if (c === LF) {
        lineShift.push(removed);
      }
    }
    text = out + text.slice(from);
  }
  if (text.length > 0 && text.charCodeAt(text.length - 1) !== LF) text += '\n';
  return { text, lineShift };
}

/** The 1-based line holding offset `pos`. */
export function lineOf(text: string, pos: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < pos; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** UTF-8 length of `text` from `from` to `to`. */
export function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
