/**
 * The tokenizer's shared state: the text being scanned (as prepareText() gives it), the cursor,
 * line bookkeeping, the indentation and bracket stacks, the f-string mode stack, and the token
 * list being built. Positions handed out are mapped back to the caller's source.
 */
import type { SyntaxErrorInfo, SyntaxErrorType } from '../errors';
import type { Token, TokenType } from '../tokens';
import * as textHelpers from './text';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { lineOf, prepareText, utf8Length } = textHelpers;

/** One open f-string or t-string (CPython's tokenizer_mode). */
export interface StringMode {
  /** Token types of this literal's start, middle and end parts. */
  readonly kind: 'f' | 't';
  readonly quote: number;
  readonly quoteSize: number;
  readonly raw: boolean;
  /** Where the literal's prefix starts: offset, line, and that line's start offset. */
  readonly startPos: number;
  readonly startLine: number;
  readonly startLineStart: number;
  /** Bracket depth inside the current replacement field (CPython's curly_bracket_depth). */
  curlyDepth: number;
  /** Depth at which the innermost open replacement field started; -1 when in the literal part. */
  exprStartDepth: number;
  inFormatSpec: boolean;
  /** Saw `=` at the field's top level (CPython's in_debug). */
  debug: boolean;
  /** The field expression's text runs from exprStart to exprEnd (-1: not ended yet). */
  exprStart: number;
  exprEnd: number;
  /** False while scanning a replacement field's expression in normal mode. */
  literalMode: boolean;
}

/** An open bracket: the character, and where it is for "never closed" / "does not match". */
export interface OpenBracket {
  readonly ch: number;
  readonly line: number;
  readonly pos: number;
  readonly lineStart: number;
}

/**
 * How CPython's tokenizer stopped (its tok->done). E_ERROR: it raised the SyntaxError itself.
 * The others it only signals, and its parser builds the exception from them: E_EOF when the text
 * ended inside brackets or after a backslash, E_LINECONT for a character after a backslash,
 * E_DEDENT, E_TABSPACE and E_TOODEEP for indentation.
 */
export type ErrorCode = 'E_ERROR' | 'E_EOF' | 'E_LINECONT' | 'E_DEDENT' | 'E_TABSPACE' | 'E_TOODEEP';

/** A SyntaxWarning CPython's tokenizer issues (while making token number `tokenIndex`). */
export interface TokenizerWarning {
  readonly msg: string;
  readonly lineno: number;
  readonly tokenIndex: number;
}

/** Thrown inside the scan to stop at a tokenizer error; tokenize() turns it into an ERRORTOKEN. */
export class LexError {
  constructor(
    readonly info: SyntaxErrorInfo,
    readonly code: ErrorCode,
    /** Raised while an f-string or t-string was open. */
    readonly inString: boolean,
  ) {}
}

const LF = 10;

export class Lexer {
  /** The text being scanned: newlines translated, one at the end. */
  readonly text: string;
  readonly len: number;
  readonly tokens: Token[] = [];

  pos = 0;
  /** Physical line (1-based) of `pos`, and the offset where that line starts. */
  line = 1;
  lineStart = 0;
  /** Start of the line before `line`: at the end of the text CPython still reports the last line. */
  prevLineStart = 0;
  /** Lines CPython has read so far (it reads each once, when it needs its first character). */
  private linesRead = 0;
  /**
   * Where CPython's buffer pointer (tok->buf) is: the start of the last line read while no
   * token was under way (lines read inside a token or after a backslash leave it behind).
   * Only the offset of "unexpected character after line continuation character" shows it.
   */
  bufStart = 0;
  /** No token is under way (CPython's tok->start is NULL): reading a line moves bufStart. */
  betweenTokens = true;
  /** At the beginning of a logical line: indentation still to measure. */
  atBol = true;

  readonly indents: number[] = [0];
  readonly altIndents: number[] = [0];
  pending = 0;
  /** ENDMARKER was emitted. */
  ended = false;

  readonly brackets: OpenBracket[] = [];
  readonly modes: StringMode[] = [];

  /** Length of the caller's source: positions of the added final newline map to it. */
  private readonly sourceLength: number;
  /** When newlines were translated: for each line, how many characters came out before it. */
  private readonly lineShift: number[] | null;
  /** Every character of the text is ASCII, so byte columns equal character columns. */
  private readonly ascii: boolean;
  /** The last byteCol() answer, to continue from. */
  private colLineStart = -1;
  private colPos = 0;
  private colBytes = 0;
  /** Line holding the first NUL character (0: none); CPython refuses the line when it reads it. */
  readonly nulLine: number;

  constructor(
    source: string,
    /** Where to report SyntaxWarnings, if anywhere. */
    private readonly warnings: TokenizerWarning[] | undefined,
  ) {
    const { text, lineShift } = prepareText(source);
    this.sourceLength = source.length;
    this.lineShift = lineShift;
    this.text = text;
    this.len = text.length;
    this.ascii = !/[\u0080-\uffff]/.test(text);
    const nul = text.indexOf('\0');
    this.nulLine = nul < 0 ? 0 : lineOf(text, nul);
  }

  /** Offset in the caller's source of `pos` (which lies on physical line `line`). */
  sourceOffset(pos: number, line: number): number {
    const shift = this.lineShift === null ? 0 : (this.lineShift[line] ?? 0);
    return Math.min(pos + shift, this.sourceLength);
  }

