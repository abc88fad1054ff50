/**
 * f-strings and t-strings. Grammar rules: fstring, fstring_middle, fstring_replacement_field,
 * fstring_conversion, fstring_full_format_spec, fstring_format_spec, tstring, tstring_middle,
 * tstring_replacement_field, tstring_full_format_spec, tstring_format_spec,
 * tstring_format_spec_replacement_field; the error rules invalid_fstring_replacement_field,
 * invalid_fstring_conversion_character and their t-string twins; and the actions
 * _PyPegen_joined_str / _PyPegen_template_str (_get_resized_exprs), _PyPegen_formatted_value,
 * _PyPegen_interpolation, _PyPegen_check_fstring_conversion, _PyPegen_setup_full_format_spec.
 *
 * CPython's tokenizer attaches to the '=', '!', ':' and '}' of a replacement field the text of
 * the expression before them (comments removed): the `=` debug text and Interpolation.str. It is
 * rebuilt here from the source and the tokens.
 */
import type { Constant, expr } from '../ast';
import { exprTextOf } from '../tokenizer';
import type { Token } from '../tokens';
import { starExpressions, yieldExpr } from './expressions';
import * as kinds from './kinds';
import { Rule } from './memo';
import { identifier } from './nodes';
import { bracketed } from './primary';
import type { Parser } from './state';
import { concatenateStrings, decodeEscapes, normalizeNewlines } from './strings';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K } = kinds;

type StringKind = 'f' | 't';

interface Spec {
  readonly kind: StringKind;
  /** The literal's prefix has r/R: its literal parts keep their backslashes. */
  readonly raw: boolean;
}

export function fstring(p: Parser): expr | null {
  return literal(p, { kind: 'f', raw: isRawPrefix(p.tok()) });
}

export function tstring(p: Parser): expr | null {
  if (!p.secondPass) return tstringBody(p);
  const start = p.pos;
  const hit = p.memoGet(Rule.tstring);
  return hit !== undefined ? (hit.node as expr | null) : p.memoized(Rule.tstring, start, tstringBody(p));
}

function tstringBody(p: Parser): expr | null {
  return literal(p, { kind: 't', raw: isRawPrefix(p.tok()) });
}

function isRawPrefix(t: Token): boolean {
  const s = t.string;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === 'r' || c === 'R') return true;
    if (c === '"' || c === "'") return false;
  }
  return false;
}

/** FSTRING_START fstring_middle* FSTRING_END (or the TSTRING_ tokens). */
function literal(p: Parser, spec: Spec): expr | null {
  const startKind = spec.kind === 'f' ? K.FSTRING_START : K.TSTRING_START;
  const middleKind = spec.kind === 'f' ? K.FSTRING_MIDDLE : K.TSTRING_MIDDLE;
  const endKind = spec.kind === 'f' ? K.FSTRING_END : K.TSTRING_END;
  const mark = p.pos;
  const a = p.eat(startKind);
  if (a === null) return null;
  const raw: expr[] = [];
  // The token number of each literal part, keyed by the part.
  const middles = new Map<expr, number>();
  for (;;) {
    const k = p.k();
    if (k === middleKind) {
      const index = p.pos;
      const t = p.next();
      const part = constantFromToken(t, t.string);
      middles.set(part, index);
      raw.push(part);
    } else if (k === K.LBRACE) {
      const field = replacementField(p, spec, false);
      if (field === null) break;
      raw.push(field);
    } else {
      break;
    }
  }
  const b = p.eat(endKind);
  if (b === null) {
    p.pos = mark;
    return null;
  }
  // _get_resized_exprs: debug pairs flattened, literal parts decoded, empty parts dropped.
  const values: expr[] = [];
  for (const item of raw) {
    if (item.kind === 'JoinedStr') {
      for (const v of item.values) values.push(v);
      continue;
    }
    if (item.kind === 'Constant') {
      const text = item.value as string;
      const src = text === '{{' || text === '}}' ? text[0] as string : text;
      // _PyPegen_decode_fstring_part reports escapes from the closing token's line.
      const site = { key: middles.get(item) ?? -1, lineno: b.lineno, braces: true };
      const decoded = spec.raw || src.indexOf('\\') < 0 ? src : decodeEscapes(p, src, site);
      if (decoded.length === 0) continue;
      values.push({ kind: 'Constant', value: decoded, constantKind: null, lineno: item.lineno, col_offset: item.col_offset, end_lineno: item.end_lineno, end_col_offset: item.end_col_offset });
      continue;
    }
    values.push(item);
  }
  if (spec.kind === 'f') return { kind: 'JoinedStr', values, lineno: a.lineno, col_offset: a.col, end_lineno: b.endLineno, end_col_offset: b.endCol };
  return { kind: 'TemplateStr', values, lineno: a.lineno, col_offset: a.col, end_lineno: b.endLineno, end_col_offset: b.endCol };
}

