/** Markdown pieces for hovers: code spans that survive any repr (backticks, newlines, huge). */
import { clipRepr } from '../../engine/trace/analysis/labels';

/** `text` as an inline code span, fenced with more backticks than it contains. */
export function code(text: string): string {
  const clipped = clipRepr(text);
  const longest = Math.max(0, ...(clipped.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clipped.startsWith('`') || clipped.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clipped}${pad}${fence}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Text that already marks code with backticks (the analysis's own wording: "`del a` at line 3"),
 * with markdown's specials escaped outside the code spans, so `<lambda>` or `__del__` read as written.
 */
export function prose(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[\\<>*_[\]#|]/g, (c) => `\\${c}`)))
    .join('');
}
