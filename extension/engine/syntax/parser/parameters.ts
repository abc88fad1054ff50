/**
 * Function and lambda parameters. Grammar rules: params, parameters, slash_no_default,
 * slash_with_default, star_etc, kwds, param_no_default, param_no_default_star_annotation,
 * param_with_default, param_maybe_default, param, param_star_annotation, annotation,
 * star_annotation, default, and their lambda_* twins (no annotations, ':' instead of ')');
 * the error rules invalid_parameters, invalid_default, invalid_star_etc, invalid_kwds,
 * invalid_parameters_helper and the lambda ones; and _PyPegen_make_arguments.
 *
 * The first pass reads a parameter list left to right once (fastParameters), accepting exactly
 * what `parameters` accepts; the second pass follows the rules literally (invalid rules first).
 */
import type { arg, arguments as Arguments, expr } from '../ast';
import type { Token } from '../tokens';
import { expression, starExpression } from './expressions';
import * as kinds from './kinds';
import { identifier } from './nodes';
import type { Parser } from './state';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K } = kinds;

/** def parameters close with ')', lambda parameters with ':'. */
export interface Style {
  readonly lambda: boolean;
}
export const DEF: Style = { lambda: false };
export const LAMBDA: Style = { lambda: true };

function closeKind(st: Style): number {
  return st.lambda ? K.COLON : K.RPAR;
}

