/**
 * Shared by the trace tests: running a recorded vm case (test/vm/cases) through run(), and
 * reading facts out of its trace (events by kind, the object a __del__ printed for, replays).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, type RunResult } from '../../extension/engine/index';
import { EVENT_KINDS, PHASES, type EventKind, type Trace, type TraceDetail } from '../../extension/protocol/trace';

export const CASES = join(__dirname, '..', 'vm', 'cases');

export interface Expected {
  stdout: string;
  stderr: string;
  status: number;
}

export interface Ran {
  readonly source: string;
  readonly expected: Expected;
  readonly result: RunResult;
  readonly trace: Trace;
}

export function runCase(name: string, detail: TraceDetail = 'default'): Ran {
  const source = readFileSync(join(CASES, `${name}.py`), 'utf8');
  const expected = JSON.parse(readFileSync(join(CASES, `${name}.expected.json`), 'utf8')) as Expected;
  const result = run(source, { filename: `test/vm/cases/${name}.py`, trace: detail });
  return { source, expected, result, trace: result.trace };
}

export interface Ev {
  readonly index: number;
  readonly kind: EventKind;
  readonly step: number;
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

export function events(t: Trace): Ev[] {
  const out: Ev[] = [];
  const e = t.events;
  for (let i = 0; i < e.count; i++) {
    out.push({
      index: i, kind: EVENT_KINDS[e.kind[i] as number] as EventKind, step: e.step[i] as number,
      a: e.a[i] as number, b: e.b[i] as number, c: e.c[i] as number, d: e.d[i] as number,
    });
  }
  return out;
}

export function phaseName(e: Ev): string {
  return PHASES[e.b] as string;
}

export function typeNameOf(t: Trace, id: number): string {
  return t.strings[t.objects.typeName[id] as number] as string;
}

/** The text of the first output event after event `i` (what a __del__ or callback printed). */
export function nextOutput(t: Trace, evs: readonly Ev[], i: number): string {
  for (let j = i + 1; j < evs.length; j++) {
    const e = evs[j] as Ev;
    if (e.kind === 'output') return t.strings[e.b] as string;
  }
  return '';
}

/** The step whose statement is the given source line text (first match from `from`). */
export function stepsOnLine(t: Trace, line: number): number[] {
  const out: number[] = [];
  for (let s = 0; s < t.steps.count; s++) if (t.steps.line[s] === line) out.push(s);
  return out;
}
