/**
 * The match statement. Grammar rules: match_stmt, subject_expr, case_block, guard, patterns,
 * pattern, as_pattern, or_pattern, closed_pattern, literal_pattern, literal_expr,
 * complex_number, signed_number, signed_real_number, real_number, imaginary_number,
 * capture_pattern, pattern_capture_target, wildcard_pattern, value_pattern, attr, name_or_attr,
 * group_pattern, sequence_pattern, open_sequence_pattern, maybe_sequence_pattern,
 * maybe_star_pattern, star_pattern, mapping_pattern, items_pattern, key_value_pattern,
 * double_star_pattern, class_pattern, positional_patterns, keyword_patterns, keyword_pattern;
 * the error rules invalid_match_stmt, invalid_case_block, invalid_as_pattern,
 * invalid_class_pattern, invalid_class_argument_pattern; and _PyPegen_ensure_real/_imaginary.
 *
 * Alternatives that share a prefix (group vs sequence after '(', the class pattern forms, the
 * mapping forms) read the prefix once and let the next token decide, as in the other rules.
 */
import type { expr, match_case, pattern, stmt } from '../ast';
import type { Token } from '../tokens';
import { block } from './compound';
import { expression, namedExpression, starNamedExpression, starNamedExpressions } from './expressions';
import * as kinds from './kinds';
import { Rule } from './memo';
import { exprName, identifier, nameNode } from './nodes';
import { numberConstant } from './numbers';
import type { Parser } from './state';
import { strings } from './strings';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K } = kinds;

// ---------------------------------------------------------------- match, case

/** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt */
export function matchStatement(p: Parser): stmt | null {
  const mark = p.pos;
  const s = p.next();
  const subject = subjectExpr(p);
  if (subject !== null && p.k() === K.COLON && p.kAt(1) === K.NEWLINE && p.kAt(2) === K.INDENT) {
    p.pos += 3;
    const cases: match_case[] = [];
    for (;;) {
      const c = caseBlock(p);
      if (c === null) break;
      cases.push(c);
    }
    if (cases.length > 0 && p.k() === K.DEDENT) {
      p.pos++;
      const e = p.last();
      return { kind: 'Match', subject, cases, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
    }
  }
  p.pos = mark;
  if (p.invalid) {
    // "match" subject_expr NEWLINE                       "expected ':'"
    // "match" subject_expr ':' NEWLINE !INDENT
    p.pos++;
    if (subjectExpr(p) !== null) {
      if (p.k() === K.NEWLINE) p.raiseLast("expected ':'");
      if (p.k() === K.COLON && p.kAt(1) === K.NEWLINE && p.kAt(2) !== K.INDENT) {
        p.raiseLast(`expected an indented block after 'match' statement on line ${s.lineno}`, 'IndentationError');
      }
    }
    p.pos = mark;
  }
  return null;
}

/** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
function subjectExpr(p: Parser): expr | null {
  const mark = p.pos;
  const s = p.tok();
  const a = starNamedExpression(p);
  if (a !== null && p.k() === K.COMMA) {
    p.pos++;
    const elts = [a];
    const m = p.pos;
    const rest = starNamedExpressions(p);
    if (rest === null) p.pos = m;
    else for (const x of rest) elts.push(x);
    const e = p.last();
    return { kind: 'Tuple', elts, ctx: 'Load', lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }
  p.pos = mark;
  return namedExpression(p);
}

/** case_block: invalid_case_block | "case" patterns guard? ':' block */
function caseBlock(p: Parser): match_case | null {
  if (!p.isSoft('case')) return null;
  const mark = p.pos;
  if (p.invalid) invalidCaseBlock(p);
  p.pos++;
  const pat = patterns(p);
  if (pat !== null) {
    const guard = optionalGuard(p);
    if (p.k() === K.COLON) {
      p.pos++;
      const body = block(p);
      if (body !== null) return { kind: 'match_case', pattern: pat, guard, body };
    }
  }
  p.pos = mark;
  return null;
}

function optionalGuard(p: Parser): expr | null {
  if (p.k() !== K.If) return null;
  const m = p.pos;
  p.pos++;
  const g = namedExpression(p);
  if (g === null) p.pos = m;
  return g;
}

/**
 * invalid_case_block:
 *   "case" patterns guard? NEWLINE                  "expected ':'"
 *   "case" patterns guard? ':' NEWLINE !INDENT
 */
function invalidCaseBlock(p: Parser): void {
  const mark = p.pos;
  const kw = p.next();
  if (patterns(p) !== null) {
    optionalGuard(p);
    if (p.k() === K.NEWLINE) p.raiseLast("expected ':'");
    if (p.k() === K.COLON && p.kAt(1) === K.NEWLINE && p.kAt(2) !== K.INDENT) {
      p.pos++;
      p.raiseLast(`expected an indented block after 'case' statement on line ${kw.lineno}`, 'IndentationError');
    }
  }
  p.pos = mark;
}

// ---------------------------------------------------------------- patterns

/** patterns: open_sequence_pattern | pattern */
function patterns(p: Parser): pattern | null {
  const mark = p.pos;
  const s = p.tok();
  const seq = openSequencePattern(p);
  if (seq !== null) {
    const e = p.last();
    return { kind: 'MatchSequence', patterns: seq, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }
  p.pos = mark;
  return patternRule(p);
}

/** pattern: as_pattern | or_pattern (with invalid_as_pattern in between) */
function patternRule(p: Parser): pattern | null {
  const s = p.tok();
  const a = orPattern(p);
  if (a === null) return null;
  if (p.k() !== K.As) return a;
  const afterOr = p.pos;
  p.pos++;
  const t = captureTarget(p);
  if (t !== null) {
    const e = p.last();
    return { kind: 'MatchAs', pattern: a, name: t.string, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }
  if (p.invalid) {
    p.pos = afterOr + 1;
    if (p.isSoft('_')) p.raiseToken(p.tok(), "cannot use '_' as a target");
    const x = expression(p);
    if (x !== null) p.raiseNode(x, `cannot use ${exprName(x)} as pattern target`);
  }
  p.pos = afterOr;
  return a;
}

/** or_pattern: '|'.closed_pattern+ */
function orPattern(p: Parser): pattern | null {
  const s = p.tok();
  const first = closedPattern(p);
  if (first === null) return null;
  if (p.k() !== K.VBAR) return first;
  const alts = [first];
  while (p.k() === K.VBAR) {
    const m = p.pos;
    p.pos++;
    const x = closedPattern(p);
    if (x === null) {
      p.pos = m;
      break;
    }
    alts.push(x);
  }
  if (alts.length === 1) return first;
  const e = p.last();
  return { kind: 'MatchOr', patterns: alts, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

function closedPattern(p: Parser): pattern | null {
  if (!p.secondPass) return closedPatternBody(p);
  const start = p.pos;
  const hit = p.memoGet(Rule.closedPattern);
  return hit !== undefined ? (hit.node as pattern | null) : p.memoized(Rule.closedPattern, start, closedPatternBody(p));
}

function closedPatternBody(p: Parser): pattern | null {
  const s = p.tok();
  switch (p.k()) {
    case K.NUMBER:
    case K.MINUS:
    case K.STRING:
    case K.FSTRING_START:
    case K.TSTRING_START:
    case K.None:
    case K.True:
    case K.False: {
      const v = literalValue(p);
      if (v === null) return null;
      if (v.kind === 'Constant' && (v.value === null || typeof v.value === 'boolean')) {
        return { kind: 'MatchSingleton', value: v.value, lineno: v.lineno, col_offset: v.col_offset, end_lineno: v.end_lineno, end_col_offset: v.end_col_offset };
      }
      return { kind: 'MatchValue', value: v, lineno: v.lineno, col_offset: v.col_offset, end_lineno: v.end_lineno, end_col_offset: v.end_col_offset };
    }
    case K.NAME: {
      if (s.string === '_') {
        p.pos++;
        return { kind: 'MatchAs', pattern: null, name: null, lineno: s.lineno, col_offset: s.col, end_lineno: s.endLineno, end_col_offset: s.endCol };
      }
      const k1 = p.kAt(1);
      if (k1 !== K.DOT && k1 !== K.LPAR && k1 !== K.EQUAL) {
        p.pos++;
        return { kind: 'MatchAs', pattern: null, name: identifier(s), lineno: s.lineno, col_offset: s.col, end_lineno: s.endLineno, end_col_offset: s.endCol };
      }
      const mark = p.pos;
      const cls = nameOrAttr(p);
      if (cls === null) return null;
      const k = p.k();
      if (cls.kind === 'Attribute' && k !== K.DOT && k !== K.LPAR && k !== K.EQUAL) {
        return { kind: 'MatchValue', value: cls, lineno: cls.lineno, col_offset: cls.col_offset, end_lineno: cls.end_lineno, end_col_offset: cls.end_col_offset };
      }
      if (k === K.LPAR) {
        const c = classPattern(p, cls, s);
        if (c !== null) return c;
      }
      p.pos = mark;
      return null;
    }
    case K.LPAR: return parenPattern(p);
    case K.LSQB: {
      const mark = p.pos;
      p.pos++;
      const m = p.pos;
      let items = maybeSequencePattern(p);
      if (items === null) {
        p.pos = m;
        items = [];
      }
      if (p.k() === K.RSQB) {
        const e = p.next();
        return { kind: 'MatchSequence', patterns: items, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
      }
      p.pos = mark;
      return null;
    }
    case K.LBRACE: return mappingPattern(p);
    default: return null;
  }
}

/** group_pattern: '(' pattern ')' | sequence_pattern: '(' open_sequence_pattern? ')' */
function parenPattern(p: Parser): pattern | null {
  const mark = p.pos;
  const s = p.next();
  if (p.k() === K.RPAR) {
    const e = p.next();
    return { kind: 'MatchSequence', patterns: [], lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }
  const first = maybeStarPattern(p);
  if (first !== null) {
    const k = p.k();
    if (k === K.RPAR && first.kind !== 'MatchStar') {
      p.pos++;
      return first;
    }
    if (k === K.COMMA) {
      p.pos++;
      const items = [first];
      const m = p.pos;
      const rest = maybeSequencePattern(p);
      if (rest === null) p.pos = m;
      else for (const x of rest) items.push(x);
      if (p.k() === K.RPAR) {
        const e = p.next();
        return { kind: 'MatchSequence', patterns: items, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
      }
    }
  }
  p.pos = mark;
  return null;
}

/** open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
function openSequencePattern(p: Parser): pattern[] | null {
  const mark = p.pos;
  const first = maybeStarPattern(p);
  if (first === null || p.k() !== K.COMMA) {
    p.pos = mark;
    return null;
  }
  p.pos++;
  const items = [first];
  const m = p.pos;
  const rest = maybeSequencePattern(p);
  if (rest === null) p.pos = m;
  else for (const x of rest) items.push(x);
  return items;
}

/** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? */
function maybeSequencePattern(p: Parser): pattern[] | null {
  const first = maybeStarPattern(p);
  if (first === null) return null;
  const items = [first];
  while (p.k() === K.COMMA) {
    p.pos++;
    const m = p.pos;
    const x = maybeStarPattern(p);
    if (x === null) {
      p.pos = m;
      break;
    }
    items.push(x);
  }
  return items;
}

/** maybe_star_pattern: star_pattern | pattern */
function maybeStarPattern(p: Parser): pattern | null {
  if (p.k() === K.STAR) return starPattern(p);
  return patternRule(p);
}

function starPattern(p: Parser): pattern | null {
  if (!p.secondPass) return starPatternBody(p);
  const start = p.pos;
  const hit = p.memoGet(Rule.starPattern);
  return hit !== undefined ? (hit.node as pattern | null) : p.memoized(Rule.starPattern, start, starPatternBody(p));
}

/** star_pattern: '*' pattern_capture_target | '*' wildcard_pattern */
function starPatternBody(p: Parser): pattern | null {
  const mark = p.pos;
  const s = p.next();
  const t = captureTarget(p);
  let name: string | null = null;
  if (t !== null) name = t.string;
  else if (p.isSoft('_')) p.pos++;
  else {
    p.pos = mark;
    return null;
  }
  const e = p.last();
  return { kind: 'MatchStar', name, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** pattern_capture_target: !"_" NAME !('.' | '(' | '='), consumed; the name's token with its identifier. */
function captureTarget(p: Parser): { string: string } | null {
  if (p.k() !== K.NAME) return null;
  const t = p.tok();
  if (t.string === '_') return null;
  const k1 = p.kAt(1);
  if (k1 === K.DOT || k1 === K.LPAR || k1 === K.EQUAL) return null;
  p.pos++;
  return { string: identifier(t) };
}

/** name_or_attr: attr | NAME (attr: name_or_attr '.' NAME) */
function nameOrAttr(p: Parser): expr | null {
  const t = p.eat(K.NAME);
  if (t === null) return null;
  let a: expr = nameNode(t, 'Load');
  while (p.k() === K.DOT && p.kAt(1) === K.NAME) {
    p.pos++;
    const n = p.next();
    a = { kind: 'Attribute', value: a, attr: identifier(n), ctx: 'Load', lineno: t.lineno, col_offset: t.col, end_lineno: n.endLineno, end_col_offset: n.endCol };
  }
  return a;
}

// ---------------------------------------------------------------- literals

/**
 * signed_number !('+'|'-') | complex_number | strings | None/True/False, as the expression a
 * literal pattern or a mapping key holds.
 */
function literalValue(p: Parser): expr | null {
  const mark = p.pos;
  const s = p.tok();
  switch (p.k()) {
    case K.STRING:
    case K.FSTRING_START:
    case K.TSTRING_START:
      return strings(p);
    case K.None:
    case K.True:
    case K.False: {
      p.pos++;
      const value = p.kinds[mark] === K.None ? null : p.kinds[mark] === K.True;
      return { kind: 'Constant', value, constantKind: null, lineno: s.lineno, col_offset: s.col, end_lineno: s.endLineno, end_col_offset: s.endCol };
    }
    default:
      break;
  }
  // signed_number !('+' | '-')
  const num = signedNumber(p, null);
  if (num === null) return null;
  const k = p.k();
  if (k !== K.PLUS && k !== K.MINUS) return num;
  // complex_number: signed_real_number ('+'|'-') imaginary_number
  p.pos = mark;
  const real = signedNumber(p, 'real');
  if (real === null) return null;
  const opTok = p.k();
  if (opTok !== K.PLUS && opTok !== K.MINUS) {
    p.pos = mark;
    return null;
  }
  p.pos++;
  if (p.k() !== K.NUMBER) {
    p.pos = mark;
    return null;
  }
  const imag = ensureKind(p, numberConstant(p, p.next()), 'imaginary');
  const e = p.last();
  return { kind: 'BinOp', left: real, op: opTok === K.PLUS ? 'Add' : 'Sub', right: imag, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** signed_number: NUMBER | '-' NUMBER (with _PyPegen_ensure_real when `ensure` is 'real'). */
function signedNumber(p: Parser, ensure: 'real' | null): expr | null {
  const mark = p.pos;
  const s = p.tok();
  let neg = false;
  if (p.k() === K.MINUS) {
    neg = true;
    p.pos++;
  }
  if (p.k() !== K.NUMBER) {
    p.pos = mark;
    return null;
  }
  let n: expr = numberConstant(p, p.next());
  if (ensure !== null) n = ensureKind(p, n, ensure);
  if (!neg) return n;
  return { kind: 'UnaryOp', op: 'USub', operand: n, lineno: s.lineno, col_offset: s.col, end_lineno: n.end_lineno, end_col_offset: n.end_col_offset };
}

function ensureKind(p: Parser, n: expr, want: 'real' | 'imaginary'): expr {
  const complex = n.kind === 'Constant' && typeof n.value === 'object' && n.value !== null && n.value.kind === 'complex';
  if (want === 'imaginary' && !complex) p.raiseNode(n, 'imaginary number required in complex literal');
  if (want === 'real' && complex) p.raiseNode(n, 'real number required in complex literal');
  return n;
}

// ---------------------------------------------------------------- mapping and class patterns

/**
 * mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}'
 *   | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
 */
function mappingPattern(p: Parser): pattern | null {
  const mark = p.pos;
  const s = p.next();
  const keys: expr[] = [];
  const pats: pattern[] = [];
  let rest: string | null = null;
  for (;;) {
    if (p.k() === K.DOUBLESTAR) {
      const m = p.pos;
      p.pos++;
      const t = captureTarget(p);
      if (t === null) {
        p.pos = m;
        break;
      }
      rest = t.string;
      if (p.k() === K.COMMA) p.pos++;
      break;
    }
    const m = p.pos;
    if (!keyValuePattern(p, keys, pats)) {
      p.pos = m;
      break;
    }
    if (p.k() !== K.COMMA) break;
    p.pos++;
  }
  if (p.k() === K.RBRACE) {
    const e = p.next();
    return { kind: 'MatchMapping', keys, patterns: pats, rest, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }
  p.pos = mark;
  return null;
}

/** key_value_pattern: (literal_expr | attr) ':' pattern */
function keyValuePattern(p: Parser, keys: expr[], pats: pattern[]): boolean {
  let key: expr | null;
  if (p.k() === K.NAME) {
    const a = nameOrAttr(p);
    key = a !== null && a.kind === 'Attribute' ? a : null;
  } else {
    key = literalValue(p);
  }
  if (key === null || p.k() !== K.COLON) return false;
  p.pos++;
  const v = patternRule(p);
  if (v === null) return false;
  keys.push(key);
  pats.push(v);
  return true;
}

/** class_pattern: name_or_attr '(' [positional_patterns] [','] [keyword_patterns] [','] ')' | invalid_class_pattern */
function classPattern(p: Parser, cls: expr, s: Token): pattern | null {
  const mark = p.pos; // at '('
  p.pos++;
  const positional: pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: pattern[] = [];
  for (;;) {
    if (p.k() === K.RPAR) break;
    if (p.k() === K.NAME && p.kAt(1) === K.EQUAL) {
      const n = p.next();
      p.pos++;
      const v = patternRule(p);
      if (v === null) return classFail(p, mark);
      kwdAttrs.push(identifier(n));
      kwdPatterns.push(v);
    } else {
      if (kwdAttrs.length > 0) return classFail(p, mark);
      const v = patternRule(p);
      if (v === null) return classFail(p, mark);
      positional.push(v);
    }
    if (p.k() !== K.COMMA) break;
    p.pos++;
  }
  if (p.k() !== K.RPAR) return classFail(p, mark);
  const e = p.next();
  return { kind: 'MatchClass', cls, patterns: positional, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/**
 * invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern
 *   (invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns)
 *   "positional patterns follow keyword patterns"
 */
function classFail(p: Parser, lpar: number): null {
  if (p.invalid) {
    p.pos = lpar + 1;
    const m = p.pos;
    if (positionalPatterns(p) === null || p.k() !== K.COMMA) p.pos = m;
    else p.pos++;
    if (keywordPatterns(p) && p.k() === K.COMMA) {
      p.pos++;
      const a = positionalPatterns(p);
      if (a !== null) p.raiseRange(a[0] as pattern, a[a.length - 1] as pattern, 'positional patterns follow keyword patterns');
    }
  }
  p.pos = lpar;
  return null;
}

/** positional_patterns: ','.pattern+ */
function positionalPatterns(p: Parser): pattern[] | null {
  const first = patternRule(p);
  if (first === null) return null;
  const items = [first];
  for (;;) {
    const m = p.pos;
    if (p.k() !== K.COMMA) break;
    p.pos++;
    const x = patternRule(p);
    if (x === null) {
      p.pos = m;
      break;
    }
    items.push(x);
  }
  return items;
}

/** keyword_patterns: ','.keyword_pattern+ (keyword_pattern: NAME '=' pattern) */
function keywordPatterns(p: Parser): boolean {
  let n = 0;
  for (;;) {
    const m = p.pos;
    if (n > 0) {
      if (p.k() !== K.COMMA) break;
      p.pos++;
    }
    if (p.k() !== K.NAME || p.kAt(1) !== K.EQUAL) {
      p.pos = m;
      break;
    }
    p.pos += 2;
    if (patternRule(p) === null) {
      p.pos = m;
      break;
    }
    n++;
  }
  return n > 0;
}