export function emptyArguments(): Arguments {
  return { kind: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

function argNode(t: Token, annotation: expr | null, e: Token): arg {
  return { kind: 'arg', arg: identifier(t), annotation, type_comment: null, lineno: t.lineno, col_offset: t.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** params: invalid_parameters | parameters (or the lambda ones). Null when none parse. */
export function params(p: Parser, st: Style): Arguments | null {
  if (!p.invalid) return fastParameters(p, st);
  invalidParameters(p, st);
  return parameters(p, st);
}

// ---------------------------------------------------------------- first pass

function fastParameters(p: Parser, st: Style): Arguments | null {
  const mark = p.pos;
  const close = closeKind(st);
  const posonlyargs: arg[] = [];
  const args: arg[] = [];
  const defaults: expr[] = [];
  let vararg: arg | null = null;
  const kwonlyargs: arg[] = [];
  const kwDefaults: (expr | null)[] = [];
  let kwarg: arg | null = null;
  let seenSlash = false;
  let seenDefault = false;
  let any = false;
  // Positional parameters and '/'.
  for (;;) {
    const k = p.k();
    if (k === K.NAME) {
      const a = param(p, st);
      if (a === null) return failAt(p, mark);
      if (p.k() === K.EQUAL) {
        p.pos++;
        const d = expression(p);
        if (d === null) return failAt(p, mark);
        defaults.push(d);
        seenDefault = true;
      } else if (seenDefault) {
        return failAt(p, mark);
      }
      args.push(a);
      any = true;
      if (!separatorOrClose(p, close)) return failAt(p, mark);
    } else if (k === K.SLASH) {
      if (seenSlash || args.length === 0) return failAt(p, mark);
      p.pos++;
      if (!separatorOrClose(p, close)) return failAt(p, mark);
      seenSlash = true;
      for (const a of args) posonlyargs.push(a);
      args.length = 0;
    } else {
      break;
    }
    if (p.k() === close) break;
  }
  // star_etc
  if (p.k() === K.STAR) {
    p.pos++;
    any = true;
    if (p.k() === K.COMMA) {
      p.pos++;
      if (p.k() !== K.NAME) return failAt(p, mark);
    } else {
      const t = p.eat(K.NAME);
      if (t === null) return failAt(p, mark);
      let annotation: expr | null = null;
      if (!st.lambda && p.k() === K.COLON) {
        p.pos++;
        annotation = starExpression(p);
        if (annotation === null) return failAt(p, mark);
      }
      vararg = argNode(t, annotation, p.last());
      if (!separatorOrClose(p, close)) return failAt(p, mark);
    }
    while (p.k() === K.NAME) {
      const a = param(p, st);
      if (a === null) return failAt(p, mark);
      let d: expr | null = null;
      if (p.k() === K.EQUAL) {
        p.pos++;
        d = expression(p);
        if (d === null) return failAt(p, mark);
      }
      kwonlyargs.push(a);
      kwDefaults.push(d);
      if (!separatorOrClose(p, close)) return failAt(p, mark);
    }
  }
  // kwds
  if (p.k() === K.DOUBLESTAR) {
    p.pos++;
    any = true;
    if (p.k() !== K.NAME) return failAt(p, mark);
    kwarg = param(p, st);
    if (kwarg === null || !separatorOrClose(p, close)) return failAt(p, mark);
  }
  if (!any || p.k() !== close) return failAt(p, mark);
  return { kind: 'arguments', posonlyargs, args, vararg, kwonlyargs, kw_defaults: kwDefaults, kwarg, defaults };
}

/** Back to `mark`, failing. */
function failAt(p: Parser, mark: number): null {
  p.pos = mark;
  return null;
}

/** After a parameter: ',' (consumed), or a look at the closing token. */
function separatorOrClose(p: Parser, close: number): boolean {
  const k = p.k();
  if (k === K.COMMA) {
    p.pos++;
    return true;
  }
  return k === close;
}

/** param: NAME annotation? (lambda_param: NAME) */
function param(p: Parser, st: Style): arg | null {
  const t = p.eat(K.NAME);
  if (t === null) return null;
  let annotation: expr | null = null;
  if (!st.lambda && p.k() === K.COLON) {
    const m = p.pos;
    p.pos++;
    annotation = expression(p);
    if (annotation === null) {
      p.pos = m;
    }
  }
  return argNode(t, annotation, p.last());
}

// ---------------------------------------------------------------- second pass: the rules as written

type WithDefault = [arg, expr];
type MaybeDefault = [arg, expr | null];

/** ',' or &close, after a parameter. */
function sepOrClose(p: Parser, st: Style): boolean {
  const k = p.k();
  if (k === K.COMMA) {
    p.pos++;
    return true;
  }
  return k === closeKind(st);
}

function paramNoDefault(p: Parser, st: Style): arg | null {
  const mark = p.pos;
  const a = param(p, st);
  if (a !== null && sepOrClose(p, st)) return a;
  p.pos = mark;
  return null;
}

/** default: '=' expression | invalid_default */
function defaultValue(p: Parser): expr | null {
  if (p.k() !== K.EQUAL) return null;
  const mark = p.pos;
  const eq = p.next();
  const d = expression(p);
  if (d !== null) return d;
  p.pos = mark + 1;
  if (p.invalid) {
    const k = p.k();
    if (k === K.RPAR || k === K.COMMA) p.raiseToken(eq, 'expected default value expression');
  }
  p.pos = mark;
  return null;
}

function paramWithDefault(p: Parser, st: Style): WithDefault | null {
  const mark = p.pos;
  const a = param(p, st);
  if (a !== null) {
    const d = defaultValue(p);
    if (d !== null && sepOrClose(p, st)) return [a, d];
  }
  p.pos = mark;
  return null;
}

function paramMaybeDefault(p: Parser, st: Style): MaybeDefault | null {
  const mark = p.pos;
  const a = param(p, st);
  if (a !== null) {
    const m = p.pos;
    const d = defaultValue(p);
    if (d === null) p.pos = m;
    if (sepOrClose(p, st)) return [a, d];
  }
  p.pos = mark;
  return null;
}

function many<T>(p: Parser, st: Style, item: (p: Parser, st: Style) => T | null): T[] {
  const out: T[] = [];
  for (;;) {
    const x = item(p, st);
    if (x === null) return out;
    out.push(x);
  }
}

/** slash_no_default: param_no_default+ '/' (',' | &close) */
function slashNoDefault(p: Parser, st: Style): arg[] | null {
  const mark = p.pos;
  const a = many(p, st, paramNoDefault);
  if (a.length > 0 && p.k() === K.SLASH) {
    p.pos++;
    if (sepOrClose(p, st)) return a;
  }
  p.pos = mark;
  return null;
}

interface SlashWithDefault {
  plain: arg[];
  withDefaults: WithDefault[];
}

/** slash_with_default: param_no_default* param_with_default+ '/' (',' | &close) */
function slashWithDefault(p: Parser, st: Style): SlashWithDefault | null {
  const mark = p.pos;
  const plain = many(p, st, paramNoDefault);
  const withDefaults = many(p, st, paramWithDefault);
  if (withDefaults.length > 0 && p.k() === K.SLASH) {
    p.pos++;
    if (sepOrClose(p, st)) return { plain, withDefaults };
  }
  p.pos = mark;
  return null;
}

interface StarEtc {
  vararg: arg | null;
  kwonly: MaybeDefault[];
  kwarg: arg | null;
}

/** star_etc (with invalid_star_etc first) */
function starEtc(p: Parser, st: Style): StarEtc | null {
  if (p.invalid) invalidStarEtc(p, st);
  const mark = p.pos;
  if (p.k() === K.STAR) {
    p.pos++;
    // '*' param_no_default param_maybe_default* [kwds]
    const a = paramNoDefault(p, st);
    if (a !== null) return { vararg: a, kwonly: many(p, st, paramMaybeDefault), kwarg: optionalKwds(p, st) };
    // '*' param_no_default_star_annotation param_maybe_default* [kwds]
    if (!st.lambda) {
      const b = paramStarAnnotation(p);
      if (b !== null) return { vararg: b, kwonly: many(p, st, paramMaybeDefault), kwarg: optionalKwds(p, st) };
    }
    // '*' ',' param_maybe_default+ [kwds]
    if (p.k() === K.COMMA) {
      p.pos++;
      const kwonly = many(p, st, paramMaybeDefault);
      if (kwonly.length > 0) return { vararg: null, kwonly, kwarg: optionalKwds(p, st) };
    }
    p.pos = mark;
  }
  const k = kwds(p, st);
  if (k !== null) return { vararg: null, kwonly: [], kwarg: k };
  p.pos = mark;
  return null;
}

/** param_no_default_star_annotation: NAME ':' star_expression (',' | &')') */
function paramStarAnnotation(p: Parser): arg | null {
  const mark = p.pos;
  const t = p.eat(K.NAME);
  if (t !== null && p.k() === K.COLON) {
    p.pos++;
    const ann = starExpression(p);
    if (ann !== null) {
      const a = argNode(t, ann, p.last());
      if (sepOrClose(p, DEF)) return a;
    }
  }
  p.pos = mark;
  return null;
}

function optionalKwds(p: Parser, st: Style): arg | null {
  const mark = p.pos;
  const k = kwds(p, st);
  if (k === null) p.pos = mark;
  return k;
}

/** kwds: invalid_kwds | '**' param_no_default */
function kwds(p: Parser, st: Style): arg | null {
  if (p.invalid) invalidKwds(p, st);
  if (p.k() !== K.DOUBLESTAR) return null;
  const mark = p.pos;
  p.pos++;
  const a = paramNoDefault(p, st);
  if (a === null) p.pos = mark;
  return a;
}

/** parameters: its five alternatives, then _PyPegen_make_arguments. */
function parameters(p: Parser, st: Style): Arguments | null {
  const mark = p.pos;
  // slash_no_default param_no_default* param_with_default* [star_etc]
  const a1 = slashNoDefault(p, st);
  if (a1 !== null) {
    const b = many(p, st, paramNoDefault);
    const c = many(p, st, paramWithDefault);
    return makeArguments(a1, null, b, c, optionalStarEtc(p, st));
  }
  p.pos = mark;
  // slash_with_default param_with_default* [star_etc]
  const a2 = slashWithDefault(p, st);
  if (a2 !== null) {
    const b = many(p, st, paramWithDefault);
    return makeArguments(null, a2, [], b, optionalStarEtc(p, st));
  }
  p.pos = mark;
  // param_no_default+ param_with_default* [star_etc]
  const a3 = many(p, st, paramNoDefault);
  if (a3.length > 0) {
    const b = many(p, st, paramWithDefault);
    return makeArguments(null, null, a3, b, optionalStarEtc(p, st));
  }
  p.pos = mark;
  // param_with_default+ [star_etc]
  const a4 = many(p, st, paramWithDefault);
  if (a4.length > 0) return makeArguments(null, null, [], a4, optionalStarEtc(p, st));
  p.pos = mark;
  // star_etc
  const a5 = starEtc(p, st);
  if (a5 !== null) return makeArguments(null, null, [], [], a5);
  p.pos = mark;
  return null;
}

function optionalStarEtc(p: Parser, st: Style): StarEtc | null {
  const mark = p.pos;
  const r = starEtc(p, st);
  if (r === null) p.pos = mark;
  return r;
}

function makeArguments(slashNo: arg[] | null, slashWith: SlashWithDefault | null, plain: arg[], withDefaults: WithDefault[], star: StarEtc | null): Arguments {
  let posonlyargs: arg[] = [];
  let defaults: expr[] = [];
  if (slashNo !== null) posonlyargs = slashNo;
  else if (slashWith !== null) {
    posonlyargs = slashWith.plain.concat(slashWith.withDefaults.map((x) => x[0]));
    defaults = slashWith.withDefaults.map((x) => x[1]);
  }
  const args = plain.concat(withDefaults.map((x) => x[0]));
  defaults = defaults.concat(withDefaults.map((x) => x[1]));
  return {
    kind: 'arguments',
    posonlyargs,
    args,
    vararg: star?.vararg ?? null,
    kwonlyargs: star === null ? [] : star.kwonly.map((x) => x[0]),
    kw_defaults: star === null ? [] : star.kwonly.map((x) => x[1]),
    kwarg: star?.kwarg ?? null,
    defaults,
  };
}

// ---------------------------------------------------------------- error rules

function invalidParameters(p: Parser, st: Style): void {
  const mark = p.pos;
  const lam = st.lambda;
  // "/" ','
  if (p.k() === K.SLASH && p.kAt(1) === K.COMMA) p.raiseToken(p.tok(), 'at least one argument must precede /');
  // (slash_no_default | slash_with_default) param_maybe_default* '/'
  if (slashNoDefault(p, st) !== null || (p.pos = mark, slashWithDefault(p, st) !== null)) {
    many(p, st, paramMaybeDefault);
    if (p.k() === K.SLASH) p.raiseToken(p.tok(), '/ may appear only once');
  }
  p.pos = mark;
  // slash_no_default? param_no_default* invalid_parameters_helper param_no_default
  if (slashNoDefault(p, st) === null) p.pos = mark;
  many(p, st, paramNoDefault);
  {
    const m = p.pos;
    // invalid_parameters_helper: slash_with_default | param_with_default+
    let ok = slashWithDefault(p, st) !== null;
    if (!ok) {
      p.pos = m;
      ok = many(p, st, paramWithDefault).length > 0;
    }
    if (ok) {
      const a = paramNoDefault(p, st);
      if (a !== null) p.raiseNode(a, 'parameter without a default follows parameter with a default');
    }
  }
  p.pos = mark;
  // param_no_default* '(' param_no_default+ ','? ')'   (lambda: lambda_param_no_default* '(' ','.lambda_param+ ','? ')')
  many(p, st, paramNoDefault);
  if (p.k() === K.LPAR) {
    const a = p.next();
    let n = 0;
    if (lam) {
      while (p.k() === K.NAME) {
        p.pos++;
        n++;
        if (p.k() !== K.COMMA || p.kAt(1) !== K.NAME) break;
        p.pos++;
      }
    } else {
      n = many(p, st, (q) => paramNoDefaultParen(q)).length;
    }
    if (n > 0) {
      if (p.k() === K.COMMA) p.pos++;
      if (p.k() === K.RPAR) p.raiseTokens(a, p.tok(), lam ? 'Lambda expression parameters cannot be parenthesized' : 'Function parameters cannot be parenthesized');
    }
  }
  p.pos = mark;
  // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
  if (slashNoDefault(p, st) === null) {
    p.pos = mark;
    if (slashWithDefault(p, st) === null) p.pos = mark;
  }
  many(p, st, paramMaybeDefault);
  if (p.k() === K.STAR) {
    p.pos++;
    let ok = false;
    if (p.k() === K.COMMA) {
      p.pos++;
      ok = true;
    } else {
      ok = paramNoDefault(p, st) !== null;
    }
    if (ok) {
      many(p, st, paramMaybeDefault);
      if (p.k() === K.SLASH) p.raiseToken(p.tok(), '/ must be ahead of *');
    }
  }
  p.pos = mark;
  // param_maybe_default+ '/' '*'
  if (many(p, st, paramMaybeDefault).length > 0 && p.k() === K.SLASH && p.kAt(1) === K.STAR) {
    p.pos++;
    p.raiseToken(p.tok(), 'expected comma between / and *');
  }
  p.pos = mark;
}

/** param_no_default as used inside the parenthesized-parameters error rule (a ')' follows). */
function paramNoDefaultParen(p: Parser): arg | null {
  return paramNoDefault(p, DEF);
}

function invalidStarEtc(p: Parser, st: Style): void {
  const mark = p.pos;
  if (p.k() !== K.STAR) return;
  const star = p.next();
  const close = closeKind(st);
  // '*' (')' | ',' (')' | '**'))     (lambda: '*' (':' | ',' (':' | '**')))
  const k = p.k();
  if (k === close || (k === K.COMMA && (p.kAt(1) === close || p.kAt(1) === K.DOUBLESTAR))) {
    if (st.lambda) p.raiseLast('named arguments must follow bare *');
    p.raiseToken(star, 'named arguments must follow bare *');
  }
  // '*' param '='
  p.pos = mark + 1;
  if (param(p, st) !== null && p.k() === K.EQUAL) p.raiseToken(p.tok(), 'var-positional argument cannot have default value');
  // '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
  p.pos = mark + 1;
  let ok = paramNoDefault(p, st) !== null;
  if (!ok && p.k() === K.COMMA) {
    p.pos++;
    ok = true;
  }
  if (ok) {
    many(p, st, paramMaybeDefault);
    if (p.k() === K.STAR) {
      const a = p.next();
      if (paramNoDefault(p, st) !== null || p.k() === K.COMMA) p.raiseToken(a, '* argument may appear only once');
    }
  }
  p.pos = mark;
}

function invalidKwds(p: Parser, st: Style): void {
  const mark = p.pos;
  if (p.k() !== K.DOUBLESTAR) return;
  p.pos++;
  if (param(p, st) !== null) {
    const k = p.k();
    if (k === K.EQUAL) p.raiseToken(p.tok(), 'var-keyword argument cannot have default value');
    if (k === K.COMMA) {
      p.pos++;
      const t = p.tok();
      const a = param(p, st);
      if (a !== null) p.raiseNode(a, 'arguments cannot follow var-keyword argument');
      const k2 = p.k();
      if (k2 === K.STAR || k2 === K.DOUBLESTAR || k2 === K.SLASH) p.raiseToken(t, 'arguments cannot follow var-keyword argument');
    }
  }
  p.pos = mark;
}
