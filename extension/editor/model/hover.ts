/**
 * The hover on a name in a visualized file: the object it was bound to at that line, with its
 * refcount, weak references and fate; on a weakref call (`r()`) or a proxy use, whether the
 * referent is alive there; for a line that ran many times, a summary across its executions.
 * Returns markdown and the name's span; null where there is nothing to say (builtins, code
 * that never ran).
 */
import type { TraceIndex } from '../../engine/trace/analysis/trace-index';
import { perLine, type NameBinding, type NameFacts } from '../../engine/trace/analysis/line-facts';
import { isProxy, isWeakref, weakReferentOf } from '../../engine/trace/analysis/structure';
import { frameName, objectTitle } from '../../engine/trace/analysis/labels';
import { stepEventStart, str } from '../../engine/trace/analysis/schema';
import { executionOf } from './executions';
import { fateOf } from './fate';
import { objectLines } from './object-facts';
import { code, plural, prose } from './markdown';

export interface HoverResult {
  readonly line: number;
  /** UTF-16 columns, 0-based, end exclusive. */
  readonly col: number;
  readonly endCol: number;
  readonly markdown: string;
}

/** Objects listed one by one in a summary before "… and N more". */
const LISTED = 5;

/** The hover at (1-based line, 0-based UTF-16 column). */
export function hoverAt(index: TraceIndex, line: number, col: number): HoverResult | null {
  const lines = perLine(index);
  const on = lines.namesOn(line);
  // Inside the name, else just after it (where a cursor placed after a word still names it).
  const facts = on.find((n) => n.occurrence.col <= col && col < n.occurrence.endCol) ?? on.find((n) => col === n.occurrence.endCol);
  if (facts === undefined) return null;
  const runs = executions(index, facts);
  const bound = runs.filter((b) => b.object >= 0);
  if (bound.length === 0) return null;
  const o = facts.occurrence;
  const markdown = runs.length === 1 || new Set(bound.map((b) => b.object)).size === 1 ? single(index, facts, runs, bound[0] as NameBinding) : summary(index, facts, runs);
  return { line: o.line, col: o.col, endCol: o.endCol, markdown };
}

/**
 * The name's binding at each real execution. A statement resumed after a call it made (a
 * `__del__` run by a rebinding) is one execution: a use reads the binding as the execution
 * began, a binding as it ended. A lambda's body on the same line runs in its own frame, not as
 * this statement.
 */
function executions(index: TraceIndex, facts: NameFacts): NameBinding[] {
  const trace = index.trace;
  const store = facts.occurrence.ctx === 'Store';
  const byExecution = new Map<number, NameBinding>();
  for (const b of facts.samples) {
    if (inOwnFrame(trace, trace.steps.frame[b.step] as number)) continue;
    const e = executionOf(trace, b.step);
    if (store || !byExecution.has(e)) byExecution.set(e, b);
  }
  return [...byExecution.values()];
}

const counts = new WeakMap<TraceIndex, Map<string, number>>();

/**
 * How many times the occurrence's statement ran: the samples stop at MAX_SAMPLES, steps count
 * resumptions. At least `sampled` (a statement recorded by line only, not by its start).
 */
function executionCount(index: TraceIndex, facts: NameFacts, sampled: number): number {
  const o = facts.occurrence;
  let known = counts.get(index);
  if (known === undefined) counts.set(index, (known = new Map()));
  const key = `${o.stmtLine}:${o.stmtCol}`;
  let n = known.get(key);
  if (n === undefined) {
    const trace = index.trace;
    const { steps } = trace;
    n = 0;
    for (let s = 0; s < steps.count; s++) {
      if (steps.line[s] === o.stmtLine && steps.col[s] === o.stmtCol && executionOf(trace, s) === s && !inOwnFrame(trace, steps.frame[s] as number)) n++;
    }
    known.set(key, n);
  }
  return Math.max(n, sampled);
}

