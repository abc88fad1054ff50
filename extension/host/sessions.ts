/**
 * The runs the extension knows about: per document, the latest completed run and a handle to ask
 * the worker that holds its trace. The panel, the status bar and the editor features (hovers,
 * annotations, diagnostics: extension/editor/) all read runs from here. Plain Node, no vscode.
 *
 * API (stable; other modules build on it):
 *   const sessions = new Sessions(workerFactory);
 *   sessions.run(target, settings)     → Promise<RunState>: runs `target.source` in a fresh worker.
 *                                        A newer run of the same uri cancels the older one.
 *   sessions.get(uri)                  → the latest completed Session of that document, or undefined
 *   sessions.isRunning(uri)
 *   sessions.onDidComplete(s => …)     → a run completed (s is now sessions.get(s.uri))
 *   sessions.onDidChangeState(st => …) → running / completed / failed / cancelled (replaced: a newer
 *                                        run of the document follows; else stopped by sessions.cancel)
 *   sessions.onDidChangeStep(e => …)   → the panel moved to another step of e.session
 *   sessions.cancel(uri), sessions.setStep(uri, step), sessions.touch(uri), sessions.forget(uri),
 *   sessions.dispose()
 *
 * A uri is `document.uri.toString()`. A Session's lines and columns are the trace's: for a run of
 * a selection, the document's line is `traceLine + lineOffset` and its column (0-based UTF-16)
 * `traceCol + columnOffset` (the selection was dedented). Every query answers as data — `{ ok:
 * true, value }` or `{ ok: false, reason, error }` — and never throws; a Session replaced by a
 * newer run (or evicted) is `disposed` and answers `{ ok: false, reason: 'disposed' }`.
 */
import type { Limits } from '../engine/runtime/limits';
import type { ProfileName } from '../engine/profile';
import type { RunReport } from '../protocol/rpc';
import type { Answer, EngineClient, WorkerFactory } from './engine-client';
import { Emitter, type Event } from './events';
import { startRun, type RunningRun } from './run';

/** What to run: a document's text (or a selection of it). */
export interface RunTarget {
  readonly uri: string;
  /** The document version that was read (editor features compare it with the current one). */
  readonly version: number;
  /** As tracebacks show it: the file's base name. */
  readonly filename: string;
  readonly source: string;
  readonly lineOffset: number;
  readonly columnOffset: number;
}

export interface RunSettings {
  readonly profile: ProfileName;
  readonly limits: Partial<Limits>;
}

export interface Session extends RunTarget {
  readonly report: RunReport;
  /** The step the panel shows (0 until it moves). */
  readonly step: number;
  readonly disposed: boolean;
  seek(step: number): Promise<Answer<'seek'>>;
  details(id: number, step: number): Promise<Answer<'details'>>;
  whyAlive(id: number, step: number): Promise<Answer<'whyAlive'>>;
  lints(): Promise<Answer<'lints'>>;
  lineFacts(): Promise<Answer<'lineFacts'>>;
  /** Trace line and 0-based column (subtract the offsets from document positions). */
  nameAt(line: number, col: number, step: number): Promise<Answer<'nameAt'>>;
  traceJson(): Promise<Answer<'traceJson'>>;
  /** The editor's annotations, CodeLens and diagnostics for the run (extension/editor/), in trace lines and columns. */
  editorFacts(): Promise<Answer<'editorFacts'>>;
  /** The editor's hover at a trace line and 0-based column. */
  hover(line: number, col: number): Promise<Answer<'hover'>>;
}

export type RunState =
  | { readonly uri: string; readonly kind: 'running'; readonly filename: string }
  | { readonly uri: string; readonly kind: 'completed'; readonly session: Session }
  | { readonly uri: string; readonly kind: 'failed'; readonly filename: string; readonly message: string; readonly timedOut: boolean }
  /** replaced: a newer run of the same document took its place (its 'running' follows at once). */
  | { readonly uri: string; readonly kind: 'cancelled'; readonly replaced: boolean };

/** Completed runs kept at once; each holds a worker and its trace. */
export const MAX_SESSIONS = 6;

/** A Session as Sessions keeps it: its step moves, and it can be let go. */
interface HeldSession extends Session {
  step: number;
  dispose(): void;
}

