/**
 * del-cycle: a reference cycle through objects with __del__ that only the cycle collector frees.
 * Refcounting would have run their finalizers at a known point; the collector runs them whenever
 * it next looks (or at shutdown), in an order nobody chose.
 */
import type { LintContext, LintFinding } from './types';
import { collections, collectionCycles } from '../collections';
import { objectTitle } from '../labels';
import { objectEvents } from '../object-events';
import { EV, OF, hasFlag, isWeakFlags, shortTypeName, stepLine } from '../schema';

export function delCycle(ctx: LintContext): LintFinding[] {
  const { index, trace } = ctx;
  const out: LintFinding[] = [];
  const seen = new Set<string>();
  for (const c of collections(index)) {
    if (c.unreachable.length === 0) continue;
    for (const cycle of collectionCycles(index, c)) {
      const members = [...new Set(cycle)];
      const finalizable = members.filter((id) => hasFlag(trace, id, OF.hasFinalizer) && !hasFlag(trace, id, OF.isType));
      if (finalizable.length === 0) continue;
      const closing = closingEdge(ctx, members, c.begin);
      const line = closing >= 0 ? stepLine(trace, trace.events.step[closing] as number) : stepLine(trace, trace.objects.bornStep[members[0] as number] ?? -1);
      const classes = [...new Set(finalizable.map((id) => shortTypeName(trace, id)))];
      const key = `${line}:${classes.join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const when = c.reason === 'shutdown' ? 'only at shutdown, by the final collection' : c.reason === 'manual' ? `only by gc.collect() at line ${c.line}` : `only by an automatic collection at line ${c.line}`;
      out.push({
        id: 'del-cycle',
        line,
        col: (trace.steps.col[trace.events.step[closing] ?? 0] ?? 0) + 1,
        message: `reference cycle ${cycle.map((id) => objectTitle(trace, id).split(' ')[0]).join(' → ')} goes through objects with __del__ (${classes.join(', ')}): it is freed ${when}, not when its last name goes`,
        related: [
          ...members.map((id) => ({ line: stepLine(trace, trace.objects.bornStep[id] ?? -1), message: `${objectTitle(trace, id)} is created here` })),
          { line: c.line, message: c.reason === 'shutdown' ? 'freed at shutdown' : 'freed by this collection' },
        ],
        fix: 'break the cycle: make the back reference a weakref.ref (or weakref.proxy), or clear it explicitly (a close() method) before dropping the objects; or clean up with weakref.finalize instead of __del__',
      });
    }
  }
  return out;
}

/** The newest strong edge of the cycle that was still there when the collection began: the one that closed it. */
function closingEdge(ctx: LintContext, members: readonly number[], before: number): number {
  const { index, trace } = ctx;
  const { events } = trace;
  const inCycle = new Set(members);
  let newest = -1;
  for (const id of members) {
    for (const i of objectEvents(index).of(id)) {
      if (i >= before) break;
      if (events.kind[i] !== EV.edge_add || events.a[i] !== id || isWeakFlags(events.d[i] as number)) continue;
      if (inCycle.has(events.b[i] as number) && index.edgeEnd(i) >= before && i > newest) newest = i;
    }
  }
  return newest;
}
