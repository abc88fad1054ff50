/**
 * del-resurrects: a __del__ that stores a reference to its object somewhere that outlives the
 * call (a global list, another object). The object survives its finalizer, and (PEP 442) __del__
 * will not run again when it finally dies.
 */
import type { LintContext, LintFinding } from './types';
import { objectTitle, qualifiedName } from '../labels';
import { objectEvents } from '../object-events';
import { nameAt } from '../death';
import { EV, OF, hasFlag, isWeakFlags, labelKindOf, stepLine, str } from '../schema';

export function delResurrects(ctx: LintContext): LintFinding[] {
  const { trace } = ctx;
  const { events } = trace;
  const out: LintFinding[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < events.count; i++) {
    if (events.kind[i] !== EV.resurrect) continue;
    const id = events.a[i] as number;
    const delCall = lastBefore(ctx, id, i, EV.del_call);
    if (delCall < 0) continue;
    const store = storeDuring(ctx, id, delCall, i);
    const line = store >= 0 ? stepLine(trace, events.step[store] as number) : stepLine(trace, events.step[delCall] as number);
    if (seen.has(line)) continue;
    seen.add(line);
    const where = store >= 0 ? holderText(ctx, store) : 'a reference that outlives the call';
    const stepCol = (trace.steps.col[events.step[store >= 0 ? store : delCall] as number] ?? 0) + 1;
    out.push({
      id: 'del-resurrects',
      line,
      col: stepCol,
      message: `__del__ of ${objectTitle(trace, id)} resurrects its object: it stores self in ${where}, so the object outlives its finalizer, and __del__ will not run again when it finally dies`,
      related: [{ line: stepLine(trace, events.step[delCall] as number), message: '__del__ is called here' }],
      fix: 'do not keep self from __del__: copy out the state you need (or log it) instead; to run cleanup that may need the object later, use weakref.finalize with the resources, not the object',
    });
  }
  return out;
}

function lastBefore(ctx: LintContext, id: number, before: number, kind: number): number {
  const { events } = ctx.trace;
  const list = objectEvents(ctx.index).of(id);
  for (let j = list.length - 1; j >= 0; j--) {
    const i = list[j] as number;
    if (i < before && events.kind[i] === kind && events.a[i] === id) return i;
  }
  return -1;
}

/** The strong reference to `id` made during its __del__ that is still there when it is resurrected (not __del__'s own `self`). */
function storeDuring(ctx: LintContext, id: number, from: number, to: number): number {
  const { index, trace } = ctx;
  const { events } = trace;
  for (const i of objectEvents(index).of(id)) {
    if (i <= from || i >= to) continue;
    if (events.kind[i] !== EV.edge_add || events.b[i] !== id || isWeakFlags(events.d[i] as number)) continue;
    if (index.edgeEnd(i) < to) continue;
    if (hasFlag(trace, events.a[i] as number, OF.isFrame) && labelKindOf(events.d[i] as number) === 'name') continue;
    return i;
  }
  return -1;
}

function holderText(ctx: LintContext, e: number): string {
  const { trace } = ctx;
  const { events } = trace;
  const holder = events.a[e] as number;
  const label = str(trace, events.c[e] as number);
  const kind = labelKindOf(events.d[e] as number);
  if (kind === 'name') return `\`${qualifiedName(trace, holder, label)}\``;
  const head = nameAt(ctx.index, holder, e) ?? (objectTitle(trace, holder).split(' ')[0] as string);
  if (kind === 'attr') return `\`${head}.${label}\``;
  return `\`${head}${kind === 'index' || kind === 'value' ? `[${label}]` : ''}\``;
}
