/**
 * Second-pass memoization. The invalid_* rules re-parse the same text several times (an
 * expression as a disjunction, then as an expression, then as a target...), so like CPython's
 * generated parser the second pass remembers what a rule produced at a position. The first pass
 * never re-parses and never memoizes. The rules memoized are those CPython memoizes (its `(memo)`
 * rules and its left-recursive ones), so results shared between "invalid rules on" and "off"
 * (expression_without_invalid) are the ones CPython shares.
 */
import type { Parser } from './state';

export enum Rule {
  expression = 1,
  disjunction,
  conjunction,
  inversion,
  starExpression,
  bitwiseOr,
  sum,
  factor,
  awaitPrimary,
  primary,
  tPrimary,
  arguments,
  strings,
  starTarget,
  targetWithStarAtom,
  delTarget,
  invalidNamedExpression,
  simpleStmt,
  block,
  closedPattern,
  starPattern,
  typeParam,
  dottedName,
  tstring,
  importStmt,
  nameOrAttr,
}

/** Runs `fn` at the current position, or replays what it produced there before (second pass only). */
export function memo<T>(p: Parser, rule: Rule, fn: (p: Parser) => T | null): T | null {
  const start = p.pos;
  const hit = p.memoGet(rule);
  if (hit !== undefined) return hit.node as T | null;
  const result = fn(p);
  if (result === null) p.pos = start;
  p.memoSet(rule, start, result);
  return result;
}

/** Parses with the invalid_* rules switched off (the grammar's `*_without_invalid` rules). */
export function withoutInvalid<T>(p: Parser, fn: (p: Parser) => T | null): T | null {
  const saved = p.invalid;
  p.invalid = false;
  try {
    return fn(p);
  } finally {
    p.invalid = saved;
  }
}
