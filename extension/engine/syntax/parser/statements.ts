/**
 * Statements and simple statements. Grammar rules: file, statements, statement, simple_stmts,
 * simple_stmt, assignment, annotated_rhs, augassign, return_stmt, raise_stmt, pass_stmt,
 * break_stmt, continue_stmt, global_stmt, nonlocal_stmt, del_stmt, yield_stmt, assert_stmt,
 * type_alias; and the error rules invalid_assignment, invalid_ann_assign_target,
 * invalid_del_stmt. Imports are in imports.ts, compound statements in compound.ts.
 *
 * The first pass reads an assignment's left side once, as star_expressions, and lets the token
 * after it decide (toStarTarget then checks it is a target); the second pass tries
 * `assignment`'s alternatives in order so that invalid_assignment and the expression error rules
 * it reaches fire in CPython's order.
 */
import type { expr, Module, operator, stmt } from '../ast';
import type { Token } from '../tokens';
import { compoundStatement } from './compound';
import { expression, starExpressions, starNamedExpression, starNamedExpressions, yieldExpr } from './expressions';
import { importStatement } from './imports';
import * as kinds from './kinds';
import { Rule } from './memo';
import { exprName, nameNode } from './nodes';
import type { Parser } from './state';
import { delTargets, invalidTarget, singleSubscriptAttributeTarget, singleTarget, starTargets, toStarTarget } from './targets';
import { typeParams } from './typeparams';
import { tupleOrListForError } from './atoms';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K } = kinds;

// ---------------------------------------------------------------- file, statements

/** file: [statements] ENDMARKER. Null when the input does not parse. */
export function file(p: Parser): Module | null {
  const body: stmt[] = [];
  while (p.k() !== K.ENDMARKER) {
    if (!statement(p, body)) return null;
  }
  return { kind: 'Module', body, type_ignores: [] };
}

/** statements: statement+, appended to `out`; false when not even one parses. */
export function statements(p: Parser, out: stmt[]): boolean {
  if (!statement(p, out)) return false;
  for (;;) {
    const mark = p.pos;
    if (!statement(p, out)) {
      p.pos = mark;
      return true;
    }
  }
}

/** statement: compound_stmt | simple_stmts */
function statement(p: Parser, out: stmt[]): boolean {
  const c = compoundStatement(p);
  if (c !== null) {
    p.registerStatement(c.lineno);
    out.push(c);
    return true;
  }
  return simpleStmts(p, out);
}

/** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
export function simpleStmts(p: Parser, out: stmt[]): boolean {
  const mark = p.pos;
  const n = out.length;
  const a = simpleStmt(p);
  if (a === null) return false;
  out.push(a);
  while (p.k() === K.SEMI) {
    p.pos++;
    const m = p.pos;
    const b = simpleStmt(p);
    if (b === null) {
      p.pos = m;
      break;
    }
    out.push(b);
  }
  if (p.k() === K.NEWLINE) {
    p.pos++;
    return true;
  }
  p.pos = mark;
  out.length = n;
  return false;
}

// ---------------------------------------------------------------- simple_stmt

export function simpleStmt(p: Parser): stmt | null {
  if (!p.secondPass) return simpleStmtFast(p);
  const start = p.pos;
  const hit = p.memoGet(Rule.simpleStmt);
  return hit !== undefined ? (hit.node as stmt | null) : p.memoized(Rule.simpleStmt, start, simpleStmtRules(p));
}

/** The first pass: dispatch on the first token, and read assignments as expressions first. */
function simpleStmtFast(p: Parser): stmt | null {
  switch (p.k()) {
    case K.Return: return returnStmt(p);
    case K.Import:
    case K.From:
      return importStatement(p);
    case K.Raise: return raiseStmt(p);
    case K.Pass: return keywordStmt(p, 'Pass');
    case K.Break: return keywordStmt(p, 'Break');
    case K.Continue: return keywordStmt(p, 'Continue');
    case K.Del: return delStmt(p);
    case K.Yield: return yieldStmt(p);
    case K.Assert: return assertStmt(p);
    case K.Global: return namesStmt(p, 'Global');
    case K.Nonlocal: return namesStmt(p, 'Nonlocal');
    case K.NAME:
      if (p.kAt(1) === K.NAME && p.tok().string === 'type') {
        const mark = p.pos;
        const t = typeAlias(p);
        if (t !== null) return t;
        p.pos = mark;
      }
      break;
    default:
      break;
  }
  return assignmentOrExpression(p);
}

