/**
 * The parser's state: the token cursor, CPython's "fill" bookkeeping, the second-pass switch and
 * memo, and the ways CPython raises a SyntaxError (Parser/pegen.h's RAISE_* macros and
 * Parser/pegen_errors.c), with its byte-to-character offset conversion.
 *
 * CPython fetches tokens on demand: `fill` counts the tokens the parser has looked at, and the
 * last of them decides where a generic "invalid syntax" points and where RAISE_SYNTAX_ERROR
 * without a location points. Reaching the tokenizer's ERRORTOKEN raises the tokenizer's error,
 * exactly when CPython's on-demand tokenizer would have failed.
 */
import type { expr } from '../ast';
import { fileErrorLine } from '../error-line';
import { PySyntaxError, type SyntaxErrorInfo, type SyntaxErrorType } from '../errors';
import type { TokenizerWarning } from '../tokenizer';
import type { Token } from '../tokens';
import type { ParseWarning } from '../warnings';
import { LEVELS, MAXSTACK, ParserStackOverflow, type Levels } from './depth';
import * as kinds from './kinds';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K, classify } = kinds;

/** Anything with CPython's position attributes. */
export interface Located {
  readonly lineno: number;
  readonly col_offset: number;
  readonly end_lineno: number;
  readonly end_col_offset: number;
}

/** pegen.h's CURRENT_POS: "where the tokenizer is now" as an error's end. */
export const CURRENT_POS = -5;



interface MemoEntry {
  readonly node: unknown;
  readonly end: number;
}

export class Parser {
  readonly kinds: Uint8Array;
  /** Index of the next token. */
  pos = 0;
  /** How many tokens the parser has fetched (CPython's p->fill). */
  fill = 0;
  /** The invalid_* rules are tried (CPython's p->call_invalid_rules; off again inside *_without_invalid). */
  invalid = false;
  /** The second pass is running: memoized rules share their results whether invalid rules are on or off. */
  secondPass = false;
  /** The tokenizer's error was reached: it is final, with no later check. */
  tokenizerFailed = false;
  /** `from __future__ import barry_as_FLUFL` was seen: '<>' is the inequality operator. */
  barryAsBdfl = false;
  /** The SyntaxWarnings CPython would have emitted so far, in its order. */
  readonly warnings: ParseWarning[] = [];
  /** CPython's p->last_stmt_location.lineno: the last compound statement the second pass completed. */
  lastStatementLine = 0;
  /**
   * An estimate of CPython's p->level where the cursor is: its parser's rule nesting, measured on
   * CPython for the constructs that can nest deeply (statement blocks, brackets, and chains of
   * unary operators, `not`, `**`, conditional expressions and lambdas).
   */
  depth: number = LEVELS.first.base;
  /** The nesting costs for the current pass. */
  levels: Levels = LEVELS.first;
  /** Brackets open around the cursor. */
  private brackets = 0;
  /** Second-pass memo, keyed by token index and rule, so the re-parsing invalid rules stay linear. */
  private readonly memo = new Map<number, MemoEntry>();
  /** The tokenizer's warnings, issued as the tokens they belong to are fetched. */
  private nextTokenWarning = 0;
  private nextWarningToken: number;
  /** String tokens whose escapes this pass has decoded (CPython memoizes `strings`). */
  private readonly decodedStrings = new Set<number>();
  private lineStarts: number[] | null = null;
  private parenLevels: Int32Array | null = null;

  constructor(
    readonly source: string,
    readonly tokens: readonly Token[],
    /** Reading a file (`python FILE.py`) rather than a string (`compile`, `ast.parse`). */
    readonly fileMode = false,
    private readonly tokenWarnings: readonly TokenizerWarning[] = [],
  ) {
    this.kinds = classify(tokens);
    this.nextWarningToken = tokenWarnings.length > 0 ? (tokenWarnings[0] as TokenizerWarning).tokenIndex : -1;
  }

  // ---------------------------------------------------------------- cursor

  /** The kind of the current token. */
  k(): number {
    const i = this.pos;
    if (i >= this.fill) this.fetch(i);
    return this.kinds[i] as number;
  }

  /** The kind of the token `ahead` places after the current one. */
  kAt(ahead: number): number {
    const i = this.pos + ahead;
    if (i >= this.fill) this.fetch(i);
    return this.kinds[i] as number;
  }

