/**
 * What the editor writes after a line (inline annotations) and above it (CodeLens): where the
 * program's objects were freed, and where __del__, weakref callbacks and weakref.finalize ran,
 * with the step to show in the graph. One pass over the trace.
 */
import type { TraceIndex } from '../../engine/trace/analysis/trace-index';
import { deathOf, type CauseKind } from '../../engine/trace/analysis/death';
import { collections } from '../../engine/trace/analysis/collections';
import { runShape } from '../../engine/trace/analysis/run-shape';
import { EV, shortTypeName } from '../../engine/trace/analysis/schema';
import { isUserObject } from './user-objects';
import { plural } from './markdown';

export interface LineNote {
  readonly line: number;
  /** The after-line annotation. */
  readonly text: string;
  /** The program's objects freed on this line (all executions). */
  readonly freed: number;
  /**
   * What "show in graph" seeks to: the step of the first free on this line (the graph draws the
   * object fading out), else of the first finalizer that ran here.
   */
  readonly step: number;
}

/** Objects named one by one in an annotation before it counts them by type. */
const NAMED = 2;
/** Frees per line whose cause of death is read (the rest are counted). */
const CAUSE_SAMPLES = 20;

interface Acc {
  readonly line: number;
  step: number;
  readonly freed: number[];
  dels: number;
  callbacks: number;
  finalizers: number;
  readonly causes: Set<CauseKind>;
}

export function lineNotes(index: TraceIndex): LineNote[] {
  const trace = index.trace;
  const { events, steps } = trace;
  const end = Math.min(runShape(index).shutdownStart, events.count);
  // Code called from a statement has steps and lines of its own: events belong to the line of their step.
  const lineOf = (s: number): number => (s >= 0 ? (steps.line[s] as number) : 0);
  const byLine = new Map<number, Acc>();
  const acc = (line: number, step: number): Acc => {
    let a = byLine.get(line);
    if (a === undefined) byLine.set(line, (a = { line, step, freed: [], dels: 0, callbacks: 0, finalizers: 0, causes: new Set() }));
    return a;
  };
  for (let i = 0; i < end; i++) {
    const k = events.kind[i];
    if (k !== EV.free && k !== EV.del_call && k !== EV.weakref_callback && k !== EV.finalize_call) continue;
    const step = events.step[i] as number;
    const line = lineOf(step);
    if (line <= 0) continue;
    const a = events.a[i] as number;
    if (k === EV.free) {
      if (!isUserObject(index, a)) continue;
      const note = acc(line, step);
      if (note.freed.length === 0) note.step = step;
      note.freed.push(a);
      // A cause costs a walk over the holder's history: the first ones on a line say what kind of line it is.
      if (note.freed.length <= CAUSE_SAMPLES) {
        const cause = deathOf(index, a)?.cause;
        if (cause !== undefined) note.causes.add(cause.kind);
      }
    } else {
      const note = acc(line, step);
      if (k === EV.del_call) note.dels++;
      else if (k === EV.weakref_callback) note.callbacks++;
      else note.finalizers++;
    }
  }
  const gcLines = new Map<number, number>();
  for (const c of collections(index)) if (c.reason === 'manual' && c.begin < end) gcLines.set(c.line, (gcLines.get(c.line) ?? 0) + c.returned);
  return [...byLine.values()]
    .sort((a, b) => a.line - b.line)
    .map((a) => ({ line: a.line, text: annotation(index, a, gcLines.get(a.line)), freed: a.freed.length, step: a.step }));
}

function annotation(index: TraceIndex, a: Acc, collected: number | undefined): string {
  const trace = index.trace;
  const parts: string[] = [];
  if (a.freed.length > 0 && a.freed.length <= NAMED) parts.push(`${a.freed.map((id) => `${shortTypeName(trace, id)}#${id}`).join(', ')} freed`);
  else if (a.freed.length > NAMED) parts.push(`${a.freed.length} freed: ${byType(index, a.freed)}`);
  if (a.freed.length > 0 && a.causes.size > 0) parts[parts.length - 1] += ` (${[...a.causes].sort((x, y) => CAUSE_ORDER.indexOf(x) - CAUSE_ORDER.indexOf(y)).map(causeWord).join(', ')})`;
  const ran: string[] = [];
  if (a.dels > 0) ran.push(a.dels === 1 ? '__del__' : `__del__ ×${a.dels}`);
  if (a.callbacks > 0) ran.push(plural(a.callbacks, 'weakref callback'));
  if (a.finalizers > 0) ran.push(plural(a.finalizers, 'finalizer'));
  if (ran.length > 0) parts.push(`ran ${ran.join(', ')}`);
  if (collected !== undefined) parts.push(`gc.collect() → ${collected}`);
  return parts.join(' · ');
}

/** "1 Image, 2 function": instances of classes first (the program's own types), then built-in types. */
function byType(index: TraceIndex, ids: readonly number[]): string {
  const counts = new Map<string, { n: number; cls: boolean }>();
  for (const id of ids) {
    const t = shortTypeName(index.trace, id);
    const c = counts.get(t) ?? { n: 0, cls: (index.trace.objects.typeObject[id] ?? -1) >= 0 };
    c.n++;
    counts.set(t, c);
  }
  return [...counts]
    .sort((a, b) => Number(b[1].cls) - Number(a[1].cls))
    .map(([t, c]) => `${c.n} ${t}`)
    .join(', ');
}

/** The statement-level causes a reader looks for first; temporaries and shutdown last. */
const CAUSE_ORDER: readonly CauseKind[] = ['del', 'rebound', 'scope_exit', 'gc', 'container_cleared', 'removed', 'exception_cleared', 'temporary', 'shutdown', 'unknown'];

function causeWord(kind: CauseKind): string {
  switch (kind) {
    case 'del':
      return 'del';
    case 'rebound':
      return 'rebound';
    case 'scope_exit':
      return 'scope exit';
    case 'temporary':
      return 'temporary';
    case 'container_cleared':
      return 'container cleared';
    case 'removed':
      return 'entry removed';
    case 'exception_cleared':
      return 'exception released';
    case 'gc':
      return 'gc';
    case 'shutdown':
      return 'shutdown';
    case 'unknown':
      return 'cause unknown';
    default: {
      const never: never = kind;
      return String(never);
    }
  }
}

/** The CodeLens title for a note. */
export function lensTitle(note: LineNote): string {
  return `${plural(note.freed, 'object')} freed here · show in graph`;
}
