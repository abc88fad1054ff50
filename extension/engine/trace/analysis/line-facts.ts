/**
 * Per-line facts, in one pass over the trace: for every source line, what happened across its
 * executions (objects created and freed, finalizers and callbacks run, collections, output), and
 * for every name occurrence the object it was bound to at each execution — what hovers show.
 * Events belong to the line of the step they happened in (code called from a line has steps and
 * lines of its own).
 */
import type { TraceIndex } from './trace-index';
import { sourceNames, type NameOccurrence, type SourceNames } from './source-names';
import { isNamespace, moduleDicts } from './structure';
import { EV, OF, hasFlag, isWeakFlags, labelKindOf, shortTypeName, stepEventEnd, stepEventStart, str } from './schema';

/** Executions kept per name occurrence (the count is exact; the samples are the first ones). */
export const MAX_SAMPLES = 20;
const MAX_OUTPUT = 2000;

export interface LineFacts {
  readonly line: number;
  executions: number;
  firstStep: number;
  lastStep: number;
  created: number;
  freed: number;
  /** Type name → how many of its objects were created (freed) on this line. */
  readonly createdTypes: Map<string, number>;
  readonly freedTypes: Map<string, number>;
  /** The first objects created and freed here. */
  readonly createdSample: number[];
  readonly freedSample: number[];
  /** __del__ calls, weakref callbacks and weakref.finalize calls that started on this line. */
  finalizers: number;
  collections: number;
  output: string;
}

export interface NameBinding {
  readonly step: number;
  /** The object bound (-1: unbound, or bound to something the trace does not hold, like a builtin). */
  readonly object: number;
}

export interface NameFacts {
  readonly occurrence: NameOccurrence;
  executions: number;
  readonly samples: NameBinding[];
  /** Distinct objects bound across all executions (first MAX_SAMPLES). */
  readonly objects: Set<number>;
}

export interface PerLine {
  readonly lines: ReadonlyMap<number, LineFacts>;
  readonly names: readonly NameFacts[];
  readonly source: SourceNames;
  /** The name occurrence at (line, UTF-16 column), if any. */
  nameAt(line: number, col: number): NameFacts | null;
  namesOn(line: number): NameFacts[];
}

const cache = new WeakMap<TraceIndex, PerLine>();

export function perLine(index: TraceIndex): PerLine {
  const known = cache.get(index);
  if (known !== undefined) return known;
  const result = build(index);
  cache.set(index, result);
  return result;
}

function build(index: TraceIndex): PerLine {
  const trace = index.trace;
  const { steps, events } = trace;
  const source = sourceNames(trace.source);
  const lines = new Map<number, LineFacts>();
  const names = new Map<NameOccurrence, NameFacts>();
  const bindings = new NameState(index);
  for (let s = 0; s < steps.count; s++) {
    const line = steps.line[s] as number;
    const facts = lineFacts(lines, line, s);
    const occ = occurrencesOf(source, line, steps.col[s] as number);
    const frame = steps.frame[s] as number;
    for (const o of occ) if (o.ctx !== 'Store') record(names, o, s, bindings.resolve(frame, o.name));
    const end = stepEventEnd(trace, s);
    for (let i = stepEventStart(trace, s); i < end; i++) {
      const k = events.kind[i];
      const a = events.a[i] as number;
      if (k === EV.alloc && !hasFlag(trace, a, OF.immortal)) count(facts, 'created', shortTypeName(trace, a), a);
      else if (k === EV.free) count(facts, 'freed', shortTypeName(trace, a), a);
      else if (k === EV.del_call || k === EV.weakref_callback || k === EV.finalize_call) facts.finalizers++;
      else if (k === EV.gc_begin) facts.collections++;
      else if (k === EV.output && facts.output.length < MAX_OUTPUT) facts.output = (facts.output + str(trace, events.b[i] as number)).slice(0, MAX_OUTPUT);
      else if (k === EV.edge_add || k === EV.edge_remove) bindings.apply(i);
    }
    for (const o of occ) if (o.ctx === 'Store') record(names, o, s, bindings.resolve(frame, o.name));
  }
  const all = [...names.values()];
  return {
    lines,
    names: all,
    source,
    nameAt: (line, col) => all.find((n) => n.occurrence.line === line && n.occurrence.col <= col && col < n.occurrence.endCol) ?? null,
    namesOn: (line) => all.filter((n) => n.occurrence.line === line),
  };
}

