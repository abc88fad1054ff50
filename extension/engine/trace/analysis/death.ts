/**
 * Why an object died: the reference whose removal freed it, classified (`del x`, rebinding, scope
 * exit, a temporary released, a container cleared or an entry removed, a collection, shutdown),
 * and for a cascade the chain back to the first cause: "`a` rebound → A#1 freed → its __dict__
 * freed → B#2 freed". An object is part of a cascade when the reference it lost was held by an
 * object already being deallocated.
 */
import { INTERPRETER_ID, type EdgeLabelKind } from '../../../protocol/trace';
import type { TraceIndex } from './trace-index';
import { collectionAt, type Collection } from './collections';
import { objectEvents } from './object-events';
import { historyOf, lastBirthBefore, liveBefore, lowerBound } from './object-history';
import { frameName, objectTitle } from './labels';
import { runShape } from './run-shape';
import { classify, plain, type DeathCause } from './death-cause';
import { EV, OF, hasFlag, isWeakFlags, labelKindOf, stepEventStart, stepLine, str } from './schema';

export { nameAt, type CauseKind, type DeathCause } from './death-cause';

export interface CascadeLink {
  readonly id: number;
  /** How this object was held by the previous one in the chain (null for the first). */
  readonly via: EdgeLabelKind | null;
  /** The label of that reference ('' for the first). */
  readonly label: string;
}

export interface Death {
  readonly id: number;
  readonly freeEvent: number;
  readonly step: number;
  readonly line: number;
  /** The first cause. */
  readonly cause: DeathCause;
  /** Objects freed on the way, from the first one freed down to this one (this one last). */
  readonly cascade: readonly CascadeLink[];
  /** The event at which this object's own death began (its last reference dropped, or its collection). */
  readonly start: number;
  /** The whole story: "`a` rebound at line 5 → A#1 freed → B#2 freed". */
  readonly text: string;
  /** The same without this object's own "freed": "`a` rebound at line 5 → A#1 freed". */
  readonly because: string;
}

const cache = new WeakMap<TraceIndex, Map<number, Death | null>>();

/** How `id` died, or null while it is alive at the end of the trace. */
export function deathOf(index: TraceIndex, id: number): Death | null {
  let memo = cache.get(index);
  if (memo === undefined) {
    memo = new Map();
    cache.set(index, memo);
  }
  const known = memo.get(id);
  if (known !== undefined) return known;
  // Cascades can be long (a 100,000-node list freed from its head): resolve parents first, iteratively.
  const chain: number[] = [id];
  for (;;) {
    const top = chain[chain.length - 1] as number;
    const parent = cascadeParent(index, top);
    if (parent === null || memo.has(parent.holder) || chain.includes(parent.holder)) break;
    chain.push(parent.holder);
  }
  for (let i = chain.length - 1; i >= 0; i--) memo.set(chain[i] as number, computeDeath(index, chain[i] as number, memo));
  return memo.get(id) ?? null;
}

interface Parent {
  readonly holder: number;
  readonly via: EdgeLabelKind;
}

function linkOf(index: TraceIndex, id: number, edgeEvent: number): CascadeLink {
  return { id, via: labelKindOf(index.trace.events.d[edgeEvent] as number), label: str(index.trace, index.trace.events.c[edgeEvent] as number) };
}

/** The object whose deallocation dropped `id`'s last reference, if that is how it died. */
function cascadeParent(index: TraceIndex, id: number): Parent | null {
  const f = index.freeAt[id] as number;
  if (f >= index.eventCount || inCollection(index, id, f) !== null) return null;
  const implicit = implicitHolder(index, id, f);
  if (implicit >= 0) return { holder: index.edgeFrom(implicit), via: labelKindOf(index.edgeFlags(implicit)) };
  const r = finalDrop(index, id, f);
  if (r < 0) return null;
  const h = index.trace.events.a[r] as number;
  return dyingAt(index, h, r) ? { holder: h, via: labelKindOf(index.trace.events.d[r] as number) } : null;
}

/**
 * The recorded removal that dropped `id`'s last reference, or -1 when the last one was not
 * recorded: a reference still recorded at the free from a live holder (its removal implied by
 * the free, like the interpreter's hold on a frame), or references the trace never attributed
 * (the value stack holding a temporary after its __init__'s `self` went) outliving the removal —
 * unless they went in the same statement from a holder that is not being torn down (the handled
 * exception released with `err` when an except block ends).
 */
