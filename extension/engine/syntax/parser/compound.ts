/**
 * Compound statements. Grammar rules: compound_stmt, block, decorators, class_def, class_def_raw,
 * function_def, function_def_raw, if_stmt, elif_stmt, else_block, while_stmt, for_stmt,
 * with_stmt, with_item, try_stmt, except_block, except_star_block, finally_block; and the error
 * rules invalid_block, invalid_def_raw, invalid_class_def_raw, invalid_if_stmt,
 * invalid_elif_stmt, invalid_else_stmt, invalid_while_stmt, invalid_for_stmt,
 * invalid_for_target, invalid_with_stmt, invalid_with_stmt_indent, invalid_with_item,
 * invalid_try_stmt, invalid_except_stmt, invalid_except_star_stmt, invalid_finally_stmt,
 * invalid_except_stmt_indent, invalid_except_star_stmt_indent.
 *
 * A block is parsed once: where alternatives share a prefix ending in a block (if with or
 * without elif, the three try forms), the token after the block picks the alternative.
 */
import type { excepthandler, expr, keyword, stmt, type_param, withitem } from '../ast';
import type { Token } from '../tokens';
import { argumentsRule, fastCallArguments } from './arguments';
import { invalidForTarget } from './comprehensions';
import { expression, expressions, namedExpression, starExpressions } from './expressions';
import * as kinds from './kinds';
import { Rule } from './memo';
import { exprName, identifier } from './nodes';
import { DEF, emptyArguments, params } from './parameters';
import { matchStatement } from './patterns';
import type { Parser } from './state';
import { simpleStmts, statements } from './statements';
import { invalidTarget, starTarget, starTargets } from './targets';
import { typeParams } from './typeparams';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K } = kinds;

export function compoundStatement(p: Parser): stmt | null {
  switch (p.k()) {
    case K.Def: return functionDef(p, []);
    case K.AT: return decorated(p);
    case K.Async:
      switch (p.kAt(1)) {
        case K.Def: return functionDef(p, []);
        case K.With: return withStmt(p);
        case K.For: return forStmt(p);
        default: return null;
      }
    case K.If: return ifStmt(p);
    case K.Class: return classDef(p, []);
    case K.With: return withStmt(p);
    case K.For: return forStmt(p);
    case K.Try: return tryStmt(p);
    case K.While: return whileStmt(p);
    case K.NAME: return p.tok().string === 'match' ? matchStatement(p) : null;
    default: return null;
  }
}

// ---------------------------------------------------------------- blocks

/** block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
export function block(p: Parser): stmt[] | null {
  if (!p.secondPass) return blockBody(p);
  const start = p.pos;
  const hit = p.memoGet(Rule.block);
  return hit !== undefined ? (hit.node as stmt[] | null) : p.memoized(Rule.block, start, blockBody(p));
}

function blockBody(p: Parser): stmt[] | null {
  const mark = p.pos;
  const body: stmt[] = [];
  if (p.k() === K.NEWLINE) {
    if (p.kAt(1) === K.INDENT) {
      p.pos += 2;
      p.depth += p.levels.block;
      const ok = statements(p, body);
      p.depth -= p.levels.block;
      if (ok && p.k() === K.DEDENT) {
        p.pos++;
        return body;
      }
      p.pos = mark;
      body.length = 0;
    }
  } else if (simpleStmts(p, body)) {
    return body;
  }
  p.pos = mark;
  if (p.invalid && p.k() === K.NEWLINE && p.kAt(1) !== K.INDENT) p.raiseLast('expected an indented block', 'IndentationError');
  return null;
}

/** NEWLINE !INDENT after a header: the IndentationError of the invalid_*_indent rules. */
function missingIndent(p: Parser, what: string, line: number): void {
  if (p.k() === K.NEWLINE && p.kAt(1) !== K.INDENT) {
    p.raiseLast(`expected an indented block after ${what} on line ${line}`, 'IndentationError');
  }
}

/** A forced token (&&'x'): CPython raises "expected 'x'" at once when it is missing. */
function forced(p: Parser, kind: number, text: string): Token {
  if (p.k() !== kind) p.raiseToken(p.tok(), `expected '${text}'`);
  return p.next();
}