  /** Fetches tokens up to index i; meeting the tokenizer's failure raises its error. */
  private fetch(i: number): void {
    while (this.fill <= i) {
      const f = this.fill++;
      if (f === this.nextWarningToken) this.issueTokenWarnings(f);
      if (this.kinds[f] === K.ERRORTOKEN) {
        this.tokenizerFailed = true;
        const info = (this.tokens[f] as Token).error;
        throw new PySyntaxError(info ?? { type: 'SyntaxError', msg: 'invalid token', lineno: 1, offset: 1, endLineno: 1, endOffset: 0 });
      }
    }
  }

  /** Nests `levels` deeper; CPython's parser gives up once its depth reaches `limit`. */
  deepen(levels: number, limit = MAXSTACK): void {
    this.depth += levels;
    if (this.depth >= limit) throw new ParserStackOverflow();
  }

  /** Opens a bracket whose rules nest `levels` deep (the outermost one nests less in CPython). */
  openBracket(levels: number): void {
    this.deepen(this.brackets++ === 0 ? levels - this.levels.discount : levels);
  }

  closeBracket(levels: number): void {
    this.depth -= --this.brackets === 0 ? levels - this.levels.discount : levels;
  }

  /** The tokenizer's warnings made while scanning tokens up to index `upTo`, in order. */
  issueTokenWarnings(upTo: number): void {
    const list = this.tokenWarnings;
    while (this.nextTokenWarning < list.length) {
      const w = list[this.nextTokenWarning] as TokenizerWarning;
      if (w.tokenIndex > upTo) {
        this.nextWarningToken = w.tokenIndex;
        return;
      }
      this.warnings.push({ category: 'SyntaxWarning', msg: w.msg, lineno: w.lineno, offset: 0, endLineno: w.lineno, endOffset: 0 });
      this.nextTokenWarning++;
    }
    this.nextWarningToken = -1;
  }

  /**
   * warn_invalid_escape_sequence for string token `key`: only the first decoding of a token in a
   * pass counts (CPython memoizes `strings`), and the second pass stays silent unless it decodes
   * with the invalid rules off (the grammar's *_without_invalid rules).
   */
  escapeWarning(key: number, msg: string, lineno: number): void {
    if (this.decodedStrings.has(key)) return;
    this.decodedStrings.add(key);
    if (!this.invalid) this.warnings.push({ category: 'SyntaxWarning', msg, lineno, offset: 0, endLineno: lineno, endOffset: 0 });
  }

  /** The current token (already fetched by a k() look). */
  tok(): Token {
    return this.tokens[this.pos] as Token;
  }

  /** Consumes the current token and returns it. */
  next(): Token {
    return this.tokens[this.pos++] as Token;
  }

  /** Consumes the current token if it has kind `kind`. */
  eat(kind: number): Token | null {
    if (this.k() === kind) return this.tokens[this.pos++] as Token;
    return null;
  }

  /** A NAME token whose text is `word` (a soft keyword), consumed. */
  eatSoft(word: string): Token | null {
    if (this.k() === K.NAME && (this.tokens[this.pos] as Token).string === word) return this.tokens[this.pos++] as Token;
    return null;
  }

  isSoft(word: string): boolean {
    return this.k() === K.NAME && (this.tokens[this.pos] as Token).string === word;
  }

  /**
   * The last token consumed that is not NEWLINE, INDENT, DEDENT or ENDMARKER: where a node built
   * now ends (CPython's _PyPegen_get_last_nonnwhitespace_token).
   */
  last(): Token {
    for (let m = this.pos - 1; m >= 0; m--) {
      const kind = this.kinds[m] as number;
      if (kind !== K.NEWLINE && kind !== K.INDENT && kind !== K.DEDENT && kind !== K.ENDMARKER) return this.tokens[m] as Token;
    }
    return this.tokens[0] as Token;
  }

  /** The paren nesting level of token i, as CPython's tokenizer records on each token. */
  level(i: number): number {
    if (this.parenLevels === null) {
      const levels = new Int32Array(this.tokens.length);
      let level = 0;
      for (let j = 0; j < this.tokens.length; j++) {
        const kind = this.kinds[j];
        if (kind === K.LPAR || kind === K.LSQB || kind === K.LBRACE) level++;
        else if ((kind === K.RPAR || kind === K.RSQB || kind === K.RBRACE) && level > 0) level--;
        levels[j] = level;
      }
      this.parenLevels = levels;
    }
    return this.parenLevels[i] as number;
  }

