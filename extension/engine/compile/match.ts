/**
 * The match statement, compiled the way CPython 3.14's codegen does it: each case's pattern
 * consumes a copy of the subject; captured values stay on the value stack (rotated beneath the
 * values still being matched) and are bound only once the whole pattern matched; on failure
 * everything the pattern left on the stack is popped ("fail_pop" labels). Sequence, mapping and
 * class patterns use MATCH_SEQUENCE/MATCH_MAPPING/MATCH_KEYS/MATCH_CLASS and GET_LEN.
 */
import type * as ast from '../syntax/ast';
import type { Compiler } from './compiler';
import type { Label } from './assembler';
import { compileExpr, compileConstant, Unsupported } from './expressions';
import { Op } from './opcodes';
import { newInt } from '../runtime/int';
import { immortalize } from '../runtime/heap';
import { intern } from '../runtime/str';
import { tupleSteal } from '../runtime/tuple';

/** COMPARE_OP's arguments (CPython's Py_EQ / Py_GE). */
const CMP_EQ = 2;
const CMP_GE = 5;
/** BINARY_OP's NB_SUBTRACT (the in-place variants are offset by 13). */
const NB_SUBTRACT = 10;

interface PatternContext {
  /** Names captured so far, in capture order; their values sit below the working values. */
  stores: string[];
  allowIrrefutable: boolean;
  /** failPop[n]: pops n values then continues to failPop[n-1]; failPop[0] is "no match". */
  failPop: Label[];
  /** Working values above the captured ones. */
  onTop: number;
}

function isWildcard(p: ast.pattern): boolean {
  return p.kind === 'MatchAs' && p.pattern === null && p.name === null;
}

function isStarWildcard(p: ast.pattern): boolean {
  return p.kind === 'MatchStar' && p.name === null;
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.asm.label());
}

/** Jumps (with `op`) to the label that pops everything this pattern has on the stack. */
function jumpToFailPop(c: Compiler, pc: PatternContext, op: Op): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.asm.emit(op, pc.failPop[pops] as Label);
}

function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  const a = c.asm;
  if (pc.failPop.length === 0) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    a.bind(pc.failPop[i] as Label);
    a.emit(Op.POP_TOP);
  }
  a.bind(pc.failPop[0] as Label);
  pc.failPop = [];
}

function rotate(c: Compiler, count: number): void {
  for (let k = count; k > 1; k--) c.asm.emit(Op.SWAP, k);
}

function storeName(c: Compiler, p: ast.pattern, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.asm.emit(Op.POP_TOP);
    return;
  }
  if (pc.stores.includes(name)) throw new Unsupported(`multiple assignments to name '${name}' in pattern`, p.lineno);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function loadInt(c: Compiler, n: number): void {
  c.loadConst(`i:${n}`, () => immortalize(newInt(n)));
}

function subpattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function pattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  const a = c.asm;
  a.loc = p;
  switch (p.kind) {
    case 'MatchValue':
      compileExpr(c, p.value);
      a.loc = p;
      a.emit(Op.COMPARE_OP, CMP_EQ);
      a.emit(Op.TO_BOOL);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case 'MatchSingleton':
      c.loadConst(p.value, () => compileConstant(p.value, p.lineno));
      a.emit(Op.IS_OP, 0);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case 'MatchAs':
      if (p.pattern === null) {
        storeName(c, p, p.name, pc);
        return;
      }
      pc.onTop++;
      a.emit(Op.COPY, 1);
      pattern(c, p.pattern, pc);
      pc.onTop--;
      a.loc = p;
      storeName(c, p, p.name, pc);
      return;
    case 'MatchStar':
      storeName(c, p, p.name, pc);
      return;
    case 'MatchOr':
      matchOr(c, p, pc);
      return;
    case 'MatchSequence':
      matchSequence(c, p, pc);
      return;
    case 'MatchMapping':
      matchMapping(c, p, pc);
      return;
    case 'MatchClass':
      matchClass(c, p, pc);
      return;
    default: {
      const never: never = p;
      throw new Error(`unknown pattern ${(never as ast.pattern).kind}`);
    }
  }
}