function lineFacts(lines: Map<number, LineFacts>, line: number, s: number): LineFacts {
  let f = lines.get(line);
  if (f === undefined) {
    f = { line, executions: 0, firstStep: s, lastStep: s, created: 0, freed: 0, createdTypes: new Map(), freedTypes: new Map(), createdSample: [], freedSample: [], finalizers: 0, collections: 0, output: '' };
    lines.set(line, f);
  }
  f.executions++;
  f.lastStep = s;
  return f;
}

function count(f: LineFacts, what: 'created' | 'freed', type: string, id: number): void {
  f[what]++;
  const types = what === 'created' ? f.createdTypes : f.freedTypes;
  types.set(type, (types.get(type) ?? 0) + 1);
  const sample = what === 'created' ? f.createdSample : f.freedSample;
  if (sample.length < MAX_SAMPLES) sample.push(id);
}

/** The occurrences a step executes: those of the statement starting where the step does (else all on its line). */
function occurrencesOf(source: SourceNames, line: number, col: number): readonly NameOccurrence[] {
  return source.byStatement.get(`${line}:${col}`) ?? source.byStatementLine.get(line) ?? [];
}

function record(names: Map<NameOccurrence, NameFacts>, o: NameOccurrence, step: number, object: number): void {
  let f = names.get(o);
  if (f === undefined) {
    f = { occurrence: o, executions: 0, samples: [], objects: new Set() };
    names.set(o, f);
  }
  f.executions++;
  if (f.samples.length < MAX_SAMPLES) f.samples.push({ step, object });
  if (object >= 0 && f.objects.size < MAX_SAMPLES) f.objects.add(object);
}

/** Name → object bindings of every frame, module and cell, kept current event by event. */
class NameState {
  private readonly names = new Map<number, Map<string, number>>();
  private readonly cellsOf = new Map<number, Map<string, number>>();
  private readonly cellContents = new Map<number, number>();
  private readonly modules: number[] = [];

  constructor(private readonly index: TraceIndex) {
    for (let id = 0; id < index.objectCount; id++) if (hasFlag(index.trace, id, OF.isModule)) this.modules.push(id);
    this.modules.push(...moduleDicts(index));
  }

  apply(i: number): void {
    const trace = this.index.trace;
    const { events } = trace;
    const d = events.d[i] as number;
    if (isWeakFlags(d)) return;
    const kind = labelKindOf(d);
    if (kind !== 'name' && kind !== 'cell') return;
    const from = events.a[i] as number;
    const to = events.b[i] as number;
    const label = str(trace, events.c[i] as number);
    const add = events.kind[i] === EV.edge_add;
    const namespace = isNamespace(this.index, from);
    if (kind === 'name') setOrDelete(this.names, from, label, to, add);
    else if (namespace) setOrDelete(this.cellsOf, from, label, to, add);
    else if (add) this.cellContents.set(from, to);
    else if (this.cellContents.get(from) === to) this.cellContents.delete(from);
  }

  resolve(frame: number, name: string): number {
    if (frame >= 0) {
      const local = this.names.get(frame)?.get(name);
      if (local !== undefined) return local;
      const cell = this.cellsOf.get(frame)?.get(name);
      if (cell !== undefined) return this.cellContents.get(cell) ?? -1;
    }
    for (const m of this.modules) {
      const g = this.names.get(m)?.get(name);
      if (g !== undefined) return g;
    }
    return -1;
  }
}

function setOrDelete(m: Map<number, Map<string, number>>, holder: number, label: string, to: number, add: boolean): void {
  let inner = m.get(holder);
  if (inner === undefined) m.set(holder, (inner = new Map()));
  if (add) inner.set(label, to);
  else if (inner.get(label) === to) inner.delete(label);
}