function assignmentOrExpression(p: Parser): stmt | null {
  const mark = p.pos;
  const s = p.tok();
  if (p.k() === K.NAME && p.kAt(1) === K.COLON) {
    // NAME ':' expression ['=' annotated_rhs]
    p.pos += 2;
    const annotation = expression(p);
    if (annotation === null) {
      p.pos = mark;
      return null;
    }
    const value = optionalAssignedValue(p);
    return annAssign(p, nameNode(s, 'Store'), annotation, value, 1, s);
  }
  const e = starExpressions(p);
  if (e === null) return null;
  const k = p.k();
  if (k === K.EQUAL) {
    const targets: expr[] = [e];
    let value: expr;
    for (;;) {
      p.pos++;
      const rhs = annotatedRhs(p);
      if (rhs === null) {
        p.pos = mark;
        return null;
      }
      if (p.k() !== K.EQUAL) {
        value = rhs;
        break;
      }
      targets.push(rhs);
    }
    for (const t of targets) {
      if (!toStarTarget(t)) {
        p.pos = mark;
        return null;
      }
    }
    const e2 = p.last();
    return { kind: 'Assign', targets, value, type_comment: null, lineno: s.lineno, col_offset: s.col, end_lineno: e2.endLineno, end_col_offset: e2.endCol };
  }
  if (k === K.COLON) {
    // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    const single = e.kind === 'Attribute' || e.kind === 'Subscript' || (e.kind === 'Name' && p.kinds[mark] === K.LPAR);
    if (!single) {
      p.pos = mark;
      return null;
    }
    p.pos++;
    const annotation = expression(p);
    if (annotation === null) {
      p.pos = mark;
      return null;
    }
    (e as { ctx: string }).ctx = 'Store';
    return annAssign(p, e, annotation, optionalAssignedValue(p), 0, s);
  }
  const op = AUGASSIGN[k];
  if (op !== undefined) {
    if (e.kind !== 'Name' && e.kind !== 'Attribute' && e.kind !== 'Subscript') {
      p.pos = mark;
      return null;
    }
    p.pos++;
    const value = annotatedRhs(p);
    if (value === null) {
      p.pos = mark;
      return null;
    }
    e.ctx = 'Store';
    const e2 = p.last();
    return { kind: 'AugAssign', target: e, op, value, lineno: s.lineno, col_offset: s.col, end_lineno: e2.endLineno, end_col_offset: e2.endCol };
  }
  const e2 = p.last();
  return { kind: 'Expr', value: e, lineno: s.lineno, col_offset: s.col, end_lineno: e2.endLineno, end_col_offset: e2.endCol };
}

/** ['=' annotated_rhs] after an annotation. */
function optionalAssignedValue(p: Parser): expr | null {
  if (p.k() !== K.EQUAL) return null;
  const m = p.pos;
  p.pos++;
  const value = annotatedRhs(p);
  if (value === null) p.pos = m;
  return value;
}

