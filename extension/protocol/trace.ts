/**
 * The lifetime trace: what the engine records and what every view (graph, timeline, hovers, CLI)
 * reads. Types and literals only; shared by the engine, the extension host and the webview.
 *
 * Layout: columnar integer tables with one string table, so a million-step trace is a few typed
 * arrays (cheap to record, to transfer to a worker or webview, and to index) rather than millions
 * of small objects. `TraceIndex` (engine/trace/) turns it into snapshots + deltas for seeking.
 *
 * Version history: 1 — first version.
 */

export const TRACE_VERSION = 1;

/** Index into `Trace.strings`. */
export type StringId = number;
/** An object's identity for the whole run (never reused, unlike CPython addresses). */
export type ObjectId = number;
/** Index into `Trace.steps`: one executed statement (or one engine-internal phase at exit). */
export type StepId = number;

/** Why an event happened in a deallocation or collection, as the CPython functions that do it. */
export const PHASES = [
  'tp_dealloc',
  'tp_finalize',
  'PyObject_ClearWeakRefs',
  'PyUnstable_Object_ClearWeakRefsNoCallbacks',
  'handle_weakrefs',
  'tp_clear',
  'subtype_dealloc',
  'finalize_garbage',
  'handle_resurrected_objects',
  'delete_garbage',
  'Py_FinalizeEx',
  'finalize_modules',
  'atexit',
] as const;
export type Phase = (typeof PHASES)[number];

/** What a reference edge is, for labels like `cache['k']`, `Item.parent`, `cell x`. */
export const EDGE_LABEL_KINDS = [
  'name', // a local or global name: label is the name
  'attr', // an attribute in an instance or type __dict__ or a slot: label is the attribute
  'index', // a list/tuple item: label is the index
  'key', // a dict key object
  'value', // a dict value: label is repr(key)
  'item', // a set/frozenset member
  'cell', // a cell's contents, or a closure's cell: label is the variable
  'self', // a bound method's __self__
  'func', // a bound method's __func__, a generator's code/function
  'type', // an object's type (ob_type) where the type is a heap type
  'dict', // an object's __dict__
  'stack', // a frame's value stack (temporaries)
  'exception', // a frame's or thread's pending/handled exception, a traceback's frame
  'callback', // a weakref's or finalize's callback
  'internal', // any other strong reference a C type holds (recorded for completeness)
] as const;
export type EdgeLabelKind = (typeof EDGE_LABEL_KINDS)[number];

/** Event kinds. Fields a, b, c, d of the event table mean what each comment says. */
export const EVENT_KINDS = [
  'alloc', // a=object
  'refcnt', // a=object b=refcnt after this step (coalesced: one per object per step)
  'edge_add', // a=from b=to c=label StringId d=flags (EdgeFlags)
  'edge_remove', // a=from b=to c=label StringId d=flags
  'phase', // a=object b=index into PHASES c=depth of nesting (re-entrant deallocation)
  'del_call', // a=object whose __del__ runs
  'weakref_callback', // a=weakref b=referent (dead or dying) c=callback object
  'finalize_call', // a=finalize object b=referent (-1 when already dead)
  'resurrect', // a=object
  'free', // a=object: memory returned; the object no longer exists
  'gc_begin', // a=generation b=reason (GC_REASONS index)
  'gc_unreachable', // a=object found unreachable in the collection in progress
  'gc_end', // a=collected b=uncollectable c=value gc.collect() returned
  'output', // a=stream (0 stdout, 1 stderr) b=text StringId
  'unraisable', // a=object in whose finalizer/callback the exception was raised b=message StringId
  'repr', // a=object b=new short repr StringId (containers' reprs change as they mutate)
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const GC_REASONS = ['manual', 'automatic', 'shutdown'] as const;
export type GcReason = (typeof GC_REASONS)[number];

/** Bit flags of an edge event's `d` field. */
export const EdgeFlags = {
  /** A weak reference (the edge goes from the weakref object to its referent). */
  weak: 1,
  /** The weak reference has a callback. */
  callback: 2,
  /** Label kind = (d >> LABEL_KIND_SHIFT), an index into EDGE_LABEL_KINDS. */
} as const;
export const LABEL_KIND_SHIFT = 8;

/** Bit flags of an object's `flags` column. */
export const ObjectFlags = {
  immortal: 1,
  gcTracked: 2,
  hasFinalizer: 4, // __del__ (tp_finalize)
  weakrefable: 8,
  isFrame: 16,
  isModule: 32,
  isWeakref: 64,
  isWeakContainer: 128,
} as const;

/** One row per executed statement. Columns are parallel arrays. */
export interface StepTable {
  readonly count: number;
  readonly line: Int32Array;
  readonly col: Int32Array;
  readonly endLine: Int32Array;
  readonly endCol: Int32Array;
  /** The frame (an ObjectId) executing the statement; -1 at interpreter start-up and shutdown. */
  readonly frame: Int32Array;
  /** Index of this step's first event in the event table; events of step s are [eventStart[s], eventStart[s+1]). */
  readonly eventStart: Int32Array;
}

/** One row per event, in the order they happened. */
export interface EventTable {
  readonly count: number;
  readonly kind: Uint8Array;
  readonly step: Int32Array;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly c: Int32Array;
  readonly d: Int32Array;
}

/** One row per object ever allocated (ObjectId = row). */
export interface ObjectTable {
  readonly count: number;
  readonly typeName: Int32Array; // StringId
  readonly repr: Int32Array; // StringId: the short repr at allocation (later changes: 'repr' events)
  readonly bornStep: Int32Array;
  readonly diedStep: Int32Array; // -1: alive at the end of the trace
  readonly flags: Int32Array; // ObjectFlags
}

export type RunOutcome =
  | { readonly kind: 'completed'; readonly status: number }
  | { readonly kind: 'syntax_error'; readonly message: string; readonly line: number; readonly column: number }
  | { readonly kind: 'unsupported'; readonly message: string; readonly line: number }
  | { readonly kind: 'limit'; readonly limit: 'steps' | 'time' | 'objects' | 'recursion' | 'output' | 'memory'; readonly message: string; readonly line: number }
  | { readonly kind: 'internal_error'; readonly message: string; readonly line: number };

export interface Trace {
  readonly version: typeof TRACE_VERSION;
  readonly profile: string;
  readonly filename: string;
  readonly source: string;
  readonly strings: readonly string[];
  readonly steps: StepTable;
  readonly events: EventTable;
  readonly objects: ObjectTable;
  readonly outcome: RunOutcome;
}
