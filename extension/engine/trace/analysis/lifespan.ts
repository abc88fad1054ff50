/**
 * An object's life in one record: born where, died where and why (death.ts), and what ran while
 * it died, in order — __del__, weakref callbacks, weakref.finalize, resurrection, output,
 * exceptions ignored in finalizers — each with its step and line.
 */
import type { TraceIndex } from './trace-index';
import { deathOf, type Death } from './death';
import { objectEvents } from './object-events';
import { objectTitle } from './labels';
import { EV, eventLine, phaseName, str, stepLine } from './schema';

export type DeathEventKind = 'phase' | 'del' | 'weakref_callback' | 'finalize' | 'resurrect' | 'output' | 'unraisable' | 'free';

export interface DeathEvent {
  readonly kind: DeathEventKind;
  readonly event: number;
  readonly step: number;
  readonly line: number;
  readonly text: string;
}

export interface Lifespan {
  readonly id: number;
  readonly title: string;
  readonly bornStep: number;
  readonly bornLine: number;
  /** -1 while alive at the end of the trace. */
  readonly diedStep: number;
  readonly diedLine: number;
  readonly death: Death | null;
  /** Resurrections (a __del__ made it reachable again), as events. */
  readonly resurrections: readonly number[];
  /** What ran during its (final) death, in order. */
  readonly duringDeath: readonly DeathEvent[];
}

export function lifespan(index: TraceIndex, id: number): Lifespan {
  const trace = index.trace;
  const bornStep = trace.objects.bornStep[id] ?? -1;
  const death = deathOf(index, id);
  const { events } = trace;
  const resurrections: number[] = [];
  for (const i of objectEvents(index).of(id)) if (events.kind[i] === EV.resurrect && events.a[i] === id) resurrections.push(i);
  return {
    id,
    title: objectTitle(trace, id),
    bornStep,
    bornLine: stepLine(trace, bornStep),
    diedStep: death?.step ?? -1,
    diedLine: death?.line ?? 0,
    death,
    resurrections,
    duringDeath: death === null ? [] : duringDeath(index, id, death),
  };
}

/**
 * The events of `id`'s death, from the start of its last deallocation attempt (the reference
 * drop or collection that began it) to its free. Output and ignored exceptions in that window are
 * included: they are what its finalizers and callbacks printed and raised.
 */
function duringDeath(index: TraceIndex, id: number, death: Death): DeathEvent[] {
  const trace = index.trace;
  const { events } = trace;
  const from = Math.min(death.start, death.cause.event);
  const out: DeathEvent[] = [];
  const add = (kind: DeathEventKind, i: number, text: string): void => {
    out.push({ kind, event: i, step: events.step[i] as number, line: eventLine(trace, i), text });
  };
  const mine = new Set(objectEvents(index).of(id));
  for (let i = Math.max(0, from); i <= death.freeEvent; i++) {
    const k = events.kind[i];
    const a = events.a[i] as number;
    const b = events.b[i] as number;
    if (k === EV.output) {
      add('output', i, `printed ${JSON.stringify(str(trace, b))}`);
      continue;
    }
    if (k === EV.unraisable) {
      add('unraisable', i, `exception ignored: ${str(trace, b)}`);
      continue;
    }
    if (!mine.has(i)) continue;
    if (k === EV.phase && a === id) add('phase', i, phaseName(b));
    else if (k === EV.del_call && a === id) add('del', i, `${objectTitle(trace, id).split(' ')[0] as string}.__del__() ran`);
    else if (k === EV.weakref_callback && b === id) add('weakref_callback', i, `weakref callback ${objectTitle(trace, events.c[i] as number)} called with ${objectTitle(trace, a)}`);
    else if (k === EV.finalize_call && b === id) add('finalize', i, `weakref.finalize ${objectTitle(trace, a)} called`);
    else if (k === EV.resurrect && a === id) add('resurrect', i, 'resurrected by its finalizer');
    else if (k === EV.free && a === id) add('free', i, 'freed');
  }
  return out;
}
