/**
 * Bracketed atoms. Grammar rules: the '(' '[' '{' alternatives of atom, genexp, tuple, group,
 * listcomp, list, dictcomp, setcomp, dict, set, double_starred_kvpairs, double_starred_kvpair,
 * kvpair; and the error rules invalid_comprehension, invalid_dict_comprehension, invalid_group,
 * invalid_double_starred_kvpairs, invalid_kvpair.
 *
 * The first pass reads the first element once and lets the token after it pick the
 * alternative (the alternatives share that element). The second pass tries the alternatives in
 * the grammar's order, as CPython does, so its invalid rules fire in CPython's order.
 */
import type { comprehension, expr } from '../ast';
import type { Token } from '../tokens';
import { bitwiseOr } from './arith';
import { starredExpression } from './arguments';
import { forIfClauses } from './comprehensions';
import { assignmentOrExpression, expression, namedExpression, starNamedExpression, starNamedExpressions, yieldExpr } from './expressions';
import * as kinds from './kinds';
import type { Parser } from './state';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K } = kinds;

// ---------------------------------------------------------------- '('

export function parenAtom(p: Parser): expr | null {
  if (p.invalid) {
    const mark = p.pos;
    const g = genexp(p);
    if (g !== null) return g;
    p.pos = mark;
    const t = tuple(p);
    if (t !== null) return t;
    p.pos = mark;
    return group(p);
  }
  const s = p.next();
  const mark = p.pos - 1;
  const k = p.k();
  if (k === K.RPAR) return tupleNode([], s, p.next());
  if (k === K.Yield) {
    const y = yieldExpr(p);
    if (y !== null && p.k() === K.RPAR) {
      p.pos++;
      return y;
    }
    p.pos = mark;
    return null;
  }
  const first = starNamedExpression(p);
  if (first === null) {
    p.pos = mark;
    return null;
  }
  const k1 = p.k();
  if (k1 === K.COMMA) {
    p.pos++;
    const elts = [first];
    if (p.k() !== K.RPAR) {
      const m = p.pos;
      const rest = starNamedExpressions(p);
      if (rest === null) p.pos = m;
      else for (const x of rest) elts.push(x);
    }
    if (p.k() === K.RPAR) return tupleNode(elts, s, p.next());
  } else if (first.kind !== 'Starred') {
    if (k1 === K.RPAR) {
      p.pos++;
      return first;
    }
    if (k1 === K.For || k1 === K.Async) {
      const gens = forIfClauses(p);
      if (gens !== null && p.k() === K.RPAR) return genexpNode(first, gens, s, p.next());
    }
  }
  p.pos = mark;
  return null;
}

