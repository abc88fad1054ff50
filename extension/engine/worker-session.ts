/**
 * What the engine worker answers (protocol/rpc.ts EngineMethods): it runs one program, keeps the
 * trace and its index here, and answers the views' questions about it, so only small answers
 * (a step's graph, one object's details) ever cross to the extension host.
 */
import type { EngineMethods, NameAtCursor, RunReport, RunRequest } from '../protocol/rpc';
import type { Trace } from '../protocol/trace';
import { run } from './index';
import { DEFAULT_PROFILE, findProfile } from './profile';
import { parse } from './syntax/parser';
import { TraceIndex, details, graphAt, lint, perLine, summarize, whyAlive } from './trace/analysis/index';
import { clipRepr, objectTitle } from './trace/analysis/labels';
import type { RunSummary } from '../protocol/messages';
import { traceJson } from '../cli/trace-json';
import { editorFacts } from '../editor/model/editor-facts';
import { hoverAt } from '../editor/model/hover';

interface Loaded {
  readonly trace: Trace;
  readonly index: TraceIndex;
  readonly summary: RunSummary;
}

/** Thrown for a question asked before any run: the worker shell turns it into `{ ok: false }`. */
export class NoRun extends Error {
  constructor() {
    super('no run to ask about: run a program first');
  }
}

export function createEngineMethods(): EngineMethods {
  let loaded: Loaded | null = null;
  const current = (): Loaded => {
    if (loaded === null) throw new NoRun();
    return loaded;
  };
  return {
    parse,
    run: (request: RunRequest): RunReport => {
      loaded = null; // the previous run's trace can go before this one grows
      const started = Date.now();
      const profile = findProfile(request.profile) ?? DEFAULT_PROFILE;
      const result = run(request.source, { filename: request.filename, trace: 'default', limits: request.limits, profile });
      const index = new TraceIndex(result.trace);
      const summary = summarize(result.trace, index);
      loaded = { trace: result.trace, index, summary };
      const o = result.outcome;
      return {
        status: result.status,
        message: result.message,
        line: o.kind === 'completed' ? 0 : o.line,
        limit: o.kind === 'limit' ? o.limit : null,
        exitStatus: result.exitStatus,
        stdout: result.stdout,
        stderr: result.stderr,
        stepCount: result.trace.steps.count,
        objectCount: result.trace.objects.count,
        eventCount: result.trace.events.count,
        profile: profile.label,
        summary,
        elapsedMs: Date.now() - started,
      };
    },
    summary: () => current().summary,
    seek: (step) => graphAt(current().index, step),
    details: (id, step) => details(current().index, checkedId(current(), id), step),
    whyAlive: (id, step) => whyAlive(current().index, checkedId(current(), id), step),
    lints: () => lint(current().index),
    lineFacts: () => [...perLine(current().index).lines.values()],
    nameAt: (line, col, step) => nameAt(current(), line, col, step),
    traceJson: () => [...traceJson(current().trace)],
    editorFacts: () => editorFacts(current().index),
    hover: (line, col) => hoverAt(current().index, line, col),
  };
}

function checkedId(run: Loaded, id: number): number {
  if (!Number.isSafeInteger(id) || id < 0 || id >= run.trace.objects.count) throw new RangeError(`no object #${id} in this run`);
  return id;
}

function nameAt(run: Loaded, line: number, col: number, step: number): NameAtCursor | null {
  const facts = perLine(run.index).nameAt(line, col);
  if (facts === null) return null;
  const title = (id: number): string => (id < 0 ? '' : clipRepr(objectTitle(run.trace, id)));
  const bindings = facts.samples.map((b) => ({ step: b.step, object: b.object, title: title(b.object) }));
  // The binding in force at `step`: the latest execution at or before it, else the first one.
  let chosen = bindings.filter((b) => b.step <= step).at(-1) ?? bindings[0];
  if (chosen !== undefined && chosen.object < 0) chosen = bindings.find((b) => b.object >= 0) ?? chosen;
  const o = facts.occurrence;
  return {
    name: o.name,
    line: o.line,
    col: o.col,
    endCol: o.endCol,
    executions: facts.executions,
    bindings,
    object: chosen?.object ?? -1,
    objectStep: chosen?.step ?? -1,
  };
}
