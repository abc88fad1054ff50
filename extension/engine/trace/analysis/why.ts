/**
 * Why is this object alive? The shortest chains of strong references from the roots to it, one
 * per distinct first reference (`cache['k'] → Item.parent`, `main.x`); for an object only a
 * reference cycle keeps alive, the cycle and the collection that will free it; for a dead object,
 * what removed its last reference and where; for one not yet created, when it will be.
 */
import type { TraceIndex } from './trace-index';
import type { HeapView } from './heap-view';
import { deathOf, type Death } from './death';
import { collections, type Collection } from './collections';
import { cyclePath, cyclesAmong } from './cycles';
import { objectEvents } from './object-events';
import { chainText, edgeLabelText, objectTitle, whereText, type ChainLink } from './labels';
import { cycleOnlyObjects, rootKind, unattributedRefs, type RootKind } from './roots';
import { moduleDicts, namespaceOwner } from './structure';
import { EV, OF, hasFlag, labelKindOf, stepLine, str } from './schema';

export const MAX_CHAINS = 8;

export interface WhyChain {
  /** The object the chain starts at: a module or executing frame (held by the interpreter), an immortal, or an object held from outside the trace. */
  readonly root: number;
  readonly rootKind: RootKind;
  /** root → … → the object; edge labels as on the graph. */
  readonly links: readonly ChainLink[];
  readonly text: string;
}

export interface CycleOnly {
  /** A cycle that keeps it (it, or something that refers to it, is on it): A#1 → B#2 → A#1. */
  readonly cycle: readonly number[];
  /** The first collection after this step that finds it unreachable, if one does. */
  readonly collection: Collection | null;
  /** How it dies eventually (null: alive at the end of the trace). */
  readonly death: Death | null;
  readonly text: string;
}

export type WhyAlive =
  | { readonly state: 'unborn'; readonly id: number; readonly step: number; readonly bornStep: number; readonly bornLine: number; readonly text: string }
  | {
      readonly state: 'alive';
      readonly id: number;
      readonly step: number;
      readonly chains: readonly WhyChain[];
      /** References no recorded edge accounts for (the value stack, C code). */
      readonly unattributed: number;
      readonly cycleOnly: CycleOnly | null;
      readonly text: string;
    }
  | {
      readonly state: 'dead';
      readonly id: number;
      readonly step: number;
      readonly death: Death;
      /** The reference whose removal freed it: who held it, as what, where (null: an unrecorded one, like a temporary's). */
      readonly lastReference: LastReference | null;
      readonly text: string;
    };

export interface LastReference {
  readonly holder: number;
  /** As drawn on the graph ('x', "['k']", '.parent'). */
  readonly label: string;
  readonly step: number;
  readonly line: number;
  /** The holder dropped it while being deallocated itself (a cascade). */
  readonly holderDying: boolean;
}

export function whyAlive(index: TraceIndex, id: number, step: number): WhyAlive {
  const trace = index.trace;
  const view = index.seek(step);
  if (!view.isAlive(id)) {
    const death = deathOf(index, id);
    const bornStep = trace.objects.bornStep[id] ?? -1;
    if (death === null || (index.allocAt[id] as number) >= view.position) {
      return { state: 'unborn', id, step, bornStep, bornLine: stepLine(trace, bornStep), text: `${objectTitle(trace, id)} does not exist yet at step ${step}: it is created at line ${stepLine(trace, bornStep)} (step ${bornStep}).` };
    }
    const last = lastReferenceOf(index, death);
    const held = last === null ? '' : ` Its last reference was ${last.label} from ${objectTitle(trace, last.holder)}, removed at line ${last.line}${last.holderDying ? ' as that object was torn down' : ''}.`;
    return { state: 'dead', id, step, death, lastReference: last, text: `${objectTitle(trace, id)} was freed ${whereText(death.line, death.step)}: ${death.text}.${held}` };
  }
  const chains = shortestChains(view, id);
  const unattributed = rootKind(view, id) === 'external' ? unattributedRefs(view, id) : 0;
  const cycleOnly = chains.length === 0 && unattributed === 0 && !hasFlag(trace, id, OF.immortal) && !hasFlag(trace, id, OF.isInterpreter) ? explainCycleOnly(view, id) : null;
  const lines = chains.map((c) => `  ${c.text}`);
  if (unattributed > 0) lines.push(`  ${unattributed} reference${unattributed === 1 ? '' : 's'} the trace does not attribute (the value stack, or C code)`);
  const head = `${objectTitle(trace, id)} at step ${step}`;
  const text = cycleOnly !== null ? `${head}: ${cycleOnly.text}` : lines.length > 0 ? `${head} is alive because of:\n${lines.join('\n')}` : `${head} is immortal.`;
  return { state: 'alive', id, step, chains, unattributed, cycleOnly, text };
}

/**
 * For each reference to the object (each direct holder), the shortest chain from a root through
 * it — breadth-first backwards from the holder — and through each of the holder's own holders;
 * distinct chains, shortest first.
 */
