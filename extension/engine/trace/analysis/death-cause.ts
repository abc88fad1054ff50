/**
 * What the removal of a reference by a live holder means: `del x`, a rebinding, a function
 * returning, a temporary released, a container cleared or an entry removed or replaced, an
 * exception released, shutdown. The first cause of a death (death.ts follows cascades to it).
 */
import { INTERPRETER_ID, type EdgeLabelKind } from '../../../protocol/trace';
import type { TraceIndex } from './trace-index';
import type { Collection } from './collections';
import { objectEvents } from './object-events';
import { historyOf, liveBefore, lowerBound } from './object-history';
import { frameName, objectTitle, qualifiedName } from './labels';
import { runShape } from './run-shape';
import { isNamespace } from './structure';
import { EV, OF, hasFlag, isWeakFlags, labelKindOf, stepEventEnd, stepEventStart, stepLine, str } from './schema';

export type CauseKind =
  | 'del' // `del x`
  | 'rebound' // `x = other`
  | 'scope_exit' // the function returned (its frame released its locals)
  | 'temporary' // a temporary released at the end of its expression
  | 'container_cleared' // list.clear(), dict.clear(), …
  | 'removed' // an entry removed or replaced: del d[k], d[k] = v, obj.attr = v, list.pop()
  | 'exception_cleared' // an exception (and its traceback) released
  | 'gc' // freed by a cycle collection
  | 'shutdown' // freed while the interpreter shut down
  | 'unknown';

export interface DeathCause {
  readonly kind: CauseKind;
  /** The event that started it: the reference removal, the collection's gc_begin, or the free. */
  readonly event: number;
  readonly step: number;
  readonly line: number;
  /** Who held the reference (a frame, module, container), or -1. */
  readonly holder: number;
  /** The name or entry as it reads: 'x', "cache['k']", 'a.parent'. */
  readonly what: string;
  readonly collection: Collection | null;
  readonly text: string;
}

export function plain(index: TraceIndex, kind: CauseKind, event: number, holder: number, what: string, text: string, collection: Collection | null = null): DeathCause {
  const step = index.trace.events.step[event] as number;
  return { kind, event, step, line: stepLine(index.trace, step), holder, what, collection, text };
}

/** What the removal of a reference by a live holder means. */
export function classify(index: TraceIndex, r: number): DeathCause {
  const trace = index.trace;
  const { events } = trace;
  const h = events.a[r] as number;
  const kind = labelKindOf(events.d[r] as number);
  const label = str(trace, events.c[r] as number);
  const step = events.step[r] as number;
  const line = stepLine(trace, step);
  const at = ` at line ${line}`;
  if (r >= runShape(index).shutdownStart) return plain(index, 'shutdown', r, h, label, `released at shutdown (line ${line})`);
  if (h === INTERPRETER_ID) {
    if (kind === 'stack') return plain(index, 'scope_exit', r, h, label, `${frameName(label)}() returned${at}`);
    if (kind === 'exception') return plain(index, 'exception_cleared', r, h, label, `handled exception released${at}`);
    return plain(index, 'removed', r, h, label, `released by the interpreter${at}`);
  }
  const isFrame = hasFlag(trace, h, OF.isFrame);
  const namespace = isNamespace(index, h);
  const rebound = readdedInStep(index, r);
  if (kind === 'stack') return plain(index, 'temporary', r, h, label, `temporary released${at}`);
  if (kind === 'exception') return plain(index, 'exception_cleared', r, h, label, `exception released${at}`);
  if (namespace && (kind === 'name' || kind === 'cell')) {
    const name = qualifiedName(trace, h, label);
    if (rebound) return plain(index, 'rebound', r, h, name, `\`${name}\` rebound${at}`);
    if (isFrame && frameEnded(index, h, step)) return plain(index, 'scope_exit', r, h, name, `${frameName(str(trace, trace.objects.repr[h] ?? -1))}() returned (local \`${label}\`)${at}`);
    const source = sourceLines(trace);
    // `except E as e:` deletes e when its block ends: a del nobody wrote.
    if (source.some((l) => new RegExp(`\\bexcept\\b.*\\bas\\s+${label}\\s*:`).test(l)) && !/^\s*del\b/.test(source[line - 1] ?? '')) {
      return plain(index, 'del', r, h, name, `\`${name}\` deleted as its except block ended${at}`);
    }
    return plain(index, 'del', r, h, name, `\`del ${name}\`${at}`);
  }
  if (kind === 'cell') {
    return plain(index, rebound ? 'rebound' : 'del', r, h, label, rebound ? `\`${label}\` rebound${at}` : `\`del ${label}\`${at}`);
  }
  const holderName = nameAt(index, h, r);
  const what = entryText(trace, holderName ?? `${objectTitle(trace, h).split(' ')[0] as string}`, kind, label);
  if (rebound) return plain(index, 'removed', r, h, what, `${what} replaced${at}`);
  if (clearedInStep(index, h, r)) return plain(index, 'container_cleared', r, h, what, `${holderName !== null ? `\`${holderName}\`` : objectTitle(trace, h)} cleared${at}`);
  return plain(index, 'removed', r, h, what, `${what} removed${at}`);
}

/** A variable bound to `id` just before event `at` (found from its own edge history), or null. */
export function nameAt(index: TraceIndex, id: number, at: number): string | null {
  const { events } = index.trace;
  for (const i of historyOf(index, id).nameIns) {
    if (i >= at) break;
    if (index.edgeEnd(i) >= at && isNamespace(index, events.a[i] as number)) return qualifiedName(index.trace, events.a[i] as number, str(index.trace, events.c[i] as number));
  }
  return null;
}

const linesCache = new WeakMap<TraceIndex['trace'], readonly string[]>();

function sourceLines(trace: TraceIndex['trace']): readonly string[] {
  let lines = linesCache.get(trace);
  if (lines === undefined) {
    lines = trace.source.split(/\r\n|\r|\n/);
    linesCache.set(trace, lines);
  }
  return lines;
}

function entryText(_trace: TraceIndex['trace'], head: string, kind: EdgeLabelKind, label: string): string {
  switch (kind) {
    case 'attr':
      return `${head}.${label}`;
    case 'index':
      return `${head}[${label}]`;
    case 'value':
    case 'key':
      return `${head}[${label}]`;
    case 'callback':
      return `${head}'s callback`;
    default:
      return label === '' ? `a reference from ${head}` : `${head} ${label}`;
  }
}

