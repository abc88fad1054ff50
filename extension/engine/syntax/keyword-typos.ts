/**
 * The keyword-typo hint of CPython 3.14's traceback printing (TracebackException.
 * _find_keyword_typos, run while formatting a SyntaxError whose message is "invalid syntax" or
 * mentions a forgotten comma): near the error, a name that looks like a misspelled keyword is
 * replaced by the keyword, and if the code then compiles the error is shown as
 * "invalid syntax. Did you mean 'while'?" with the caret under the name.
 *
 * The region tried runs from the last compound statement the parser completed (the error's
 * _metadata) to the error's line, dedented. Each candidate is checked the way the traceback
 * module does, with codeop.compile_command: incomplete input counts as compiling, and the final
 * full compile of "<input>" may issue SyntaxWarnings, which python prints before the traceback.
 */
import { compileCheck } from '../frontend';
import type { SyntaxErrorInfo } from './errors';
import type { SyntaxErrorDisplay } from './format';
import { isPySpace } from './pyspace';
import { parseWithDetails, type ParseWarning } from './parser';
import { generateSuggestion, getCloseMatches } from './suggestions';
import { tokenize } from './tokenizer';
import type { Token } from './tokens';

/** keyword.kwlist. */
const KWLIST: readonly string[] = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
];
const KEYWORDS = new Set(KWLIST);

export interface KeywordTypoResult {
  /** What the traceback shows instead, or null when no keyword fixes the code. */
  readonly display: SyntaxErrorDisplay | null;
  /** The SyntaxWarnings the candidate compilations issued (for the file "<input>"). */
  readonly warnings: readonly ParseWarning[];
}

export interface KeywordTypoOptions {
  /** The source came from a file (`python FILE.py`): only names on the error's line are tried. */
  readonly fileMode?: boolean;
}

export function findKeywordTypo(source: string, error: SyntaxErrorInfo, options: KeywordTypoOptions = {}): KeywordTypoResult {
  const warnings: ParseWarning[] = [];
  const none = { display: null, warnings };
  if (error.msg !== 'invalid syntax' && !error.msg.includes('Perhaps you forgot a comma')) return none;
  const fileMode = options.fileMode ?? false;
  // The error's _metadata: only a parser error carries it.
  const { result, details } = parseWithDetails(source, { fileMode });
  if (result.ok || details === null || !sameError(result.error, error)) return none;
  const line = details.statementLine;
  const endLine = error.lineno;
  const lines = splitLines(fileMode ? source : source.replace(/\r\n?/g, '\n'));
  const errorCode = dedent(pySlice(lines, line > 0 ? line - 1 : 0, endLine).join('\n'));
  if (codePointLength(errorCode) > 1024) return none;
  const errorLines = splitLines(errorCode);
  const theEnd = line === 0 ? endLine : endLine + 1;
  let left = 10;
  try {
    for (const token of nameTokens(errorCode)) {
      if (fileMode && token.lineno + line !== theEnd) continue;
      const wrong = token.string;
      if (KEYWORDS.has(wrong)) continue;
      if (--left < 0) break;
      const matches: string[] = [];
      const suggestion = generateSuggestion(KWLIST, wrong);
      if (suggestion !== null) matches.push(suggestion);
      matches.push(...getCloseMatches(wrong, KWLIST, 3, 0.5));
      for (const candidate of matches.slice(0, 3)) {
        if (candidate === wrong) continue;
        const row = token.lineno - 1;
        const chars = [...(errorLines[row] ?? '')];
        const [start, end] = columns(errorCode, token);
        chars.splice(start, end - start, candidate);
        const code = [...errorLines.slice(0, row), chars.join(''), ...errorLines.slice(row + 1)].join('\n');
        if (!compileCommand(code, warnings)) continue;
        const display: SyntaxErrorDisplay = {
          text: physicalLine(errorCode, token.lineno),
          lineno: token.lineno,
          endLineno: token.endLineno,
          offset: start + 1,
          endOffset: end + 1,
          msg: `invalid syntax. Did you mean '${candidate}'?`,
        };
        return { display, warnings };
      }
    }
  } catch {
    // traceback runs the search under contextlib.suppress(Exception).
  }
  return none;
}