// ---------------------------------------------------------------- decorators, def, class

/** decorators: ('@' named_expression NEWLINE)+, then the function or class. */
function decorated(p: Parser): stmt | null {
  const mark = p.pos;
  const decorators: expr[] = [];
  while (p.k() === K.AT) {
    const m = p.pos;
    p.pos++;
    const d = namedExpression(p);
    if (d === null || p.k() !== K.NEWLINE) {
      p.pos = m;
      break;
    }
    p.pos++;
    decorators.push(d);
  }
  if (decorators.length === 0) return null;
  let r: stmt | null = null;
  const k = p.k();
  if (k === K.Def || (k === K.Async && p.kAt(1) === K.Def)) r = functionDef(p, decorators);
  else if (k === K.Class) r = classDef(p, decorators);
  if (r === null) p.pos = mark;
  return r;
}

/** function_def_raw (invalid_def_raw first), with the given decorators. */
function functionDef(p: Parser, decorators: expr[]): stmt | null {
  const mark = p.pos;
  if (p.invalid) invalidDefRaw(p);
  const s = p.tok();
  const isAsync = p.k() === K.Async;
  if (isAsync) p.pos++;
  p.pos++; // 'def'
  const n = p.eat(K.NAME);
  if (n === null) return fail(p, mark);
  const tp = optionalTypeParams(p);
  if (p.k() !== K.LPAR) return fail(p, mark);
  p.pos++;
  const m = p.pos;
  let args = params(p, DEF);
  if (args === null) {
    p.pos = m;
    args = emptyArguments();
  }
  if (p.k() !== K.RPAR) return fail(p, mark);
  p.pos++;
  let returns: expr | null = null;
  if (p.k() === K.RARROW) {
    const m2 = p.pos;
    p.pos++;
    returns = expression(p);
    if (returns === null) p.pos = m2;
  }
  if (p.k() !== K.COLON) return fail(p, mark);
  p.pos++;
  const body = block(p);
  if (body === null) return fail(p, mark);
  const e = p.last();
  return {
    kind: isAsync ? 'AsyncFunctionDef' : 'FunctionDef',
    name: identifier(n), args, body, decorator_list: decorators, returns, type_comment: null, type_params: tp,
    lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol,
  };
}

function fail(p: Parser, mark: number): null {
  p.pos = mark;
  return null;
}

function optionalTypeParams(p: Parser): type_param[] {
  if (p.k() !== K.LSQB) return [];
  const m = p.pos;
  const tp = typeParams(p);
  if (tp === null) {
    p.pos = m;
    return [];
  }
  return tp;
}

/**
 * invalid_def_raw:
 *   ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
 *   ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block
 */
function invalidDefRaw(p: Parser): void {
  const mark = p.pos;
  if (p.k() === K.Async) p.pos++;
  const def = p.next();
  if (p.eat(K.NAME) === null) {
    p.pos = mark;
    return;
  }
  optionalTypeParams(p);
  const afterHeader = p.pos;
  if (p.k() === K.LPAR) {
    p.pos++;
    const m = p.pos;
    if (params(p, DEF) === null) p.pos = m;
    if (p.k() === K.RPAR) {
      p.pos++;
      skipReturnAnnotation(p);
      if (p.k() === K.COLON) {
        p.pos++;
        missingIndent(p, 'function definition', def.lineno);
      }
    }
  }
  p.pos = afterHeader;
  forced(p, K.LPAR, '(');
  const m = p.pos;
  if (params(p, DEF) === null) p.pos = m;
  if (p.k() === K.RPAR) {
    p.pos++;
    skipReturnAnnotation(p);
    forced(p, K.COLON, ':');
    block(p);
  }
  p.pos = mark;
}

function skipReturnAnnotation(p: Parser): void {
  if (p.k() !== K.RARROW) return;
  const m = p.pos;
  p.pos++;
  if (expression(p) === null) p.pos = m;
}

