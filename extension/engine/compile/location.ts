/**
 * Source locations of the compile-time checks, and the SyntaxError / SyntaxWarning records they
 * produce.
 *
 * CPython's compiler stages (future.c, symtable.c, codegen.c, ast_preprocess.c) raise errors with
 * `col_offset + 1` straight from the AST, which counts UTF-8 bytes. Unlike the parser, they never
 * convert to code points, so for a line with non-ASCII text before the error `python3.14 FILE.py`
 * reports (and places its caret at) the byte-based column. These records keep CPython's values.
 */
import type { Position } from '../syntax/ast';
import type { SyntaxErrorInfo } from '../syntax/errors';

/** CPython's _Py_SourceLocation: 1-based lines, 0-based UTF-8 byte columns. */
export interface Loc {
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
}

/** Where CPython's "artificial" instructions live; an error raised there reports line -1. */
export const NO_LOCATION: Loc = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

export function locOf(node: Position): Loc {
  return {
    lineno: node.lineno,
    col_offset: node.col_offset,
    end_lineno: node.end_lineno,
    end_col_offset: node.end_col_offset,
  };
}

/** A SyntaxWarning the compiler emits for valid code; `python FILE.py` prints each one to stderr. */
export interface CompileWarning {
  readonly category: 'SyntaxWarning';
  readonly msg: string;
  readonly lineno: number;
  readonly offset: number;
  readonly endLineno: number;
  readonly endOffset: number;
}

export function syntaxErrorAt(msg: string, loc: Loc): SyntaxErrorInfo {
  return {
    type: 'SyntaxError',
    msg,
    lineno: loc.lineno,
    offset: loc.col_offset + 1,
    endLineno: loc.end_lineno,
    endOffset: loc.end_col_offset + 1,
  };
}

export function syntaxWarningAt(msg: string, loc: Loc): CompileWarning {
  return {
    category: 'SyntaxWarning',
    msg,
    lineno: loc.lineno,
    offset: loc.col_offset + 1,
    endLineno: loc.end_lineno,
    endOffset: loc.end_col_offset + 1,
  };
}

/**
 * Thrown by the checks to abandon compilation at the first error, as CPython's `return 0`
 * chains do; caught at the entry points, never escapes them.
 */
export class CompileError extends Error {
  constructor(readonly info: SyntaxErrorInfo) {
    super(info.msg);
  }
}

export function fail(msg: string, loc: Loc): never {
  throw new CompileError(syntaxErrorAt(msg, loc));
}