  /** UTF-8 byte column of `pos` on the line starting at `lineStart` (also: bytes from there to `pos`). */
  byteCol(lineStart: number, pos: number): number {
    if (this.ascii) return pos - lineStart;
    // Tokens come in order: continue from the last answer when it is on the way.
    let from = lineStart;
    let bytes = 0;
    if (this.colLineStart === lineStart && this.colPos <= pos) {
      from = this.colPos;
      bytes = this.colBytes;
    }
    bytes += utf8Length(this.text, from, pos);
    this.colLineStart = lineStart;
    this.colPos = pos;
    this.colBytes = bytes;
    return bytes;
  }

  /**
   * CPython's parser turns a byte column into the SyntaxError offset by decoding that many
   * bytes of the error line (the whole current line, newline included): a column past the
   * line's end counts as its length plus one, a cut character as one.
   */
  parserOffset(byteCol: number): number {
    const t = this.text;
    const end = this.lineEndAfterNewline();
    let bytes = 0;
    let chars = 0;
    for (let i = this.lineStart; i < end && bytes < byteCol; i++) {
      const c = t.charCodeAt(i);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
        bytes += 4;
        i++;
      } else bytes += 3;
      chars++;
    }
    return bytes < byteCol ? chars + 1 : chars;
  }

  /** Where the current line ends, after its newline. */
  lineEndAfterNewline(): number {
    const nl = this.text.indexOf('\n', this.lineStart);
    return nl < 0 ? this.len : nl + 1;
  }

  /** Code-point column of `pos` on the line starting at `lineStart` (SyntaxError offsets count these). */
  charCol(lineStart: number, pos: number): number {
    if (this.ascii) return pos - lineStart;
    let n = 0;
    const t = this.text;
    for (let i = lineStart; i < pos; i++) {
      const c = t.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < pos) i++;
      n++;
    }
    return n;
  }

  /**
   * The line number CPython reports for tokens made at the cursor with no text of their own:
   * it counts a line once it starts reading it, so at the end it is still on the last line.
   */
  reportedLine(): number {
    return this.pos >= this.len ? this.line - 1 : this.line;
  }

  /** The character at `i`, or -1 past the end. */
  at(i: number): number {
    return i < this.len ? this.text.charCodeAt(i) : -1;
  }

  /**
   * Reads the next character (-1 at the end, without moving), keeping the line bookkeeping.
   * Reading the first character of a line is when CPython reads that line, and refuses it if it
   * holds a NUL.
   */
  nextc(): number {
    const p = this.pos;
    if (p >= this.len) return -1;
    if (p === this.lineStart && this.line > this.linesRead) {
      this.linesRead = this.line;
      if (this.line === this.nulLine) this.fail('source code cannot contain null bytes', this.line, 0, 0);
      if (this.betweenTokens) this.bufStart = p;
    }
    const c = this.text.charCodeAt(p);
    this.pos = p + 1;
    if (c === LF) {
      this.line++;
      this.prevLineStart = this.lineStart;
      this.lineStart = this.pos;
    }
    return c;
  }

  /** Steps back over `c`, the character nextc() just returned. */
  backup(c: number): void {
    if (c < 0) return;
    this.pos--;
    if (c === LF) {
      this.line--;
      this.lineStart = this.prevLineStart;
    }
  }

  /** Adds a token from `start` (on line `startLine`, which starts at `startLineStart`) to `pos`. */
  emit(type: TokenType, start: number, startLine: number, startLineStart: number, string: string): void {
    this.emitTo(type, start, startLine, startLineStart, this.pos, this.pos, string);
  }

  /**
   * Adds a token whose text ends at `end`, and whose end column is that of `endColAt` on the
   * current line: CPython takes the end column from its cursor, which for NEWLINE and for a
   * doubled brace has moved past the token's text.
   */
  emitTo(type: TokenType, start: number, startLine: number, startLineStart: number, end: number, endColAt: number, string: string): void {
    const col = this.byteCol(startLineStart, start);
    const endCol = this.byteCol(this.lineStart, endColAt);
    const shift = this.lineShift;
    this.tokens.push({
      type,
      string,
      start: shift === null ? start : this.sourceOffset(start, startLine),
      end: shift === null ? end : this.sourceOffset(end, this.line),
      lineno: startLine,
      col,
      endLineno: this.line,
      endCol,
    });
  }

  /** Gives the last token the expression text of the f-string field it ends. */
  attachExprText(exprText: string): void {
    const last = this.tokens.length - 1;
    this.tokens[last] = { ...this.tokens[last]!, exprText } as Token;
  }

  /** Adds a token without a place in the text (INDENT, DEDENT, ENDMARKER): CPython gives them column -1. */
  emitMarker(type: TokenType, line: number): void {
    const at = this.sourceOffset(this.pos, this.line);
    this.tokens.push({ type, string: '', start: at, end: at, lineno: line, col: -1, endLineno: line, endCol: -1 });
  }

  warn(msg: string): void {
    this.warnings?.push({ msg, lineno: this.line, tokenIndex: this.tokens.length });
  }

  /** Stops the scan with a SyntaxError (or subclass) at 1-based code-point offsets of line `lineno`. */
  fail(msg: string, lineno: number, offset: number, endOffset: number, type: SyntaxErrorType = 'SyntaxError', code: ErrorCode = 'E_ERROR'): never {
    throw new LexError({ type, msg, lineno, offset, endLineno: lineno, endOffset }, code, this.modes.length > 0);
  }

  /**
   * CPython's plain tokenizer error: reported at the cursor, both offsets being the number of
   * characters on the line before `cursor`.
   */
  failAt(msg: string, cursor: number = this.pos, type: SyntaxErrorType = 'SyntaxError'): never {
    const col = this.charCol(this.lineStart, cursor);
    return this.fail(msg, this.line, col, col, type);
  }
}
