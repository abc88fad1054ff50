/**
 * An object's fate in one line of text, as a hover shows it: "freed at line 14 by `del a`:
 * `__del__`, then 2 weakref callbacks", "freed at shutdown", or "alive at exit".
 */
import type { TraceIndex } from '../../engine/trace/analysis/trace-index';
import { lifespan, type DeathEvent, type Lifespan } from '../../engine/trace/analysis/lifespan';
import { runShape } from '../../engine/trace/analysis/run-shape';
import { objectTitle } from '../../engine/trace/analysis/labels';

export interface Fate {
  /** 'freed' during the program, 'shutdown' when freed as the interpreter exited, 'alive' never freed. */
  readonly kind: 'freed' | 'shutdown' | 'alive';
  readonly line: number;
  readonly text: string;
}

export function fateOf(index: TraceIndex, id: number): Fate {
  const life = lifespan(index, id);
  const death = life.death;
  if (death === null) return { kind: 'alive', line: 0, text: 'alive at exit' };
  const ran = ranDuring(life.duringDeath);
  const suffix = ran === '' ? '' : `: ${ran}`;
  if (death.freeEvent >= runShape(index).shutdownStart) {
    return { kind: 'shutdown', line: 0, text: `alive at exit, freed at shutdown${suffix}` };
  }
  return { kind: 'freed', line: death.line, text: `freed at line ${death.line} by ${causeText(index, life)}${suffix}` };
}

/** The first cause without its own "at line N" when that is the line already named, then the cascade. */
function causeText(index: TraceIndex, life: Lifespan): string {
  const death = life.death;
  if (death === null) return '';
  const c = death.cause.collection;
  const own =
    death.cause.kind === 'gc' && c !== null
      ? `${c.reason === 'manual' ? '`gc.collect()`' : `an automatic collection (generation ${c.generation})`}, as part of an unreachable cycle`
      : death.cause.line === death.line
        ? death.cause.text.replace(/ at line \d+$/, '')
        : death.cause.text;
  const holders = death.cascade.slice(0, -1);
  if (holders.length === 0) return own;
  // A cascade names the object whose teardown released this one; the first cause is that object's.
  const via = holders[holders.length - 1];
  return via === undefined ? own : `${own} (with ${objectTitle(index.trace, via.id)})`;
}

const RAN_KINDS = new Set<DeathEvent['kind']>(['del', 'weakref_callback', 'finalize', 'resurrect']);

/** "`__del__`, then 2 weakref callbacks": what ran during the death, runs of one kind counted. */
export function ranDuring(events: readonly DeathEvent[]): string {
  const runs: { kind: DeathEvent['kind']; count: number }[] = [];
  for (const e of events) {
    if (!RAN_KINDS.has(e.kind)) continue;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.kind === e.kind) last.count++;
    else runs.push({ kind: e.kind, count: 1 });
  }
  return runs.map((r, i) => (i === 0 ? '' : 'then ') + ranText(r.kind, r.count)).join(', ');
}

function ranText(kind: DeathEvent['kind'], n: number): string {
  switch (kind) {
    case 'del':
      return n === 1 ? '`__del__`' : `\`__del__\` ×${n}`;
    case 'weakref_callback':
      return n === 1 ? '1 weakref callback' : `${n} weakref callbacks`;
    case 'finalize':
      return n === 1 ? '`weakref.finalize`' : `${n} \`weakref.finalize\` calls`;
    case 'resurrect':
      return 'resurrected';
    case 'phase':
    case 'output':
    case 'unraisable':
    case 'free':
      return '';
    default: {
      const never: never = kind;
      return String(never);
    }
  }
}
