/**
 * One marker shape per TimelineEvent kind (drawn round 0,0, about 10px), and its name in words.
 * Shapes differ as well as colours, so the timeline reads in any theme and without colour.
 */
import type { TimelineEventKind } from '../../extension/protocol/messages';

export const MARKER_PATHS: Readonly<Record<TimelineEventKind, string>> = {
  weakref_created: 'M0,-5L5,0L0,5L-5,0Z', // diamond
  callback: 'M-5,4.5L0,-5L5,4.5Z', // triangle
  finalize: 'M-4,-4H4V4H-4Z', // square
  del: 'M-4.5,-4.5L4.5,4.5M4.5,-4.5L-4.5,4.5', // cross
  resurrect: 'M0,-6L1.8,-1.9L6,-1.9L2.6,0.8L3.9,5L0,2.5L-3.9,5L-2.6,0.8L-6,-1.9L-1.8,-1.9Z', // star
  gc: 'M-5,0L-2.5,-4.5L2.5,-4.5L5,0L2.5,4.5L-2.5,4.5Z', // hexagon
  phase: 'M0,-5V5M-2.5,-5H2.5M-2.5,5H2.5', // I-beam
  freed: 'M-4,0A4,4 0 1,0 4,0A4,4 0 1,0 -4,0Z', // disc
};

export const KIND_NAMES: Readonly<Record<TimelineEventKind, string>> = {
  weakref_created: 'weak reference created',
  callback: 'weakref callback',
  finalize: 'weakref.finalize',
  del: '__del__',
  resurrect: 'resurrection',
  gc: 'GC collection',
  phase: 'deallocation phase',
  freed: 'freed',
};

/** Kinds drawn as strokes (open shapes) rather than fills. */
export function stroked(kind: TimelineEventKind): boolean {
  switch (kind) {
    case 'del':
    case 'phase':
    case 'weakref_created':
      return true;
    case 'callback':
    case 'finalize':
    case 'resurrect':
    case 'gc':
    case 'freed':
      return false;
    default: {
      const _: never = kind;
      return _;
    }
  }
}

export const ALL_KINDS: readonly TimelineEventKind[] = ['weakref_created', 'callback', 'finalize', 'del', 'resurrect', 'gc', 'phase', 'freed'];
