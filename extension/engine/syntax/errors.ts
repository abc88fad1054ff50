/**
 * A syntax error as data: the exception CPython raises (SyntaxError or one of its subclasses) with
 * the attributes it carries. Offsets follow CPython's SyntaxError attributes: 1-based, counted in
 * characters (code points) of `text`, not bytes.
 */
export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export interface SyntaxErrorInfo {
  readonly type: SyntaxErrorType;
  readonly msg: string;
  readonly lineno: number;
  readonly offset: number;
  readonly endLineno: number;
  readonly endOffset: number;
}

export class PySyntaxError extends Error {
  constructor(readonly info: SyntaxErrorInfo) {
    super(`${info.type}: ${info.msg} (line ${info.lineno})`);
  }
}
