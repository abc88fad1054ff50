/**
 * The engine worker's RPC: one interface of methods, from which requests and responses are derived.
 * Types only, shared by the extension host and the worker.
 *
 * A worker holds at most one run: `run` executes a program and keeps its trace (and its index) in
 * the worker, so a trace of millions of events is never copied to the host; the other methods
 * answer questions about that run. Asked before any `run`, they answer `{ ok: false }`.
 */
import type { Module } from '../engine/syntax/ast';
import type { SyntaxErrorInfo } from '../engine/syntax/errors';
import type { Limits } from '../engine/runtime/limits';
import type { ProfileName } from '../engine/profile';
import type { WhyAlive } from '../engine/trace/analysis/why';
import type { LintFinding } from '../engine/trace/analysis/lints/types';
import type { LineFacts } from '../engine/trace/analysis/line-facts';
import type { GraphSnapshot, ObjectDetails, RunSummary } from './messages';
import type { LimitKind } from './trace';
import type { EditorFacts } from '../editor/model/editor-facts';
import type { HoverResult } from '../editor/model/hover';

export interface RunRequest {
  readonly source: string;
  /** As tracebacks show it (the file's base name). */
  readonly filename: string;
  readonly profile: ProfileName;
  readonly limits: Partial<Limits>;
}

/** What a run leaves with the host: small, whatever the trace's size. */
export interface RunReport {
  readonly status: 'ok' | 'error' | 'syntax-error' | 'unsupported' | 'limit' | 'internal-error';
  /** For syntax errors, unsupported constructs, limits and internal errors: what and where. */
  readonly message: string | null;
  /** The line of that problem (0: none). */
  readonly line: number;
  /** Which budget stopped the run, for status 'limit'. */
  readonly limit: LimitKind | null;
  readonly exitStatus: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly stepCount: number;
  readonly objectCount: number;
  readonly eventCount: number;
  /** The profile's label: 'CPython 3.14'. */
  readonly profile: string;
  readonly summary: RunSummary;
  /** Milliseconds spent running and indexing, in the worker. */
  readonly elapsedMs: number;
}

/** One execution of a name occurrence: the object the name was bound to then (-1: none the trace holds). */
export interface NameBindingView {
  readonly step: number;
  readonly object: number;
  readonly title: string;
}

/** The name under a cursor, and what it was bound to across its executions. */
export interface NameAtCursor {
  readonly name: string;
  readonly line: number;
  /** 0-based UTF-16 columns of the occurrence. */
  readonly col: number;
  readonly endCol: number;
  readonly executions: number;
  /** The first executions (at most analysis MAX_SAMPLES). */
  readonly bindings: readonly NameBindingView[];
  /** The object bound at the asked step (the latest execution at or before it; else the first one), -1 if none. */
  readonly object: number;
  readonly objectStep: number;
}

export interface EngineMethods {
  parse(source: string): { ok: true; tree: Module } | { ok: false; error: SyntaxErrorInfo };
  /** Runs a program and keeps its trace; replaces the worker's previous run. */
  run(request: RunRequest): RunReport;
  summary(): RunSummary;
  /** The reference graph at a step (clamped to the run's steps). */
  seek(step: number): GraphSnapshot;
  details(id: number, step: number): ObjectDetails;
  whyAlive(id: number, step: number): WhyAlive;
  lints(): readonly LintFinding[];
  /** Facts for every line that ran (Maps and Sets survive structured cloning). */
  lineFacts(): readonly LineFacts[];
  /** The name occurrence at (1-based line, 0-based UTF-16 column), with what it was bound to. */
  nameAt(line: number, col: number, step: number): NameAtCursor | null;
  /** The trace as JSON, in pieces whose concatenation is one document (no single huge string). */
  traceJson(): readonly string[];
  /** What the editor shows for the run wherever the cursor is: annotations, CodeLens, diagnostics (editor/model/). */
  editorFacts(): EditorFacts;
  /** The editor's hover on the name at (1-based line, 0-based UTF-16 column), or null (editor/model/hover.ts). */
  hover(line: number, col: number): HoverResult | null;
}

export type MethodName = keyof EngineMethods;

export interface RpcRequest<M extends MethodName = MethodName> {
  readonly id: number;
  readonly method: M;
  readonly params: Parameters<EngineMethods[M]>;
}

export type RpcResponse<M extends MethodName = MethodName> =
  | { readonly id: number; readonly ok: true; readonly result: ReturnType<EngineMethods[M]> }
  | { readonly id: number; readonly ok: false; readonly error: string };