function matchOr(c: Compiler, p: ast.MatchOr, pc: PatternContext): void {
  const a = c.asm;
  const end = a.label();
  const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
  let control: string[] | null = null;
  p.patterns.forEach((alt, i) => {
    pc.stores = [];
    pc.allowIrrefutable = i === p.patterns.length - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    a.loc = alt;
    a.emit(Op.COPY, 1);
    pattern(c, alt, pc);
    if (control === null) control = [...pc.stores];
    else if (pc.stores.length !== control.length) throw new Unsupported('alternative patterns bind different names', alt.lineno);
    else {
      // Put this alternative's captures in the first alternative's order.
      for (let icontrol = control.length - 1; icontrol >= 0; icontrol--) {
        const name = control[icontrol] as string;
        const istores = pc.stores.indexOf(name);
        if (istores < 0) throw new Unsupported('alternative patterns bind different names', alt.lineno);
        if (icontrol !== istores) {
          const rotations = istores + 1;
          const rotated = pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          for (let r = 0; r < rotations; r++) rotate(c, icontrol + 1);
        }
      }
    }
    a.emit(Op.JUMP, end);
    emitAndResetFailPop(c, pc);
  });
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  a.loc = p;
  // No alternative matched: drop the remaining copy of the subject and fail.
  a.emit(Op.POP_TOP);
  jumpToFailPop(c, pc, Op.JUMP);
  a.bind(end);
  const names = control ?? [];
  const nrots = names.length + 1 + pc.onTop + pc.stores.length;
  for (const name of names) {
    rotate(c, nrots);
    if (pc.stores.includes(name)) throw new Unsupported(`multiple assignments to name '${name}' in pattern`, p.lineno);
    pc.stores.push(name);
  }
  a.emit(Op.POP_TOP);
}

