/**
 * dead-proxy: using a weakref.proxy whose referent has died — an attribute, a call, an operator,
 * str()/print()/len() of it. Each raises ReferenceError: weakly-referenced object no longer exists.
 * Found from the names bound to proxies at each execution of a line (comparing `p is None`,
 * rebinding or deleting `p` is fine).
 */
import type { LintContext, LintFinding } from './types';
import type { NameOccurrence } from '../source-names';
import { objectTitle } from '../labels';
import { deathOf } from '../death';
import { isProxy, weakReferentOf } from '../structure';
import { stepEventStart } from '../schema';

/** Calls that use their argument's value (and so raise for a dead proxy). */
const USING_CALLS = new Set(['print', 'str', 'len', 'iter', 'list', 'tuple', 'sorted', 'sum', 'bool', 'int', 'float', 'format', 'next', 'hash', 'abs']);

function uses(o: NameOccurrence): boolean {
  if (o.ctx !== 'Load') return false;
  if (o.use === 'argument') return o.callee !== null && USING_CALLS.has(o.callee);
  return o.use === 'attribute' || o.use === 'call' || o.use === 'subscript' || o.use === 'operand' || o.use === 'iterated';
}

export function deadProxy(ctx: LintContext): LintFinding[] {
  const { index, trace } = ctx;
  const out: LintFinding[] = [];
  for (const f of ctx.perLine.names) {
    if (!uses(f.occurrence)) continue;
    for (const { step, object } of f.samples) {
      if (object < 0 || !isProxy(trace, object)) continue;
      const referent = weakReferentOf(index, object).referent;
      if (referent < 0 || (index.freeAt[referent] as number) >= stepEventStart(trace, step)) continue;
      const death = deathOf(index, referent);
      const o = f.occurrence;
      out.push({
        id: 'dead-proxy',
        line: o.line,
        col: o.col + 1,
        message: `\`${o.name}\` is a proxy to ${objectTitle(trace, referent)}, which is already dead here: using it raises ReferenceError: weakly-referenced object no longer exists`,
        related: death === null ? [] : [{ line: death.line, message: `${objectTitle(trace, referent)} dies here: ${death.text}` }],
        fix: 'keep a strong reference to the object while the proxy is in use, or check that it is alive first (use weakref.ref and test r() is not None instead of a proxy)',
      });
      break;
    }
  }
  return out;
}