/** class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block */
function classDef(p: Parser, decorators: expr[]): stmt | null {
  const mark = p.pos;
  if (p.invalid) invalidClassDefRaw(p);
  const s = p.next();
  const n = p.eat(K.NAME);
  if (n === null) return fail(p, mark);
  const tp = optionalTypeParams(p);
  let bases: expr[] = [];
  let keywords: keyword[] = [];
  if (p.k() === K.LPAR) {
    const m = p.pos;
    const a = classArguments(p);
    if (a === null) p.pos = m;
    else {
      bases = a.args;
      keywords = a.keywords;
    }
  }
  if (p.k() !== K.COLON) return fail(p, mark);
  p.pos++;
  const body = block(p);
  if (body === null) return fail(p, mark);
  const e = p.last();
  return {
    kind: 'ClassDef', name: identifier(n), bases, keywords, body, decorator_list: decorators, type_params: tp,
    lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol,
  };
}

/** '(' [arguments] ')' of a class statement (no lone generator argument here). */
function classArguments(p: Parser): { args: expr[]; keywords: keyword[] } | null {
  if (!p.invalid) return fastCallArguments(p, false);
  const mark = p.pos;
  p.pos++;
  const a = argumentsRule(p);
  if (p.k() !== K.RPAR) {
    p.pos = mark;
    return null;
  }
  p.pos++;
  return a ?? { args: [], keywords: [] };
}

/**
 * invalid_class_def_raw:
 *   'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE          "expected ':'"
 *   'class' NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT
 */
function invalidClassDefRaw(p: Parser): void {
  const mark = p.pos;
  const cls = p.next();
  if (p.eat(K.NAME) !== null) {
    optionalTypeParams(p);
    if (p.k() === K.LPAR) {
      const m = p.pos;
      if (classArguments(p) === null) p.pos = m;
    }
    if (p.k() === K.NEWLINE) p.raiseLast("expected ':'");
    if (p.k() === K.COLON) {
      p.pos++;
      missingIndent(p, 'class definition', cls.lineno);
    }
  }
  p.pos = mark;
}

// ---------------------------------------------------------------- if, while

/**
 * The header checks of invalid_if_stmt, invalid_elif_stmt and invalid_while_stmt:
 *   keyword named_expression NEWLINE              "expected ':'"
 *   keyword named_expression ':' NEWLINE !INDENT  IndentationError
 */
function invalidConditionHeader(p: Parser, what: string): void {
  const mark = p.pos;
  const kw = p.next();
  const cond = namedExpression(p);
  if (cond !== null && p.k() === K.NEWLINE) p.raiseLast("expected ':'");
  p.pos = mark + 1;
  const cond2 = namedExpression(p);
  if (cond2 !== null && p.k() === K.COLON) {
    p.pos++;
    // invalid_if_stmt names its condition `a` too, so the line reported is the condition's.
    missingIndent(p, `'${what}' statement`, what === 'if' ? cond2.lineno : kw.lineno);
  }
  p.pos = mark;
}

