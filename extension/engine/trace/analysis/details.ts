/**
 * details: the webview's details pane for one object at one step — facts in words (type,
 * refcount, weak references, names, birth, fate), the why-alive chains (as graph edges, so the
 * graph can highlight them) and, for weak containers, the entries and evictions.
 */
import type { ObjectDetails } from '../../../protocol/messages';
import type { TraceIndex } from './trace-index';
import { namesOf } from './bindings';
import { lifespan } from './lifespan';
import { clipRepr, objectTitle } from './labels';
import { unattributedRefs } from './roots';
import { weakContainerAt } from './weak-containers';
import { whyAlive } from './why';
import { visibility } from './graph-visibility';
import { OF, hasFlag, shortTypeName } from './schema';

export function details(index: TraceIndex, id: number, step: number): ObjectDetails {
  const trace = index.trace;
  const view = index.seek(step);
  const alive = view.isAlive(id);
  const title = clipRepr(objectTitle(trace, id, alive ? view.repr(id) : undefined), 200);
  const life = lifespan(index, id);
  const why = whyAlive(index, id, step);
  const facts: string[] = [`type ${shortTypeName(trace, id)}`];
  if (alive) {
    const rc = view.refcnt(id);
    const strong = view.strongIn(id);
    const extra = unattributedRefs(view, id);
    if (hasFlag(trace, id, OF.immortal)) facts.push('immortal (its refcount never changes)');
    else facts.push(`refcount ${rc >= 0 ? rc : strong}: ${strong} reference${strong === 1 ? '' : 's'} in the graph${extra > 0 ? ` + ${extra} the trace does not attribute (value stack, C code)` : ''}`);
    const weak = [...view.in(id)].filter((e) => view.isWeak(e));
    if (weak.length > 0) facts.push(`${weak.length} weak reference${weak.length === 1 ? '' : 's'}`);
    const names = namesOf(view, id);
    if (names.length > 0) facts.push(`bound to ${names.join(', ')}`);
  }
  facts.push(`created at line ${life.bornLine} (step ${life.bornStep})`);
  if (hasFlag(trace, id, OF.hasFinalizer)) facts.push('has a finalizer (__del__)');
  for (const r of life.resurrections) facts.push(`resurrected at line ${trace.steps.line[trace.events.step[r] as number] ?? 0}`);
  if (life.death === null) facts.push('alive at the end of the run');
  else {
    facts.push(`${life.death.step <= step ? 'freed' : 'will be freed'} at line ${life.death.line} (step ${life.death.step}): ${life.death.text}`);
    const ran = life.duringDeath.filter((e) => e.kind !== 'phase' && e.kind !== 'free');
    if (ran.length > 0) facts.push(`during its death: ${ran.map((e) => `${e.text} (line ${e.line})`).join('; ')}`);
  }
  if (why.state === 'alive' && why.cycleOnly !== null) facts.push(why.cycleOnly.text);
  if (why.state === 'unborn') facts.push(why.text);
  const container = weakContainerAt(index, id, step);
  const drawnAs = visibility(view).drawnAs;
  return {
    id,
    step,
    title,
    facts,
    // As the graph draws them: a module's __dict__ is drawn as the module.
    whyAlive: why.state === 'alive'
      ? why.chains.filter((c) => c.links.length > 0).map((c) => c.links.filter((l) => !drawnAs.has(l.to)).map((l) => ({ from: drawnAs.get(l.from) ?? l.from, to: l.to, label: l.label })))
      : [],
    weakEntries: container === null ? null : [
      ...container.entries.map((e) => ({ key: e.key, value: entryValue(index, e.referent, e.value, container.kind), evicted: e.pending ? `pending removal: its referent died at step ${e.referentDiedStep}` : null })),
      ...container.evicted.map((e) => ({ key: e.key, value: entryValue(index, e.referent, e.value, container.kind), evicted: `step ${e.removedStep} (line ${e.removedLine}): ${e.cause ?? 'removed'}` })),
    ],
  };
}

function entryValue(index: TraceIndex, referent: number, value: number, kind: string): string {
  const id = kind === 'WeakKeyDictionary' ? value : referent;
  return id < 0 ? '?' : clipRepr(objectTitle(index.trace, id));
}
