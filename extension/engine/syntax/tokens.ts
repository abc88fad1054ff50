/**
 * Token types, as CPython's Grammar/Tokens names them. Keywords and soft keywords are NAME tokens;
 * every operator and delimiter is an OP token whose `string` tells which.
 * Kept apart from the tokenizer so the parser depends on the shape of tokens only.
 */
import type { SyntaxErrorInfo } from './errors';

export type TokenType =
  | 'NAME'
  | 'NUMBER'
  | 'STRING'
  | 'OP'
  | 'NEWLINE'
  | 'INDENT'
  | 'DEDENT'
  | 'FSTRING_START'
  | 'FSTRING_MIDDLE'
  | 'FSTRING_END'
  | 'TSTRING_START'
  | 'TSTRING_MIDDLE'
  | 'TSTRING_END'
  | 'ENDMARKER'
  /** Not a token: where the tokenizer failed. Always the last element of a token array. */
  | 'ERRORTOKEN';

export interface Token {
  readonly type: TokenType;
  /** The token's exact source text (for FSTRING_MIDDLE: the decoded-as-written text, `{{` kept as `{`). */
  readonly string: string;
  /** UTF-16 offsets into the source: [start, end). */
  readonly start: number;
  readonly end: number;
  /** 1-based line numbers and 0-based UTF-8 byte columns, as CPython's AST positions count them. */
  readonly lineno: number;
  readonly col: number;
  readonly endLineno: number;
  readonly endCol: number;
  /** Only on ERRORTOKEN: the SyntaxError the tokenizer raises when the parser reaches this point. */
  readonly error?: SyntaxErrorInfo;
}