function tupleNode(elts: expr[], s: Token, e: Token): expr {
  return { kind: 'Tuple', elts, ctx: 'Load', lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

function genexpNode(elt: expr, generators: comprehension[], s: Token, e: Token): expr {
  return { kind: 'GeneratorExp', elt, generators, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension */
export function genexp(p: Parser): expr | null {
  const mark = p.pos;
  const s = p.eat(K.LPAR);
  if (s === null) {
    // invalid_comprehension also starts with '[' or '{': the second pass tries it after any primary.
    if (p.invalid) invalidComprehension(p);
    p.pos = mark;
    return null;
  }
  const a = assignmentOrExpression(p);
  if (a !== null) {
    const gens = forIfClauses(p);
    if (gens !== null && p.k() === K.RPAR) return genexpNode(a, gens, s, p.next());
  }
  p.pos = mark;
  if (p.invalid) invalidComprehension(p);
  p.pos = mark;
  return null;
}

/** tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
function tuple(p: Parser): expr | null {
  const mark = p.pos;
  const s = p.eat(K.LPAR);
  if (s === null) return null;
  const elts: expr[] = [];
  const m = p.pos;
  const first = starNamedExpression(p);
  if (first !== null && p.k() === K.COMMA) {
    p.pos++;
    elts.push(first);
    const m2 = p.pos;
    const rest = starNamedExpressions(p);
    if (rest === null) p.pos = m2;
    else for (const x of rest) elts.push(x);
  } else {
    p.pos = m;
  }
  if (p.k() === K.RPAR) return tupleNode(elts, s, p.next());
  p.pos = mark;
  return null;
}

/** group: '(' (yield_expr | named_expression) ')' | invalid_group */
function group(p: Parser): expr | null {
  const mark = p.pos;
  if (p.eat(K.LPAR) === null) return null;
  const m = p.pos;
  let a = yieldExpr(p);
  if (a === null) {
    p.pos = m;
    a = namedExpression(p);
  }
  if (a !== null && p.k() === K.RPAR) {
    p.pos++;
    return a;
  }
  p.pos = mark;
  if (p.invalid) invalidGroup(p);
  p.pos = mark;
  return null;
}

/**
 * invalid_group:
 *   '(' starred_expression ')'   "cannot use starred expression here"
 *   '(' '**' expression ')'      "cannot use double starred expression here"
 */
function invalidGroup(p: Parser): void {
  const mark = p.pos;
  p.pos++;
  const a = starredExpression(p);
  if (a !== null && p.k() === K.RPAR) p.raiseNode(a, 'cannot use starred expression here');
  p.pos = mark + 1;
  if (p.k() === K.DOUBLESTAR) {
    const t = p.next();
    if (expression(p) !== null && p.k() === K.RPAR) p.raiseToken(t, 'cannot use double starred expression here');
  }
  p.pos = mark;
}

/**
 * invalid_comprehension:
 *   ('[' | '(' | '{') starred_expression for_if_clauses   "iterable unpacking cannot be used in comprehension"
 *   ('[' | '{') star_named_expression ',' star_named_expressions for_if_clauses
 *   ('[' | '{') star_named_expression ',' for_if_clauses  "did you forget parentheses around the comprehension target?"
 */
function invalidComprehension(p: Parser): void {
  const mark = p.pos;
  const open = p.k();
  if (open !== K.LSQB && open !== K.LPAR && open !== K.LBRACE) return;
  p.pos++;
  const a = starredExpression(p);
  if (a !== null && forIfClauses(p) !== null) p.raiseNode(a, 'iterable unpacking cannot be used in comprehension');
  if (open === K.LPAR) {
    p.pos = mark;
    return;
  }
  p.pos = mark + 1;
  const b = starNamedExpression(p);
  if (b !== null && p.k() === K.COMMA) {
    const comma = p.next();
    const m = p.pos;
    const rest = starNamedExpressions(p);
    if (rest !== null && forIfClauses(p) !== null) {
      p.raiseRange(b, rest[rest.length - 1] as expr, 'did you forget parentheses around the comprehension target?');
    }
    p.pos = m;
    if (forIfClauses(p) !== null) {
      p.raiseAt('SyntaxError', 'did you forget parentheses around the comprehension target?', b.lineno, b.col_offset, comma.endLineno, comma.endCol);
    }
  }
  p.pos = mark;
}

/** The look-ahead !(list|tuple|genexp|...) of invalid_named_expression: does one of them parse here? */
export function lookaheadListTupleGenexp(p: Parser): boolean {
  const mark = p.pos;
  const found = (p.k() === K.LSQB && list(p) !== null) || (p.k() === K.LPAR && (tuple(p) !== null || (p.pos = mark, genexp(p) !== null)));
  p.pos = mark;
  return found;
}

/** list | tuple, for invalid_ann_assign_target. */
export function tupleOrListForError(p: Parser): expr | null {
  const k = p.k();
  if (k === K.LSQB) return list(p);
  if (k === K.LPAR) return tuple(p);
  return null;
}

// ---------------------------------------------------------------- '['

export function bracketAtom(p: Parser): expr | null {
  if (p.invalid) {
    const mark = p.pos;
    const c = listcomp(p);
    if (c !== null) return c;
    p.pos = mark;
    return list(p);
  }
  const s = p.next();
  const mark = p.pos - 1;
  if (p.k() === K.RSQB) return listNode([], s, p.next());
  const first = starNamedExpression(p);
  if (first === null) {
    p.pos = mark;
    return null;
  }
  const k1 = p.k();
  if ((k1 === K.For || k1 === K.Async) && first.kind !== 'Starred') {
    const gens = forIfClauses(p);
    if (gens !== null && p.k() === K.RSQB) {
      const e = p.next();
      return { kind: 'ListComp', elt: first, generators: gens, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
    }
    p.pos = mark;
    return null;
  }
  const elts = restOfStarNamed(p, first);
  if (p.k() === K.RSQB) return listNode(elts, s, p.next());
  p.pos = mark;
  return null;
}

/** The rest of star_named_expressions after its first element: (',' star_named_expression)* [','] */
function restOfStarNamed(p: Parser, first: expr): expr[] {
  const elts = [first];
  while (p.k() === K.COMMA) {
    p.pos++;
    const m = p.pos;
    const x = starNamedExpression(p);
    if (x === null) {
      p.pos = m;
      break;
    }
    elts.push(x);
  }
  return elts;
}

function listNode(elts: expr[], s: Token, e: Token): expr {
  return { kind: 'List', elts, ctx: 'Load', lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension */
function listcomp(p: Parser): expr | null {
  const mark = p.pos;
  const s = p.next();
  const a = namedExpression(p);
  if (a !== null) {
    const gens = forIfClauses(p);
    if (gens !== null && p.k() === K.RSQB) {
      const e = p.next();
      return { kind: 'ListComp', elt: a, generators: gens, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
    }
  }
  p.pos = mark;
  if (p.invalid) invalidComprehension(p);
  p.pos = mark;
  return null;
}

/** list: '[' [star_named_expressions] ']' */
function list(p: Parser): expr | null {
  const mark = p.pos;
  const s = p.next();
  const m = p.pos;
  let elts = starNamedExpressions(p);
  if (elts === null) {
    p.pos = m;
    elts = [];
  }
  if (p.k() === K.RSQB) return listNode(elts, s, p.next());
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------- '{'

export function braceAtom(p: Parser): expr | null {
  if (p.invalid) {
    const mark = p.pos;
    for (const alt of [dictcomp, setcomp, dict, set]) {
      p.pos = mark;
      const r = alt(p);
      if (r !== null) return r;
    }
    p.pos = mark;
    return null;
  }
  const s = p.next();
  const mark = p.pos - 1;
  const k = p.k();
  if (k === K.RBRACE) return dictNode([], [], s, p.next());
  if (k === K.DOUBLESTAR) {
    const r = dictItems(p, s, [], []);
    if (r === null) p.pos = mark;
    return r;
  }
  const first = starNamedExpression(p);
  if (first === null) {
    p.pos = mark;
    return null;
  }
  const k1 = p.k();
  if (k1 === K.COLON) {
    // kvpair: the key is an `expression`, never a walrus or a starred item.
    if (first.kind === 'NamedExpr' || first.kind === 'Starred') {
      p.pos = mark;
      return null;
    }
    p.pos++;
    const value = expression(p);
    if (value === null) {
      p.pos = mark;
      return null;
    }
    const k2 = p.k();
    if (k2 === K.For || k2 === K.Async) {
      const gens = forIfClauses(p);
      if (gens !== null && p.k() === K.RBRACE) {
        const e = p.next();
        return { kind: 'DictComp', key: first, value, generators: gens, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
      }
      p.pos = mark;
      return null;
    }
    const r = dictItems(p, s, [first], [value]);
    if (r === null) p.pos = mark;
    return r;
  }
  if ((k1 === K.For || k1 === K.Async) && first.kind !== 'Starred') {
    const gens = forIfClauses(p);
    if (gens !== null && p.k() === K.RBRACE) {
      const e = p.next();
      return { kind: 'SetComp', elt: first, generators: gens, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
    }
    p.pos = mark;
    return null;
  }
  const elts = restOfStarNamed(p, first);
  if (p.k() === K.RBRACE) {
    const e = p.next();
    return { kind: 'Set', elts, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }
  p.pos = mark;
  return null;
}

function dictNode(keys: (expr | null)[], values: expr[], s: Token, e: Token): expr {
  return { kind: 'Dict', keys: keys as expr[], values, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/**
 * The rest of double_starred_kvpairs and the closing '}' (first pass): the cursor is at the next
 * item when `keys` is empty, otherwise after the first pair.
 */
function dictItems(p: Parser, s: Token, keys: (expr | null)[], values: expr[]): expr | null {
  if (keys.length > 0) {
    if (p.k() !== K.COMMA) return p.k() === K.RBRACE ? dictNode(keys, values, s, p.next()) : null;
    p.pos++;
  }
  for (;;) {
    const m = p.pos;
    if (!doubleStarredKvpair(p, keys, values)) {
      p.pos = m;
      if (keys.length === 0) return null;
      break;
    }
    if (p.k() !== K.COMMA) break;
    p.pos++;
  }
  if (p.k() !== K.RBRACE) return null;
  return dictNode(keys, values, s, p.next());
}

/** double_starred_kvpair: '**' bitwise_or | kvpair; appends to keys/values. */
function doubleStarredKvpair(p: Parser, keys: (expr | null)[], values: expr[]): boolean {
  if (p.k() === K.DOUBLESTAR) {
    p.pos++;
    const a = bitwiseOr(p);
    if (a === null) return false;
    keys.push(null);
    values.push(a);
    return true;
  }
  const k = expression(p);
  if (k === null || p.k() !== K.COLON) return false;
  p.pos++;
  const v = expression(p);
  if (v === null) return false;
  keys.push(k);
  values.push(v);
  return true;
}

/** dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension */
function dictcomp(p: Parser): expr | null {
  const mark = p.pos;
  const s = p.next();
  const key = expression(p);
  if (key !== null && p.k() === K.COLON) {
    p.pos++;
    const value = expression(p);
    if (value !== null) {
      const gens = forIfClauses(p);
      if (gens !== null && p.k() === K.RBRACE) {
        const e = p.next();
        return { kind: 'DictComp', key, value, generators: gens, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
      }
    }
  }
  p.pos = mark + 1;
  // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
  if (p.invalid && p.k() === K.DOUBLESTAR) {
    const a = p.next();
    const b = bitwiseOr(p);
    if (b !== null && forIfClauses(p) !== null && p.k() === K.RBRACE) {
      p.raiseToken(a, 'dict unpacking cannot be used in dict comprehension');
    }
  }
  p.pos = mark;
  return null;
}

/** setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension */
function setcomp(p: Parser): expr | null {
  const mark = p.pos;
  const s = p.next();
  const a = namedExpression(p);
  if (a !== null) {
    const gens = forIfClauses(p);
    if (gens !== null && p.k() === K.RBRACE) {
      const e = p.next();
      return { kind: 'SetComp', elt: a, generators: gens, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
    }
  }
  p.pos = mark;
  if (p.invalid) invalidComprehension(p);
  p.pos = mark;
  return null;
}

/** dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}' */
function dict(p: Parser): expr | null {
  const mark = p.pos;
  const s = p.next();
  const keys: (expr | null)[] = [];
  const values: expr[] = [];
  for (;;) {
    const m = p.pos;
    if (!doubleStarredKvpair(p, keys, values)) {
      p.pos = m;
      break;
    }
    if (p.k() !== K.COMMA) break;
    p.pos++;
  }
  if (p.k() === K.RBRACE) return dictNode(keys, values, s, p.next());
  p.pos = mark + 1;
  if (p.invalid) invalidDoubleStarredKvpairs(p);
  p.pos = mark;
  return null;
}

/** set: '{' star_named_expressions '}' */
function set(p: Parser): expr | null {
  const mark = p.pos;
  const s = p.next();
  const elts = starNamedExpressions(p);
  if (elts !== null && p.k() === K.RBRACE) {
    const e = p.next();
    return { kind: 'Set', elts, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }
  p.pos = mark;
  return null;
}

/**
 * invalid_double_starred_kvpairs:
 *   ','.double_starred_kvpair+ ',' invalid_kvpair
 *   expression ':' '*' bitwise_or     "cannot use a starred expression in a dictionary value"
 *   expression ':' &('}'|',')         "expression expected after dictionary key and ':'"
 */
function invalidDoubleStarredKvpairs(p: Parser): void {
  const mark = p.pos;
  const keys: (expr | null)[] = [];
  const values: expr[] = [];
  // The gather is greedy: invalid_kvpair is tried only after the longest run of valid pairs.
  if (doubleStarredKvpair(p, keys, values)) {
    for (;;) {
      const m = p.pos;
      if (p.k() !== K.COMMA) break;
      p.pos++;
      if (!doubleStarredKvpair(p, keys, values)) {
        p.pos = m;
        break;
      }
    }
    if (p.k() === K.COMMA) {
      p.pos++;
      invalidKvpair(p);
    }
  }
  p.pos = mark;
  kvValueErrors(p);
  p.pos = mark;
}

/**
 * invalid_kvpair:
 *   expression !(':')            "':' expected after dictionary key"
 *   expression ':' '*' bitwise_or  /  expression ':' &('}'|',')  (as above)
 */
function invalidKvpair(p: Parser): void {
  const mark = p.pos;
  const a = expression(p);
  if (a !== null && p.k() !== K.COLON) {
    // RAISE_ERROR_KNOWN_LOCATION(p, SyntaxError, a->lineno, a->end_col_offset - 1, a->end_lineno, -1, ...)
    p.raiseAt('SyntaxError', "':' expected after dictionary key", a.lineno, a.end_col_offset - 1, a.end_lineno, -1);
  }
  p.pos = mark;
  kvValueErrors(p);
  p.pos = mark;
}

function kvValueErrors(p: Parser): void {
  const mark = p.pos;
  if (expression(p) !== null && p.k() === K.COLON) {
    const colon = p.next();
    if (p.k() === K.STAR) {
      const star = p.next();
      if (bitwiseOr(p) !== null) p.raiseFrom({ lineno: star.lineno, col_offset: star.col, end_lineno: star.endLineno, end_col_offset: star.endCol }, 'cannot use a starred expression in a dictionary value');
    }
    p.pos = mark;
    if (expression(p) !== null && p.k() === K.COLON) {
      p.pos++;
      const k = p.k();
      if (k === K.RBRACE || k === K.COMMA) p.raiseToken(colon, "expression expected after dictionary key and ':'");
    }
  }
  p.pos = mark;
}
