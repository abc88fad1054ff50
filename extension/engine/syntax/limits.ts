/**
 * Input too deeply nested for CPython's parser. CPython gives up with a MemoryError ("Parser
 * stack overflowed - Python source too complex to parse"), not a SyntaxError: no file, line or
 * caret is printed. It travels as a SyntaxErrorInfo (so every consumer of a failed parse still
 * gets an error) marked with the exception CPython raises; isParserOverflow tells it apart.
 */
import type { SyntaxErrorInfo } from './errors';

export interface ParserOverflowInfo extends SyntaxErrorInfo {
  readonly exception: 'MemoryError';
}

export const PARSER_OVERFLOW_MESSAGE = 'Parser stack overflowed - Python source too complex to parse';

export function parserOverflow(): ParserOverflowInfo {
  return { type: 'SyntaxError', msg: PARSER_OVERFLOW_MESSAGE, lineno: 0, offset: 0, endLineno: 0, endOffset: 0, exception: 'MemoryError' };
}

export function isParserOverflow(error: SyntaxErrorInfo): error is ParserOverflowInfo {
  return (error as Partial<ParserOverflowInfo>).exception === 'MemoryError';
}