function finalDrop(index: TraceIndex, id: number, f: number): number {
  const r = lastReferenceDrop(index, id, f);
  if (r < 0) return -1;
  const { events } = index.trace;
  for (const i of objectEvents(index).of(id)) {
    if (i >= f) break;
    if (events.kind[i] !== EV.edge_add || events.b[i] !== id || isWeakFlags(events.d[i] as number)) continue;
    if (index.edgeEnd(i) >= f && index.aliveAt(events.a[i] as number, f)) return -1;
  }
  if (unattributedBefore(index, id, r) <= 0) return r;
  return events.step[f] === events.step[r] && !dyingAt(index, events.a[r] as number, r) ? r : -1;
}

/** References to `id` no recorded edge accounts for as the step of event `r` begins. */
function unattributedBefore(index: TraceIndex, id: number, r: number): number {
  const trace = index.trace;
  const { events } = trace;
  // A class is held by its instances' ob_type, which the trace leaves implicit.
  if (hasFlag(trace, id, OF.isType)) return 0;
  // Refcounts are recorded at the ends of steps that changed them: the last one stands until then.
  const p0 = stepEventStart(trace, events.step[r] as number);
  const list = objectEvents(index).of(id);
  let rc = -1;
  let recorded = 0;
  for (const i of list) {
    if (i >= p0) break;
    if (events.kind[i] === EV.refcnt && events.a[i] === id) rc = events.b[i] as number;
    else if (events.kind[i] === EV.edge_add && events.b[i] === id && !isWeakFlags(events.d[i] as number)) {
      if (index.edgeEnd(i) >= p0 && index.aliveAt(events.a[i] as number, p0)) recorded++;
    }
  }
  return rc < 0 ? 0 : rc - recorded;
}

/**
 * A strong edge into `id` still recorded when it was freed, from an object being deallocated: the
 * holder released it as part of its own teardown without an edge_remove (a free takes its edges
 * with it), so that holder's death is this one's cause. Returns the edge, or -1.
 */
function implicitHolder(index: TraceIndex, id: number, f: number): number {
  const { events } = index.trace;
  for (const i of objectEvents(index).of(id)) {
    if (i >= f) break;
    if (events.kind[i] !== EV.edge_add || events.b[i] !== id || isWeakFlags(events.d[i] as number)) continue;
    if (index.edgeEnd(i) < f) continue;
    const h = events.a[i] as number;
    if (h !== id && dyingAt(index, h, f)) return i;
  }
  return -1;
}

function computeDeath(index: TraceIndex, id: number, memo: Map<number, Death | null>): Death | null {
  const trace = index.trace;
  const f = index.freeAt[id] as number;
  if (f >= index.eventCount) return null;
  const step = trace.events.step[f] as number;
  const line = stepLine(trace, step);
  const c = inCollection(index, id, f);
  if (c !== null) {
    const start = gcUnreachableEvent(index, id, c);
    return finish(index, id, f, gcCause(index, c), [{ id, via: null, label: '' }], start);
  }
  const implicit = implicitHolder(index, id, f);
  if (implicit >= 0) {
    const parent = memo.get(index.edgeFrom(implicit)) ?? null;
    if (parent !== null) return finish(index, id, f, parent.cause, [...parent.cascade, linkOf(index, id, implicit)], f);
  }
  const r = finalDrop(index, id, f);
  if (r < 0 && hasFlag(trace, id, OF.isFrame) && f < runShape(index).shutdownStart) {
    const name = frameName(str(trace, trace.objects.repr[id] ?? -1));
    const cause = plain(index, 'scope_exit', f, id, name, name === '<module>' ? `the module's code finished at line ${line}` : `${name}() returned at line ${line}`);
    return finish(index, id, f, cause, [{ id, via: null, label: '' }], f);
  }
  if (r < 0) {
    const shutdown = f >= runShape(index).shutdownStart;
    const cause = plain(index, shutdown ? 'shutdown' : 'temporary', f, -1, '', shutdown ? `freed at shutdown (line ${line})` : `temporary released at line ${line}`);
    return finish(index, id, f, cause, [{ id, via: null, label: '' }], f);
  }
  const h = trace.events.a[r] as number;
  if (dyingAt(index, h, r)) {
    const parent = memo.get(h) ?? null;
    if (parent !== null) return finish(index, id, f, parent.cause, [...parent.cascade, linkOf(index, id, r)], r);
  }
  return finish(index, id, f, classify(index, r), [{ id, via: null, label: '' }], r);
}

