/**
 * Expressions above the operators. Grammar rules: expressions, expression, if_expression,
 * yield_expr, star_expressions, star_expression, star_named_expressions, star_named_expression,
 * assignment_expression, named_expression, disjunction, conjunction, inversion, comparison
 * (compare_op_bitwise_or_pair and its ten alternatives), expression_without_invalid; and the
 * error rules invalid_expression, invalid_legacy_expression,
 * invalid_named_expression.
 */
import type { arguments as arguments_, cmpop, expr, Starred } from '../ast';
import type { Token } from '../tokens';
import { bitwiseOr } from './arith';
import * as kinds from './kinds';
import { lambdaHeader, lambdaParamsForError } from './lambda';
import { memo, Rule, withoutInvalid } from './memo';
import { exprName, isLegacyName, nameNode } from './nodes';
import { lookaheadListTupleGenexp } from './atoms';
import { simpleStmtForError, statementKeywordForError } from './statements';
import { MAXSTACK } from './depth';
import type { Parser } from './state';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K } = kinds;

// ---------------------------------------------------------------- expression

export function expression(p: Parser): expr | null {
  if (!p.secondPass) return expressionBody(p);
  const start = p.pos;
  const hit = p.memoGet(Rule.expression);
  return hit !== undefined ? (hit.node as expr | null) : p.memoized(Rule.expression, start, expressionBody(p));
}

/**
 * A conditional expression's `else` branch and a lambda's body are again expressions: a chain of
 * them is read in a loop, each open level waiting here for the expression that completes it.
 */
type OpenTail =
  | { readonly kind: 'lambda'; readonly start: number; readonly s: Token; readonly args: arguments_ }
  | { readonly kind: 'if'; readonly start: number; readonly s: Token; readonly body: expr; readonly test: expr; readonly mark: number };

/**
 * expression: (second pass: invalid_expression, invalid_legacy_expression)
 * | disjunction 'if' disjunction 'else' expression | disjunction | lambdef. The disjunction is
 * parsed once for both of its alternatives.
 */