/** lines[start:end] with Python's negative indices. */
function pySlice<T>(list: readonly T[], start: number, end: number): T[] {
  const at = (i: number): number => (i < 0 ? Math.max(0, list.length + i) : i);
  return list.slice(at(start), at(end));
}

function sameError(a: SyntaxErrorInfo, b: SyntaxErrorInfo): boolean {
  return a.msg === b.msg && a.lineno === b.lineno && a.offset === b.offset && a.endLineno === b.endLineno && a.endOffset === b.endOffset;
}

/**
 * codeop.compile_command(code, symbol="exec", flags=PyCF_ONLY_AST) raises no SyntaxError: input
 * that is only incomplete passes (before, or with a newline added), anything else must survive a
 * full compile, whose warnings are issued.
 */
function compileCommand(code: string, warnings: ParseWarning[]): boolean {
  const first = parseWithDetails(code);
  if (!first.result.ok) {
    const second = parseWithDetails(`${code}\n`);
    if (second.result.ok || second.details?.atEndOfInput === true) return true;
  }
  const full = compileCheck(code, { fileMode: false });
  warnings.push(...full.warnings);
  return full.ok;
}

/** The NAME tokens tokenize.generate_tokens yields before it stops at an error. */
function nameTokens(code: string): Token[] {
  return tokenize(code).filter((t) => t.type === 'NAME');
}

/** A token's start and end columns in characters of its line, as the tokenize module gives them. */
function columns(code: string, token: Token): [number, number] {
  const lineStart = code.lastIndexOf('\n', token.start - 1) + 1;
  const start = codePointLength(code.slice(lineStart, token.start));
  return [start, start + codePointLength(code.slice(token.start, token.end))];
}

/** Line `lineno` of the dedented code, with its newline: the token's `line`. */
function physicalLine(code: string, lineno: number): string {
  const lines = code.split('\n');
  const text = lines[lineno - 1] ?? '';
  return lineno < lines.length ? `${text}\n` : text;
}

function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || !isHigh(s.charCodeAt(i - 1))) n++;
  }
  return n;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

// ---------------------------------------------------------------- str.splitlines, textwrap.dedent

/** str.splitlines(): \n, \r, \r\n and the other Unicode line boundaries; no empty last line. */
export function splitLines(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const isBreak = c === 10 || c === 13 || c === 0x0b || c === 0x0c || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
    if (!isBreak) continue;
    out.push(s.slice(start, i));
    if (c === 13 && s.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

/** textwrap.dedent: the longest run of spaces and tabs all non-blank lines share is removed. */
export function dedent(text: string): string {
  const lines = text.split('\n');
  const nonBlank = lines.filter((l) => l !== '' && !isPySpace(l));
  let l1 = '';
  let l2 = '';
  if (nonBlank.length > 0) {
    l1 = nonBlank.reduce((m, l) => (comparePy(l, m) < 0 ? l : m));
    l2 = nonBlank.reduce((m, l) => (comparePy(l, m) > 0 ? l : m));
  }
  let margin = 0;
  const c1 = [...l1];
  const c2 = [...l2];
  for (margin = 0; margin < c1.length; margin++) {
    const c = c1[margin] as string;
    if (c !== c2[margin] || (c !== ' ' && c !== '\t')) break;
  }
  if (margin === c1.length) margin = Math.max(0, c1.length - 1);
  return lines.map((l) => (isPySpace(l) ? '' : l.slice(margin))).join('\n');
}

/** Python's str ordering: by code points. */
function comparePy(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < x.length && i < y.length; i++) {
    const d = (x[i] as string).codePointAt(0)! - (y[i] as string).codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
