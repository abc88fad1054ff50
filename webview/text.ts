/**
 * Text from a trace is the user's program's data (reprs, names, printed output): it is only ever
 * set as text (textContent, SVG text, canvas fillText), and characters that would be invisible or
 * would reorder what is shown around them are replaced by visible stand-ins first, so a repr can
 * neither hide nor disguise itself.
 */

// C0/C1 controls, zero-width and bidi controls, line/paragraph separators, BOM, lone surrogates.
// eslint-disable-next-line no-control-regex -- finding control characters is this regex's job.
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function standIn(ch: string): string {
  const code = ch.charCodeAt(0);
  // Unicode's own Control Pictures block (U+2400…) names the C0 controls in one glyph each.
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of text with every hidden character made visible (newlines and tabs included). */
export function visible(text: string): string {
  return text.replace(HIDDEN, standIn);
}

/** Multi-line text (program output): newlines and tabs stay, everything else hidden is shown. */
export function visibleLines(text: string): string {
  return text.replace(HIDDEN, (ch) => (ch === '\n' || ch === '\t' ? ch : standIn(ch)));
}

/** At most `max` characters, ending in an ellipsis when cut, never splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** The usual label: visible, then clipped. */
export function label(text: string, max: number): string {
  return clip(visible(text), max);
}
