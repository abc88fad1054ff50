/**
 * A SyntaxWarning the tokenizer or the parser emits, shaped like the compiler's warnings
 * (compile/location.ts's CompileWarning) so both print the same way: `FILE:LINE: SyntaxWarning:
 * MSG` and the line. Offsets are 1-based characters, 0 when CPython gives none.
 */
export interface ParseWarning {
  readonly category: 'SyntaxWarning';
  readonly msg: string;
  readonly lineno: number;
  readonly offset: number;
  readonly endLineno: number;
  readonly endOffset: number;
}
