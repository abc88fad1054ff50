/**
 * summarize: what the webview receives once per run — each step's line (for the scrubber and the
 * editor highlight), one timeline lane per interesting object with its lifetime events, the
 * collections, output aligned to steps, and the problem banner.
 */
import type { OutputChunk, RunSummary, TimelineEvent, TimelineLane } from '../../../protocol/messages';
import type { Trace } from '../../../protocol/trace';
import { TraceIndex } from './trace-index';
import { collections } from './collections';
import { deathOf } from './death';
import { clipRepr, objectTitle } from './labels';
import { isFinalize, isProxy } from './structure';
import { EV, OF, eventLine, hasCallbackFlags, isWeakFlags, phaseName, str } from './schema';

/** Lanes beyond the interesting ones are capped: a million short-lived objects are not a timeline. */
export const MAX_LANES = 5000;

export function summarize(trace: Trace, index: TraceIndex = new TraceIndex(trace)): RunSummary {
  const { events, objects } = trace;
  const interesting = new Uint8Array(objects.count);
  const candidate = new Uint8Array(objects.count);
  for (let id = 0; id < objects.count; id++) {
    const f = objects.flags[id] as number;
    if ((f & (OF.immortal | OF.isInterpreter | OF.isFrame | OF.isModule | OF.atomic | OF.isType)) !== 0) continue;
    candidate[id] = 1;
    if ((f & (OF.hasFinalizer | OF.isWeakContainer | OF.isFinalize)) !== 0 || isFinalize(trace, id)) interesting[id] = 1;
  }
  for (let i = 0; i < events.count; i++) {
    const k = events.kind[i];
    if (k === EV.edge_add && isWeakFlags(events.d[i] as number)) {
      // A weakref is worth a lane when what it watches is: the weakrefs a class keeps to its
      // subclasses, or that modules keep to their own functions, would bury the user's objects.
      const referent = events.b[i] as number;
      if (referent >= 0 && candidate[referent] === 1) {
        mark(interesting, referent);
        mark(interesting, events.a[i] as number);
      }
    } else if (k === EV.del_call || k === EV.resurrect) mark(interesting, events.a[i] as number);
  }
  const chosen: number[] = [];
  for (let id = 0; id < objects.count; id++) if (candidate[id] === 1 && interesting[id] === 1) chosen.push(id);
  for (let id = 0; id < objects.count && chosen.length < MAX_LANES; id++) if (candidate[id] === 1 && interesting[id] === 0) chosen.push(id);
  const laneEvents = new Map<number, TimelineEvent[]>(chosen.map((id) => [id, []]));
  const gcOrdinal = new Map(collections(index).map((c) => [c.begin, c.ordinal]));
  let currentGc = -1;
  const push = (id: number, i: number, kind: TimelineEvent['kind'], label: string): void => {
    laneEvents.get(id)?.push({ step: events.step[i] as number, line: eventLine(trace, i), kind, label });
  };
  const output: OutputChunk[] = [];
  for (let i = 0; i < events.count; i++) {
    const k = events.kind[i];
    const a = events.a[i] as number;
    const b = events.b[i] as number;
    const line = eventLine(trace, i);
    if (k === EV.edge_add && isWeakFlags(events.d[i] as number)) {
      const callback = hasCallbackFlags(events.d[i] as number);
      push(b, i, 'weakref_created', `${isProxy(trace, a) ? 'proxy' : 'weakref'}${callback ? ' with callback' : ''} (line ${line})`);
    } else if (k === EV.weakref_callback) {
      // MicroPython calls the callbacks of referents already freed (b = -1): the weakref's lane shows it.
      push(b >= 0 ? b : a, i, 'callback', `weakref callback (line ${line})`);
    } else if (k === EV.finalize_call) push(b >= 0 ? b : a, i, 'finalize', `weakref.finalize called (line ${line})`);
    else if (k === EV.del_call) push(a, i, 'del', `__del__ (line ${line})`);
    else if (k === EV.resurrect) push(a, i, 'resurrect', `resurrected (line ${line})`);
    else if (k === EV.gc_begin) currentGc = gcOrdinal.get(i) ?? -1;
    else if (k === EV.gc_unreachable) push(a, i, 'gc', `unreachable in collection #${currentGc + 1}`);
    else if (k === EV.phase && a >= 0) push(a, i, 'phase', phaseName(b));
    else if (k === EV.free && laneEvents.has(a)) push(a, i, 'freed', `freed: ${deathOf(index, a)?.cause.text ?? 'freed'}`);
    else if (k === EV.output) output.push({ step: events.step[i] as number, stream: a === 1 ? 'stderr' : 'stdout', text: str(trace, b) });
  }
  const lanes: TimelineLane[] = chosen.map((id) => ({
    objectId: id,
    title: clipRepr(objectTitle(trace, id)),
    bornStep: objects.bornStep[id] as number,
    diedStep: (index.freeAt[id] as number) < events.count ? (objects.diedStep[id] as number) : -1,
    interesting: interesting[id] === 1,
    events: laneEvents.get(id) ?? [],
  }));
  const gcEvents: TimelineEvent[] = collections(index).map((c) => ({
    step: c.step,
    line: c.line,
    kind: 'gc',
    label: c.reason === 'manual' ? `gc.collect() → ${c.returned}` : c.reason === 'shutdown' ? `shutdown collection → ${c.returned}` : `automatic collection (generation ${c.generation}) → ${c.returned}`,
  }));
  const o = trace.outcome;
  return {
    filename: trace.filename,
    stepCount: trace.steps.count,
    lines: Array.from(trace.steps.line),
    lanes,
    collections: gcEvents,
    output,
    problem: o.kind === 'completed' ? null : { kind: o.kind, message: o.message, line: o.line },
  };
}

function mark(a: Uint8Array, id: number): void {
  if (id >= 0 && id < a.length) a[id] = 1;
}