/**
 * The holder's label was bound to another object around this removal, in the same step: the latest
 * binding before it is to a different object (STORE_* stores the new value before releasing the
 * old one), or the next thing done to the label is binding it again.
 */
function readdedInStep(index: TraceIndex, r: number): boolean {
  const { events } = index.trace;
  const step = events.step[r] as number;
  const h = events.a[r] as number;
  const same = (i: number): boolean =>
    events.a[i] === h && events.c[i] === events.c[r] && !isWeakFlags(events.d[i] as number) && labelKindOf(events.d[i] as number) === labelKindOf(events.d[r] as number);
  const list = objectEvents(index).of(h);
  const at = lowerBound(list, r);
  // Steps only grow along the trace: a binding in an earlier step ends the search.
  for (let j = at - 1; j >= 0; j--) {
    const i = list[j] as number;
    if (events.step[i] !== step) break;
    if (events.kind[i] === EV.edge_add && same(i)) {
      if (events.b[i] !== events.b[r]) return true;
      break;
    }
  }
  for (let j = at; j < list.length; j++) {
    const i = list[j] as number;
    if (i <= r) continue;
    if (events.step[i] !== step) break;
    if (same(i)) return events.kind[i] === EV.edge_add;
  }
  return false;
}

/** The frame stopped executing (or was freed) in this step. */
function frameEnded(index: TraceIndex, frame: number, step: number): boolean {
  const { events } = index.trace;
  const end = stepEventEnd(index.trace, step);
  for (let i = stepEventStart(index.trace, step); i < end; i++) {
    const k = events.kind[i];
    if (k === EV.free && events.a[i] === frame) return true;
    if (k === EV.edge_remove && events.a[i] === INTERPRETER_ID && events.b[i] === frame) return true;
  }
  // Locals are released after the frame left the interpreter's stack, possibly in a later step of the caller.
  return (index.freeAt[frame] as number) < end || !stillRunning(index, frame, end);
}

function stillRunning(index: TraceIndex, frame: number, position: number): boolean {
  const held = historyOf(index, frame).interpreterIn;
  const j = lowerBound(held, position) - 1;
  return j >= 0 && index.trace.events.kind[held[j] as number] === EV.edge_add;
}

/** The holder lost several references in this step and has none left: a clear(). */
function clearedInStep(index: TraceIndex, h: number, r: number): boolean {
  const { events } = index.trace;
  const step = events.step[r] as number;
  const end = stepEventEnd(index.trace, step);
  const held = historyOf(index, h).strongOut;
  const live = liveBefore(held, end);
  let removedHere = 0;
  for (let j = lowerBound(held.at, end) - 1; j >= 0; j--) {
    const i = held.at[j] as number;
    if (events.step[i] !== step) break;
    if (events.kind[i] === EV.edge_remove) removedHere++;
  }
  const source = sourceLines(index.trace)[stepLine(index.trace, step) - 1] ?? '';
  return live === 0 && (removedHere >= 2 || (removedHere === 1 && /\.clear\(\)/.test(source)));
}
