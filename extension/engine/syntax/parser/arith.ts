/**
 * The operator levels. Grammar rules: bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term
 * (all left-recursive, parsed here by precedence climbing, which builds the same left-leaning
 * BinOp trees), factor, power, await_primary; and the error rules invalid_arithmetic (tried where
 * a shift_expr starts) and invalid_factor (tried where a term starts).
 */
import type { expr, operator, unaryop } from '../ast';
import type { Token } from '../tokens';
import { inversion } from './expressions';
import * as kinds from './kinds';
import { Rule } from './memo';
import { primary } from './primary';
import type { Parser } from './state';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K } = kinds;

// Binding strength of each binary operator token: | ^ & (<< >>) (+ -) (* / // % @).
const PREC = new Uint8Array(256);
const OPERATOR: operator[] = [];
function binop(kind: number, prec: number, op: operator): void {
  PREC[kind] = prec;
  OPERATOR[kind] = op;
}
binop(K.VBAR, 1, 'BitOr');
binop(K.CIRCUMFLEX, 2, 'BitXor');
binop(K.AMPER, 3, 'BitAnd');
binop(K.LEFTSHIFT, 4, 'LShift');
binop(K.RIGHTSHIFT, 4, 'RShift');
binop(K.PLUS, 5, 'Add');
binop(K.MINUS, 5, 'Sub');
binop(K.STAR, 6, 'Mult');
binop(K.SLASH, 6, 'Div');
binop(K.DOUBLESLASH, 6, 'FloorDiv');
binop(K.PERCENT, 6, 'Mod');
binop(K.AT, 6, 'MatMult');

const SHIFT = 4;
const SUM = 5;
const TERM = 6;

export function bitwiseOr(p: Parser): expr | null {
  if (!p.secondPass) return binary(p, 1);
  const start = p.pos;
  const hit = p.memoGet(Rule.bitwiseOr);
  return hit !== undefined ? (hit.node as expr | null) : p.memoized(Rule.bitwiseOr, start, binary(p, 1));
}


/** sum, on its own (invalid_arithmetic starts with one). */
function sum(p: Parser): expr | null {
  const start = p.pos;
  const hit = p.memoGet(Rule.sum);
  return hit !== undefined ? (hit.node as expr | null) : p.memoized(Rule.sum, start, sumBody(p));
}

function sumBody(p: Parser): expr | null {
  return binary(p, SUM);
}

