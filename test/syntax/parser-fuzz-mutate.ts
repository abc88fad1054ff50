/**
 * Seeded mutations of Python source for fuzzing the parser: character edits (delete, duplicate,
 * insert, swap), token edits (delete, duplicate, insert a token from the file or a keyword or
 * operator, swap neighbours), line edits (delete, duplicate, re-indent) and truncation. Shared
 * by test/syntax/parser-fuzz.test.ts and scripts/fuzz-parser.mjs.
 */
import { tokenize } from '../../extension/engine/syntax/tokenizer';

/** mulberry32: a small deterministic generator, so every run with a seed sees the same mutants. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHARS = [
  '(', ')', '[', ']', '{', '}', ':', ',', ';', '.', '=', '+', '-', '*', '/', '%', '@', '<', '>', '!', '~', '^', '&', '|',
  '"', "'", '\\', '#', ' ', '  ', '\t', '\n', '\r\n', '\f', 'a', 'x', '_', '0', '1', '9', 'e', 'j', 'f', 'r', 'b', 't',
  'é', 'λ', '€', '𝔘', '$', '?', '`', '\u00a0', '\x0b', '\x1f', '\u2028',
];

const WORDS = [
  'if', 'else', 'elif', 'while', 'for', 'in', 'not', 'is', 'and', 'or', 'def', 'class', 'return', 'yield', 'lambda',
  'import', 'from', 'as', 'with', 'try', 'except', 'finally', 'raise', 'pass', 'break', 'continue', 'global',
  'nonlocal', 'del', 'assert', 'async', 'await', 'match', 'case', 'type', '_', 'None', 'True', 'False', 'print',
  '(', ')', '[', ']', '{', '}', ':', ',', '=', '==', ':=', '->', '**', '*', '...', '.', ';', '@', '\n', '\n    ',
  'f"', "f'{", '"""', "'''", 'rb"', 't"', '0x', '1_000', '1e', '0o8', '\\\n', '#', '!r', '=}', '{x}',
];

function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)] as T;
}

/** Token boundaries of `source` as the engine's tokenizer sees them (up to any error). */
function tokenSpans(source: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const t of tokenize(source)) if (t.end > t.start) spans.push([t.start, t.end]);
  return spans;
}

function mutateOnce(r: () => number, source: string): string {
  const n = source.length;
  const at = Math.floor(r() * (n + 1));
  const choice = r();
  if (choice < 0.35) {
    // Character edits.
    const kind = Math.floor(r() * 4);
    if (kind === 0 && n > 0) return source.slice(0, at) + source.slice(at + 1);
    if (kind === 1 && at < n) return source.slice(0, at + 1) + source.slice(at);
    if (kind === 2 && at + 1 < n) return source.slice(0, at) + source[at + 1] + source[at] + source.slice(at + 2);
    return source.slice(0, at) + pick(r, CHARS) + source.slice(at);
  }
  if (choice < 0.75) {
    // Token edits.
    const spans = tokenSpans(source);
    if (spans.length === 0) return source + pick(r, WORDS);
    const [s, e] = pick(r, spans);
    const kind = Math.floor(r() * 5);
    if (kind === 0) return source.slice(0, s) + source.slice(e);
    if (kind === 1) return source.slice(0, e) + ' ' + source.slice(s, e) + source.slice(e);
    if (kind === 2) {
      const [s2, e2] = pick(r, spans);
      return source.slice(0, s) + source.slice(s2, e2) + ' ' + source.slice(s);
    }
    if (kind === 3) return source.slice(0, s) + pick(r, WORDS) + ' ' + source.slice(s);
    return source.slice(0, s) + pick(r, WORDS) + source.slice(e);
  }
  if (choice < 0.92) {
    // Line edits.
    const lines = source.split('\n');
    const i = Math.floor(r() * lines.length);
    const kind = Math.floor(r() * 4);
    if (kind === 0) lines.splice(i, 1);
    else if (kind === 1) lines.splice(i, 0, lines[i] as string);
    else if (kind === 2) lines[i] = pick(r, [' ', '    ', '\t', '  ']) + (lines[i] as string);
    else lines[i] = (lines[i] as string).replace(/^\s+/, '');
    return lines.join('\n');
  }
  // Truncation.
  return source.slice(0, at);
}

/** One to three random edits of `source`. */
export function mutate(r: () => number, source: string): string {
  let out = source;
  const edits = 1 + Math.floor(r() * 3);
  for (let i = 0; i < edits; i++) out = mutateOnce(r, out);
  return out;
}
