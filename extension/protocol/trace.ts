/**
 * The lifetime trace: what the engine records and what every view (graph, timeline, hovers, CLI)
 * reads. Types and literals only; shared by the engine, the extension host and the webview.
 *
 * Layout: columnar integer tables with one string table, so a million-step trace is a few typed
 * arrays (cheap to record, to transfer to a worker or webview, and to index) rather than millions
 * of small objects. `TraceIndex` (engine/trace/) turns it into snapshots + deltas for seeking.
 *
 * Rebuilding the heap at step s: apply the events of steps 0..s in order. `alloc` adds a node,
 * `free` removes it together with every edge from or to it, `edge_add`/`edge_remove` add and
 * remove edges (a multiset: the same from/to/label may be added twice, e.g. `[x, x]`), `refcnt`
 * sets the node's reference count (1 from its alloc until its first `refcnt`). The roots are the interpreter (ObjectId 0: it holds
 * `sys.modules`, the executing frames, the exception being handled, atexit callbacks) and the
 * immortal objects. What is recorded at each detail level is in engine/DESIGN.md ("The trace").
 *
 * Version history: 1 — first version; later additions keep it readable by version-1 readers:
 * the 'borrowed' label kind and the 'capi_call'/'capi_problem' events (the capi lens).
 */

export const TRACE_VERSION = 1;

/** Index into `Trace.strings`. */
export type StringId = number;
/**
 * An object's identity for the whole run (never reused, unlike CPython addresses). 0 is the
 * interpreter itself; the others number objects in the order they entered the trace.
 */
export type ObjectId = number;
/** Index into `Trace.steps`: one executed statement (or one engine-internal phase at exit). */
export type StepId = number;

/** The ObjectId of the interpreter: the root of the references no Python object holds. */
export const INTERPRETER_ID = 0;

/**
 * How much is recorded. 'off': nothing but the outcome (the tables are empty). 'default': what the
 * extension shows — every object that can hold references, names, containers, attributes, weak
 * references, exact refcounts, deaths and what ran during them. 'full': also every edge to atomic
 * values (int, str, float, None…) and immortal objects (builtins, small ints, interned strings),
 * which then enter the trace as objects.
 */
export const TRACE_DETAILS = ['off', 'default', 'full'] as const;
export type TraceDetail = (typeof TRACE_DETAILS)[number];

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
  'name', // a local or global name: label is the name (from a frame, or a module for globals)
  'attr', // an attribute in an instance or type __dict__ or a slot: label is the attribute
  'index', // a list/tuple item: label is the index, in decimal
  'key', // a dict key object: label is the key's short repr
  'value', // a dict value: label is the key's short repr
  'item', // a set/frozenset member: label is empty
  'cell', // a cell's contents, or a frame's or closure's cell: label is the variable
  'self', // a bound method's __self__
  'func', // a bound method's __func__, a generator's code/function
  'type', // an object's type (ob_type) where the type is a heap type (see ObjectTable.typeObject)
  'dict', // an object's __dict__
  'stack', // what a frame's value stack holds as a statement starts (label: the depth), or the interpreter's executing frames
  'exception', // a frame's or thread's pending/handled exception, a traceback's frame, an exception's traceback/context/cause
  'callback', // a weakref's or finalize's callback
  'internal', // any other strong reference a C type holds (label: the C field, e.g. 'func_globals')
  'borrowed', // the capi lens: a capi.Borrowed's uncounted pointer to its referent (always flagged weak; label: the function and line)
] as const;
export type EdgeLabelKind = (typeof EDGE_LABEL_KINDS)[number];

