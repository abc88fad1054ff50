/**
 * Call arguments. Grammar rules: arguments, args, kwargs, starred_expression, kwarg_or_starred,
 * kwarg_or_double_starred; and the error rules invalid_arguments, invalid_kwarg,
 * invalid_starred_expression_unpacking, invalid_starred_expression.
 *
 * The first pass reads an argument list left to right once (fastCallArguments), which accepts
 * exactly what `genexp | '(' [arguments] ')'` accepts; the second pass follows the rules
 * literally so that the invalid rules are tried in CPython's order.
 */
import type { comprehension, expr, keyword } from '../ast';
import type { Token } from '../tokens';
import { forIfClauses } from './comprehensions';
import { assignmentOrExpression, expression } from './expressions';
import * as kinds from './kinds';
import { Rule } from './memo';
import { nameNode } from './nodes';
import type { Parser } from './state';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K } = kinds;

export interface CallArgs {
  args: expr[];
  keywords: keyword[];
}

// ---------------------------------------------------------------- first pass

/** From '(' through ')': arguments, or (in a call, not a class statement) a lone generator argument. */
export function fastCallArguments(p: Parser, allowGenexp: boolean): CallArgs | null {
  const lpar = p.next();
  const args: expr[] = [];
  const keywords: keyword[] = [];
  if (p.k() === K.RPAR) {
    p.pos++;
    return { args, keywords };
  }
  // 0: positional arguments; 1: after a keyword argument; 2: after a '**' argument.
  let phase = 0;
  let first = true;
  for (;;) {
    const k = p.k();
    if (k === K.STAR) {
      if (phase === 2) return null;
      const a = starredExpression(p);
      if (a === null) return null;
      args.push(a);
    } else if (k === K.DOUBLESTAR) {
      const s = p.next();
      const a = expression(p);
      if (a === null) return null;
      keywords.push(keywordNode(null, a, s, p.last()));
      phase = 2;
    } else if (k === K.NAME && p.kAt(1) === K.EQUAL) {
      const s = p.next();
      p.pos++;
      const a = expression(p);
      if (a === null) return null;
      keywords.push(keywordNode(nameNode(s, 'Load').id, a, s, p.last()));
      if (phase === 0) phase = 1;
    } else {
      if (phase !== 0) return null;
      const a = assignmentOrExpression(p);
      if (a === null) return null;
      const k1 = p.k();
      if (first && allowGenexp && (k1 === K.For || k1 === K.Async)) {
        // genexp: '(' ... for_if_clauses ')' spans the call's parentheses.
        const gens = forIfClauses(p);
        if (gens === null || p.k() !== K.RPAR) return null;
        const e = p.next();
        args.push({ kind: 'GeneratorExp', elt: a, generators: gens, lineno: lpar.lineno, col_offset: lpar.col, end_lineno: e.endLineno, end_col_offset: e.endCol });
        return { args, keywords };
      }
      if (k1 === K.EQUAL) return null;
      args.push(a);
    }
    first = false;
    const k2 = p.k();
    if (k2 === K.COMMA) {
      p.pos++;
      if (p.k() === K.RPAR) break;
    } else if (k2 === K.RPAR) {
      break;
    } else {
      return null;
    }
  }
  p.pos++;
  return { args, keywords };
}

