/**
 * The operator levels. Grammar rules: bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term
 * (all left-recursive, parsed here by precedence climbing, which builds the same left-leaning
 * BinOp trees), factor, power, await_primary; and the error rules invalid_arithmetic (tried where
 * a shift_expr starts) and invalid_factor (tried where a term starts).
 */
import type { expr, operator, unaryop } from '../ast';
import { inversion } from './expressions';
import { K } from './kinds';
import { memo, Rule } from './memo';
import { primary } from './primary';
import type { Parser } from './state';

// Binding strength of each binary operator token: | ^ & (<< >>) (+ -) (* / // % @).
const PREC = new Uint8Array(256);
const OPERATOR: operator[] = [];
function binop(kind: K, prec: number, op: operator): void {
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
  if (p.secondPass) return memo(p, Rule.bitwiseOr, bitwiseOrBody);
  return binary(p, 1);
}

function bitwiseOrBody(p: Parser): expr | null {
  return binary(p, 1);
}

/** sum, on its own (invalid_arithmetic starts with one). */
function sum(p: Parser): expr | null {
  return memo(p, Rule.sum, sumBody);
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
  if (p.secondPass) return memo(p, Rule.factor, factorBody);
  return factorBody(p);
}

function factorBody(p: Parser): expr | null {
  let op: unaryop;
  switch (p.k()) {
    case K.PLUS: op = 'UAdd'; break;
    case K.MINUS: op = 'USub'; break;
    case K.TILDE: op = 'Invert'; break;
    default: return power(p);
  }
  const s = p.next();
  const a = factor(p);
  if (a === null) {
    p.pos--;
    return null;
  }
  const e = p.last();
  return { kind: 'UnaryOp', op, operand: a, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** power: await_primary '**' factor | await_primary */
function power(p: Parser): expr | null {
  const s = p.tok();
  const a = awaitPrimary(p);
  if (a === null || p.k() !== K.DOUBLESTAR) return a;
  const mark = p.pos;
  p.pos++;
  const b = factor(p);
  if (b === null) {
    p.pos = mark;
    return a;
  }
  const e = p.last();
  return { kind: 'BinOp', left: a, op: 'Pow', right: b, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** await_primary: 'await' primary | primary */
function awaitPrimary(p: Parser): expr | null {
  if (p.secondPass) return memo(p, Rule.awaitPrimary, awaitPrimaryBody);
  return awaitPrimaryBody(p);
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