function holdSession(target: RunTarget, report: RunReport, client: EngineClient): HeldSession {
  const { uri, version, filename, source, lineOffset, columnOffset } = target;
  return {
    uri, version, filename, source, lineOffset, columnOffset, report,
    step: 0,
    get disposed() {
      return !client.alive;
    },
    seek: (step) => client.call('seek', [step]),
    details: (id, step) => client.call('details', [id, step]),
    whyAlive: (id, step) => client.call('whyAlive', [id, step]),
    lints: () => client.call('lints', []),
    lineFacts: () => client.call('lineFacts', []),
    nameAt: (line, col, step) => client.call('nameAt', [line, col, step]),
    traceJson: () => client.call('traceJson', []),
    editorFacts: () => client.call('editorFacts', []),
    hover: (line, col) => client.call('hover', [line, col]),
    dispose: () => client.dispose(),
  };
}

export class Sessions {
  private readonly completed = new Map<string, HeldSession>(); // in order of use, oldest first
  private readonly running = new Map<string, RunningRun>();
  /** Why a run was stopped: true when a newer run of its document replaced it, false when asked to stop. */
  private readonly stopped = new WeakMap<RunningRun, boolean>();
  private readonly completeEmitter = new Emitter<Session>();
  private readonly stateEmitter = new Emitter<RunState>();
  private readonly stepEmitter = new Emitter<{ readonly session: Session; readonly step: number }>();
  readonly onDidComplete: Event<Session> = this.completeEmitter.event;
  readonly onDidChangeState: Event<RunState> = this.stateEmitter.event;
  readonly onDidChangeStep: Event<{ readonly session: Session; readonly step: number }> = this.stepEmitter.event;

  constructor(private readonly factory: WorkerFactory, private readonly maxSessions: number = MAX_SESSIONS) {}

  get(uri: string): Session | undefined {
    return this.completed.get(uri);
  }

  all(): readonly Session[] {
    return [...this.completed.values()];
  }

  isRunning(uri: string): boolean {
    return this.running.has(uri);
  }

  async run(target: RunTarget, settings: RunSettings): Promise<RunState> {
    this.stop(target.uri, true);
    const running = startRun(this.factory, { source: target.source, filename: target.filename, profile: settings.profile, limits: settings.limits });
    this.running.set(target.uri, running);
    this.stateEmitter.fire({ uri: target.uri, kind: 'running', filename: target.filename });
    const end = await running.done;
    // A newer run of this document replaced this one while it ran: its end is not news.
    const current = this.running.get(target.uri) === running;
    if (current) this.running.delete(target.uri);
    let state: RunState;
    if (end.kind === 'completed') {
      if (!current) {
        end.client.dispose();
        return { uri: target.uri, kind: 'cancelled', replaced: true };
      }
      const session = holdSession(target, end.report, end.client);
      this.completed.get(target.uri)?.dispose();
      this.completed.delete(target.uri);
      this.completed.set(target.uri, session);
      this.evict();
      state = { uri: target.uri, kind: 'completed', session };
      this.completeEmitter.fire(session);
    } else if (end.kind === 'failed') {
      state = { uri: target.uri, kind: 'failed', filename: target.filename, message: end.message, timedOut: end.timedOut };
    } else {
      state = { uri: target.uri, kind: 'cancelled', replaced: this.stopped.get(running) ?? !current };
    }
    if (current) this.stateEmitter.fire(state);
    return state;
  }

  /** Stops a run of this document in progress, if any. */
  cancel(uri: string): void {
    this.stop(uri, false);
  }

  setStep(uri: string, step: number): void {
    const session = this.completed.get(uri);
    if (session === undefined || session.step === step) return;
    session.step = step;
    this.stepEmitter.fire({ session, step });
  }

  /** Marks a session as in use, so eviction takes others first. */
  touch(uri: string): void {
    const session = this.completed.get(uri);
    if (session === undefined) return;
    this.completed.delete(uri);
    this.completed.set(uri, session);
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.completed.get(uri)?.dispose();
    this.completed.delete(uri);
  }

  dispose(): void {
    for (const uri of [...this.running.keys()]) this.cancel(uri);
    for (const s of this.completed.values()) s.dispose();
    this.completed.clear();
    this.completeEmitter.dispose();
    this.stateEmitter.dispose();
    this.stepEmitter.dispose();
  }

  private stop(uri: string, replaced: boolean): void {
    const running = this.running.get(uri);
    if (running === undefined) return;
    this.running.delete(uri);
    this.stopped.set(running, replaced);
    running.cancel();
    this.stateEmitter.fire({ uri, kind: 'cancelled', replaced });
  }

  private evict(): void {
    while (this.completed.size > this.maxSessions) {
      const [oldest] = this.completed.keys();
      if (oldest === undefined) return;
      this.completed.get(oldest)?.dispose();
      this.completed.delete(oldest);
    }
  }
}