function expressionBody(p: Parser): expr | null {
  const base = p.depth;
  const open: OpenTail[] = [];
  let result: expr | null;
  for (;;) {
    const start = p.pos;
    if (open.length > 0 && p.secondPass) {
      const hit = p.memoGet(Rule.expression);
      if (hit !== undefined) {
        result = hit.node as expr | null;
        break;
      }
    }
    if (p.invalid) {
      invalidExpression(p);
      invalidLegacyExpression(p);
    }
    if (p.k() === K.Lambda) {
      const header = lambdaHeader(p);
      if (header !== null) {
        open.push({ kind: 'lambda', start, s: header.s, args: header.args });
        p.deepen(p.levels.lambda);
        continue;
      }
      result = null;
    } else {
      const head = conditionalHead(p, open, start);
      if (head === undefined) continue;
      result = head;
    }
    if (result === null) p.pos = start;
    if (open.length > 0 && p.secondPass) p.memoSet(Rule.expression, start, result);
    break;
  }
  for (let i = open.length - 1; i >= 0; i--) {
    const f = open[i] as OpenTail;
    if (f.kind === 'lambda') {
      if (result === null) {
        p.pos = f.start;
      } else {
        const e = p.last();
        result = { kind: 'Lambda', args: f.args, body: result, lineno: f.s.lineno, col_offset: f.s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
      }
    } else if (result === null) {
      // No expression after 'else': just the disjunction.
      p.pos = f.mark;
      result = f.body;
    } else {
      const e = p.last();
      result = { kind: 'IfExp', test: f.test, body: f.body, orelse: result, lineno: f.s.lineno, col_offset: f.s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
    }
    if (i > 0 && p.secondPass) p.memoSet(Rule.expression, f.start, result);
  }
  p.depth = base;
  return result;
}

/**
 * The disjunction, and if it is followed by `'if' disjunction 'else'`, that level opened (and
 * undefined returned: the `else` expression comes next).
 */
function conditionalHead(p: Parser, open: OpenTail[], start: number): expr | null | undefined {
  const s = p.tok();
  const a = disjunction(p);
  if (a === null || p.k() !== K.If) return a;
  const mark = p.pos;
  p.pos++;
  const b = disjunction(p);
  if (b !== null && p.k() === K.Else) {
    p.pos++;
    open.push({ kind: 'if', start, s, body: a, test: b, mark });
    p.deepen(p.levels.conditional);
    return undefined;
  }
  p.pos = mark;
  return a;
}

/** expression_without_invalid: the same expression with the invalid rules off. */
export function expressionWithoutInvalid(p: Parser): expr | null {
  return withoutInvalid(p, expressionBody);
}

/** expressions: a tuple when there is a comma. */
export function expressions(p: Parser): expr | null {
  const s = p.tok();
  const a = expression(p);
  if (a === null) return null;
  if (p.k() !== K.COMMA) return a;
  const elts: expr[] = [a];
  while (p.k() === K.COMMA) {
    p.pos++;
    const b = expression(p);
    if (b === null) break;
    elts.push(b);
  }
  const e = p.last();
  return { kind: 'Tuple', elts, ctx: 'Load', lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

// ---------------------------------------------------------------- yield, star expressions

export function yieldExpr(p: Parser): expr | null {
  const s = p.eat(K.Yield);
  if (s === null) return null;
  if (p.k() === K.From) {
    const mark = p.pos;
    p.pos++;
    const a = expression(p);
    if (a !== null) {
      const e = p.last();
      return { kind: 'YieldFrom', value: a, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
    }
    p.pos = mark;
  }
  const a = starExpressions(p);
  const e = p.last();
  return { kind: 'Yield', value: a, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** star_expressions: a tuple when there is a comma (a trailing comma included). */
export function starExpressions(p: Parser): expr | null {
  const s = p.tok();
  const a = starExpression(p);
  if (a === null) return null;
  if (p.k() !== K.COMMA) return a;
  const elts: expr[] = [a];
  while (p.k() === K.COMMA) {
    p.pos++;
    const mark = p.pos;
    const b = starExpression(p);
    if (b === null) {
      p.pos = mark;
      break;
    }
    elts.push(b);
  }
  const e = p.last();
  return { kind: 'Tuple', elts, ctx: 'Load', lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

export function starExpression(p: Parser): expr | null {
  if (!p.secondPass) return starExpressionBody(p);
  const start = p.pos;
  const hit = p.memoGet(Rule.starExpression);
  return hit !== undefined ? (hit.node as expr | null) : p.memoized(Rule.starExpression, start, starExpressionBody(p));
}

function starExpressionBody(p: Parser): expr | null {
  if (p.k() === K.STAR) return starredBitwiseOr(p);
  return expression(p);
}

/** '*' bitwise_or, as a Load Starred. */
function starredBitwiseOr(p: Parser): Starred | null {
  const s = p.next();
  const a = bitwiseOr(p);
  if (a === null) {
    p.pos--;
    return null;
  }
  const e = p.last();
  return { kind: 'Starred', value: a, ctx: 'Load', lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** star_named_expressions: ','.star_named_expression+ [','] */
export function starNamedExpressions(p: Parser): expr[] | null {
  const a = starNamedExpression(p);
  if (a === null) return null;
  const elts: expr[] = [a];
  while (p.k() === K.COMMA) {
    p.pos++;
    const mark = p.pos;
    const b = starNamedExpression(p);
    if (b === null) {
      p.pos = mark;
      break;
    }
    elts.push(b);
  }
  return elts;
}

export function starNamedExpression(p: Parser): expr | null {
  if (p.k() === K.STAR) return starredBitwiseOr(p);
  return namedExpression(p);
}

// ---------------------------------------------------------------- named expressions

/** assignment_expression: NAME ':=' ~ expression. Returns `false` after the cut when the value is missing. */
export function assignmentExpression(p: Parser): expr | null | false {
  if (p.k() !== K.NAME || p.kAt(1) !== K.COLONEQUAL) return null;
  const t = p.next();
  p.pos++;
  const b = expression(p);
  if (b === null) {
    p.pos -= 2;
    return false;
  }
  const e = p.last();
  return { kind: 'NamedExpr', target: nameNode(t, 'Store'), value: b, lineno: t.lineno, col_offset: t.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** named_expression: assignment_expression | invalid_named_expression | expression !':=' */
export function namedExpression(p: Parser): expr | null {
  const a = assignmentExpression(p);
  if (a !== null) return a === false ? null : a;
  if (p.invalid) invalidNamedExpression(p);
  return expressionNotWalrus(p);
}

/** expression !':=' */
export function expressionNotWalrus(p: Parser): expr | null {
  const mark = p.pos;
  const b = expression(p);
  if (b === null) return null;
  if (p.k() === K.COLONEQUAL) {
    p.pos = mark;
    return null;
  }
  return b;
}

/** assignment_expression | expression !':=' (the element of genexp and args). */
export function assignmentOrExpression(p: Parser): expr | null {
  const a = assignmentExpression(p);
  if (a !== null) return a === false ? null : a;
  return expressionNotWalrus(p);
}

// ---------------------------------------------------------------- boolean operators

export function disjunction(p: Parser): expr | null {
  if (!p.secondPass) return disjunctionBody(p);
  const start = p.pos;
  const hit = p.memoGet(Rule.disjunction);
  return hit !== undefined ? (hit.node as expr | null) : p.memoized(Rule.disjunction, start, disjunctionBody(p));
}

function disjunctionBody(p: Parser): expr | null {
  const s = p.tok();
  const a = conjunction(p);
  if (a === null || p.k() !== K.Or) return a;
  const values: expr[] = [a];
  while (p.k() === K.Or) {
    const mark = p.pos;
    p.pos++;
    const b = conjunction(p);
    if (b === null) {
      p.pos = mark;
      break;
    }
    values.push(b);
  }
  if (values.length === 1) return a;
  const e = p.last();
  return { kind: 'BoolOp', op: 'Or', values, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

function conjunction(p: Parser): expr | null {
  if (!p.secondPass) return conjunctionBody(p);
  const start = p.pos;
  const hit = p.memoGet(Rule.conjunction);
  return hit !== undefined ? (hit.node as expr | null) : p.memoized(Rule.conjunction, start, conjunctionBody(p));
}

function conjunctionBody(p: Parser): expr | null {
  const s = p.tok();
  const a = inversion(p);
  if (a === null || p.k() !== K.And) return a;
  const values: expr[] = [a];
  while (p.k() === K.And) {
    const mark = p.pos;
    p.pos++;
    const b = inversion(p);
    if (b === null) {
      p.pos = mark;
      break;
    }
    values.push(b);
  }
  if (values.length === 1) return a;
  const e = p.last();
  return { kind: 'BoolOp', op: 'And', values, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

export function inversion(p: Parser): expr | null {
  if (!p.secondPass) return inversionBody(p);
  const start = p.pos;
  const hit = p.memoGet(Rule.inversion);
  return hit !== undefined ? (hit.node as expr | null) : p.memoized(Rule.inversion, start, inversionBody(p));
}

/**
 * inversion: 'not' inversion | comparison, with a chain of `not`s read in a loop (each nested
 * inversion memoized where it starts, in the second pass, as CPython's memo would have it).
 */
function inversionBody(p: Parser): expr | null {
  if (p.k() !== K.Not) return comparison(p);
  const base = p.depth;
  const nots: number[] = [];
  let result: expr | null;
  for (;;) {
    if (nots.length > 0 && p.secondPass) {
      const hit = p.memoGet(Rule.inversion);
      if (hit !== undefined) {
        result = hit.node as expr | null;
        break;
      }
    }
    if (p.k() !== K.Not) {
      const start = p.pos;
      result = comparison(p);
      if (result === null) p.pos = start;
      if (p.secondPass) p.memoSet(Rule.inversion, start, result);
      break;
    }
    nots.push(p.pos);
    p.pos++;
    // In the first pass, a chain of `not`s reaches CPython's limit one later than other chains.
    p.deepen(p.levels.unary, p.secondPass ? MAXSTACK : MAXSTACK + 1);
  }
  for (let i = nots.length - 1; i >= 0; i--) {
    const at = nots[i] as number;
    if (result === null) {
      p.pos = at;
    } else {
      const s = p.tokens[at] as Token;
      const e = p.last();
      result = { kind: 'UnaryOp', op: 'Not', operand: result, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
    }
    if (i > 0 && p.secondPass) p.memoSet(Rule.inversion, at, result);
  }
  p.depth = base;
  return result;
}

// ---------------------------------------------------------------- comparisons

function comparison(p: Parser): expr | null {
  const s = p.tok();
  const a = bitwiseOr(p);
  if (a === null) return null;
  let ops: cmpop[] | null = null;
  let comparators: expr[] | null = null;
  for (;;) {
    const mark = p.pos;
    let op: cmpop;
    switch (p.k()) {
      case K.EQEQUAL: op = 'Eq'; p.pos++; break;
      case K.NOTEQUAL:
        if (p.barryAsBdfl) p.raiseLast("with Barry as BDFL, use '<>' instead of '!='");
        op = 'NotEq';
        p.pos++;
        break;
      case K.BARRY:
        if (!p.barryAsBdfl) return finishCompare(p, s, a, ops, comparators);
        op = 'NotEq';
        p.pos++;
        break;
      case K.LESSEQUAL: op = 'LtE'; p.pos++; break;
      case K.LESS: op = 'Lt'; p.pos++; break;
      case K.GREATEREQUAL: op = 'GtE'; p.pos++; break;
      case K.GREATER: op = 'Gt'; p.pos++; break;
      case K.In: op = 'In'; p.pos++; break;
      case K.Not:
        if (p.kAt(1) !== K.In) return finishCompare(p, s, a, ops, comparators);
        op = 'NotIn';
        p.pos += 2;
        break;
      case K.Is:
        if (p.kAt(1) === K.Not) {
          // isnot_bitwise_or, and is_bitwise_or when no operand follows 'is not'.
          p.pos += 2;
          const b = bitwiseOr(p);
          if (b !== null) {
            (ops ??= []).push('IsNot');
            (comparators ??= []).push(b);
            continue;
          }
          p.pos = mark;
        }
        op = 'Is';
        p.pos++;
        break;
      default:
        return finishCompare(p, s, a, ops, comparators);
    }
    const b = bitwiseOr(p);
    if (b === null) {
      p.pos = mark;
      return finishCompare(p, s, a, ops, comparators);
    }
    (ops ??= []).push(op);
    (comparators ??= []).push(b);
  }
}

function finishCompare(p: Parser, s: Token, left: expr, ops: cmpop[] | null, comparators: expr[] | null): expr {
  if (ops === null || comparators === null) return left;
  const e = p.last();
  return { kind: 'Compare', left, ops, comparators, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

// ---------------------------------------------------------------- error rules

const SOFT_KEYWORDS: ReadonlySet<string> = new Set(['_', 'case', 'match', 'type']);

function invalidExpression(p: Parser): void {
  const mark = p.pos;
  // STRING (!STRING expression_without_invalid)+ STRING
  if (p.k() === K.STRING) {
    p.pos++;
    const items: expr[] = [];
    for (;;) {
      if (p.k() === K.STRING) break;
      const m = p.pos;
      const x = expressionWithoutInvalid(p);
      if (x === null) {
        p.pos = m;
        break;
      }
      items.push(x);
    }
    if (items.length > 0 && p.k() === K.STRING) {
      p.raiseRange(items[0] as expr, items[items.length - 1] as expr, 'invalid syntax. Is this intended to be part of the string?');
    }
    p.pos = mark;
  }
  // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
  const k0 = p.k();
  const skip = k0 === K.NAME && (p.kAt(1) === K.STRING || SOFT_KEYWORDS.has(p.tok().string));
  if (!skip) {
    const a = disjunction(p);
    if (a !== null) {
      const b = expressionWithoutInvalid(p);
      if (b !== null) raiseForMissingComma(p, a, b);
    }
    p.pos = mark;
  }
  // a=disjunction 'if' b=disjunction !('else'|':')   and   ... 'else' !expression
  const a = disjunction(p);
  if (a !== null && p.k() === K.If) {
    p.pos++;
    const b = disjunction(p);
    if (b !== null) {
      const k = p.k();
      if (k !== K.Else && k !== K.COLON) p.raiseRange(a, b, "expected 'else' after 'if' expression");
      if (k === K.Else) {
        p.pos++;
        const m = p.pos;
        const c = expression(p);
        p.pos = m;
        if (c === null) p.raiseNext("expected expression after 'else', but statement is given");
      }
    }
  }
  p.pos = mark;
  // a=(pass_stmt|break_stmt|continue_stmt) 'if' b=disjunction 'else' c=simple_stmt
  const stmtKw = statementKeywordForError(p);
  if (stmtKw !== null && p.k() === K.If) {
    p.pos++;
    if (disjunction(p) !== null && p.k() === K.Else) {
      p.pos++;
      if (simpleStmtForError(p)) p.raiseNode(stmtKw, "expected expression before 'if', but statement is given");
    }
  }
  p.pos = mark;
  // a='lambda' [lambda_params] b=':' &FSTRING_MIDDLE / &TSTRING_MIDDLE
  if (p.k() === K.Lambda) {
    const lam = p.next();
    const m = p.pos;
    if (lambdaParamsForError(p) === null) p.pos = m;
    if (p.k() === K.COLON) {
      const colon = p.next();
      const k = p.k();
      if (k === K.FSTRING_MIDDLE) p.raiseTokens(lam, colon, 'f-string: lambda expressions are not allowed without parentheses');
      if (k === K.TSTRING_MIDDLE) p.raiseTokens(lam, colon, 't-string: lambda expressions are not allowed without parentheses');
    }
    p.pos = mark;
  }
}

/** _PyPegen_raise_error_for_missing_comma: only inside brackets, and not for `print x`. */
function raiseForMissingComma(p: Parser, a: expr, b: expr): void {
  if (isLegacyName(a)) return;
  if (p.level(p.pos - 1) === 0) return;
  p.raiseRange(a, b, 'invalid syntax. Perhaps you forgot a comma?');
}

/** invalid_legacy_expression: NAME !'(' star_expressions, for print and exec. */
function invalidLegacyExpression(p: Parser): void {
  if (p.k() !== K.NAME) return;
  const mark = p.pos;
  const t = p.next();
  if (p.k() !== K.LPAR) {
    const b = starExpressions(p);
    if (b !== null && (t.string === 'print' || t.string === 'exec')) {
      p.raiseRange(nameNode(t, 'Load'), b, `Missing parentheses in call to '${t.string}'. Did you mean ${t.string}(...)?`);
    }
  }
  p.pos = mark;
}

/** invalid_named_expression (memoized like CPython's). */
function invalidNamedExpression(p: Parser): void {
  memo(p, Rule.invalidNamedExpression, invalidNamedExpressionBody);
}

function invalidNamedExpressionBody(p: Parser): null {
  const mark = p.pos;
  // a=expression ':=' expression
  const a = expression(p);
  if (a !== null && p.k() === K.COLONEQUAL) {
    p.pos++;
    if (expression(p) !== null) p.raiseNode(a, `cannot use assignment expressions with ${exprName(a)}`);
  }
  p.pos = mark;
  // a=NAME '=' b=bitwise_or !('='|':=')
  if (p.k() === K.NAME && p.kAt(1) === K.EQUAL) {
    const t = p.next();
    p.pos++;
    const b = bitwiseOr(p);
    if (b !== null) {
      const k = p.k();
      if (k !== K.EQUAL && k !== K.COLONEQUAL) p.raiseRange(nameNode(t, 'Load'), b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    p.pos = mark;
  }
  // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
  if (!startsWithDisplayOrConstant(p)) {
    const a2 = bitwiseOr(p);
    if (a2 !== null && p.k() === K.EQUAL) {
      p.pos++;
      if (bitwiseOr(p) !== null) {
        const k = p.k();
        if (k !== K.EQUAL && k !== K.COLONEQUAL) p.raiseNode(a2, `cannot assign to ${exprName(a2)} here. Maybe you meant '==' instead of '='?`);
      }
    }
    p.pos = mark;
  }
  return null;
}

/** The negative look-ahead !(list|tuple|genexp|'True'|'None'|'False'). */
function startsWithDisplayOrConstant(p: Parser): boolean {
  const k = p.k();
  if (k === K.True || k === K.None || k === K.False) return true;
  if (k !== K.LSQB && k !== K.LPAR) return false;
  return lookaheadListTupleGenexp(p);
}