/** The operator chain whose operators all bind at least as tightly as `minPrec`. */
function binary(p: Parser, minPrec: number): expr | null {
  p.k();
  const s = p.tok();
  if (p.invalid) {
    if (minPrec <= SHIFT) invalidArithmetic(p);
    if (minPrec <= TERM) invalidFactor(p);
  }
  let left = factor(p);
  if (left === null) return null;
  for (;;) {
    const kind = p.k();
    const prec = PREC[kind] as number;
    if (prec === 0 || prec < minPrec) return left;
    const mark = p.pos;
    p.pos++;
    const right = prec === SHIFT && p.invalid ? sum(p) : binary(p, prec + 1);
    if (right === null) {
      p.pos = mark;
      return left;
    }
    const e = p.last();
    left = { kind: 'BinOp', left, op: OPERATOR[kind] as operator, right, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }
}

/** factor: '+' factor | '-' factor | '~' factor | power */
export function factor(p: Parser): expr | null {
  if (!p.secondPass) return factorBody(p);
  const start = p.pos;
  const hit = p.memoGet(Rule.factor);
  return hit !== undefined ? (hit.node as expr | null) : p.memoized(Rule.factor, start, factorBody(p));
}

const UNARY: unaryop[] = [];
UNARY[K.PLUS] = 'UAdd';
UNARY[K.MINUS] = 'USub';
UNARY[K.TILDE] = 'Invert';

/**
 * One level of the factor/power recursion left open while the chain is read: a unary operator
 * waiting for its operand, or `left **` waiting for its right factor. Chains such as `-` * 5000
 * or `2 ** 2 ** ...` are read in a loop, not by recursion, so their length is bounded only by
 * CPython's own parser stack limit.
 */
interface Pending {
  /** Where this level's factor starts. */
  readonly start: number;
  /** The unary operator, or (for `left **`) the power's first token. */
  readonly first: Token;
  readonly op: unaryop | null;
  readonly left: expr | null;
  /** For `left **`: where the '**' is. */
  readonly mark: number;
}

/**
 * The factor at the cursor: unary operators, then a power whose right operand is again a factor.
 * As the grammar's rules would, a failed right operand of `**` leaves the power as its left
 * operand, a failed operand of a unary operator fails that operator, and (second pass) each
 * nested factor is memoized where it starts.
 */
function factorBody(p: Parser): expr | null {
  const pending: Pending[] = [];
  const base = p.depth;
  let result: expr | null;
  for (;;) {
    const start = p.pos;
    if (pending.length > 0 && p.secondPass) {
      const hit = p.memoGet(Rule.factor);
      if (hit !== undefined) {
        result = hit.node as expr | null;
        break;
      }
    }
    const op = UNARY[p.k()];
    if (op !== undefined) {
      pending.push({ start, first: p.next(), op, left: null, mark: start });
      p.deepen(p.levels.unary);
      continue;
    }
    const s = p.tok();
    const a = awaitPrimary(p);
    if (a !== null && p.k() === K.DOUBLESTAR) {
      pending.push({ start, first: s, op: null, left: a, mark: p.pos });
      p.pos++;
      p.deepen(p.levels.power);
      continue;
    }
    if (a === null) p.pos = start;
    result = a;
    if (pending.length > 0 && p.secondPass) p.memoSet(Rule.factor, start, result);
    break;
  }
  for (let i = pending.length - 1; i >= 0; i--) {
    const f = pending[i] as Pending;
    if (f.op !== null) {
      // A unary operator fails with its operand.
      if (result === null) {
        p.pos = f.start;
      } else {
        const e = p.last();
        result = { kind: 'UnaryOp', op: f.op, operand: result, lineno: f.first.lineno, col_offset: f.first.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
      }
    } else if (result === null) {
      // `left ** <nothing>`: the power is its left operand; the '**' is not consumed.
      p.pos = f.mark;
      result = f.left;
    } else {
      const e = p.last();
      result = { kind: 'BinOp', left: f.left as expr, op: 'Pow', right: result, lineno: f.first.lineno, col_offset: f.first.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
    }
    // Each level is a factor starting at f.start; the outermost is memoized by factor().
    if (i > 0 && p.secondPass) p.memoSet(Rule.factor, f.start, result);
  }
  p.depth = base;
  return result;
}

/** await_primary: 'await' primary | primary */
function awaitPrimary(p: Parser): expr | null {
  if (!p.secondPass) return awaitPrimaryBody(p);
  const start = p.pos;
  const hit = p.memoGet(Rule.awaitPrimary);
  return hit !== undefined ? (hit.node as expr | null) : p.memoized(Rule.awaitPrimary, start, awaitPrimaryBody(p));
}

function awaitPrimaryBody(p: Parser): expr | null {
  if (p.k() !== K.Await) return primary(p);
  const s = p.next();
  const a = primary(p);
  if (a === null) {
    p.pos--;
    return null;
  }
  const e = p.last();
  return { kind: 'Await', value: a, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

// ---------------------------------------------------------------- error rules

/** invalid_arithmetic: sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') 'not' inversion */
function invalidArithmetic(p: Parser): void {
  const mark = p.pos;
  if (sum(p) !== null) {
    const k = p.k();
    if ((PREC[k] === SUM || PREC[k] === TERM) && p.kAt(1) === K.Not) {
      p.pos++;
      const a = p.next();
      const b = inversion(p);
      if (b !== null) p.raiseAt('SyntaxError', "'not' after an operator must be parenthesized", a.lineno, a.col, b.end_lineno, b.end_col_offset);
    }
  }
  p.pos = mark;
}

/** invalid_factor: ('+' | '-' | '~') 'not' factor */
function invalidFactor(p: Parser): void {
  const k = p.k();
  if (k !== K.PLUS && k !== K.MINUS && k !== K.TILDE) return;
  if (p.kAt(1) !== K.Not) return;
  const mark = p.pos;
  p.pos++;
  const a = p.next();
  const b = factor(p);
  if (b !== null) p.raiseAt('SyntaxError', "'not' after an operator must be parenthesized", a.lineno, a.col, b.end_lineno, b.end_col_offset);
  p.pos = mark;
}