/** Frames of code that has no statements of its own: its steps span the line it is written on. */
function inOwnFrame(trace: TraceIndex['trace'], frame: number): boolean {
  if (frame < 0) return false;
  const name = frameName(str(trace, trace.objects.repr[frame] ?? -1));
  return name === '<lambda>' || name === '<genexpr>';
}

/** Where a hover reads the heap: after the statement for a binding, before it for a use. */
function positionFor(index: TraceIndex, facts: NameFacts, step: number): number {
  return facts.occurrence.ctx === 'Store' ? index.positionOfStep(step) : stepEventStart(index.trace, step);
}

function heading(facts: NameFacts, runs: number): string {
  const o = facts.occurrence;
  const verb = o.ctx === 'Store' ? 'bound to' : o.ctx === 'Del' ? 'deleted, was bound to' : 'is';
  const times = runs > 1 ? ` (line ran ${runs} times)` : '';
  return `**Weakscope** · ${code(o.name)} ${verb}${times}`;
}

function single(index: TraceIndex, facts: NameFacts, runs: readonly NameBinding[], b: NameBinding): string {
  const view = index.at(positionFor(index, facts, b.step), b.step);
  const parts = [heading(facts, executionCount(index, facts, runs.length)), ...objectLines(index, view, b.object)];
  const referent = referentLine(index, facts, b);
  if (referent !== null) parts.push(referent);
  if (runs.length > 1) parts.push(runs.length < executionCount(index, facts, runs.length) ? `The first ${runs.length} executions saw this same object.` : `Every execution saw this same object.`);
  return parts.join('\n\n');
}

/** For `r()` on a weakref, or any use of a proxy: whether the referent is alive at that point. */
function referentLine(index: TraceIndex, facts: NameFacts, b: NameBinding): string | null {
  const trace = index.trace;
  const o = facts.occurrence;
  const call = o.use === 'call' && isWeakref(trace, b.object);
  const proxy = o.ctx === 'Load' && isProxy(trace, b.object);
  if (!call && !proxy) return null;
  const { referent, cleared } = weakReferentOf(index, b.object);
  if (referent < 0) return null;
  const position = stepEventStart(trace, b.step);
  const alive = position < cleared && index.aliveAt(referent, position);
  const title = code(objectTitle(trace, referent));
  if (alive) return call ? `${code(`${o.name}()`)} returns ${title}: alive here.` : `Proxy to ${title}: alive here.`;
  const fate = prose(fateOf(index, referent).text);
  return call ? `${code(`${o.name}()`)} returns \`None\` here: its referent ${title} was ${fate}.` : `Dead proxy: using it raises \`ReferenceError\`; its referent ${title} was ${fate}.`;
}

function summary(index: TraceIndex, facts: NameFacts, runs: readonly NameBinding[]): string {
  const trace = index.trace;
  const distinct: number[] = [];
  for (const b of runs) if (b.object >= 0 && !distinct.includes(b.object)) distinct.push(b.object);
  const fates = distinct.map((id) => fateOf(index, id));
  const total = executionCount(index, facts, runs.length);
  const parts = [heading(facts, total)];
  const sampled = runs.length < total ? ` in the first ${runs.length} executions` : '';
  parts.push(`${plural(distinct.length, 'distinct object')}${sampled}: ${tally(fates)}.`);
  const listed = distinct.slice(0, LISTED).map((id, i) => `- ${code(objectTitle(trace, id))}: ${prose((fates[i] as { text: string }).text)}`);
  if (distinct.length > LISTED) listed.push(`- … and ${distinct.length - LISTED} more`);
  parts.push(listed.join('\n'));
  return parts.join('\n\n');
}

/** "2 freed on line 11, 1 alive at exit". */
function tally(fates: readonly ReturnType<typeof fateOf>[]): string {
  const counts = new Map<string, number>();
  for (const f of fates) {
    const key = f.kind === 'freed' ? `freed on line ${f.line}` : f.kind === 'shutdown' ? 'freed at shutdown' : 'alive at exit';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}
