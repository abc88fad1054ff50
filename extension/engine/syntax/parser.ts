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
import { K } from './parser/kinds';
import { Parser } from './parser/state';
import { file } from './parser/statements';
import { isErrorToken, tokenize } from './tokenizer';
import type { Token } from './tokens';

export type ParseResult = { ok: true; tree: Module } | { ok: false; error: SyntaxErrorInfo };

export interface ParseOptions {
  /**
   * Parse as `python FILE.py` reads a file rather than as `compile()`/`ast.parse()` read a string.
   * Only where an error at the very end of the input points differs.
   */
  readonly fileMode?: boolean;
}

export function parse(source: string, options: ParseOptions = {}): ParseResult {
  let tokens: Token[];
  try {
    tokens = tokenize(source);
  } catch (e) {
    return { ok: false, error: internalError(e) };
  }
  const p = new Parser(source, tokens, options.fileMode ?? false);
  try {
    const tree = file(p);
    if (tree !== null) return { ok: true, tree };
    const lastToken = p.fill - 1;
    p.startErrorPass();
    file(p);
    // No specific error: the generic one, at the first pass's last token.
    const kind = p.kinds[lastToken];
    if (kind === K.INDENT || kind === K.DEDENT) {
      p.raiseLast(kind === K.INDENT ? 'unexpected indent' : 'unexpected unindent', 'IndentationError');
    }
    const t = p.tokens[lastToken] as Token;
    p.raiseAt('SyntaxError', 'invalid syntax', t.lineno, t.col, t.endLineno, t.endCol);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      if (p.tokenizerFailed) return { ok: false, error: e.info };
      return { ok: false, error: laterTokenizerError(p, e.info) };
    }
    if (e instanceof RangeError) {
      // JavaScript's stack ran out before CPython's parser would have (it allows 6000 levels).
      return { ok: false, error: { type: 'SyntaxError', msg: 'too many nested parentheses', lineno: 1, offset: 0, endLineno: 1, endOffset: 0 } };
    }
    return { ok: false, error: internalError(e) };
  }
  throw new Error('unreachable');
}

/**
 * _PyPegen_tokenize_full_source_to_check_for_errors: when the parser raised, the rest of the
 * text is tokenized; an error the tokenizer raises there wins (unless it is inside an f-string),
 * and a bracket left open on an earlier line than the parser's last token wins as "never closed".
 */
function laterTokenizerError(p: Parser, info: SyntaxErrorInfo): SyntaxErrorInfo {
  const last = p.tokens[p.tokens.length - 1] as Token;
  if (!isErrorToken(last)) return info;
  if (last.code === 'E_ERROR') return last.inFString ? info : last.error;
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
