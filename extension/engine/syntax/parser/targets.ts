/**
 * Assignment and deletion targets. Grammar rules: star_targets, star_targets_list_seq,
 * star_targets_tuple_seq, star_target, target_with_star_atom, star_atom, single_target,
 * single_subscript_attribute_target, t_primary, t_lookahead, del_targets, del_target, del_t_atom.
 * Also _PyPegen_set_expr_context (targetFromExpression: the first pass parses an assignment's
 * left side as an expression and converts it) and _PyPegen_get_invalid_target with
 * RAISE_SYNTAX_ERROR_INVALID_TARGET.
 */
import type { expr, expr_context } from '../ast';
import * as kinds from './kinds';
import { Rule } from './memo';
import { exprName, nameNode } from './nodes';
import { genexp } from './atoms';
import { atom, callTrailer, subscriptTrailer } from './primary';
import type { Parser } from './state';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K } = kinds;

function isTLookahead(k: number): boolean {
  return k === K.LPAR || k === K.LSQB || k === K.DOT;
}

// ---------------------------------------------------------------- t_primary

/** t_primary: the primary chain up to (not including) its last trailer, which must be followed by t_lookahead. */
export function tPrimary(p: Parser): expr | null {
  // Memoized in both passes: target rules re-parse nested brackets (exponentially, without).
  const start = p.pos;
  const hit = p.memoGet(Rule.tPrimary);
  return hit !== undefined ? (hit.node as expr | null) : p.memoized(Rule.tPrimary, start, tPrimaryBody(p));
}