function keywordNode(arg: string | null, value: expr, s: Token, e: Token): keyword {
  return { kind: 'keyword', arg, value, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

// ---------------------------------------------------------------- starred_expression

/**
 * starred_expression:
 *   invalid_starred_expression_unpacking  ('*' expression '=' expression)
 *   '*' expression
 *   invalid_starred_expression            ('*')
 */
export function starredExpression(p: Parser): expr | null {
  if (p.k() !== K.STAR) return null;
  const mark = p.pos;
  const s = p.next();
  if (p.invalid) {
    if (expression(p) !== null && p.k() === K.EQUAL) {
      p.pos++;
      const b = expression(p);
      if (b !== null) p.raiseAt('SyntaxError', 'cannot assign to iterable argument unpacking', s.lineno, s.col, b.end_lineno, b.end_col_offset);
    }
    p.pos = mark + 1;
  }
  const a = expression(p);
  if (a !== null) {
    const e = p.last();
    return { kind: 'Starred', value: a, ctx: 'Load', lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }
  if (p.invalid) p.raiseLast('Invalid star expression');
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------- second pass

/** arguments: args [','] &')' | invalid_arguments */
export function argumentsRule(p: Parser): CallArgs | null {
  const start = p.pos;
  const hit = p.memoGet(Rule.arguments);
  return hit !== undefined ? (hit.node as CallArgs | null) : p.memoized(Rule.arguments, start, argumentsBody(p));
}

function argumentsBody(p: Parser): CallArgs | null {
  const mark = p.pos;
  const a = args(p);
  if (a !== null) {
    if (p.k() === K.COMMA) p.pos++;
    if (p.k() === K.RPAR) return a;
  }
  p.pos = mark;
  if (p.invalid) invalidArguments(p);
  p.pos = mark;
  return null;
}

/** One positional element of args: starred_expression | (assignment_expression | expression !':=') !'=' */
function positionalArg(p: Parser): expr | null {
  const mark = p.pos;
  const st = starredExpression(p);
  if (st !== null) return st;
  p.pos = mark;
  const a = assignmentOrExpression(p);
  if (a === null || p.k() === K.EQUAL) {
    p.pos = mark;
    return null;
  }
  return a;
}

/** args: ','.positional+ [',' kwargs] | kwargs */
function args(p: Parser): CallArgs | null {
  const mark = p.pos;
  const first = positionalArg(p);
  if (first !== null) {
    const positional: expr[] = [first];
    for (;;) {
      const m = p.pos;
      if (p.k() !== K.COMMA) break;
      p.pos++;
      const x = positionalArg(p);
      if (x === null) {
        p.pos = m;
        break;
      }
      positional.push(x);
    }
    const result: CallArgs = { args: positional, keywords: [] };
    const m = p.pos;
    if (p.k() === K.COMMA) {
      p.pos++;
      const kw = kwargs(p);
      if (kw !== null) {
        for (const item of kw) {
          if (item.kind === 'keyword') result.keywords.push(item);
          else result.args.push(item);
        }
        return result;
      }
    }
    p.pos = m;
    return result;
  }
  p.pos = mark;
  const kw = kwargs(p);
  if (kw === null) return null;
  const result: CallArgs = { args: [], keywords: [] };
  for (const item of kw) {
    if (item.kind === 'keyword') result.keywords.push(item);
    else result.args.push(item);
  }
  return result;
}

type KwItem = keyword | expr;

/** The gather ','.item+ */
function gather(p: Parser, item: (p: Parser) => KwItem | null): KwItem[] | null {
  const first = item(p);
  if (first === null) return null;
  const items = [first];
  for (;;) {
    const m = p.pos;
    if (p.k() !== K.COMMA) break;
    p.pos++;
    const x = item(p);
    if (x === null) {
      p.pos = m;
      break;
    }
    items.push(x);
  }
  return items;
}

/** kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+ */
function kwargs(p: Parser): KwItem[] | null {
  const mark = p.pos;
  const a = gather(p, kwargOrStarred);
  if (a !== null && p.k() === K.COMMA) {
    p.pos++;
    const b = gather(p, kwargOrDoubleStarred);
    if (b !== null) return a.concat(b);
  }
  p.pos = mark;
  const a2 = gather(p, kwargOrStarred);
  if (a2 !== null) return a2;
  p.pos = mark;
  return gather(p, kwargOrDoubleStarred);
}

/** NAME '=' expression, as a keyword. */
function namedKwarg(p: Parser): keyword | null {
  if (p.k() !== K.NAME || p.kAt(1) !== K.EQUAL) return null;
  const mark = p.pos;
  const s = p.next();
  p.pos++;
  const a = expression(p);
  if (a === null) {
    p.pos = mark;
    return null;
  }
  return keywordNode(nameNode(s, 'Load').id, a, s, p.last());
}

/** kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression */
function kwargOrStarred(p: Parser): KwItem | null {
  if (p.invalid) invalidKwarg(p);
  const mark = p.pos;
  const kw = namedKwarg(p);
  if (kw !== null) return kw;
  p.pos = mark;
  return starredExpression(p);
}

/** kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression */
function kwargOrDoubleStarred(p: Parser): KwItem | null {
  if (p.invalid) invalidKwarg(p);
  const mark = p.pos;
  const kw = namedKwarg(p);
  if (kw !== null) return kw;
  p.pos = mark;
  if (p.k() !== K.DOUBLESTAR) return null;
  const s = p.next();
  const a = expression(p);
  if (a === null) {
    p.pos = mark;
    return null;
  }
  return keywordNode(null, a, s, p.last());
}

// ---------------------------------------------------------------- error rules

function lastComprehensionItem(gens: comprehension[]): expr {
  const last = gens[gens.length - 1] as comprehension;
  return last.ifs.length === 0 ? last.iter : (last.ifs[last.ifs.length - 1] as expr);
}

function invalidArguments(p: Parser): void {
  const mark = p.pos;
  // ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs)
  //   a=',' ','.(starred_expression !'=')+
  {
    let ok = false;
    const first = positionalArg(p);
    if (first !== null) {
      for (;;) {
        const m = p.pos;
        if (p.k() !== K.COMMA) break;
        p.pos++;
        if (positionalArg(p) === null) {
          p.pos = m;
          break;
        }
      }
      if (p.k() === K.COMMA) {
        p.pos++;
        ok = kwargs(p) !== null;
      }
    }
    if (!ok) {
      p.pos = mark;
      ok = kwargs(p) !== null;
    }
    if (ok && p.k() === K.COMMA) {
      const comma = p.next();
      if (starredNotAssigned(p)) {
        for (;;) {
          const m = p.pos;
          if (p.k() !== K.COMMA) break;
          p.pos++;
          if (!starredNotAssigned(p)) {
            p.pos = m;
            break;
          }
        }
        p.raiseFrom(tokLocated(comma), 'iterable argument unpacking follows keyword argument unpacking');
      }
    }
  }
  p.pos = mark;
  // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
  {
    const a = expression(p);
    if (a !== null) {
      const b = forIfClauses(p);
      if (b !== null && p.k() === K.COMMA) {
        p.pos++;
        p.raiseRange(a, lastComprehensionItem(b), 'Generator expression must be parenthesized');
      }
    }
  }
  p.pos = mark;
  // a=NAME b='=' expression for_if_clauses
  if (p.k() === K.NAME && p.kAt(1) === K.EQUAL) {
    const a = p.next();
    const b = p.next();
    if (expression(p) !== null && forIfClauses(p) !== null) {
      p.raiseTokens(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  p.pos = mark;
  // (args ',')? a=NAME b='=' &(',' | ')')
  {
    if (args(p) === null || p.k() !== K.COMMA) p.pos = mark;
    else p.pos++;
    if (p.k() === K.NAME && p.kAt(1) === K.EQUAL) {
      const a = p.next();
      const b = p.next();
      const k = p.k();
      if (k === K.COMMA || k === K.RPAR) p.raiseTokens(a, b, 'expected argument value expression');
    }
  }
  p.pos = mark;
  // a=args b=for_if_clauses
  {
    const a = args(p);
    if (a !== null) {
      const b = forIfClauses(p);
      if (b !== null && a.args.length > 1) {
        p.raiseRange(a.args[a.args.length - 1] as expr, lastComprehensionItem(b), 'Generator expression must be parenthesized');
      }
    }
  }
  p.pos = mark;
  // args ',' a=expression b=for_if_clauses
  if (args(p) !== null && p.k() === K.COMMA) {
    p.pos++;
    const a = expression(p);
    if (a !== null) {
      const b = forIfClauses(p);
      if (b !== null) p.raiseRange(a, lastComprehensionItem(b), 'Generator expression must be parenthesized');
    }
  }
  p.pos = mark;
  // a=args ',' args
  {
    const a = args(p);
    if (a !== null && p.k() === K.COMMA) {
      p.pos++;
      if (args(p) !== null) {
        const unpacking = a.keywords.some((kw) => kw.arg === null);
        p.raiseLast(unpacking ? 'positional argument follows keyword argument unpacking' : 'positional argument follows keyword argument');
      }
    }
  }
  p.pos = mark;
}

/** starred_expression !'=' */
function starredNotAssigned(p: Parser): boolean {
  const m = p.pos;
  if (starredExpression(p) !== null && p.k() !== K.EQUAL) return true;
  p.pos = m;
  return false;
}

function tokLocated(t: Token): { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number } {
  return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

/**
 * invalid_kwarg:
 *   ('True'|'False'|'None') '='          "cannot assign to True"
 *   NAME '=' expression for_if_clauses   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
 *   !(NAME '=') expression '='           "expression cannot contain assignment, perhaps you meant \"==\"?"
 *   '**' expression '=' expression       "cannot assign to keyword argument unpacking"
 */
function invalidKwarg(p: Parser): void {
  const mark = p.pos;
  const k = p.k();
  if ((k === K.True || k === K.False || k === K.None) && p.kAt(1) === K.EQUAL) {
    const a = p.tok();
    p.raiseTokens(a, p.tokens[p.pos + 1] as Token, `cannot assign to ${a.string}`);
  }
  if (k === K.NAME && p.kAt(1) === K.EQUAL) {
    const a = p.next();
    const b = p.next();
    if (expression(p) !== null && forIfClauses(p) !== null) p.raiseTokens(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    p.pos = mark;
  } else {
    const a = expression(p);
    if (a !== null && p.k() === K.EQUAL) {
      p.raiseAt('SyntaxError', 'expression cannot contain assignment, perhaps you meant "=="?', a.lineno, a.col_offset, p.tok().endLineno, p.tok().endCol);
    }
    p.pos = mark;
  }
  if (p.k() === K.DOUBLESTAR) {
    const a = p.next();
    if (expression(p) !== null && p.k() === K.EQUAL) {
      p.pos++;
      const b = expression(p);
      if (b !== null) p.raiseAt('SyntaxError', 'cannot assign to keyword argument unpacking', a.lineno, a.col, b.end_lineno, b.end_col_offset);
    }
  }
  p.pos = mark;
}