/** if_stmt, and elif_stmt (`elif` set): keyword named_expression ':' block (elif_stmt | [else_block]) */
function ifStmt(p: Parser, elif = false): stmt | null {
  const mark = p.pos;
  if (p.invalid) invalidConditionHeader(p, elif ? 'elif' : 'if');
  const s = p.next();
  const test = namedExpression(p);
  if (test === null || p.k() !== K.COLON) return fail(p, mark);
  p.pos++;
  const body = block(p);
  if (body === null) return fail(p, mark);
  let orelse: stmt[] = [];
  if (p.k() === K.Elif) {
    const m = p.pos;
    const next = ifStmt(p, true);
    if (next !== null) orelse = [next];
    else {
      p.pos = m;
      orelse = optionalElse(p);
    }
  } else {
    orelse = optionalElse(p);
  }
  const e = p.last();
  return { kind: 'If', test, body, orelse, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** [else_block]: else_block is invalid_else_stmt | 'else' &&':' block */
function optionalElse(p: Parser): stmt[] {
  if (p.k() !== K.Else) return [];
  const mark = p.pos;
  if (p.invalid) {
    const kw = p.next();
    if (p.k() === K.COLON) {
      p.pos++;
      missingIndent(p, "'else' statement", kw.lineno);
      p.pos = mark + 2;
      if (block(p) !== null && p.k() === K.Elif) p.raiseLast("'elif' block follows an 'else' block");
    }
    p.pos = mark;
  }
  p.pos++;
  forced(p, K.COLON, ':');
  const b = block(p);
  if (b === null) {
    p.pos = mark;
    return [];
  }
  return b;
}

/** while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block] */
function whileStmt(p: Parser): stmt | null {
  const mark = p.pos;
  if (p.invalid) invalidConditionHeader(p, 'while');
  const s = p.next();
  const test = namedExpression(p);
  if (test === null || p.k() !== K.COLON) return fail(p, mark);
  p.pos++;
  const body = block(p);
  if (body === null) return fail(p, mark);
  const orelse = optionalElse(p);
  const e = p.last();
  return { kind: 'While', test, body, orelse, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

// ---------------------------------------------------------------- for

/** for_stmt: invalid_for_stmt | ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block] | invalid_for_target */
function forStmt(p: Parser): stmt | null {
  const mark = p.pos;
  if (p.invalid) invalidForStmt(p);
  const s = p.tok();
  const isAsync = p.k() === K.Async;
  if (isAsync) p.pos++;
  p.pos++; // 'for'
  const target = starTargets(p);
  if (target !== null && p.k() === K.In) {
    p.pos++;
    // The cut: from here the statement parses or fails, with no other alternative.
    const iter = starExpressions(p);
    if (iter === null || p.k() !== K.COLON) return fail(p, mark);
    p.pos++;
    const body = block(p);
    if (body === null) return fail(p, mark);
    const orelse = optionalElse(p);
    const e = p.last();
    return {
      kind: isAsync ? 'AsyncFor' : 'For', target, iter, body, orelse, type_comment: null,
      lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol,
    };
  }
  if (p.invalid) invalidForTarget(p, mark);
  return fail(p, mark);
}

/**
 * invalid_for_stmt:
 *   ['async'] 'for' star_targets 'in' star_expressions NEWLINE              "expected ':'"
 *   ['async'] 'for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
 */
function invalidForStmt(p: Parser): void {
  const mark = p.pos;
  if (p.k() === K.Async) p.pos++;
  const kw = p.next();
  if (starTargets(p) !== null && p.k() === K.In) {
    p.pos++;
    if (starExpressions(p) !== null) {
      if (p.k() === K.NEWLINE) p.raiseLast("expected ':'");
      if (p.k() === K.COLON) {
        p.pos++;
        missingIndent(p, "'for' statement", kw.lineno);
      }
    }
  }
  p.pos = mark;
}

// ---------------------------------------------------------------- with

/**
 * with_stmt: invalid_with_stmt_indent
 *   | ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
 *   | ['async'] 'with' ','.with_item+ ':' block
 *   | invalid_with_stmt
 */
function withStmt(p: Parser): stmt | null {
  const mark = p.pos;
  if (p.invalid) invalidWithStmt(p, mark, true);
  const s = p.tok();
  const isAsync = p.k() === K.Async;
  if (isAsync) p.pos++;
  p.pos++; // 'with'
  const afterWith = p.pos;
  let items: withitem[] | null = null;
  if (p.k() === K.LPAR) {
    p.pos++;
    items = withItems(p);
    if (items !== null) {
      if (p.k() === K.COMMA) p.pos++;
      if (p.k() === K.RPAR && p.kAt(1) === K.COLON) p.pos++;
      else items = null;
    }
    if (items === null) p.pos = afterWith;
  }
  if (items === null) {
    items = withItems(p);
    if (items === null || p.k() !== K.COLON) {
      if (p.invalid) invalidWithStmt(p, mark, false);
      return fail(p, mark);
    }
  }
  p.pos++; // ':'
  const body = block(p);
  if (body === null) {
    if (p.invalid) invalidWithStmt(p, mark, false);
    return fail(p, mark);
  }
  const e = p.last();
  return { kind: isAsync ? 'AsyncWith' : 'With', items, body, type_comment: null, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** ','.with_item+ */
function withItems(p: Parser): withitem[] | null {
  const first = withItem(p);
  if (first === null) return null;
  const items = [first];
  for (;;) {
    const m = p.pos;
    if (p.k() !== K.COMMA) break;
    p.pos++;
    const x = withItem(p);
    if (x === null) {
      p.pos = m;
      break;
    }
    items.push(x);
  }
  return items;
}

/** with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression */
function withItem(p: Parser): withitem | null {
  const e = expression(p);
  if (e === null) return null;
  const afterExpr = p.pos;
  if (p.k() === K.As) {
    p.pos++;
    const t = starTarget(p);
    if (t !== null) {
      const k = p.k();
      if (k === K.COMMA || k === K.RPAR || k === K.COLON) return { kind: 'withitem', context_expr: e, optional_vars: t };
    }
    if (p.invalid) {
      // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
      p.pos = afterExpr + 1;
      const a = expression(p);
      if (a !== null) {
        const k = p.k();
        if (k === K.COMMA || k === K.RPAR || k === K.COLON) invalidTarget(p, a, 'star');
      }
    }
    p.pos = afterExpr;
  }
  return { kind: 'withitem', context_expr: e, optional_vars: null };
}

/** ','.(expression ['as' star_target])+ (or `expressions` in the parenthesized form) */
function looseWithItems(p: Parser, parenthesized: boolean): boolean {
  let n = 0;
  for (;;) {
    const m = p.pos;
    if (n > 0) {
      if (p.k() !== K.COMMA) break;
      p.pos++;
    }
    const e = parenthesized ? expressions(p) : expression(p);
    if (e === null) {
      p.pos = m;
      break;
    }
    if (p.k() === K.As) {
      const ma = p.pos;
      p.pos++;
      if (starTarget(p) === null) p.pos = ma;
    }
    n++;
  }
  return n > 0;
}

/**
 * invalid_with_stmt_indent (`indent`) and invalid_with_stmt:
 *   ['async'] 'with' ','.(expression ['as' star_target])+ (NEWLINE | ':' NEWLINE !INDENT)
 *   ['async'] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' (NEWLINE | ':' NEWLINE !INDENT)
 */
function invalidWithStmt(p: Parser, start: number, indent: boolean): void {
  const mark = p.pos;
  p.pos = start;
  if (p.k() === K.Async) p.pos++;
  const kw = p.next();
  const afterWith = p.pos;
  for (const parenthesized of [false, true]) {
    p.pos = afterWith;
    if (parenthesized) {
      if (p.k() !== K.LPAR) continue;
      p.pos++;
    }
    if (!looseWithItems(p, parenthesized)) continue;
    if (parenthesized) {
      if (p.k() === K.COMMA) p.pos++;
      if (p.k() !== K.RPAR) continue;
      p.pos++;
    }
    if (indent) {
      if (p.k() === K.COLON) {
        p.pos++;
        missingIndent(p, "'with' statement", kw.lineno);
      }
    } else if (p.k() === K.NEWLINE) {
      p.raiseLast("expected ':'");
    }
  }
  p.pos = mark;
}

// ---------------------------------------------------------------- try

/** try_stmt: invalid_try_stmt | 'try' &&':' block (finally_block | except_block+ ... | except_star_block+ ...) */
function tryStmt(p: Parser): stmt | null {
  const mark = p.pos;
  if (p.invalid) invalidTryStmt(p);
  const s = p.next();
  forced(p, K.COLON, ':');
  const body = block(p);
  if (body === null) return fail(p, mark);
  const handlers: excepthandler[] = [];
  let star = false;
  if (p.k() === K.Finally) {
    const f = finallyBlock(p);
    if (f === null) return fail(p, mark);
    const e = p.last();
    return { kind: 'Try', body, handlers, orelse: [], finalbody: f, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }
  if (p.k() === K.Except) {
    star = p.kAt(1) === K.STAR;
    for (;;) {
      if (p.k() !== K.Except) break;
      const h = star ? exceptStarBlock(p) : exceptBlock(p);
      if (h === null) break;
      handlers.push(h);
    }
  }
  if (handlers.length === 0) return fail(p, mark);
  const orelse = optionalElse(p);
  let finalbody: stmt[] = [];
  if (p.k() === K.Finally) {
    const m = p.pos;
    const f = finallyBlock(p);
    if (f === null) p.pos = m;
    else finalbody = f;
  }
  const e = p.last();
  return { kind: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** finally_block: invalid_finally_stmt | 'finally' &&':' block */
function finallyBlock(p: Parser): stmt[] | null {
  const mark = p.pos;
  const kw = p.next();
  if (p.invalid && p.k() === K.COLON) {
    p.pos++;
    missingIndent(p, "'finally' statement", kw.lineno);
    p.pos = mark + 1;
  }
  forced(p, K.COLON, ':');
  const b = block(p);
  if (b === null) p.pos = mark;
  return b;
}

/**
 * except_block: invalid_except_stmt_indent
 *   | 'except' expression ':' block | 'except' expression 'as' NAME ':' block
 *   | 'except' expressions ':' block | 'except' ':' block | invalid_except_stmt
 */
function exceptBlock(p: Parser): excepthandler | null {
  return handler(p, false);
}

/** except_star_block: the same after 'except' '*' (and no bare form). */
function exceptStarBlock(p: Parser): excepthandler | null {
  return handler(p, true);
}

function handler(p: Parser, star: boolean): excepthandler | null {
  const mark = p.pos;
  if (p.invalid) invalidExceptIndent(p, star);
  const s = p.next(); // 'except'
  if (star) {
    if (p.k() !== K.STAR) return fail(p, mark);
    p.pos++;
  }
  let type: expr | null = null;
  let name: string | null = null;
  if (!(p.k() === K.COLON && !star)) {
    const e = expression(p);
    if (e === null) return failHandler(p, mark, star);
    type = e;
    if (p.k() === K.As) {
      const m = p.pos;
      p.pos++;
      const n = p.eat(K.NAME);
      if (n !== null && p.k() === K.COLON) name = identifier(n);
      else p.pos = m;
    }
    if (name === null && p.k() === K.COMMA) {
      // 'except' expressions ':' — an unparenthesized tuple (PEP 758).
      p.pos = mark + (star ? 2 : 1);
      type = expressions(p);
      if (type === null) return failHandler(p, mark, star);
    }
  }
  if (p.k() !== K.COLON) return failHandler(p, mark, star);
  p.pos++;
  const body = block(p);
  if (body === null) return failHandler(p, mark, star);
  const e = p.last();
  return { kind: 'ExceptHandler', type, name, body, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

function failHandler(p: Parser, mark: number, star: boolean): null {
  p.pos = mark;
  if (p.invalid) invalidExceptStmt(p, star);
  p.pos = mark;
  return null;
}

/**
 * invalid_except_stmt_indent / invalid_except_star_stmt_indent:
 *   'except' ['*'] expression ['as' NAME] ':' NEWLINE !INDENT   (and 'except' ':' NEWLINE !INDENT)
 */
function invalidExceptIndent(p: Parser, star: boolean): void {
  const mark = p.pos;
  const kw = p.next();
  const what = star ? "'except*' statement" : "'except' statement";
  if (star) {
    if (p.k() !== K.STAR) {
      p.pos = mark;
      return;
    }
    p.pos++;
  }
  const afterKw = p.pos;
  if (expression(p) !== null) {
    if (p.k() === K.As) {
      const m = p.pos;
      p.pos++;
      if (p.eat(K.NAME) === null) p.pos = m;
    }
    if (p.k() === K.COLON) {
      p.pos++;
      missingIndent(p, what, kw.lineno);
    }
  }
  p.pos = afterKw;
  if (!star && p.k() === K.COLON) {
    p.pos++;
    missingIndent(p, what, kw.lineno);
  }
  p.pos = mark;
}

/**
 * invalid_except_stmt / invalid_except_star_stmt:
 *   'except' ['*'] expression ',' expressions 'as' NAME ':'   "multiple exception types must be parenthesized when using 'as'"
 *   'except' ['*'] expression ['as' NAME] NEWLINE             "expected ':'"
 *   'except' NEWLINE                                          "expected ':'"
 *   'except' '*' (NEWLINE | ':')                              "expected one or more exception types"
 *   'except' ['*'] expression 'as' expression ':' block       "cannot use except[*] statement with ..."
 */
function invalidExceptStmt(p: Parser, star: boolean): void {
  const mark = p.pos;
  p.pos++;
  if (star) {
    if (p.k() !== K.STAR) {
      p.pos = mark;
      return;
    }
    p.pos++;
  }
  const afterKw = p.pos;
  const a = expression(p);
  if (a !== null && p.k() === K.COMMA) {
    p.pos++;
    if (expressions(p) !== null && p.k() === K.As && p.kAt(1) === K.NAME && p.kAt(2) === K.COLON) {
      p.pos += 3;
      p.raiseFrom(a, "multiple exception types must be parenthesized when using 'as'");
    }
  }
  p.pos = afterKw;
  if (expression(p) !== null) {
    if (p.k() === K.As) {
      const m = p.pos;
      p.pos++;
      if (p.eat(K.NAME) === null) p.pos = m;
    }
    if (p.k() === K.NEWLINE) p.raiseLast("expected ':'");
  }
  p.pos = afterKw;
  if (!star && p.k() === K.NEWLINE) p.raiseLast("expected ':'");
  if (star && (p.k() === K.NEWLINE || p.k() === K.COLON)) p.raiseLast('expected one or more exception types');
  if (expression(p) !== null && p.k() === K.As) {
    p.pos++;
    const b = expression(p);
    if (b !== null && p.k() === K.COLON) {
      p.pos++;
      if (block(p) !== null) p.raiseNode(b, `cannot use except${star ? '*' : ''} statement with ${exprName(b)}`);
    }
  }
  p.pos = mark;
}

/**
 * invalid_try_stmt:
 *   'try' ':' NEWLINE !INDENT
 *   'try' ':' block !('except' | 'finally')                   "expected 'except' or 'finally' block"
 *   'try' ':' block* except_block+ 'except' '*' expression ['as' NAME] ':'
 *   'try' ':' block* except_star_block+ 'except' [expression ['as' NAME]] ':'
 *                                                 "cannot have both 'except' and 'except*' on the same 'try'"
 */
function invalidTryStmt(p: Parser): void {
  const mark = p.pos;
  const kw = p.next();
  if (p.k() !== K.COLON) {
    p.pos = mark;
    return;
  }
  p.pos++;
  missingIndent(p, "'try' statement", kw.lineno);
  const afterColon = p.pos;
  if (block(p) !== null) {
    const k = p.k();
    if (k !== K.Except && k !== K.Finally) p.raiseLast("expected 'except' or 'finally' block");
  }
  for (const star of [false, true]) {
    p.pos = afterColon;
    while (block(p) !== null) { /* block* */ }
    let n = 0;
    for (;;) {
      const m = p.pos;
      if (p.k() !== K.Except) break;
      const h = star ? exceptStarBlock(p) : exceptBlock(p);
      if (h === null) {
        p.pos = m;
        break;
      }
      n++;
    }
    if (n === 0 || p.k() !== K.Except) continue;
    const a = p.next();
    if (!star) {
      if (p.k() !== K.STAR) continue;
      const b = p.next();
      if (expression(p) === null) continue;
      if (p.k() === K.As && p.kAt(1) === K.NAME) p.pos += 2;
      if (p.k() === K.COLON) p.raiseTokens(a, b, "cannot have both 'except' and 'except*' on the same 'try'");
    } else {
      const m = p.pos;
      if (expression(p) !== null) {
        if (p.k() === K.As && p.kAt(1) === K.NAME) p.pos += 2;
      } else {
        p.pos = m;
      }
      if (p.k() === K.COLON) p.raiseToken(a, "cannot have both 'except' and 'except*' on the same 'try'");
    }
  }
  p.pos = mark;
}
