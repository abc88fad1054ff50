/**
 * Python 3.14's tokenizer, as CPython's C tokenizer feeds its parser: the same tokens with the
 * same positions (UTF-8 byte columns, -1 for INDENT/DEDENT/ENDMARKER), no COMMENT or NL tokens,
 * and the same errors. CPython tokenizes on demand, so an error only matters once the parser
 * gets there: the array then ends with an ERRORTOKEN carrying the SyntaxError.
 *
 * What CPython does that shows in the tokens:
 * - `\r\n` and `\r` read as `\n` (token strings hold `\n`; `start`/`end` still index the
 *   caller's text), and a missing final newline is supplied (the last NEWLINE sits at the end).
 * - NEWLINE's text is empty, or the comment before the newline; its end column counts the
 *   newline character. A literal part cut at a doubled brace (`{{`, `}}`) holds one brace, and
 *   its end column counts both. (Columns follow CPython's cursor; `end` follows the text.)
 * - INDENT, DEDENT and ENDMARKER have no text: `start` = `end` is where CPython's cursor was
 *   (for INDENT, the line's first token), and ENDMARKER's line is the last line (0 if empty).
 */
import type { SyntaxErrorInfo } from './errors';
import type { Token } from './tokens';
import * as fstrings from './tokenizer/fstrings';
import * as normal from './tokenizer/normal';
import { type ErrorCode, LexError, Lexer, type TokenizerWarning } from './tokenizer/state';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { scanFStringLiteral } = fstrings;
const { scanNormal } = normal;

export type { ErrorCode, TokenizerWarning };

/** What an ERRORTOKEN also tells the parser, to reproduce when CPython raises it. */
export interface ErrorToken extends Token {
  readonly type: 'ERRORTOKEN';
  readonly error: SyntaxErrorInfo;
  /**
   * CPython's tok->done: E_ERROR when its tokenizer raised the error itself, otherwise the state
   * its parser turns into the error. The parser needs it to choose between this error and one
   * of its own: after a generic syntax error, CPython tokenizes the rest of the text and lets a
   * raised (E_ERROR) tokenizer error win, while for the other codes it only reports a bracket
   * still open on an earlier line ("'(' was never closed").
   */
  readonly code: ErrorCode;
  /** Raised while an f-string or t-string was open: an earlier parser error then stays the one raised. */
  readonly inFString: boolean;
}

/**
 * The `!`, `:` or `}` ending an f-string or t-string field's expression carries that
 * expression's source text, comments removed (CPython's token metadata): the text of an `=`
 * debug specifier (`f'{x = }'` shows `x = `) and of a t-string Interpolation's `str`. The
 * parser takes it from the field's first such token.
 */
export function exprTextOf(token: Token): string | undefined {
  return (token as Token & { readonly exprText?: string }).exprText;
}

export function isErrorToken(token: Token): token is ErrorToken {
  return token.type === 'ERRORTOKEN';
}

/**
 * Tokenizes `source`. `warnings`, if given, receives the SyntaxWarnings CPython's tokenizer
 * issues (a number run into a keyword, as in `1if`; `\{` in an f-string), each with the index
 * of the token being made: CPython only issues those its parser asks for.
 */
export function tokenize(source: string, warnings?: TokenizerWarning[]): Token[] {
  const lx = new Lexer(source, warnings);
  try {
    for (;;) {
      const mode = lx.modes[lx.modes.length - 1];
      if (mode !== undefined && mode.literalMode) {
        if (!scanFStringLiteral(lx, mode)) continue;
      } else if (!scanNormal(lx, mode)) {
        break;
      }
    }
  } catch (e) {
    if (!(e instanceof LexError)) throw e;
    lx.tokens.push(errorToken(lx, e));
  }
  return lx.tokens;
}

function errorToken(lx: Lexer, e: LexError): ErrorToken {
  const at = lx.sourceOffset(lx.pos, lx.line);
  return {
    type: 'ERRORTOKEN',
    string: '',
    start: at,
    end: at,
    lineno: e.info.lineno,
    col: -1,
    endLineno: e.info.lineno,
    endCol: -1,
    error: e.info,
    code: e.code,
    inFString: e.inString,
  };
}

/**
 * The identifier a NAME token denotes: CPython's parser NFKC-normalizes non-ASCII names (so
 * `ﬁle` is `file`), while keywords are matched on the token's text as written.
 */
export function identifierOf(name: string): string {
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) >= 128) return name.normalize('NFKC');
  }
  return name;
}
