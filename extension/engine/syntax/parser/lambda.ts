/**
 * Lambdas. Grammar rules: lambdef, lambda_params (the parameter rules themselves are shared with
 * def in parameters.ts).
 */
import type { arguments as arguments_ } from '../ast';
import type { Token } from '../tokens';
import * as kinds from './kinds';
import { emptyArguments, LAMBDA, params } from './parameters';
import type { Parser } from './state';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K } = kinds;

/**
 * lambdef: 'lambda' [lambda_params] ':' expression — the part before the body, which the
 * expression loop (expressions.ts) then reads. Null, and the cursor back, when it does not parse.
 */
export function lambdaHeader(p: Parser): { s: Token; args: arguments_ } | null {
  const mark = p.pos;
  const s = p.next();
  const m = p.pos;
  // Reaching a parameter's default nests deeper than the lambda itself.
  const levels = p.k() === K.COLON ? 0 : p.levels.lambdaParams;
  p.deepen(levels);
  let args = params(p, LAMBDA);
  p.depth -= levels;
  if (args === null) {
    p.pos = m;
    args = emptyArguments();
  }
  if (p.k() === K.COLON) {
    p.pos++;
    return { s, args };
  }
  p.pos = mark;
  return null;
}

/** [lambda_params] for invalid_expression's f-string lambda check. */
export function lambdaParamsForError(p: Parser): unknown {
  return params(p, LAMBDA);
}
