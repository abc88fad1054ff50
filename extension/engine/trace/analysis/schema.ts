/**
 * The trace contract's codes as numbers the analysis compares against (computed from the
 * contract's lists, so a reordering there cannot silently break a comparison here), plus the few
 * derived facts every analysis needs: where a step's events end, what an edge's flags mean.
 */
import {
  EDGE_LABEL_KINDS,
  EVENT_KINDS,
  EdgeFlags,
  GC_REASONS,
  LABEL_KIND_SHIFT,
  ObjectFlags,
  PHASES,
  type EdgeLabelKind,
  type EventKind,
  type GcReason,
  type Phase,
  type Trace,
} from '../../../protocol/trace';

const kind = (k: EventKind): number => EVENT_KINDS.indexOf(k);

export const EV = {
  alloc: kind('alloc'),
  refcnt: kind('refcnt'),
  edge_add: kind('edge_add'),
  edge_remove: kind('edge_remove'),
  phase: kind('phase'),
  del_call: kind('del_call'),
  weakref_callback: kind('weakref_callback'),
  finalize_call: kind('finalize_call'),
  resurrect: kind('resurrect'),
  free: kind('free'),
  gc_begin: kind('gc_begin'),
  gc_unreachable: kind('gc_unreachable'),
  gc_end: kind('gc_end'),
  output: kind('output'),
  unraisable: kind('unraisable'),
  repr: kind('repr'),
} as const;

export const PHASE = (p: Phase): number => PHASES.indexOf(p);

/** Phases that belong to interpreter shutdown rather than to one object. */
export const SHUTDOWN_PHASES: ReadonlySet<number> = new Set([PHASE('Py_FinalizeEx'), PHASE('finalize_modules'), PHASE('atexit')]);

export function phaseName(i: number): Phase | 'unknown' {
  return PHASES[i] ?? 'unknown';
}

export function gcReason(i: number): GcReason | 'unknown' {
  return GC_REASONS[i] ?? 'unknown';
}

export function labelKindOf(flags: number): EdgeLabelKind {
  return EDGE_LABEL_KINDS[flags >> LABEL_KIND_SHIFT] ?? 'internal';
}

export const LABEL_KIND = (k: EdgeLabelKind): number => EDGE_LABEL_KINDS.indexOf(k);

export function isWeakFlags(flags: number): boolean {
  return (flags & EdgeFlags.weak) !== 0;
}

export function hasCallbackFlags(flags: number): boolean {
  return (flags & EdgeFlags.callback) !== 0;
}

/**
 * The part of an edge's flags that identifies it: a removal may be recorded after the weakref's
 * callback was dropped (clear_weakref drops it first), so the callback bit is not part of identity.
 */
export function edgeIdentityFlags(flags: number): number {
  return flags & ~EdgeFlags.callback;
}

export function hasFlag(trace: Trace, id: number, flag: number): boolean {
  return ((trace.objects.flags[id] ?? 0) & flag) !== 0;
}

export const OF = ObjectFlags;

/** Index one past the last event of step `s` (steps own contiguous event ranges). */
export function stepEventEnd(trace: Trace, s: number): number {
  return s + 1 < trace.steps.count ? (trace.steps.eventStart[s + 1] as number) : trace.events.count;
}

export function stepEventStart(trace: Trace, s: number): number {
  return s < trace.steps.count ? (trace.steps.eventStart[s] as number) : trace.events.count;
}

export function str(trace: Trace, id: number): string {
  return trace.strings[id] ?? '';
}

/** Line of the step an event belongs to (0 when the event precedes every step). */
export function eventLine(trace: Trace, e: number): number {
  const s = trace.events.step[e] ?? -1;
  return s >= 0 ? (trace.steps.line[s] ?? 0) : 0;
}

export function stepLine(trace: Trace, s: number): number {
  return s >= 0 && s < trace.steps.count ? (trace.steps.line[s] as number) : 0;
}

/** A type name without its module prefix: 'weakref.ReferenceType' → 'ReferenceType'. */
export function shortTypeName(trace: Trace, id: number): string {
  const t = str(trace, trace.objects.typeName[id] ?? -1);
  const dot = t.lastIndexOf('.');
  return dot >= 0 ? t.slice(dot + 1) : t;
}

export function typeName(trace: Trace, id: number): string {
  return str(trace, trace.objects.typeName[id] ?? -1);
}
