/**
 * weak-container-temporary: a WeakValueDictionary, WeakKeyDictionary or WeakSet filled with
 * objects nothing else holds — each entry is evicted in the very statement that adds it.
 */
import type { LintContext, LintFinding } from './types';
import { weakContainerAt, weakContainers } from '../weak-containers';
import { objectTitle } from '../labels';

export function weakContainerTemporary(ctx: LintContext): LintFinding[] {
  const { index, trace } = ctx;
  const out: LintFinding[] = [];
  const seen = new Set<number>();
  const last = index.stepCount - 1;
  for (const id of weakContainers(index)) {
    const diedAt = index.freeAt[id] as number;
    const step = diedAt < index.eventCount ? Math.max(0, (trace.events.step[diedAt] as number) - 1) : last;
    const state = weakContainerAt(index, id, step);
    if (state === null) continue;
    for (const e of [...state.evicted, ...state.entries]) {
      if (!e.referentDied || e.referentDiedStep !== e.addedStep || seen.has(e.addedLine)) continue;
      seen.add(e.addedLine);
      const what = state.kind === 'WeakValueDictionary' ? 'value' : state.kind === 'WeakKeyDictionary' ? 'key' : 'member';
      out.push({
        id: 'weak-container-temporary',
        line: e.addedLine,
        col: ctx.callColumn(e.addedLine, ['add', 'setdefault', 'update']),
        message: `the ${state.kind} ${what} ${e.referent >= 0 ? objectTitle(trace, e.referent) : ''} dies as soon as it is stored: nothing else holds it, so its entry${state.kind === 'WeakValueDictionary' ? ` ${e.key}` : ''} is evicted at once`,
        related: [{ line: stepLine(ctx, e.referent), message: 'the object is created here and only the weak container refers to it' }],
        fix: `keep a strong reference to each ${what} for as long as the entry should live (a list, an attribute, a regular dict), or use a regular dict if the container should own them`,
      });
    }
  }
  return out;
}

function stepLine(ctx: LintContext, id: number): number {
  const s = id >= 0 ? (ctx.trace.objects.bornStep[id] ?? -1) : -1;
  return s >= 0 ? (ctx.trace.steps.line[s] ?? 0) : 0;
}