  // ---------------------------------------------------------------- second-pass memo

  memoGet(rule: number): MemoEntry | undefined {
    const entry = this.memo.get(this.pos * 64 + rule);
    if (entry !== undefined) this.pos = entry.end;
    return entry;
  }

  memoSet(rule: number, start: number, node: unknown): void {
    this.memo.set(start * 64 + rule, { node, end: this.pos });
  }

  /** Records what `rule` produced from `start` (the cursor put back there on failure) and returns it. */
  memoized<T>(rule: number, start: number, node: T | null): T | null {
    if (node === null) this.pos = start;
    this.memo.set(start * 64 + rule, { node, end: this.pos });
    return node;
  }

  /** Starts the second pass: the same parse with the invalid_* rules on (reset_parser_state_for_error_pass). */
  startErrorPass(): void {
    this.pos = 0;
    this.invalid = true;
    this.secondPass = true;
    this.barryAsBdfl = false;
    this.memo.clear();
    this.decodedStrings.clear();
    this.lastStatementLine = 0;
    this.levels = LEVELS.second;
    this.depth = LEVELS.second.base;
    this.brackets = 0;
  }

  /** _PyPegen_register_stmts: the second pass remembers the latest compound statement it completed. */
  registerStatement(lineno: number): void {
    if (this.invalid && lineno >= this.lastStatementLine) this.lastStatementLine = lineno;
  }

  // ---------------------------------------------------------------- raising errors

