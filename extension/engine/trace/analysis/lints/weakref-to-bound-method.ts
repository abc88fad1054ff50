/**
 * weakref-to-bound-method: weakref.ref(obj.method) (or a proxy, a finalize, a WeakSet member of
 * one). `obj.method` makes a new bound-method object each time; nothing but the weak reference
 * refers to it, so it dies at once and the weak reference is dead from the start.
 */
import type { LintContext, LintFinding } from './types';
import { weakSites } from '../call-sites';
import { objectTitle } from '../labels';
import { isBoundMethod } from '../structure';
import { EV, hasCallbackFlags, isWeakFlags, shortTypeName, stepLine } from '../schema';

export function weakrefToBoundMethod(ctx: LintContext): LintFinding[] {
  const { trace } = ctx;
  const { events } = trace;
  const sites = weakSites(ctx.perLine.source.tree, ctx.perLine.source.lines).filter((s) => s.arg.attribute);
  const out: LintFinding[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < events.count; i++) {
    if (events.kind[i] !== EV.edge_add || !isWeakFlags(events.d[i] as number)) continue;
    const ref = events.a[i] as number;
    const target = events.b[i] as number;
    if (!isBoundMethod(trace, target) || shortTypeName(trace, ref) === 'WeakMethod') continue;
    const line = stepLine(trace, events.step[i] as number);
    if (seen.has(line)) continue;
    seen.add(line);
    const site = sites.find((s) => s.line === line);
    const callback = hasCallbackFlags(events.d[i] as number);
    out.push({
      id: 'weakref-to-bound-method',
      line,
      col: site?.col ?? ctx.callColumn(line, ['ref', 'proxy', 'finalize', 'add'], events.step[i] as number),
      message: `weak reference to a bound method (${site !== undefined && site.arg.text !== '' ? `\`${site.arg.text}\`` : objectTitle(trace, target)}): the method object is made for this expression and nothing else holds it, so it dies at once and the weak reference is dead immediately${callback ? ' (its callback runs right away)' : ''}`,
      related: [],
      fix: 'use weakref.WeakMethod(obj.method): it refers weakly to the object and to the function, and stays alive as long as the object does',
    });
  }
  return out;
}