function tPrimaryBody(p: Parser): expr | null {
  const mark = p.pos;
  p.k();
  const s = p.tok();
  let a = atom(p);
  if (a === null) return null;
  if (!isTLookahead(p.k())) {
    p.pos = mark;
    return null;
  }
  for (;;) {
    const m = p.pos;
    let b: expr | null = null;
    switch (p.k()) {
      case K.DOT:
        if (p.kAt(1) === K.NAME) {
          p.pos++;
          const t = p.next();
          b = { kind: 'Attribute', value: a, attr: nameNode(t, 'Load').id, ctx: 'Load', lineno: s.lineno, col_offset: s.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
        }
        break;
      case K.LSQB:
        b = subscriptTrailer(p, a, s);
        if (p.invalid && (b === null || !isTLookahead(p.k()))) {
          // t_primary genexp &t_lookahead: genexp's invalid_comprehension also starts with '['.
          p.pos = m;
          genexp(p);
          p.pos = m;
          b = null;
        }
        break;
      case K.LPAR:
        b = callTrailer(p, a, s);
        break;
      default:
        break;
    }
    if (b === null || !isTLookahead(p.k())) {
      p.pos = m;
      return a;
    }
    a = b;
  }
}

/**
 * t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with the given context
 * (single_subscript_attribute_target, and the first alternatives of target_with_star_atom and
 * del_target).
 */
function subscriptAttributeTarget(p: Parser, ctx: expr_context): expr | null {
  const mark = p.pos;
  p.k();
  const s = p.tok();
  const value = tPrimary(p);
  if (value === null) return null;
  const m = p.pos;
  if (p.k() === K.DOT && p.kAt(1) === K.NAME) {
    p.pos++;
    const t = p.next();
    if (!isTLookahead(p.k())) {
      return { kind: 'Attribute', value, attr: nameNode(t, 'Load').id, ctx, lineno: s.lineno, col_offset: s.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
    }
  }
  p.pos = m;
  if (p.k() === K.LSQB) {
    const sub = subscriptTrailer(p, value, s);
    if (sub !== null && sub.kind === 'Subscript' && !isTLookahead(p.k())) {
      sub.ctx = ctx;
      return sub;
    }
  }
  p.pos = mark;
  return null;
}

// ---------------------------------------------------------------- star targets

/** star_targets: star_target !',' | star_target (',' star_target)* [','] */
export function starTargets(p: Parser): expr | null {
  p.k();
  const s = p.tok();
  const a = starTarget(p);
  if (a === null) return null;
  if (p.k() !== K.COMMA) return a;
  const elts: expr[] = [a];
  while (p.k() === K.COMMA) {
    p.pos++;
    const m = p.pos;
    const b = starTarget(p);
    if (b === null) {
      p.pos = m;
      break;
    }
    elts.push(b);
  }
  const e = p.last();
  return { kind: 'Tuple', elts, ctx: 'Store', lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/** ','.star_target+ [','] (star_targets_list_seq), or null. */
function starTargetsSeq(p: Parser): expr[] | null {
  const a = starTarget(p);
  if (a === null) return null;
  const elts = [a];
  while (p.k() === K.COMMA) {
    p.pos++;
    const m = p.pos;
    const b = starTarget(p);
    if (b === null) {
      p.pos = m;
      break;
    }
    elts.push(b);
  }
  return elts;
}

/** star_target: '*' (!'*' star_target) | target_with_star_atom */
export function starTarget(p: Parser): expr | null {
  // Memoized in both passes: target rules re-parse nested brackets (exponentially, without).
  const start = p.pos;
  const hit = p.memoGet(Rule.starTarget);
  return hit !== undefined ? (hit.node as expr | null) : p.memoized(Rule.starTarget, start, starTargetBody(p));
}

function starTargetBody(p: Parser): expr | null {
  if (p.k() === K.STAR) {
    const s = p.next();
    if (p.k() !== K.STAR) {
      const a = starTarget(p);
      if (a !== null) {
        const e = p.last();
        return { kind: 'Starred', value: setContext(a, 'Store'), ctx: 'Store', lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
      }
    }
    p.pos--;
    return null;
  }
  return targetWithStarAtom(p);
}

/** target_with_star_atom: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom */
function targetWithStarAtom(p: Parser): expr | null {
  // Memoized in both passes: target rules re-parse nested brackets (exponentially, without).
  const start = p.pos;
  const hit = p.memoGet(Rule.targetWithStarAtom);
  return hit !== undefined ? (hit.node as expr | null) : p.memoized(Rule.targetWithStarAtom, start, targetWithStarAtomBody(p));
}

function targetWithStarAtomBody(p: Parser): expr | null {
  const a = subscriptAttributeTarget(p, 'Store');
  if (a !== null) return a;
  return starAtom(p);
}

/**
 * star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
 *   | '[' [star_targets_list_seq] ']'
 */
function starAtom(p: Parser): expr | null {
  const mark = p.pos;
  const s = p.tok();
  switch (p.k()) {
    case K.NAME:
      p.pos++;
      return nameNode(s, 'Store');
    case K.LPAR: {
      p.pos++;
      const a = targetWithStarAtom(p);
      if (a !== null && p.k() === K.RPAR) {
        p.pos++;
        return setContext(a, 'Store');
      }
      p.pos = mark + 1;
      // star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
      let elts: expr[] = [];
      const first = starTarget(p);
      if (first !== null && p.k() === K.COMMA) {
        p.pos++;
        elts = [first];
        const m = p.pos;
        const rest = starTargetsSeq(p);
        if (rest === null) p.pos = m;
        else for (const x of rest) elts.push(x);
      } else {
        p.pos = mark + 1;
      }
      if (p.k() === K.RPAR) {
        const e = p.next();
        return { kind: 'Tuple', elts, ctx: 'Store', lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
      }
      p.pos = mark;
      return null;
    }
    case K.LSQB: {
      p.pos++;
      const m = p.pos;
      let elts = starTargetsSeq(p);
      if (elts === null) {
        p.pos = m;
        elts = [];
      }
      if (p.k() === K.RSQB) {
        const e = p.next();
        return { kind: 'List', elts, ctx: 'Store', lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
      }
      p.pos = mark;
      return null;
    }
    default:
      return null;
  }
}

/** single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
export function singleTarget(p: Parser): expr | null {
  const a = subscriptAttributeTarget(p, 'Store');
  if (a !== null) return a;
  const k = p.k();
  if (k === K.NAME) return nameNode(p.next(), 'Store');
  if (k === K.LPAR) {
    const mark = p.pos;
    p.pos++;
    const b = singleTarget(p);
    if (b !== null && p.k() === K.RPAR) {
      p.pos++;
      return b;
    }
    p.pos = mark;
  }
  return null;
}

/** single_subscript_attribute_target */
export function singleSubscriptAttributeTarget(p: Parser): expr | null {
  return subscriptAttributeTarget(p, 'Store');
}

// ---------------------------------------------------------------- del targets

/** del_targets: ','.del_target+ [','] */
export function delTargets(p: Parser): expr[] | null {
  const a = delTarget(p);
  if (a === null) return null;
  const targets = [a];
  while (p.k() === K.COMMA) {
    p.pos++;
    const m = p.pos;
    const b = delTarget(p);
    if (b === null) {
      p.pos = m;
      break;
    }
    targets.push(b);
  }
  return targets;
}

function delTarget(p: Parser): expr | null {
  // Memoized in both passes: target rules re-parse nested brackets (exponentially, without).
  const start = p.pos;
  const hit = p.memoGet(Rule.delTarget);
  return hit !== undefined ? (hit.node as expr | null) : p.memoized(Rule.delTarget, start, delTargetBody(p));
}

function delTargetBody(p: Parser): expr | null {
  const a = subscriptAttributeTarget(p, 'Del');
  if (a !== null) return a;
  // del_t_atom
  const mark = p.pos;
  const s = p.tok();
  switch (p.k()) {
    case K.NAME:
      p.pos++;
      return nameNode(s, 'Del');
    case K.LPAR: {
      p.pos++;
      const b = delTarget(p);
      if (b !== null && p.k() === K.RPAR) {
        p.pos++;
        return setContext(b, 'Del');
      }
      p.pos = mark + 1;
      const m = p.pos;
      let elts = delTargets(p);
      if (elts === null) {
        p.pos = m;
        elts = [];
      }
      if (p.k() === K.RPAR) {
        const e = p.next();
        return { kind: 'Tuple', elts, ctx: 'Del', lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
      }
      p.pos = mark;
      return null;
    }
    case K.LSQB: {
      p.pos++;
      const m = p.pos;
      let elts = delTargets(p);
      if (elts === null) {
        p.pos = m;
        elts = [];
      }
      if (p.k() === K.RSQB) {
        const e = p.next();
        return { kind: 'List', elts, ctx: 'Del', lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
      }
      p.pos = mark;
      return null;
    }
    default:
      return null;
  }
}

// ---------------------------------------------------------------- contexts

/** _PyPegen_set_expr_context: a copy of a target with the given context, children included. */
export function setContext(e: expr, ctx: expr_context): expr {
  switch (e.kind) {
    case 'Name':
      return { kind: 'Name', id: e.id, ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case 'Tuple':
      return { kind: 'Tuple', elts: e.elts.map((x) => setContext(x, ctx)), ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case 'List':
      return { kind: 'List', elts: e.elts.map((x) => setContext(x, ctx)), ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case 'Subscript':
      return { kind: 'Subscript', value: e.value, slice: e.slice, ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case 'Attribute':
      return { kind: 'Attribute', value: e.value, attr: e.attr, ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    case 'Starred':
      return { kind: 'Starred', value: setContext(e.value, ctx), ctx, lineno: e.lineno, col_offset: e.col_offset, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
    default:
      return e;
  }
}

/**
 * The first pass reads an assignment's left side as star_expressions; this turns it into what
 * star_targets would have produced (in place: first-pass nodes are never shared), or returns
 * false when star_targets would not have matched.
 */
export function toStarTarget(e: expr): boolean {
  switch (e.kind) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = 'Store';
      return true;
    case 'Starred':
      if (e.value.kind === 'Starred' || !toStarTarget(e.value)) return false;
      e.ctx = 'Store';
      return true;
    case 'Tuple':
    case 'List':
      for (const x of e.elts) if (!toStarTarget(x)) return false;
      e.ctx = 'Store';
      return true;
    default:
      return false;
  }
}

export type TargetsType = 'star' | 'del' | 'for';

/** _PyPegen_get_invalid_target */
function getInvalidTarget(e: expr, type: TargetsType): expr | null {
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const child = getInvalidTarget(x, type);
        if (child !== null) return child;
      }
      return null;
    case 'Starred':
      if (type === 'del') return e;
      return getInvalidTarget(e.value, type);
    case 'Compare':
      // `for a in b` reads `a in b` as a comparison: look at its left side.
      if (type === 'for') {
        if (e.ops[0] === 'In') return getInvalidTarget(e.left, type);
        return null;
      }
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET: raises when `e` holds something that is not a target. */
export function invalidTarget(p: Parser, e: expr, type: TargetsType): void {
  const bad = getInvalidTarget(e, type);
  if (bad === null) return;
  p.raiseNode(bad, `${type === 'del' ? 'cannot delete' : 'cannot assign to'} ${exprName(bad)}`);
}
