/**
 * Type parameters (PEP 695, with PEP 696 defaults). Grammar rules: type_params, type_param_seq,
 * type_param, type_param_bound, type_param_default, type_param_starred_default; and the error
 * rules invalid_type_params, invalid_type_param.
 */
import type { expr, type_param } from '../ast';
import { expression, starExpression } from './expressions';
import * as kinds from './kinds';
import { Rule } from './memo';
import { identifier } from './nodes';
import type { Parser } from './state';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K } = kinds;

/** type_params: invalid_type_params | '[' type_param_seq ']' */
export function typeParams(p: Parser): type_param[] | null {
  const mark = p.pos;
  p.pos++;
  if (p.invalid && p.k() === K.RSQB) {
    const t = p.tok();
    p.raiseFrom({ lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol }, 'Type parameter list cannot be empty');
  }
  const params: type_param[] = [];
  for (;;) {
    const m = p.pos;
    const tp = typeParam(p);
    if (tp === null) {
      p.pos = m;
      break;
    }
    params.push(tp);
    if (p.k() !== K.COMMA) break;
    p.pos++;
  }
  if (params.length === 0 || p.k() !== K.RSQB) {
    p.pos = mark;
    return null;
  }
  p.pos++;
  return params;
}

function typeParam(p: Parser): type_param | null {
  if (!p.secondPass) return typeParamBody(p);
  const start = p.pos;
  const hit = p.memoGet(Rule.typeParam);
  return hit !== undefined ? (hit.node as type_param | null) : p.memoized(Rule.typeParam, start, typeParamBody(p));
}

function typeParamBody(p: Parser): type_param | null {
  const s = p.tok();
  const k = p.k();
  if (k === K.NAME) {
    p.pos++;
    const bound = optional(p, K.COLON, expression);
    const dflt = optional(p, K.EQUAL, expression);
    const e = p.last();
    return { kind: 'TypeVar', name: identifier(s), bound, default_value: dflt, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }
  if (k !== K.STAR && k !== K.DOUBLESTAR) return null;
  if (p.invalid) invalidTypeParam(p);
  const mark = p.pos;
  p.pos++;
  const n = p.eat(K.NAME);
  if (n === null) {
    p.pos = mark;
    return null;
  }
  const dflt = optional(p, K.EQUAL, k === K.STAR ? starExpression : expression);
  const e = p.last();
  if (k === K.STAR) return { kind: 'TypeVarTuple', name: identifier(n), default_value: dflt, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
  return { kind: 'ParamSpec', name: identifier(n), default_value: dflt, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** [token expression]: the expression, or null with the cursor left in place. */
function optional(p: Parser, kind: number, rule: (p: Parser) => expr | null): expr | null {
  if (p.k() !== kind) return null;
  const m = p.pos;
  p.pos++;
  const e = rule(p);
  if (e === null) p.pos = m;
  return e;
}

/**
 * invalid_type_param:
 *   '*' NAME ':' expression    "cannot use bound with TypeVarTuple" (constraints: a tuple)
 *   '**' NAME ':' expression   "cannot use bound with ParamSpec"
 */
function invalidTypeParam(p: Parser): void {
  const mark = p.pos;
  const star = p.next();
  if (p.eat(K.NAME) !== null && p.k() === K.COLON) {
    const colon = p.next();
    const e = expression(p);
    if (e !== null) {
      const what = star.string === '*' ? 'TypeVarTuple' : 'ParamSpec';
      const msg = e.kind === 'Tuple' ? `cannot use constraints with ${what}` : `cannot use bound with ${what}`;
      p.raiseFrom({ lineno: colon.lineno, col_offset: colon.col, end_lineno: colon.endLineno, end_col_offset: colon.endCol }, msg);
    }
  }
  p.pos = mark;
}
