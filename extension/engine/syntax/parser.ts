/**
 * The parser's entry point: source text to CPython 3.14's syntax tree (mode 'exec'), or the
 * SyntaxError CPython raises. The grammar rules live in ./parser/.
 *
 * As in CPython (Parser/pegen.c, _PyPegen_run_parser and _Pypegen_set_syntax_error):
 * 1. A first pass parses without the invalid_* rules. It fails either quietly (no rule matched)
 *    or with an error raised on the spot (the tokenizer's, or an action's such as mixing bytes
 *    and str literals, which is final).
 * 2. After a quiet failure, a second pass reparses with the invalid_* rules on; the first of
 *    them that matches raises the specific error.
 * 3. If none does, the error is "invalid syntax" at the last token the first pass looked at
 *    (or "unexpected indent"/"unexpected unindent" when that token is an INDENT/DEDENT).
 * 4. A parser error (not the tokenizer's) can still be overridden by an error the tokenizer
 *    raises further on, as CPython tokenizes the rest of the file to check
 *    (_PyPegen_tokenize_full_source_to_check_for_errors).
 */
import type { Module } from './ast';
import { PySyntaxError, type SyntaxErrorInfo } from './errors';
import * as kinds from './parser/kinds';
import { ParserStackOverflow } from './parser/depth';
import { Parser } from './parser/state';
import { markTokenizerError } from './error-line';
import { parserOverflow } from './limits';
import { file } from './parser/statements';
import { isErrorToken, tokenize, type ErrorToken, type TokenizerWarning } from './tokenizer';
import type { Token } from './tokens';
import type { ParseWarning } from './warnings';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K } = kinds;

export type { ParseWarning };

/**
 * The tree, or the SyntaxError CPython raises; either way the SyntaxWarnings the tokenizer and
 * the parser emitted on the way, in CPython's order (before the compiler's).
 */
export type ParseResult =
  | { ok: true; tree: Module; warnings: readonly ParseWarning[] }
  | { ok: false; error: SyntaxErrorInfo; warnings: readonly ParseWarning[] };

export interface ParseOptions {
  /**
   * Parse as `python FILE.py` reads a file rather than as `compile()`/`ast.parse()` read a string.
   * Only where an error at the very end of the input points differs.
   */
  readonly fileMode?: boolean;
}

/** What CPython knows about a failed parse beyond the SyntaxError itself. */
export interface FailureDetails {
  /**
   * SyntaxError._metadata's line: where the last compound statement the second pass completed
   * starts (p->last_stmt_location), 0 if none. traceback's keyword-typo search starts there.
   */
  readonly statementLine: number;
  /**
   * The first pass failed with the tokenizer at the end of the input (_is_end_of_source): with
   * PyCF_ALLOW_INCOMPLETE_INPUT (codeop), CPython raises _IncompleteInputError instead.
   */
  readonly atEndOfInput: boolean;
}

export function parse(source: string, options: ParseOptions = {}): ParseResult {
  return parseWithDetails(source, options).result;
}

export function parseWithDetails(source: string, options: ParseOptions = {}): { result: ParseResult; details: FailureDetails | null } {
  let tokens: Token[];
  const tokenWarnings: TokenizerWarning[] = [];
  try {
    tokens = tokenize(source, tokenWarnings);
  } catch (e) {
    return { result: { ok: false, error: internalError(e), warnings: [] }, details: null };
  }
  const p = new Parser(source, tokens, options.fileMode ?? false, tokenWarnings);
  let atEndOfInput: boolean | null = null;
  try {
    const tree = file(p);
    if (tree !== null) return { result: { ok: true, tree, warnings: p.warnings }, details: null };
    atEndOfInput = endOfInputReached(p);
    secondPass(p);
  } catch (e) {
    if (e instanceof ParserStackOverflow || e instanceof RangeError) {
      // Nested past CPython's parser stack (MAXSTACK), or past this engine's own stack first,
      // which only nesting far beyond anything CPython parses reaches.
      return { result: { ok: false, error: parserOverflow(), warnings: p.warnings }, details: null };
    }
    if (!(e instanceof PySyntaxError)) return { result: { ok: false, error: internalError(e), warnings: p.warnings }, details: null };
    // Raised by the first pass itself (the tokenizer, or an action): final, as CPython's second
    // pass then does nothing.
    atEndOfInput ??= endOfInputReached(p);
    const last = tokens[tokens.length - 1] as Token;
    // An error the tokenizer raised itself shows the tokenizer's line, not the file's.
    let error = p.tokenizerFailed && isErrorToken(last) && last.code === 'E_ERROR' ? markTokenizerError(e.info) : e.info;
    if (!p.tokenizerFailed && !isIndentationVerdict(e)) {
      // CPython tokenizes the rest of the text: its warnings are issued, its errors may win.
      p.issueTokenWarnings(tokens.length);
      error = laterTokenizerError(p, error);
    }
    return { result: { ok: false, error, warnings: p.warnings }, details: { statementLine: p.lastStatementLine, atEndOfInput } };
  }
  throw new Error('unreachable');
}