function constantFromToken(t: Token, value: string): Constant {
  return { kind: 'Constant', value: normalizeNewlines(value), constantKind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

/**
 * '{' annotated_rhs '='? [fstring_conversion] [full_format_spec] '}' | invalid_*_replacement_field.
 * `inSpec`: a field inside a format spec, which is always a FormattedValue (even in a t-string).
 */
function replacementField(p: Parser, spec: Spec, inSpec: boolean): expr | null {
  const mark = p.pos;
  p.pos++;
  const a = bracketed(p, annotatedRhs, p.levels.fstring);
  if (a !== null) {
    const debug = p.eat(K.EQUAL);
    let conversion: Token | null = null;
    let convBang: Token | null = null;
    if (p.k() === K.EXCLAMATION && p.kAt(1) === K.NAME) {
      convBang = p.next();
      conversion = p.next();
      checkConversion(p, spec, convBang, conversion);
    }
    const m = p.pos;
    let colon: Token | null = null;
    let format: expr | null = null;
    if (p.k() === K.COLON) {
      colon = p.next();
      format = fullFormatSpec(p, spec, colon);
      if (format === null) {
        colon = null;
        p.pos = m;
      }
    }
    if (p.k() === K.RBRACE) {
      const rbrace = p.next();
      return formattedValue(p, spec.kind === 't' && !inSpec, a, mark, debug, convBang, conversion, colon, format, rbrace);
    }
  }
  p.pos = mark;
  if (p.invalid) invalidReplacementField(p, spec);
  p.pos = mark;
  return null;
}

function annotatedRhs(p: Parser): expr | null {
  if (p.k() === K.Yield) return yieldExpr(p);
  return starExpressions(p);
}

/** _PyPegen_check_fstring_conversion: '!' right before a NAME that is s, r or a. */
function checkConversion(p: Parser, spec: Spec, bang: Token, conv: Token): void {
  if (bang.endLineno !== conv.lineno || bang.endCol !== conv.col) {
    p.raiseTokens(bang, conv, `${spec.kind}-string: conversion type must come right after the exclamation mark`);
  }
  const id = identifier(conv);
  if (id !== 's' && id !== 'r' && id !== 'a') {
    p.raiseToken(conv, `${spec.kind}-string: invalid conversion character ${pyRepr(id)}: expected 's', 'r', or 'a'`);
  }
}

/** repr() of a str, as %R formats an identifier in the message above. */
function pyRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  return q + s.replace(/\\/g, '\\\\') + q;
}

/** ':' fstring_format_spec*, then _PyPegen_setup_full_format_spec. */
function fullFormatSpec(p: Parser, spec: Spec, colon: Token): expr | null {
  const middleKind = spec.kind === 'f' ? K.FSTRING_MIDDLE : K.TSTRING_MIDDLE;
  const items: expr[] = [];
  for (;;) {
    const k = p.k();
    if (k === middleKind) {
      const site = { key: p.pos, lineno: p.tok().lineno, braces: true };
      const t = p.next();
      const text = normalizeNewlines(t.string);
      const decoded = spec.raw || text.indexOf('\\') < 0 ? text : decodeEscapes(p, text, site);
      items.push(constantFromToken(t, decoded));
    } else if (k === K.LBRACE) {
      const field = replacementField(p, spec, true);
      if (field === null) break;
      items.push(field);
    } else {
      break;
    }
  }
  const e = p.last();
  const nonEmpty = items.filter((x) => !(x.kind === 'Constant' && x.value === ''));
  if (nonEmpty.length === 0 || (nonEmpty.length === 1 && (nonEmpty[0] as expr).kind === 'Constant')) {
    return { kind: 'JoinedStr', values: nonEmpty, lineno: colon.lineno, col_offset: colon.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }
  return concatenateStrings(p, nonEmpty, colon, e);
}

/** _PyPegen_formatted_value and _PyPegen_interpolation. */
function formattedValue(
  p: Parser,
  interpolation: boolean,
  value: expr,
  lbrace: number,
  debug: Token | null,
  bang: Token | null,
  conv: Token | null,
  colon: Token | null,
  format: expr | null,
  rbrace: Token,
): expr {
  const s = p.tokens[lbrace] as Token;
  const conversion = conv !== null ? identifier(conv).charCodeAt(0) : debug !== null && format === null ? 114 : -1;
  // The text before the conversion's '!', the spec's ':' or the closing '}'.
  const terminator = bang ?? colon ?? rbrace;
  let node: expr;
  if (interpolation) {
    const text = expressionText(p, lbrace, terminator);
    node = { kind: 'Interpolation', value, str: text.replace(/[\s=]+$/u, ''), conversion, format_spec: format, lineno: s.lineno, col_offset: s.col, end_lineno: rbrace.endLineno, end_col_offset: rbrace.endCol };
  } else {
    node = { kind: 'FormattedValue', value, conversion, format_spec: format, lineno: s.lineno, col_offset: s.col, end_lineno: rbrace.endLineno, end_col_offset: rbrace.endCol };
  }
  if (debug === null) return node;
  let endLine: number;
  let endCol: number;
  if (conv !== null) {
    endLine = conv.lineno;
    endCol = conv.col;
  } else if (format !== null) {
    endLine = format.lineno;
    endCol = format.col_offset + 1;
  } else {
    endLine = rbrace.endLineno;
    endCol = rbrace.endCol;
  }
  const debugText: Constant = { kind: 'Constant', value: expressionText(p, lbrace, terminator), constantKind: null, lineno: s.lineno, col_offset: s.col + 1, end_lineno: endLine, end_col_offset: endCol - 1 };
  return { kind: 'JoinedStr', values: [debugText, node], lineno: s.lineno, col_offset: s.col, end_lineno: endLine, end_col_offset: endCol };
}

/**
 * The source between a replacement field's '{' and `until`, as CPython's tokenizer records it:
 * newlines normalized and comments (which can only sit between tokens) left out.
 */
function expressionText(p: Parser, lbrace: number, until: Token): string {
  const attached = exprTextOf(until);
  if (attached !== undefined) return attached;
  const src = p.source;
  let i = lbrace + 1;
  let at = (p.tokens[lbrace] as Token).end;
  let text = '';
  for (;;) {
    const t = p.tokens[i] as Token;
    const gapEnd = t === until || i >= p.tokens.length ? until.start : t.start;
    text += stripComment(src.slice(at, gapEnd));
    if (t === until || i >= p.tokens.length) break;
    text += src.slice(t.start, t.end);
    at = t.end;
    i++;
  }
  return normalizeNewlines(text);
}

/** A gap between tokens without its comments (a comment runs to the end of its line). */
function stripComment(gap: string): string {
  const hash = gap.indexOf('#');
  if (hash < 0) return gap;
  let out = '';
  let i = 0;
  while (i < gap.length) {
    const c = gap[i];
    if (c === '#') {
      while (i < gap.length && gap[i] !== '\n' && gap[i] !== '\r') i++;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

// ---------------------------------------------------------------- error rules

function invalidReplacementField(p: Parser, spec: Spec): void {
  const x = spec.kind;
  const mark = p.pos;
  p.pos++; // '{'
  const k = p.k();
  const t = p.tok();
  if (k === K.EQUAL) p.raiseToken(t, `${x}-string: valid expression required before '='`);
  if (k === K.EXCLAMATION) p.raiseToken(t, `${x}-string: valid expression required before '!'`);
  if (k === K.COLON) p.raiseToken(t, `${x}-string: valid expression required before ':'`);
  if (k === K.RBRACE) p.raiseToken(t, `${x}-string: valid expression required before '}'`);
  const afterBrace = p.pos;
  if (annotatedRhs(p) === null) {
    p.pos = afterBrace;
    p.raiseNext(`${x}-string: expecting a valid expression after '{'`);
  }
  const afterExpr = p.pos;
  const k1 = p.k();
  if (k1 !== K.EQUAL && k1 !== K.EXCLAMATION && k1 !== K.COLON && k1 !== K.RBRACE) {
    p.raiseNext(`${x}-string: expecting '=', or '!', or ':', or '}'`);
  }
  if (k1 === K.EQUAL) {
    p.pos++;
    const k2 = p.k();
    if (k2 !== K.EXCLAMATION && k2 !== K.COLON && k2 !== K.RBRACE) p.raiseNext(`${x}-string: expecting '!', or ':', or '}'`);
  }
  // '{' annotated_rhs '='? invalid_conversion_character
  p.pos = afterExpr;
  if (p.k() === K.EQUAL) p.pos++;
  const afterDebug = p.pos;
  if (p.k() === K.EXCLAMATION) {
    p.pos++;
    const k3 = p.k();
    if (k3 === K.COLON || k3 === K.RBRACE) p.raiseNext(`${x}-string: missing conversion character`);
    if (k3 !== K.NAME) p.raiseNext(`${x}-string: invalid conversion character`);
  }
  // '{' annotated_rhs '='? ['!' NAME] ...
  p.pos = afterDebug;
  if (p.k() === K.EXCLAMATION && p.kAt(1) === K.NAME) p.pos += 2;
  const afterConv = p.pos;
  const k4 = p.k();
  if (k4 !== K.COLON && k4 !== K.RBRACE) p.raiseNext(`${x}-string: expecting ':' or '}'`);
  if (k4 === K.COLON) {
    p.pos++;
    // The rule reads fstring_format_spec* here for t-strings too (FSTRING_MIDDLE, f-string fields).
    const fspec: Spec = { kind: 'f', raw: spec.raw };
    for (;;) {
      const k5 = p.k();
      if (k5 === K.FSTRING_MIDDLE) {
        p.pos++;
        continue;
      }
      if (k5 === K.LBRACE && replacementField(p, fspec, true) !== null) continue;
      break;
    }
    if (p.k() !== K.RBRACE) p.raiseNext(`${x}-string: expecting '}', or format specs`);
  }
  p.pos = afterConv;
  if (p.k() !== K.RBRACE) p.raiseNext(`${x}-string: expecting '}'`);
  p.pos = mark;
}