  /** RAISE_ERROR_KNOWN_LOCATION: 0-based byte columns, `endCol` -1 for none or CURRENT_POS. */
  raiseAt(type: SyntaxErrorType, msg: string, lineno: number, col: number, endLineno: number, endCol: number): never {
    const col1 = col === CURRENT_POS ? this.currentCol() : col + 1;
    let end1: number;
    if (endCol === CURRENT_POS) {
      end1 = this.currentCol();
      endLineno = this.current().endLineno;
    } else {
      end1 = endCol + 1;
    }
    throw new PySyntaxError(this.located(type, msg, lineno, col1, endLineno, end1));
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg). */
  raiseNode(a: Located, msg: string): never {
    return this.raiseAt('SyntaxError', msg, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg). */
  raiseRange(a: Located, b: Located, msg: string): never {
    return this.raiseAt('SyntaxError', msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a token. */
  raiseToken(t: Token, msg: string): never {
    return this.raiseAt('SyntaxError', msg, t.lineno, t.col, t.endLineno, t.endCol);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE between two tokens. */
  raiseTokens(a: Token, b: Token, msg: string): never {
    return this.raiseAt('SyntaxError', msg, a.lineno, a.col, b.endLineno, b.endCol);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from a to wherever the tokenizer is. */
  raiseFrom(a: Located, msg: string): never {
    return this.raiseAt('SyntaxError', msg, a.lineno, a.col_offset, CURRENT_POS, CURRENT_POS);
  }

  /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched. */
  raiseLast(msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
    return this.raiseAtToken(this.fill - 1, msg, type);
  }

  /** RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN: at the token under the cursor. */
  raiseNext(msg: string): never {
    this.k();
    return this.raiseAtToken(this.pos, msg, 'SyntaxError');
  }

  /** _PyPegen_raise_error's way of placing an error on a token. */
  raiseAtToken(i: number, msg: string, type: SyntaxErrorType): never {
    const t = this.tokens[i] as Token;
    if (t.col < 0) {
      // The DEDENTs and ENDMARKER that end the input are made with the cursor at its very end.
      const atEnd = i >= this.trailingMarkers();
      // Reading a file, the tokenizer's buffer is empty once it has hit the end: an error on the
      // final DEDENT/ENDMARKER then has offset 0 (and python prints no caret).
      if (this.fileMode && atEnd) {
        throw new PySyntaxError({ type, msg, lineno: t.lineno, offset: 0, endLineno: t.endLineno, endOffset: -1 });
      }
      // INDENT, DEDENT and ENDMARKER have no column (-1): the error points where the tokenizer's
      // cursor stands (the token's offset), counted in characters, and has no end column.
      // compile() supplies a missing final newline: at the very end, the cursor stands past it.
      const past = atEnd && !/[\n\r]$/.test(this.source) ? 1 : 0;
      const at = atEnd ? this.source.length : t.start;
      throw new PySyntaxError({ type, msg, lineno: t.lineno, offset: this.charsBefore(t.lineno, at) + past, endLineno: t.endLineno, endOffset: -1 });
    }
    throw new PySyntaxError(this.located(type, msg, t.lineno, t.col + 1, t.endLineno, t.endCol + 1));
  }

  /** Where the run of DEDENT/ENDMARKER tokens that ends the input starts. */
  private trailingMarkers(): number {
    let i = this.tokens.length;
    if (i === 0 || this.kinds[i - 1] !== K.ENDMARKER) return i;
    while (i > 0 && (this.kinds[i - 1] === K.ENDMARKER || this.kinds[i - 1] === K.DEDENT)) i--;
    return i;
  }

  /** Characters from the start of line `lineno` up to the UTF-16 offset `at`. */
  private charsBefore(lineno: number, at: number): number {
    this.lineText(lineno);
    const starts = this.lineStarts as number[];
    const start = starts[lineno - 1] ?? this.source.length;
    let n = 0;
    for (let i = start; i < at && i < this.source.length; i++) {
      const c = this.source.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff && i > start) continue;
      if (c === 13 && this.source.charCodeAt(i + 1) === 10) continue;
      n++;
    }
    return n;
  }

  // ---------------------------------------------------------------- positions

  /** The last token fetched: where CPython's tokenizer stands. */
  private current(): Token {
    return this.tokens[this.fill - 1] as Token;
  }

  /** The tokenizer's column (0-based bytes) after the last token fetched. */
  private currentCol(): number {
    return this.current().endCol;
  }

  /**
   * The SyntaxError attributes for 1-based byte columns, converted the way
   * _PyPegen_raise_error_known_location does: both columns measured in the start line's text.
   */
  private located(type: SyntaxErrorType, msg: string, lineno: number, col1: number, endLineno: number, end1: number): SyntaxErrorInfo {
    // The line comes from the tokenizer's buffer (newline included) when the tokenizer is still
    // on it, and is cut out of the source (without its newline) when it has moved past.
    let text = this.lineText(lineno);
    if (this.fileMode) {
      // python FILE.py reads the line back from the file, through a 1000-byte buffer.
      text = fileErrorLine(text);
    } else if (this.fill > 0 && lineno < this.current().endLineno && text.endsWith('\n')) {
      text = text.slice(0, -1);
    }
    const offset = charOffset(text, col1);
    const endOffset = end1 > 0 ? charOffset(text, end1) : end1;
    return { type, msg, lineno, offset, endLineno, endOffset };
  }

  /** Line `lineno` as the tokenizer reads it: with its newline ("\r\n" and "\r" read as "\n"). */
  lineText(lineno: number): string {
    if (this.lineStarts === null) {
      const starts = [0];
      const s = this.source;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (s.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    if (lineno < 1 || lineno > starts.length) return '';
    const start = starts[lineno - 1] as number;
    if (lineno === starts.length) return start < this.source.length ? this.source.slice(start) + '\n' : '';
    let end = (starts[lineno] as number) - 1;
    if (this.source.charCodeAt(end) === 10 && this.source.charCodeAt(end - 1) === 13) end--;
    return this.source.slice(start, end) + '\n';
  }
}

/**
 * _PyPegen_byte_offset_to_character_offset: how many characters the first `bytes` UTF-8 bytes of
 * `text` decode to (with the terminating NUL as one more character past the end, and a cut-off
 * multi-byte character counting as one replacement character).
 */
export function charOffset(text: string, bytes: number): number {
  let b = 0;
  let chars = 0;
  for (let i = 0; i < text.length; i++) {
    if (b >= bytes) return chars;
    const c = text.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      b += 4;
      i++;
    } else b += 3;
    chars++;
  }
  // Past the text: the NUL terminator decodes to one more character.
  return b < bytes ? chars + 1 : chars;
}

/** Node positions from a start token and an end token. */
export function spanTokens(s: Token, e: Token): Located {
  return { lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** A token's position in node terms. */
export function tokLoc(t: Token): Located {
  return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

export type Expr = expr;
