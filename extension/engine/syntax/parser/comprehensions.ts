/**
 * Comprehension clauses. Grammar rules: for_if_clauses, for_if_clause; and the error rules
 * invalid_for_if_clause, invalid_for_target.
 */
import type { comprehension, expr } from '../ast';
import { bitwiseOr } from './arith';
import { disjunction, starExpressions } from './expressions';
import * as kinds from './kinds';
import type { Parser } from './state';
import { invalidTarget, starTargets } from './targets';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K } = kinds;

/** for_if_clauses: for_if_clause+ */
export function forIfClauses(p: Parser): comprehension[] | null {
  const first = forIfClause(p);
  if (first === null) return null;
  const gens: comprehension[] = [first];
  for (;;) {
    const k = p.k();
    if (k !== K.For && k !== K.Async) return gens;
    const c = forIfClause(p);
    if (c === null) return gens;
    gens.push(c);
  }
}

/**
 * for_if_clause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
 *   | invalid_for_if_clause | invalid_for_target
 */
function forIfClause(p: Parser): comprehension | null {
  const mark = p.pos;
  let isAsync = 0;
  if (p.k() === K.Async) {
    if (p.kAt(1) !== K.For) return null;
    p.pos++;
    isAsync = 1;
  } else if (p.k() !== K.For) {
    return null;
  }
  p.pos++;
  const m = p.pos;
  const target = starTargets(p);
  if (target !== null && p.k() === K.In) {
    p.pos++;
    // The cut: past 'in', this clause either completes or fails without other alternatives.
    const iter = disjunction(p);
    if (iter === null) {
      p.pos = mark;
      return null;
    }
    const ifs: expr[] = [];
    while (p.k() === K.If) {
      const mi = p.pos;
      p.pos++;
      const c = disjunction(p);
      if (c === null) {
        p.pos = mi;
        break;
      }
      ifs.push(c);
    }
    return { kind: 'comprehension', target, iter, ifs, is_async: isAsync };
  }
  p.pos = m;
  if (p.invalid) {
    invalidForIfClause(p, mark);
    invalidForTarget(p, mark);
  }
  p.pos = mark;
  return null;
}

/** invalid_for_if_clause: 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in' */
function invalidForIfClause(p: Parser, mark: number): void {
  p.pos = mark;
  if (p.k() === K.Async) p.pos++;
  if (p.k() !== K.For) return;
  p.pos++;
  if (bitwiseOr(p) === null) return;
  while (p.k() === K.COMMA) {
    p.pos++;
    const m = p.pos;
    if (bitwiseOr(p) === null) {
      p.pos = m;
      break;
    }
  }
  if (p.k() !== K.In) p.raiseLast("'in' expected after for-loop variables");
}

/** invalid_for_target: 'async'? 'for' star_expressions */
export function invalidForTarget(p: Parser, mark: number): void {
  p.pos = mark;
  if (p.k() === K.Async) p.pos++;
  if (p.k() !== K.For) return;
  p.pos++;
  const a = starExpressions(p);
  if (a !== null) invalidTarget(p, a, 'for');
}