function finish(index: TraceIndex, id: number, f: number, cause: DeathCause, cascade: CascadeLink[], start: number): Death {
  const trace = index.trace;
  const step = trace.events.step[f] as number;
  const parts = [cause.text];
  cascade.forEach((link, i) => {
    // A returning frame is implied by its cause; what it held reads as its local.
    if (hasFlag(trace, link.id, OF.isFrame) && i < cascade.length - 1) return;
    const prev = cascade[i - 1];
    const local = prev !== undefined && hasFlag(trace, prev.id, OF.isFrame) && link.via === 'name' ? ` (local \`${link.label}\`)` : '';
    parts.push(link.via === 'dict' ? 'its __dict__ freed' : `${objectTitle(trace, link.id)} freed${local}`);
  });
  return { id, freeEvent: f, step, line: stepLine(trace, step), cause, cascade, start, text: parts.join(' → '), because: parts.slice(0, -1).join(' → ') };
}

/**
 * The last strong reference to `id` removed before its free (and after any resurrection), or -1.
 * References made while it was being finalized (__del__'s own `self`) do not count: once a
 * deallocation phase has begun, its cause is what came before.
 */
export function lastReferenceDrop(index: TraceIndex, id: number, before: number): number {
  const kind = index.trace.events.kind;
  const h = historyOf(index, id);
  const birth = lastBirthBefore(index, h, before);
  let limit = before;
  for (let j = lowerBound(h.marks, before) - 1; j >= 0; j--) {
    const i = h.marks[j] as number;
    if (i <= birth) break;
    if (kind[i] === EV.phase) limit = i;
  }
  const j = lowerBound(h.inRemovals, limit) - 1;
  const r = j < 0 ? -1 : (h.inRemovals[j] as number);
  return r > birth ? r : -1;
}

/** The collection that freed `id` at event `f`, when it was in its unreachable set. */
function inCollection(index: TraceIndex, id: number, f: number): Collection | null {
  const c = collectionAt(index, f);
  return c !== null && gcUnreachableEvent(index, id, c) >= 0 ? c : null;
}

function gcUnreachableEvent(index: TraceIndex, id: number, c: Collection): number {
  const { events } = index.trace;
  const list = objectEvents(index).of(id);
  for (let j = lowerBound(list, c.begin); j < list.length; j++) {
    const i = list[j] as number;
    if (i > c.end) break;
    if (events.kind[i] === EV.gc_unreachable) return i;
  }
  return -1;
}

/**
 * Whether `h` was being deallocated when it dropped a reference at event `r`: its death had begun
 * (its last reference gone, or a deallocation phase recorded) and it was freed afterwards — in
 * the same step, or after phases that show code ran during its death.
 */
function dyingAt(index: TraceIndex, h: number, r: number): boolean {
  const trace = index.trace;
  const { events } = trace;
  const free = index.freeAt[h] as number;
  if (h === INTERPRETER_ID || free >= index.eventCount || free < r) return false;
  const c = inCollection(index, h, free);
  if (c !== null) return c.begin <= r;
  // A frame is torn down as its function returns: whatever it releases in that step is its doing.
  if (hasFlag(trace, h, OF.isFrame) && events.step[free] === events.step[r]) return true;
  const hist = historyOf(index, h);
  const birth = lastBirthBefore(index, hist, r);
  const lastMark = lowerBound(hist.marks, r) - 1;
  // Its phases, since it was last born, show its death had begun.
  if (lastMark >= 0 && (hist.marks[lastMark] as number) > birth && events.kind[hist.marks[lastMark] as number] === EV.phase) return true;
  if (events.step[free] !== events.step[r]) return false;
  // Freed in the same step with nothing holding it: a temporary (or an object whose last reference went) being torn down.
  const j = lowerBound(hist.inRemovals, r) - 1;
  const removed = j >= 0 && (hist.inRemovals[j] as number) > birth;
  return removed || liveBefore(hist.strongIn, r) === 0;
}

function gcCause(index: TraceIndex, c: Collection): DeathCause {
  const how = c.reason === 'manual' ? `gc.collect() at line ${c.line}` : c.reason === 'shutdown' ? 'the final collection at shutdown' : `an automatic collection (generation ${c.generation}) at line ${c.line}`;
  return plain(index, c.reason === 'shutdown' ? 'shutdown' : 'gc', c.begin, -1, '', c.reason === 'shutdown' ? `freed by ${how}` : `unreachable cycle freed by ${how}`, c);
}

