/**
 * Primaries and atoms. Grammar rules: primary (left-recursive: attribute, call, generator-call,
 * subscript trailers), atom, slices, slice. Bracketed atoms are in atoms.ts, call arguments in
 * arguments.ts, literals in strings.ts and numbers.ts.
 */
import type { expr, keyword } from '../ast';
import type { Token } from '../tokens';
import { argumentsRule, fastCallArguments } from './arguments';
import { genexp, parenAtom, bracketAtom, braceAtom } from './atoms';
import { assignmentExpression, expression, namedExpression } from './expressions';
import * as kinds from './kinds';
import { Rule } from './memo';
import { nameNode } from './nodes';
import { numberConstant } from './numbers';
import { starredExpression } from './arguments';
import { strings } from './strings';
import type { Parser } from './state';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K } = kinds;

export function primary(p: Parser): expr | null {
  if (!p.secondPass) return primaryBody(p);
  const start = p.pos;
  const hit = p.memoGet(Rule.primary);
  return hit !== undefined ? (hit.node as expr | null) : p.memoized(Rule.primary, start, primaryBody(p));
}

function primaryBody(p: Parser): expr | null {
  p.k();
  const s = p.tok();
  let a = atom(p);
  if (a === null) return null;
  for (;;) {
    switch (p.k()) {
      case K.DOT: {
        if (p.kAt(1) !== K.NAME) return a;
        p.pos++;
        const t = p.next();
        a = { kind: 'Attribute', value: a, attr: nameNode(t, 'Load').id, ctx: 'Load', lineno: s.lineno, col_offset: s.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
        continue;
      }
      case K.LPAR: {
        const call = callTrailer(p, a, s);
        if (call === null) return a;
        a = call;
        continue;
      }
      case K.LSQB: {
        // a=primary genexp comes before a=primary '[' slices ']' (genexp's invalid_comprehension).
        if (p.invalid) genexp(p);
        const sub = subscriptTrailer(p, a, s);
        if (sub === null) return a;
        a = sub;
        continue;
      }
      case K.LBRACE:
        if (p.invalid) genexp(p);
        return a;
      default:
        return a;
    }
  }
}

/** `a '[' slices ']'`, with ctx Load; the cursor is on '['. */
export function subscriptTrailer(p: Parser, value: expr, s: Token): expr | null {
  const mark = p.pos;
  p.pos++;
  const sl = bracketed(p, slices, p.levels.subscript);
  if (sl === null || p.k() !== K.RSQB) {
    p.pos = mark;
    return null;
  }
  const e = p.next();
  return { kind: 'Subscript', value, slice: sl, ctx: 'Load', lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/**
 * `a genexp` | `a '(' [arguments] ')'`, the cursor on '('. The first pass reads the arguments
 * once, recognizing a lone generator argument as it goes; the second pass tries the two
 * alternatives in the grammar's order so the invalid rules fire in CPython's order.
 */
export function callTrailer(p: Parser, func: expr, s: Token): expr | null {
  p.openBracket(p.levels.call);
  const call = callTrailerBody(p, func, s);
  p.closeBracket(p.levels.call);
  return call;
}

function callTrailerBody(p: Parser, func: expr, s: Token): expr | null {
  const mark = p.pos;
  let args: expr[];
  let keywords: keyword[];
  if (p.invalid) {
    const g = genexp(p);
    if (g !== null) {
      args = [g];
      keywords = [];
    } else {
      p.pos = mark + 1;
      const a = argumentsRule(p);
      if (p.k() !== K.RPAR) {
        p.pos = mark;
        return null;
      }
      p.pos++;
      args = a === null ? [] : a.args;
      keywords = a === null ? [] : a.keywords;
    }
  } else {
    const a = fastCallArguments(p, true);
    if (a === null) {
      p.pos = mark;
      return null;
    }
    args = a.args;
    keywords = a.keywords;
  }
  const e = p.last();
  return { kind: 'Call', func, args, keywords, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

// ---------------------------------------------------------------- atoms

export function atom(p: Parser): expr | null {
  const t = p.tok();
  switch (p.k()) {
    case K.NAME:
      p.pos++;
      return nameNode(t, 'Load');
    case K.True:
      p.pos++;
      return { kind: 'Constant', value: true, constantKind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
    case K.False:
      p.pos++;
      return { kind: 'Constant', value: false, constantKind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
    case K.None:
      p.pos++;
      return { kind: 'Constant', value: null, constantKind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
    case K.STRING:
    case K.FSTRING_START:
    case K.TSTRING_START:
      return strings(p);
    case K.NUMBER:
      p.pos++;
      return numberConstant(p, t);
    case K.LPAR:
      return bracketed(p, parenAtom, p.levels.paren);
    case K.LSQB:
      return bracketed(p, bracketAtom, p.levels.list);
    case K.LBRACE:
      return bracketed(p, braceAtom, p.levels.brace);
    case K.ELLIPSIS:
      p.pos++;
      return { kind: 'Constant', value: { kind: 'ellipsis' }, constantKind: null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
    default:
      return null;
  }
}

/** A bracketed construct, counted in the estimate of CPython's parser depth. */
export function bracketed<T>(p: Parser, rule: (p: Parser) => T, levels: number): T {
  p.openBracket(levels);
  const r = rule(p);
  p.closeBracket(levels);
  return r;
}

// ---------------------------------------------------------------- slices

/** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
export function slices(p: Parser): expr | null {
  p.k();
  const s = p.tok();
  const mark = p.pos;
  const a = slice(p);
  if (a !== null && p.k() !== K.COMMA) return a;
  p.pos = mark;
  const elts: expr[] = [];
  for (;;) {
    const m = p.pos;
    let x = slice(p);
    if (x === null) {
      p.pos = m;
      x = starredExpression(p);
    }
    if (x === null) {
      p.pos = m;
      if (elts.length === 0) return null;
      break;
    }
    elts.push(x);
    if (p.k() !== K.COMMA) break;
    p.pos++;
  }
  const e = p.last();
  return { kind: 'Tuple', elts, ctx: 'Load', lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
function slice(p: Parser): expr | null {
  p.k();
  const s = p.tok();
  const mark = p.pos;
  if (p.invalid) {
    const r = sliceWithColon(p, s);
    if (r !== null) return r;
    p.pos = mark;
    return namedExpression(p);
  }
  // First pass: a walrus can only be the named_expression alternative; otherwise the lower
  // bound is read once and reused.
  const w = assignmentExpression(p);
  if (w === false) return null;
  if (w !== null) return w;
  const lower = p.k() === K.COLON ? null : expression(p);
  if (p.k() === K.COLON) return sliceRest(p, s, lower);
  if (lower === null) return null;
  if (p.k() === K.COLONEQUAL) {
    p.pos = mark;
    return null;
  }
  return lower;
}

function sliceWithColon(p: Parser, s: Token): expr | null {
  const m = p.pos;
  const lower = expression(p);
  if (lower === null) p.pos = m;
  if (p.k() !== K.COLON) return null;
  return sliceRest(p, s, lower);
}

/** After the lower bound, at the first ':'. */
function sliceRest(p: Parser, s: Token, lower: expr | null): expr {
  p.pos++;
  let m = p.pos;
  const upper = expression(p);
  if (upper === null) p.pos = m;
  let step: expr | null = null;
  if (p.k() === K.COLON) {
    p.pos++;
    m = p.pos;
    step = expression(p);
    if (step === null) p.pos = m;
  }
  const e = p.last();
  return { kind: 'Slice', lower, upper, step, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}