export function shortestChains(view: HeapView, target: number, max = MAX_CHAINS): WhyChain[] {
  const trace = view.index.trace;
  const chains: WhyChain[] = [];
  const texts = new Set<string>();
  const emit = (root: number, kind: RootKind, links: ChainLink[], how: string): void => {
    const text = links.length === 0 ? `${objectTitle(trace, root)} (${how})` : chainText(trace, links);
    if (texts.has(text)) return;
    texts.add(text);
    chains.push({ root, rootKind: kind, links, text });
  };
  if (rootKind(view, target) === 'external') emit(target, 'external', [], 'held from outside the trace');
  for (const e of view.in(target)) {
    if (chains.length >= max) break;
    if (view.isWeak(e)) continue;
    if (moduleDicts(view.index).has(target) && view.labelKind(e) !== 'dict') continue;
    const last = link(view, e);
    const holder = view.from(e);
    if (rootKind(view, holder) === 'interpreter') {
      emit(target, 'interpreter', [], `held by the interpreter: ${last.label}`);
      continue;
    }
    const found = chainTo(view, holder);
    if (found !== null) emit(found.root, found.kind, [...found.links, last], '');
    // One level further: each way the holder itself is held (`a.child` and `cache['k'] → A.child`).
    if (found === null || found.links.length === 0) continue;
    for (const e2 of view.in(holder)) {
      if (chains.length >= max) break;
      if (view.isWeak(e2) || (moduleDicts(view.index).has(holder) && view.labelKind(e2) !== 'dict')) continue;
      const via = view.from(e2);
      if (via === target || rootKind(view, via) === 'interpreter') continue;
      const upstream = chainTo(view, via);
      if (upstream !== null && !upstream.links.some((l) => l.to === target || l.to === holder)) {
        emit(upstream.root, upstream.kind, [...upstream.links, link(view, e2), last], '');
      }
    }
  }
  return chains.sort((a, b) => a.links.length - b.links.length);
}

function link(view: HeapView, e: number): ChainLink {
  return { from: view.from(e), to: view.to(e), kind: view.labelKind(e), label: edgeLabelText(view.labelKind(e), view.label(e)) };
}

/** The shortest chain from a root to `start` (breadth-first backwards), or null when no root reaches it. */
function chainTo(view: HeapView, start: number): { root: number; kind: RootKind; links: ChainLink[] } | null {
  const next = new Map<number, number>();
  const seen = new Set<number>([start]);
  const queue = [start];
  const build = (root: number): ChainLink[] => {
    const links: ChainLink[] = [];
    for (let x = root; x !== start; ) {
      const e = next.get(x) as number;
      links.push(link(view, e));
      x = view.to(e);
    }
    return links;
  };
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q] as number;
    const own = rootKind(view, v);
    if (own === 'external' || own === 'immortal') return { root: v, kind: own, links: build(v) };
    // A module's globals are held by the module: a function's __globals__ is no reason of its own.
    const namespaceDict = moduleDicts(view.index).has(v);
    for (const e of view.in(v)) {
      if (view.isWeak(e) || (namespaceDict && view.labelKind(e) !== 'dict')) continue;
      const u = view.from(e);
      // The interpreter is not drawn: the chain starts at what it holds (a module, a running frame).
      if (rootKind(view, u) === 'interpreter') return { root: v, kind: 'interpreter', links: build(v) };
      if (seen.has(u)) continue;
      seen.add(u);
      next.set(u, e);
      queue.push(u);
    }
  }
  return null;
}

function lastReferenceOf(index: TraceIndex, death: Death): LastReference | null {
  const { events } = index.trace;
  const e = death.start;
  const dying = death.cascade.length > 1;
  if (e >= 0 && e < index.eventCount && events.kind[e] === EV.edge_remove) {
    const label = edgeLabelText(labelKindOf(events.d[e] as number), str(index.trace, events.c[e] as number));
    const s = events.step[e] as number;
    return { holder: namespaceOwner(index, events.a[e] as number), label, step: s, line: stepLine(index.trace, s), holderDying: dying };
  }
  const parent = death.cascade[death.cascade.length - 2];
  const self = death.cascade[death.cascade.length - 1];
  if (parent === undefined || self === undefined || self.via === null) return null;
  return { holder: parent.id, label: edgeLabelText(self.via, self.label), step: death.step, line: death.line, holderDying: true };
}

function explainCycleOnly(view: HeapView, id: number): CycleOnly {
  const index = view.index;
  const trace = index.trace;
  const garbage = cycleOnlyObjects(view);
  // The garbage that reaches this object (its holders, their holders…), itself included.
  const upstream = new Set<number>([id]);
  const queue = [id];
  for (let q = 0; q < queue.length; q++) {
    for (const e of view.in(queue[q] as number)) {
      const u = view.from(e);
      if (!view.isWeak(e) && garbage.has(u) && !upstream.has(u)) {
        upstream.add(u);
        queue.push(u);
      }
    }
  }
  const comps = cyclesAmong(view, upstream);
  const mine = comps.find((c) => c.includes(id)) ?? comps[0];
  const cycle = mine === undefined ? [] : cyclePath(view, mine);
  const collection = nextCollectionFinding(index, id, view.position);
  const death = deathOf(index, id);
  const cycleText = cycle.length > 0 ? cycle.map((x) => objectTitle(trace, x).split(' ')[0]).join(' → ') : 'a reference cycle';
  const on = mine?.includes(id) === true ? `it is on the cycle ${cycleText}` : `it is referenced from the cycle ${cycleText}`;
  let fate: string;
  if (collection !== null) fate = collection.reason === 'shutdown' ? 'the final collection at shutdown frees it' : `the collection at line ${collection.line} (step ${collection.step}, ${collection.reason === 'manual' ? 'gc.collect()' : `automatic, generation ${collection.generation}`}) frees it`;
  else if (death !== null) fate = `it is freed ${whereText(death.line, death.step)}: ${death.text}`;
  else fate = 'nothing frees it before the trace ends';
  return { cycle, collection, death, text: `only a reference cycle keeps it alive (no root reaches it): ${on}; ${fate}.` };
}

function nextCollectionFinding(index: TraceIndex, id: number, position: number): Collection | null {
  const { events } = index.trace;
  for (const i of objectEvents(index).of(id)) {
    if (i < position || events.kind[i] !== EV.gc_unreachable) continue;
    return collections(index).find((c) => c.begin <= i && i <= c.end) ?? null;
  }
  return null;
}
