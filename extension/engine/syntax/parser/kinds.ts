/**
 * Token kinds as small integers, the way CPython's parser sees tokens after `_PyPegen_fill_token`:
 * keywords get their own kinds (so `NAME` never matches a keyword), every operator and delimiter
 * has its own kind, and soft keywords stay plain `NAME`s. Classifying once up front lets the
 * grammar rules compare integers instead of strings on every look-ahead.
 */
import type { Token } from '../tokens';

// A plain enum, not a const enum: the build transpiles each file alone, which would erase a const
// enum's values that other files read.
export enum K {
  NAME = 1,
  NUMBER,
  STRING,
  NEWLINE,
  INDENT,
  DEDENT,
  FSTRING_START,
  FSTRING_MIDDLE,
  FSTRING_END,
  TSTRING_START,
  TSTRING_MIDDLE,
  TSTRING_END,
  ENDMARKER,
  ERRORTOKEN,

  // Keywords (Grammar/python.gram's single-quoted strings).
  False,
  None,
  True,
  And,
  As,
  Assert,
  Async,
  Await,
  Break,
  Class,
  Continue,
  Def,
  Del,
  Elif,
  Else,
  Except,
  Finally,
  For,
  From,
  Global,
  If,
  Import,
  In,
  Is,
  Lambda,
  Nonlocal,
  Not,
  Or,
  Pass,
  Raise,
  Return,
  Try,
  While,
  With,
  Yield,

  // Operators and delimiters (Grammar/Tokens).
  LPAR,
  RPAR,
  LSQB,
  RSQB,
  COLON,
  COMMA,
  SEMI,
  PLUS,
  MINUS,
  STAR,
  SLASH,
  VBAR,
  AMPER,
  LESS,
  GREATER,
  EQUAL,
  DOT,
  PERCENT,
  LBRACE,
  RBRACE,
  EQEQUAL,
  NOTEQUAL,
  LESSEQUAL,
  GREATEREQUAL,
  TILDE,
  CIRCUMFLEX,
  LEFTSHIFT,
  RIGHTSHIFT,
  DOUBLESTAR,
  PLUSEQUAL,
  MINEQUAL,
  STAREQUAL,
  SLASHEQUAL,
  PERCENTEQUAL,
  AMPEREQUAL,
  VBAREQUAL,
  CIRCUMFLEXEQUAL,
  LEFTSHIFTEQUAL,
  RIGHTSHIFTEQUAL,
  DOUBLESTAREQUAL,
  DOUBLESLASH,
  DOUBLESLASHEQUAL,
  AT,
  ATEQUAL,
  RARROW,
  ELLIPSIS,
  COLONEQUAL,
  EXCLAMATION,
  /** `<>`: tokenized as NOTEQUAL but refused by the grammar unless barry_as_FLUFL is on. */
  BARRY,
  /** An OP token the grammar has no use for. */
  OTHER_OP,
}

const KEYWORDS: ReadonlyMap<string, K> = new Map<string, K>([
  ['False', K.False], ['None', K.None], ['True', K.True], ['and', K.And], ['as', K.As],
  ['assert', K.Assert], ['async', K.Async], ['await', K.Await], ['break', K.Break],
  ['class', K.Class], ['continue', K.Continue], ['def', K.Def], ['del', K.Del], ['elif', K.Elif],
  ['else', K.Else], ['except', K.Except], ['finally', K.Finally], ['for', K.For], ['from', K.From],
  ['global', K.Global], ['if', K.If], ['import', K.Import], ['in', K.In], ['is', K.Is],
  ['lambda', K.Lambda], ['nonlocal', K.Nonlocal], ['not', K.Not], ['or', K.Or], ['pass', K.Pass],
  ['raise', K.Raise], ['return', K.Return], ['try', K.Try], ['while', K.While], ['with', K.With],
  ['yield', K.Yield],
]);

const OPERATORS: ReadonlyMap<string, K> = new Map<string, K>([
  ['(', K.LPAR], [')', K.RPAR], ['[', K.LSQB], [']', K.RSQB], [':', K.COLON], [',', K.COMMA],
  [';', K.SEMI], ['+', K.PLUS], ['-', K.MINUS], ['*', K.STAR], ['/', K.SLASH], ['|', K.VBAR],
  ['&', K.AMPER], ['<', K.LESS], ['>', K.GREATER], ['=', K.EQUAL], ['.', K.DOT], ['%', K.PERCENT],
  ['{', K.LBRACE], ['}', K.RBRACE], ['==', K.EQEQUAL], ['!=', K.NOTEQUAL], ['<=', K.LESSEQUAL],
  ['>=', K.GREATEREQUAL], ['~', K.TILDE], ['^', K.CIRCUMFLEX], ['<<', K.LEFTSHIFT],
  ['>>', K.RIGHTSHIFT], ['**', K.DOUBLESTAR], ['+=', K.PLUSEQUAL], ['-=', K.MINEQUAL],
  ['*=', K.STAREQUAL], ['/=', K.SLASHEQUAL], ['%=', K.PERCENTEQUAL], ['&=', K.AMPEREQUAL],
  ['|=', K.VBAREQUAL], ['^=', K.CIRCUMFLEXEQUAL], ['<<=', K.LEFTSHIFTEQUAL],
  ['>>=', K.RIGHTSHIFTEQUAL], ['**=', K.DOUBLESTAREQUAL], ['//', K.DOUBLESLASH],
  ['//=', K.DOUBLESLASHEQUAL], ['@', K.AT], ['@=', K.ATEQUAL], ['->', K.RARROW],
  ['...', K.ELLIPSIS], [':=', K.COLONEQUAL], ['!', K.EXCLAMATION], ['<>', K.BARRY],
]);

export function isKeywordKind(kind: number): boolean {
  return kind >= K.False && kind <= K.Yield;
}

/** The kind of every token, computed once per parse. */
export function classify(tokens: readonly Token[]): Uint8Array {
  const kinds = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let kind: K;
    switch (t.type) {
      case 'NAME':
        kind = KEYWORDS.get(t.string) ?? K.NAME;
        break;
      case 'OP':
        kind = OPERATORS.get(t.string) ?? K.OTHER_OP;
        break;
      case 'NUMBER': kind = K.NUMBER; break;
      case 'STRING': kind = K.STRING; break;
      case 'NEWLINE': kind = K.NEWLINE; break;
      case 'INDENT': kind = K.INDENT; break;
      case 'DEDENT': kind = K.DEDENT; break;
      case 'FSTRING_START': kind = K.FSTRING_START; break;
      case 'FSTRING_MIDDLE': kind = K.FSTRING_MIDDLE; break;
      case 'FSTRING_END': kind = K.FSTRING_END; break;
      case 'TSTRING_START': kind = K.TSTRING_START; break;
      case 'TSTRING_MIDDLE': kind = K.TSTRING_MIDDLE; break;
      case 'TSTRING_END': kind = K.TSTRING_END; break;
      case 'ENDMARKER': kind = K.ENDMARKER; break;
      case 'ERRORTOKEN': kind = K.ERRORTOKEN; break;
      default: {
        const unreachable: never = t.type;
        throw new Error(`unknown token type ${String(unreachable)}`);
      }
    }
    kinds[i] = kind;
  }
  return kinds;
}
