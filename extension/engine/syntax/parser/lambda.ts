/**
 * Lambdas. Grammar rules: lambdef, lambda_params (the parameter rules themselves are shared with
 * def in parameters.ts).
 */
import type { expr } from '../ast';
import { expression } from './expressions';
import { K } from './kinds';
import { emptyArguments, LAMBDA, params } from './parameters';
import type { Parser } from './state';

/** lambdef: 'lambda' [lambda_params] ':' expression */
export function lambdef(p: Parser): expr | null {
  const mark = p.pos;
  const s = p.next();
  const m = p.pos;
  let args = params(p, LAMBDA);
  if (args === null) {
    p.pos = m;
    args = emptyArguments();
  }
  if (p.k() === K.COLON) {
    p.pos++;
    const body = expression(p);
    if (body !== null) {
      const e = p.last();
      return { kind: 'Lambda', args, body, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
    }
  }
  p.pos = mark;
  return null;
}

/** [lambda_params] for invalid_expression's f-string lambda check. */
export function lambdaParamsForError(p: Parser): unknown {
  return params(p, LAMBDA);
}