function annAssign(p: Parser, target: expr, annotation: expr, value: expr | null, simple: number, s: Token): stmt {
  const e = p.last();
  return { kind: 'AnnAssign', target, annotation, value, simple, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** annotated_rhs: yield_expr | star_expressions */
export function annotatedRhs(p: Parser): expr | null {
  if (p.k() === K.Yield) return yieldExpr(p);
  return starExpressions(p);
}

const AUGASSIGN: (operator | undefined)[] = [];
AUGASSIGN[K.PLUSEQUAL] = 'Add';
AUGASSIGN[K.MINEQUAL] = 'Sub';
AUGASSIGN[K.STAREQUAL] = 'Mult';
AUGASSIGN[K.ATEQUAL] = 'MatMult';
AUGASSIGN[K.SLASHEQUAL] = 'Div';
AUGASSIGN[K.PERCENTEQUAL] = 'Mod';
AUGASSIGN[K.AMPEREQUAL] = 'BitAnd';
AUGASSIGN[K.VBAREQUAL] = 'BitOr';
AUGASSIGN[K.CIRCUMFLEXEQUAL] = 'BitXor';
AUGASSIGN[K.LEFTSHIFTEQUAL] = 'LShift';
AUGASSIGN[K.RIGHTSHIFTEQUAL] = 'RShift';
AUGASSIGN[K.DOUBLESTAREQUAL] = 'Pow';
AUGASSIGN[K.DOUBLESLASHEQUAL] = 'FloorDiv';

// ---------------------------------------------------------------- second pass: simple_stmt as written

function simpleStmtRules(p: Parser): stmt | null {
  const mark = p.pos;
  const s = p.tok();
  const a = assignmentRules(p);
  if (a !== null) return a;
  p.pos = mark;
  if (p.isSoft('type')) {
    const t = typeAlias(p);
    if (t !== null) return t;
    p.pos = mark;
  }
  const e = starExpressions(p);
  if (e !== null) {
    const e2 = p.last();
    return { kind: 'Expr', value: e, lineno: s.lineno, col_offset: s.col, end_lineno: e2.endLineno, end_col_offset: e2.endCol };
  }
  p.pos = mark;
  switch (p.k()) {
    case K.Return: return returnStmt(p);
    case K.Import:
    case K.From:
      return importStatement(p);
    case K.Raise: return raiseStmt(p);
    case K.Pass: return keywordStmt(p, 'Pass');
    case K.Del: return delStmt(p);
    case K.Yield: return yieldStmt(p);
    case K.Assert: return assertStmt(p);
    case K.Break: return keywordStmt(p, 'Break');
    case K.Continue: return keywordStmt(p, 'Continue');
    case K.Global: return namesStmt(p, 'Global');
    case K.Nonlocal: return namesStmt(p, 'Nonlocal');
    default: return null;
  }
}

/** assignment, alternative by alternative, then invalid_assignment. */
function assignmentRules(p: Parser): stmt | null {
  const mark = p.pos;
  const s = p.tok();
  // NAME ':' expression ['=' annotated_rhs]
  if (p.k() === K.NAME && p.kAt(1) === K.COLON) {
    p.pos += 2;
    const annotation = expression(p);
    if (annotation !== null) return annAssign(p, nameNode(s, 'Store'), annotation, optionalAssignedValue(p), 1, s);
    p.pos = mark;
  }
  // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  {
    let target: expr | null = null;
    if (p.k() === K.LPAR) {
      p.pos++;
      target = singleTarget(p);
      if (target === null || p.k() !== K.RPAR) target = null;
      else p.pos++;
    }
    if (target === null) {
      p.pos = mark;
      target = singleSubscriptAttributeTarget(p);
    }
    if (target !== null && p.k() === K.COLON) {
      p.pos++;
      const annotation = expression(p);
      if (annotation !== null) return annAssign(p, target, annotation, optionalAssignedValue(p), 0, s);
    }
    p.pos = mark;
  }
  // (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
  {
    const targets: expr[] = [];
    for (;;) {
      const m = p.pos;
      const t = starTargets(p);
      if (t === null || p.k() !== K.EQUAL) {
        p.pos = m;
        break;
      }
      p.pos++;
      targets.push(t);
    }
    if (targets.length > 0) {
      const value = annotatedRhs(p);
      if (value !== null && p.k() !== K.EQUAL) {
        const e = p.last();
        return { kind: 'Assign', targets, value, type_comment: null, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
      }
    }
    p.pos = mark;
  }
  // single_target augassign ~ annotated_rhs
  {
    const target = singleTarget(p);
    if (target !== null) {
      const op = AUGASSIGN[p.k()];
      if (op !== undefined) {
        p.pos++;
        const value = annotatedRhs(p);
        if (value === null) return null; // the cut: no other alternative
        const e = p.last();
        return { kind: 'AugAssign', target, op, value, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
      }
    }
    p.pos = mark;
  }
  invalidAssignment(p);
  p.pos = mark;
  return null;
}

function invalidAssignment(p: Parser): void {
  const mark = p.pos;
  // invalid_ann_assign_target ':' expression
  {
    const a = invalidAnnAssignTarget(p);
    if (a !== null && p.k() === K.COLON) {
      p.pos++;
      if (expression(p) !== null) p.raiseNode(a, `only single target (not ${exprName(a)}) can be annotated`);
    }
    p.pos = mark;
  }
  // star_named_expression ',' star_named_expressions* ':' expression
  {
    const a = starNamedExpression(p);
    if (a !== null && p.k() === K.COMMA) {
      p.pos++;
      for (;;) {
        const m = p.pos;
        if (starNamedExpressions(p) === null) {
          p.pos = m;
          break;
        }
      }
      if (p.k() === K.COLON) {
        p.pos++;
        if (expression(p) !== null) p.raiseNode(a, 'only single target (not tuple) can be annotated');
      }
    }
    p.pos = mark;
  }
  // expression ':' expression
  {
    const a = expression(p);
    if (a !== null && p.k() === K.COLON) {
      p.pos++;
      if (expression(p) !== null) p.raiseNode(a, 'illegal target for annotation');
    }
    p.pos = mark;
  }
  // (star_targets '=')* star_expressions '='   and   (star_targets '=')* yield_expr '='
  {
    skipStarTargetsAssignments(p);
    const a = starExpressions(p);
    if (a !== null && p.k() === K.EQUAL) invalidTarget(p, a, 'star');
    p.pos = mark;
    skipStarTargetsAssignments(p);
    if (p.k() === K.Yield) {
      const y = yieldExpr(p);
      if (y !== null && p.k() === K.EQUAL) p.raiseNode(y, 'assignment to yield expression not possible');
    }
    p.pos = mark;
  }
  // star_expressions augassign annotated_rhs
  {
    const a = starExpressions(p);
    if (a !== null && AUGASSIGN[p.k()] !== undefined) {
      p.pos++;
      if (annotatedRhs(p) !== null) p.raiseNode(a, `'${exprName(a)}' is an illegal expression for augmented assignment`);
    }
    p.pos = mark;
  }
}

/** (star_targets '=')* */
function skipStarTargetsAssignments(p: Parser): void {
  for (;;) {
    const m = p.pos;
    if (starTargets(p) === null || p.k() !== K.EQUAL) {
      p.pos = m;
      return;
    }
    p.pos++;
  }
}

/** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
function invalidAnnAssignTarget(p: Parser): expr | null {
  const mark = p.pos;
  const a = tupleOrListForError(p);
  if (a !== null) return a;
  p.pos = mark;
  if (p.k() === K.LPAR) {
    p.pos++;
    const b = invalidAnnAssignTarget(p);
    if (b !== null && p.k() === K.RPAR) {
      p.pos++;
      return b;
    }
  }
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------- the other simple statements

function keywordStmt(p: Parser, kind: 'Pass' | 'Break' | 'Continue'): stmt {
  const t = p.next();
  return { kind, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

/** return_stmt: 'return' [star_expressions] */
function returnStmt(p: Parser): stmt {
  const s = p.next();
  const m = p.pos;
  const value = starExpressions(p);
  if (value === null) p.pos = m;
  const e = p.last();
  return { kind: 'Return', value, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** raise_stmt: 'raise' expression ['from' expression] | 'raise' */
function raiseStmt(p: Parser): stmt {
  const s = p.next();
  const m = p.pos;
  const exc = expression(p);
  let cause: expr | null = null;
  if (exc === null) p.pos = m;
  else if (p.k() === K.From) {
    const m2 = p.pos;
    p.pos++;
    cause = expression(p);
    if (cause === null) p.pos = m2;
  }
  const e = p.last();
  return { kind: 'Raise', exc, cause, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** global_stmt / nonlocal_stmt: keyword ','.NAME+ */
function namesStmt(p: Parser, kind: 'Global' | 'Nonlocal'): stmt | null {
  const mark = p.pos;
  const s = p.next();
  const names: string[] = [];
  for (;;) {
    const t = p.eat(K.NAME);
    if (t === null) {
      if (names.length === 0) {
        p.pos = mark;
        return null;
      }
      p.pos--;
      break;
    }
    names.push(nameNode(t, 'Load').id);
    if (p.k() !== K.COMMA) break;
    p.pos++;
  }
  const e = p.last();
  return { kind, names, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
function delStmt(p: Parser): stmt | null {
  const mark = p.pos;
  const s = p.next();
  const targets = delTargets(p);
  if (targets !== null) {
    const k = p.k();
    if (k === K.SEMI || k === K.NEWLINE) {
      const e = p.last();
      return { kind: 'Delete', targets, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
    }
  }
  if (p.invalid) {
    // invalid_del_stmt: 'del' star_expressions
    p.pos = mark + 1;
    const a = starExpressions(p);
    if (a !== null) invalidTarget(p, a, 'del');
  }
  p.pos = mark;
  return null;
}

/** yield_stmt: yield_expr */
function yieldStmt(p: Parser): stmt | null {
  const s = p.tok();
  const y = yieldExpr(p);
  if (y === null) return null;
  const e = p.last();
  return { kind: 'Expr', value: y, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** assert_stmt: 'assert' expression [',' expression] */
function assertStmt(p: Parser): stmt | null {
  const mark = p.pos;
  const s = p.next();
  const test = expression(p);
  if (test === null) {
    p.pos = mark;
    return null;
  }
  let msg: expr | null = null;
  if (p.k() === K.COMMA) {
    const m = p.pos;
    p.pos++;
    msg = expression(p);
    if (msg === null) p.pos = m;
  }
  const e = p.last();
  return { kind: 'Assert', test, msg, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** type_alias: "type" NAME [type_params] '=' expression */
function typeAlias(p: Parser): stmt | null {
  const mark = p.pos;
  const s = p.next();
  const n = p.eat(K.NAME);
  if (n !== null) {
    const m = p.pos;
    let tp = p.k() === K.LSQB ? typeParams(p) : null;
    if (tp === null) {
      p.pos = m;
      tp = [];
    }
    if (p.k() === K.EQUAL) {
      p.pos++;
      const value = expression(p);
      if (value !== null) {
        const e = p.last();
        return { kind: 'TypeAlias', name: nameNode(n, 'Store'), type_params: tp, value, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
      }
    }
  }
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------- pieces other rules reuse

/**
 * (pass_stmt|break_stmt|continue_stmt) for invalid_expression: consumes the keyword and returns
 * its location, or null.
 */
export function statementKeywordForError(p: Parser): { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number } | null {
  const k = p.k();
  if (k !== K.Pass && k !== K.Break && k !== K.Continue) return null;
  const t = p.next();
  return { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

/** simple_stmt, as invalid_expression's last alternative reads one. */
export function simpleStmtForError(p: Parser): boolean {
  return simpleStmt(p) !== null;
}
