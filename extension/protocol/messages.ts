/**
 * The messages between the extension host and the panel's webview: one union per direction, keyed
 * on `type`. Types and literals only. The host owns the trace and its index; the webview receives
 * views of it (the timeline once per run, the heap graph per step) and asks for steps and details.
 */

export const PROTOCOL_VERSION = 1;

/** A node of the reference graph at one step. */
export interface GraphNode {
  readonly id: number; // ObjectId; frames and modules are nodes too (roots)
  readonly typeName: string;
  readonly repr: string; // short, already truncated by the host
  readonly names: readonly string[]; // names bound to it at this step ('x', 'main.cache')
  readonly refcnt: number;
  readonly weakrefCount: number;
  readonly root: 'frame' | 'module' | null;
  readonly immortal: boolean;
  readonly dying: boolean; // freed at this step: drawn fading out
  readonly cycleOnly: boolean; // alive only through a reference cycle: highlighted
  readonly hasFinalizer: boolean;
  readonly line: number; // where it was created
}

export interface GraphEdge {
  readonly id: string; // stable: `${from}->${to}:${label}`
  readonly from: number;
  readonly to: number;
  readonly kind: 'strong' | 'weak';
  readonly hasCallback: boolean; // weak edges only
  readonly label: string; // 'x', '.parent', '[0]', "['k']", 'cell x', 'self'
}

export interface GraphSnapshot {
  readonly step: number;
  readonly line: number;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

export type TimelineEventKind =
  | 'weakref_created'
  | 'callback'
  | 'finalize'
  | 'del'
  | 'resurrect'
  | 'gc'
  | 'phase'
  | 'freed';

export interface TimelineEvent {
  readonly step: number;
  readonly line: number;
  readonly kind: TimelineEventKind;
  readonly label: string; // 'weakref callback (line 12)', 'tp_finalize', 'gc.collect() → 4'
}

export interface TimelineLane {
  readonly objectId: number;
  readonly title: string; // 'Image#3 Image('logo.png')'
  readonly bornStep: number;
  readonly diedStep: number; // -1: alive at exit
  readonly interesting: boolean; // has weakrefs, finalizers or __del__ (others hidden by the default filter)
  readonly events: readonly TimelineEvent[];
}

export interface OutputChunk {
  readonly step: number;
  readonly stream: 'stdout' | 'stderr';
  readonly text: string;
}

export interface RunSummary {
  readonly filename: string;
  readonly stepCount: number;
  readonly lines: readonly number[]; // line of each step, for the scrubber and the editor highlight
  readonly lanes: readonly TimelineLane[];
  readonly collections: readonly TimelineEvent[];
  readonly output: readonly OutputChunk[];
  /** A banner: syntax errors, unsupported constructs, limits and internal errors, with their line. */
  readonly problem: { readonly kind: 'syntax_error' | 'unsupported' | 'limit' | 'internal_error'; readonly message: string; readonly line: number } | null;
}

export interface ObjectDetails {
  readonly id: number;
  readonly step: number;
  readonly title: string;
  readonly facts: readonly string[]; // type, refcnt, weakrefs, birth and fate, in words
  readonly whyAlive: readonly (readonly { readonly from: number; readonly to: number; readonly label: string }[])[];
  readonly weakEntries: readonly { readonly key: string; readonly value: string; readonly evicted: string | null }[] | null;
}

export type HostToWebview =
  | { readonly type: 'load'; readonly summary: RunSummary }
  | { readonly type: 'graph'; readonly snapshot: GraphSnapshot }
  | { readonly type: 'details'; readonly details: ObjectDetails }
  | { readonly type: 'running'; readonly filename: string }
  | { readonly type: 'theme'; readonly kind: 'light' | 'dark' | 'high-contrast' }
  /** Select an object as a click on it would (Explain Why Alive): the webview asks for its details. */
  | { readonly type: 'select'; readonly id: number }
  /** Export Graph as SVG from the command palette: the webview answers with `exportSvg`. */
  | { readonly type: 'requestSvg' };

export type WebviewToHost =
  | { readonly type: 'ready'; readonly protocol: typeof PROTOCOL_VERSION }
  | { readonly type: 'seek'; readonly step: number }
  | { readonly type: 'selectObject'; readonly id: number }
  | { readonly type: 'revealLine'; readonly line: number }
  | { readonly type: 'exportSvg'; readonly svg: string }
  | { readonly type: 'state'; readonly step: number; readonly selected: number | null };

/** Limits a receiver enforces before trusting a message (hostile reprs, floods). */
export const MESSAGE_LIMITS = {
  maxStringLength: 10_000,
  maxNodes: 50_000,
  maxEdges: 200_000,
  maxMessageBytes: 64 * 1024 * 1024,
} as const;