/** Event kinds. Fields a, b, c, d of the event table mean what each comment says; unused ones are 0. */
export const EVENT_KINDS = [
  'alloc', // a=object. Atomic values (int, str, float…) are allocated in the trace when first referenced by a recorded edge
  'refcnt', // a=object b=refcnt after this step (coalesced: one per object per step, only when it changed; never for immortals)
  'edge_add', // a=from b=to c=label StringId d=flags (EdgeFlags)
  'edge_remove', // a=from b=to c=label StringId d=flags
  'phase', // a=object (-1: the whole collection or shutdown) b=index into PHASES c=depth of nesting (re-entrant deallocation)
  'del_call', // a=object whose __del__ runs (preceded by its tp_finalize phase)
  'weakref_callback', // a=weakref b=referent (dead or dying) c=callback object
  'finalize_call', // a=finalize object b=referent (-1 when not dying now: called directly, or at exit) c=the live referent then, else -1 d=its weakref then, else -1
  'resurrect', // a=object: a finalizer made it reachable again; it lives on
  'free', // a=object: memory returned; the object no longer exists, nor do its edges
  'gc_begin', // a=generation (0 young, 2 all) b=reason (GC_REASONS index)
  'gc_unreachable', // a=object found unreachable in the collection in progress
  'gc_end', // a=collected b=uncollectable c=value gc.collect() returned (or would have, for automatic ones)
  'output', // a=stream (0 stdout, 1 stderr) b=text StringId (consecutive writes of a step are joined)
  'unraisable', // a=object in whose finalizer/callback the exception was raised b=message StringId
  'repr', // a=object b=new short repr StringId (containers' reprs change as they mutate; 'full' only)
  'capi_call', // the capi lens: a=argument object (-1: none) b=function name StringId c=result object (-1: none, or not an object of the trace)
  'capi_problem', // the capi lens: a=object (-1: none) b=message StringId c=index into CAPI_PROBLEMS
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** What the capi lens reports (Weakscope's own C-API model; see engine/modules/capi/). */
export const CAPI_PROBLEMS = [
  'dangling_borrowed', // a borrowed reference used after its referent was freed
  'leaked_reference', // a strong reference the C code acquired and never released (reported at exit)
  'unowned_decref', // Py_DECREF of a reference the C code does not own (borrowed, or already released)
  'deprecated', // a function deprecated in the profile's CPython version was called
] as const;
export type CapiProblem = (typeof CAPI_PROBLEMS)[number];

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

/** Bit flags of an object's `flags` column (facts at allocation). */
export const ObjectFlags = {
  immortal: 1,
  gcTracked: 2,
  hasFinalizer: 4, // __del__ (tp_finalize)
  weakrefable: 8,
  isFrame: 16,
  isModule: 32,
  isWeakref: 64,
  isWeakContainer: 128, // WeakValueDictionary, WeakKeyDictionary, WeakSet
  isType: 256,
  /** int, str, float, bytes, bool, None…: holds no references; entered the trace when first referenced. */
  atomic: 512,
  isFinalize: 1024, // weakref.finalize
  isInterpreter: 2048, // ObjectId 0
} as const;

/**
 * One row per executed statement. Columns are parallel arrays. Lines are 1-based, columns 0-based
 * in UTF-16 code units (what editors index by); a compound statement's span is its header
 * (`for x in xs:`), a simple statement's is the whole statement.
 */
export interface StepTable {
  readonly count: number;
  readonly line: Int32Array;
  readonly col: Int32Array;
  readonly endLine: Int32Array;
  readonly endCol: Int32Array;
  /** The frame (an ObjectId) executing the statement; -1 at interpreter start-up and shutdown (line 0). */
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

/** One row per object that entered the trace (ObjectId = row; row 0 is the interpreter). */
export interface ObjectTable {
  readonly count: number;
  readonly typeName: Int32Array; // StringId
  /**
   * StringId: a short repr computed without running Python code (so never a user __repr__):
   * values for atomic objects and tuples of them, names for functions, classes, modules and
   * frames, `<Image object>` for instances; '' for mutable containers (see their edges). Later
   * changes: 'repr' events.
   */
  readonly repr: Int32Array;
  readonly bornStep: Int32Array;
  readonly diedStep: Int32Array; // -1: alive at the end of the trace
  readonly flags: Int32Array; // ObjectFlags
  /** The ObjectId of the object's class when that is a heap type (an implicit 'type' edge for the object's whole life); -1 otherwise. */
  readonly typeObject: Int32Array;
}

export type LimitKind = 'steps' | 'time' | 'objects' | 'recursion' | 'output' | 'memory';

export type RunOutcome =
  | { readonly kind: 'completed'; readonly status: number }
  | { readonly kind: 'syntax_error'; readonly message: string; readonly line: number; readonly column: number }
  | { readonly kind: 'unsupported'; readonly message: string; readonly line: number }
  | { readonly kind: 'limit'; readonly limit: LimitKind; readonly message: string; readonly line: number }
  | { readonly kind: 'internal_error'; readonly message: string; readonly line: number };

export interface Trace {
  readonly version: typeof TRACE_VERSION;
  /** The interpreter whose behaviour the trace models: 'cpython-3.14'. */
  readonly profile: string;
  readonly detail: TraceDetail;
  readonly filename: string;
  readonly source: string;
  readonly strings: readonly string[];
  readonly steps: StepTable;
  readonly events: EventTable;
  readonly objects: ObjectTable;
  readonly outcome: RunOutcome;
}