function matchSequence(c: Compiler, p: ast.MatchSequence, pc: PatternContext): void {
  const a = c.asm;
  const pats = p.patterns;
  const size = pats.length;
  const star = pats.findIndex((x) => x.kind === 'MatchStar');
  const starWildcard = star >= 0 && isStarWildcard(pats[star] as ast.pattern);
  const onlyWildcard = pats.every((x) => (x.kind === 'MatchStar' ? isStarWildcard(x) : isWildcard(x)));
  pc.onTop++;
  a.emit(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    a.emit(Op.GET_LEN);
    loadInt(c, size);
    a.emit(Op.COMPARE_OP, CMP_EQ);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    a.emit(Op.GET_LEN);
    loadInt(c, size - 1);
    a.emit(Op.COMPARE_OP, CMP_GE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) {
    a.emit(Op.POP_TOP);
  } else if (starWildcard) {
    // Items are taken by index: the subject stays while they are matched.
    pc.onTop++;
    pats.forEach((sub, i) => {
      if (isWildcard(sub) || i === star) return;
      a.loc = p;
      a.emit(Op.COPY, 1);
      if (i < star) loadInt(c, i);
      else {
        a.emit(Op.GET_LEN);
        loadInt(c, size - i);
        a.emit(Op.BINARY_OP, NB_SUBTRACT);
      }
      a.emit(Op.BINARY_SUBSCR);
      subpattern(c, sub, pc);
    });
    pc.onTop--;
    a.loc = p;
    a.emit(Op.POP_TOP);
  } else {
    if (star < 0) a.emit(Op.UNPACK_SEQUENCE, size);
    else a.emit(Op.UNPACK_EX, star | ((size - star - 1) << 8));
    pc.onTop += size;
    for (const sub of pats) {
      pc.onTop--;
      subpattern(c, sub, pc);
    }
  }
}

function matchMapping(c: Compiler, p: ast.MatchMapping, pc: PatternContext): void {
  const a = c.asm;
  let size = p.keys.length;
  pc.onTop++;
  a.emit(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (size === 0 && p.rest === null) {
    pc.onTop--;
    a.emit(Op.POP_TOP);
    return;
  }
  if (size !== 0) {
    a.emit(Op.GET_LEN);
    loadInt(c, size);
    a.emit(Op.COMPARE_OP, CMP_GE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  for (const k of p.keys) compileExpr(c, k);
  a.loc = p;
  a.emit(Op.BUILD_TUPLE, size);
  a.emit(Op.MATCH_KEYS);
  pc.onTop += 2;
  a.emit(Op.COPY, 1);
  c.loadNone();
  a.emit(Op.IS_OP, 1);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  a.emit(Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (const sub of p.patterns) {
    pc.onTop--;
    subpattern(c, sub, pc);
  }
  pc.onTop -= 2;
  a.loc = p;
  if (p.rest !== null) {
    // rest = dict(subject), minus the matched keys.
    a.emit(Op.BUILD_MAP, 0);
    a.emit(Op.SWAP, 3);
    a.emit(Op.DICT_UPDATE, 2);
    a.emit(Op.UNPACK_SEQUENCE, size);
    while (size) {
      a.emit(Op.COPY, 1 + size--);
      a.emit(Op.SWAP, 2);
      a.emit(Op.DELETE_SUBSCR);
    }
    storeName(c, p, p.rest, pc);
  } else {
    a.emit(Op.POP_TOP);
    a.emit(Op.POP_TOP);
  }
}

function matchClass(c: Compiler, p: ast.MatchClass, pc: PatternContext): void {
  const a = c.asm;
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  compileExpr(c, p.cls);
  a.loc = p;
  const names = p.kwd_attrs;
  c.loadConst(`kw:${names.join(',')}`, () => immortalize(tupleSteal(names.map((n) => intern(n)))));
  a.emit(Op.MATCH_CLASS, nargs);
  a.emit(Op.COPY, 1);
  c.loadNone();
  a.emit(Op.IS_OP, 1);
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  a.emit(Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? (p.patterns[i] as ast.pattern) : (p.kwd_patterns[i - nargs] as ast.pattern);
    if (isWildcard(sub)) {
      a.loc = p;
      a.emit(Op.POP_TOP);
      continue;
    }
    subpattern(c, sub, pc);
  }
}

/** codegen_match. */
export function compileMatch(c: Compiler, s: ast.Match): void {
  const a = c.asm;
  compileExpr(c, s.subject);
  const end = a.label();
  const cases = s.cases;
  const last = cases[cases.length - 1] as ast.match_case;
  const hasDefault = isWildcard(last.pattern) && cases.length > 1;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases.length - (hasDefault ? 1 : 0); i++) {
    const m = cases[i] as ast.match_case;
    const lastChecked = i === cases.length - (hasDefault ? 1 : 0) - 1;
    a.loc = m.pattern;
    if (!lastChecked) a.emit(Op.COPY, 1);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases.length - 1;
    pc.failPop = [];
    pc.onTop = 0;
    pattern(c, m.pattern, pc);
    a.loc = m.pattern;
    for (const name of pc.stores) c.nameOp(name, 'Store');
    if (m.guard !== null) {
      ensureFailPop(c, pc, 0);
      c.jumpIf(m.guard, false, pc.failPop[0] as Label);
    }
    a.loc = m.pattern;
    if (!lastChecked) a.emit(Op.POP_TOP);
    c.stmts(m.body);
    a.loc = null;
    a.emit(Op.JUMP, end);
    a.loc = m.pattern;
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    a.loc = last.pattern;
    if (cases.length === 1) a.emit(Op.POP_TOP);
    else a.emit(Op.NOP);
    if (last.guard !== null) c.jumpIf(last.guard, false, end);
    c.stmts(last.body);
  }
  a.bind(end);
}