/** Thrown by the generic "unexpected indent"/"unexpected unindent", which CPython raises as is. */
class IndentationVerdict extends PySyntaxError {}

function isIndentationVerdict(e: PySyntaxError): boolean {
  return e instanceof IndentationVerdict;
}

/** The second pass, which always ends in a SyntaxError. */
function secondPass(p: Parser): never {
  const lastToken = p.fill - 1;
  p.startErrorPass();
  file(p);
  // No specific error: the generic one, at the first pass's last token.
  const kind = p.kinds[lastToken];
  if (kind === K.INDENT || kind === K.DEDENT) {
    try {
      p.raiseLast(kind === K.INDENT ? 'unexpected indent' : 'unexpected unindent', 'IndentationError');
    } catch (e) {
      if (e instanceof PySyntaxError) throw new IndentationVerdict(e.info);
      throw e;
    }
  }
  const t = p.tokens[lastToken] as Token;
  return p.raiseAt('SyntaxError', 'invalid syntax', t.lineno, t.col, t.endLineno, t.endCol);
}

/** _is_end_of_source after the first pass: the tokenizer's state was E_EOF, E_EOFS or E_EOLS. */
function endOfInputReached(p: Parser): boolean {
  const last = p.tokens[p.tokens.length - 1] as Token;
  if (p.tokenizerFailed && isErrorToken(last)) return errorAtEnd(p.source, last);
  // The tokenizer reads past the last line only to make the DEDENTs and ENDMARKER after it.
  let lastNewline = p.tokens.length - 1;
  while (lastNewline >= 0 && p.kinds[lastNewline] !== K.NEWLINE) lastNewline--;
  return lastNewline >= 0 && p.fill - 1 > lastNewline && !isErrorToken(p.tokens[p.fill - 1] as Token);
}

function errorAtEnd(source: string, t: ErrorToken): boolean {
  if (t.code === 'E_EOF') return true;
  const msg = t.error.msg;
  if (msg.startsWith('unterminated triple-quoted')) return true;
  // A one-line string continued by a backslash up to the end of the text (E_EOLS).
  return msg.startsWith('unterminated string literal') && /\\(\r\n|\r|\n)?$/.test(source);
}

/**
 * _PyPegen_tokenize_full_source_to_check_for_errors: when the parser raised, the rest of the
 * text is tokenized; an error the tokenizer raises there wins (unless it is inside an f-string),
 * and a bracket left open on an earlier line than the parser's last token wins as "never closed".
 */
function laterTokenizerError(p: Parser, info: SyntaxErrorInfo): SyntaxErrorInfo {
  const last = p.tokens[p.tokens.length - 1] as Token;
  if (!isErrorToken(last)) return info;
  // Inside an f-string or t-string, the error in its expression part is kept.
  if (last.inFString) return info;
  if (last.code === 'E_ERROR') return markTokenizerError(last.error);
  const open = innermostOpenBracket(p);
  if (open === null) return info;
  const current = p.tokens[Math.max(p.fill - 1, 0)] as Token;
  if (current.lineno <= open.lineno) return info;
  if (last.code === 'E_EOF') return last.error;
  return neverClosed(p, open);
}

/** The bracket still open where the tokens stop. */
function innermostOpenBracket(p: Parser): Token | null {
  const stack: Token[] = [];
  for (let i = 0; i < p.tokens.length; i++) {
    const k = p.kinds[i];
    if (k === K.LPAR || k === K.LSQB || k === K.LBRACE) stack.push(p.tokens[i] as Token);
    else if (k === K.RPAR || k === K.RSQB || k === K.RBRACE) stack.pop();
  }
  return stack.length > 0 ? (stack[stack.length - 1] as Token) : null;
}

/** raise_unclosed_parentheses_error, for a bracket found in the tokens. */
function neverClosed(p: Parser, open: Token): SyntaxErrorInfo {
  try {
    p.raiseAt('SyntaxError', `'${open.string}' was never closed`, open.lineno, open.col, open.lineno, -1);
  } catch (e) {
    if (e instanceof PySyntaxError) return e.info;
    throw e;
  }
  throw new Error('unreachable');
}

function internalError(e: unknown): SyntaxErrorInfo {
  const msg = e instanceof Error ? e.message : String(e);
  return { type: 'SyntaxError', msg: `internal parser error: ${msg}`, lineno: 1, offset: 0, endLineno: 1, endOffset: 0 };
}
