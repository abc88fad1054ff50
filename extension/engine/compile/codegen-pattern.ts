/**
 * Code generation's checks on `match` statements (codegen_match and codegen_pattern_* in
 * Python/codegen.c): irrefutable patterns before the end, names bound twice, alternatives that
 * bind different names, duplicate mapping keys, repeated class-pattern keywords.
 */
import type { Match, MatchAs, pattern, stmt } from '../syntax/ast';
import { visitExpr } from './codegen-expr';
import type { CodegenState } from './codegen-state';
import { fail, locOf, type Loc } from './location';
import { constEquals, reprConst, type PyConst } from './pyconst';
import { reprStr } from '../text/repr';

interface PatternContext {
  /** Names captured so far by the pattern being compiled. */
  stores: string[];
  /** Whether an irrefutable pattern is acceptable here (last case, guarded, or a sub-pattern). */
  allowIrrefutable: boolean;
}

function isWildcard(p: pattern): p is MatchAs {
  return p.kind === 'MatchAs' && p.pattern === null && p.name === null;
}

/** A match statement: subject, then each case's pattern, guard and body (`visitBody`). */
export function visitMatch(cg: CodegenState, s: Match, visitBody: (body: readonly stmt[]) => void): void {
  visitExpr(cg, s.subject);
  const cases = s.cases;
  const last = cases[cases.length - 1];
  // A final `case _:` (after other cases) is compiled without a pattern.
  const hasDefault = last !== undefined && isWildcard(last.pattern) && cases.length > 1;
  cases.forEach((m, i) => {
    if (hasDefault && i === cases.length - 1) return;
    // Irrefutable cases must be guarded or last.
    const pc: PatternContext = { stores: [], allowIrrefutable: m.guard !== null || i === cases.length - 1 };
    visitPattern(cg, m.pattern, pc);
    if (m.guard !== null) visitExpr(cg, m.guard);
    visitBody(m.body);
  });
  if (hasDefault && last !== undefined) {
    if (last.guard !== null) visitExpr(cg, last.guard);
    visitBody(last.body);
  }
}

function storeName(name: string | null, loc: Loc, pc: PatternContext): void {
  if (name === null) return;
  if (pc.stores.includes(name)) fail(`multiple assignments to name ${reprStr(name)} in pattern`, loc);
  pc.stores.push(name);
}

/** A pattern inside another is allowed to be irrefutable. */
function visitSubpattern(cg: CodegenState, p: pattern, pc: PatternContext): void {
  const saved = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  visitPattern(cg, p, pc);
  pc.allowIrrefutable = saved;
}

function visitPattern(cg: CodegenState, p: pattern, pc: PatternContext): void {
  const loc = locOf(p);
  switch (p.kind) {
    case 'MatchValue':
      if (!cg.isConstant(p.value) && p.value.kind !== 'Attribute') {
        fail('patterns may only match literals and attribute lookups', loc);
      }
      visitExpr(cg, p.value);
      break;
    case 'MatchSingleton':
      break;
    case 'MatchSequence': {
      let star = -1;
      p.patterns.forEach((sub, i) => {
        if (sub.kind !== 'MatchStar') return;
        if (star >= 0) fail('multiple starred names in sequence pattern', loc);
        star = i;
      });
      const starPattern = star >= 0 ? p.patterns[star] : undefined;
      const starWildcard = starPattern !== undefined && starPattern.kind === 'MatchStar' && starPattern.name === null;
      const onlyWildcards = p.patterns.every((sub) => isWildcard(sub) || (sub.kind === 'MatchStar' && sub.name === null));
      if (onlyWildcards) break;
      if (starWildcard) {
        // Indexed access: wildcards and the `*_` are skipped.
        p.patterns.forEach((sub, i) => {
          if (i !== star && !isWildcard(sub)) visitSubpattern(cg, sub, pc);
        });
        break;
      }
      if (star >= 1 << 8 || (star >= 0 && p.patterns.length - star - 1 >= 0x7fffffff >> 8)) {
        fail('too many expressions in star-unpacking sequence pattern', loc);
      }
      for (const sub of p.patterns) visitSubpattern(cg, sub, pc);
      break;
    }
    case 'MatchMapping': {
      if (p.keys.length === 0 && p.rest === null) break;
      const seen: PyConst[] = [];
      for (const key of p.keys) {
        const value = cg.constantOf(key);
        if (value !== undefined) {
          if (seen.some((v) => constEquals(v, value))) {
            fail(`mapping pattern checks duplicate key (${reprConst(value)})`, loc);
          }
          seen.push(value);
        } else if (key.kind !== 'Attribute') {
          fail('mapping pattern keys may only match literals and attribute lookups', loc);
        }
        visitExpr(cg, key);
      }
      for (const sub of p.patterns) visitSubpattern(cg, sub, pc);
      storeName(p.rest, loc, pc);
      break;
    }
    case 'MatchClass': {
      p.kwd_attrs.forEach((attr, i) => {
        p.kwd_attrs.forEach((other, j) => {
          const sub = p.kwd_patterns[j];
          if (j > i && other === attr && sub !== undefined) {
            fail(`attribute name repeated in class pattern: ${attr}`, locOf(sub));
          }
        });
      });
      visitExpr(cg, p.cls);
      for (const sub of [...p.patterns, ...p.kwd_patterns]) {
        if (!isWildcard(sub)) visitSubpattern(cg, sub, pc);
      }
      break;
    }
    case 'MatchStar':
      storeName(p.name, loc, pc);
      break;
    case 'MatchAs':
      if (p.pattern === null) {
        if (!pc.allowIrrefutable) {
          if (p.name !== null) fail(`name capture ${reprStr(p.name)} makes remaining patterns unreachable`, loc);
          fail('wildcard makes remaining patterns unreachable', loc);
        }
        storeName(p.name, loc, pc);
        break;
      }
      visitPattern(cg, p.pattern, pc);
      storeName(p.name, loc, pc);
      break;
    case 'MatchOr': {
      const outer = pc.stores;
      const allowIrrefutable = pc.allowIrrefutable;
      let control: string[] | null = null;
      p.patterns.forEach((alt, i) => {
        pc.stores = [];
        pc.allowIrrefutable = i === p.patterns.length - 1 && allowIrrefutable;
        visitPattern(cg, alt, pc);
        if (control === null) {
          control = pc.stores;
        } else if (pc.stores.length !== control.length || control.some((name) => !pc.stores.includes(name))) {
          fail('alternative patterns bind different names', loc);
        }
      });
      pc.stores = outer;
      pc.allowIrrefutable = allowIrrefutable;
      for (const name of control ?? []) storeName(name, loc, pc);
      break;
    }
    default: {
      const unreachable: never = p;
      throw new Error(`unknown pattern ${String(unreachable)}`);
    }
  }
}

