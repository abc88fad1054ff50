/**
 * The trace recorder: produces the `Trace` of protocol/trace.ts. Rows are appended to growable,
 * interleaved Int32Arrays (one store per field, no object per event) and split into the
 * protocol's columns once, by finish(). Strings are interned. Every hook is behind `on`, so a run
 * without recording pays one predictable branch per hook.
 *
 * Objects enter the trace with an id (`ob_tid`) when allocated, or — atomic values, objects made
 * before the run — when first referenced by a recorded edge. `objs[tid] === o` says the id is
 * this run's (immortal objects outlive runs and keep stale ids).
 *
 * Reference counts: an object touched in a step (allocated, an edge to it added or removed, a
 * decref or incref through heap.ts) gets one 'refcnt' event at the end of the step if its count
 * differs from the last one recorded.
 *
 * Steps: the evaluation loop calls beginStep when a statement of the program starts (see
 * statements.ts), `resume` when control comes back to a statement after a call, and the
 * interpreter's start-up and shutdown are steps of their own (frame -1, line 0). Step counting
 * and the step budget work the same when recording is off.
 */
import { currentProfile } from '../profile';
import type { PyObject } from '../runtime/object';
import type { PyType } from '../runtime/type';
import {
  EDGE_LABEL_KINDS, EVENT_KINDS, LABEL_KIND_SHIFT, ObjectFlags, PHASES, TRACE_VERSION,
  type RunOutcome, type Trace, type TraceDetail,
} from '../../protocol/trace';
import { reprStr, reprFloat } from '../text/repr';
import { checkPeriodic, limits, stepLimit } from '../runtime/limits';
import type { StatementTable } from './statements';

// Event kinds, phases and label kinds as numbers (checked against the protocol's lists below).
export const EV_ALLOC = 0;
export const EV_REFCNT = 1;
export const EV_EDGE_ADD = 2;
export const EV_EDGE_REMOVE = 3;
export const EV_PHASE = 4;
export const EV_DEL_CALL = 5;
export const EV_WEAKREF_CALLBACK = 6;
export const EV_FINALIZE_CALL = 7;
export const EV_RESURRECT = 8;
export const EV_FREE = 9;
export const EV_GC_BEGIN = 10;
export const EV_GC_UNREACHABLE = 11;
export const EV_GC_END = 12;
export const EV_OUTPUT = 13;
export const EV_UNRAISABLE = 14;
export const EV_CAPI_CALL = 16;
export const EV_CAPI_PROBLEM = 17;

export const P_TP_DEALLOC = 0;
export const P_TP_FINALIZE = 1;
export const P_CLEAR_WEAKREFS = 2;
export const P_CLEAR_WEAKREFS_NO_CALLBACKS = 3;
export const P_HANDLE_WEAKREFS = 4;
export const P_TP_CLEAR = 5;
export const P_SUBTYPE_DEALLOC = 6;
export const P_FINALIZE_GARBAGE = 7;
export const P_HANDLE_RESURRECTED = 8;
export const P_DELETE_GARBAGE = 9;
export const P_FINALIZE_EX = 10;
export const P_FINALIZE_MODULES = 11;
export const P_ATEXIT = 12;

export const L_NAME = 0;
export const L_ATTR = 1;
export const L_INDEX = 2;
export const L_KEY = 3;
export const L_VALUE = 4;
export const L_ITEM = 5;
export const L_CELL = 6;
export const L_SELF = 7;
export const L_FUNC = 8;
export const L_TYPE = 9;
export const L_DICT = 10;
export const L_STACK = 11;
export const L_EXCEPTION = 12;
export const L_CALLBACK = 13;
export const L_INTERNAL = 14;
export const L_BORROWED = 15;

export const GC_MANUAL = 0;
export const GC_AUTOMATIC = 1;
export const GC_SHUTDOWN = 2;

const WEAK = 1;
const CALLBACK = 2;
/** A header bit (gc_flags, beside the collector's and hooks.ts's 0x100): the frame has recorded stack edges. */
const STACKED = 0x200;

{
  const check = (list: readonly string[], name: string, index: number): void => {
    if (list[index] !== name) throw new Error(`trace protocol mismatch: ${name} is not at ${index}`);
  };
  check(EVENT_KINDS, 'unraisable', EV_UNRAISABLE);
  check(EVENT_KINDS, 'alloc', EV_ALLOC);
  check(EVENT_KINDS, 'free', EV_FREE);
  check(PHASES, 'atexit', P_ATEXIT);
  check(PHASES, 'subtype_dealloc', P_SUBTYPE_DEALLOC);
  check(EVENT_KINDS, 'capi_call', EV_CAPI_CALL);
  check(EVENT_KINDS, 'capi_problem', EV_CAPI_PROBLEM);
  check(EDGE_LABEL_KINDS, 'borrowed', L_BORROWED);
  check(EDGE_LABEL_KINDS, 'internal', L_INTERNAL);
  check(EDGE_LABEL_KINDS, 'stack', L_STACK);
}

const ST_WORDS = 3; // statement, frame, first event
const OB_WORDS = 6; // type name, repr, born, died, flags, type object
/** Events (and steps) per chunk of the recording. */
const CHUNK = 1 << 16;

/** What is recorded about every object of one type (computed once per type per run). */
interface TypeInfo {
  readonly name: number;
  readonly flags: number;
  /** The repr of instances of Python classes: `<Name object>`; -1 for other types. */
  readonly instanceRepr: number;
  readonly atomic: boolean;
}

const ATOMIC_LAYOUTS = new Set<string>(['int', 'float', 'str']);
const ATOMIC_NAMES = new Set<string>(['bytes', 'complex', 'NoneType', 'bool', 'ellipsis', 'NotImplementedType', 'range']);
const IMMORTAL_HALF = 2 ** 51;

function grow(a: Int32Array, need: number): Int32Array<ArrayBuffer> {
  let n = a.length * 2;
  while (n < need) n *= 2;
  const b = new Int32Array(n);
  b.set(a);
  return b;
}

export class Recorder {
  /** Recording at 'default' or 'full' detail. */
  on = false;
  /** Recording at 'full' detail. */
  full = false;
  detail: TraceDetail = 'off';
  /** The statement and frame of the current step (maintained with recording off too). */
  curStmt = -1;
  curFrame: PyObject | null = null;
  /** Steps begun in this run (the step budget counts these). */
  steps = 0;

  // Events (one array per column, as the protocol has them) and steps go to fixed-size chunks:
  // growing never copies what is recorded, and finish() concatenates each column with set().
  private evChunks: EventChunk[] = [];
  private ev = newEventChunk();
  private evPos = 0;
  private stChunks: Int32Array[] = [];
  private st = new Int32Array(ST_WORDS * CHUNK);
  private stPos = 0;
  private ob = new Int32Array(OB_WORDS * 1024);
  private obCount = 0;
  /** tid → the object, while it is alive. */
  private objs: (PyObject | undefined)[] = [];
  private lastRc = new Int32Array(1024);
  /** tid → the step it was last touched in (+1, so 0 means never). */
  private stamp = new Int32Array(1024);
  private touched = new Int32Array(256);
  private touchedLen = 0;
  private strings: string[] = [];
  private stringIndex = new Map<string, number>();
  private typeInfo = new Map<PyType, TypeInfo>();
  private lastType: PyType | null = null;
  private lastInfo: TypeInfo | null = null;
  private frameRepr = new Map<string, number>();
  private reprLabels = new Map<string, number>();
  private indexLabels: number[] = [];
  /** Interned (immortal) str objects → their text's string id: attribute and global names. */
  private nameLabels = new Map<PyObject, number>();
  /** The interpreter's recorded edges (to, kind, label). */
  private roots = new Set<string>();
  /** Frames whose value stack has recorded edges: tid → the stack as recorded. */
  private stacks = new Map<number, (PyObject | null)[]>();
  private statements: StatementTable | null = null;
  /** The step index as a number (steps - 1 once a step exists). */
  private step = -1;

  reset(detail: TraceDetail): void {
    this.detail = detail;
    this.on = detail !== 'off';
    this.full = detail === 'full';
    this.curStmt = -1;
    this.curFrame = null;
    this.steps = 0;
    this.step = -1;
    this.evChunks = [];
    this.evPos = 0;
    this.stChunks = [];
    this.stPos = 0;
    this.obCount = 0;
    this.objs = [];
    this.touchedLen = 0;
    this.stamp.fill(0);
    this.strings = [];
    this.stringIndex.clear();
    this.typeInfo.clear();
    this.lastType = null;
    this.lastInfo = null;
    this.frameRepr.clear();
    this.reprLabels.clear();
    this.indexLabels = [];
    this.nameLabels.clear();
    this.roots.clear();
    this.stacks.clear();
    this.statements = null;
    this.intern('');
    if (this.on) {
      // Row 0: the interpreter, holder of the references no Python object holds.
      this.writeObject(this.intern('interpreter'), this.intern('<interpreter>'), ObjectFlags.isInterpreter | ObjectFlags.immortal, -1);
    }
    this.beginStep(-1, null);
  }

  setStatements(t: StatementTable | null): void {
    this.statements = t;
  }

  intern(s: string): number {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, i);
    }
    return i;
  }

  // ---- rows --------------------------------------------------------------------------------------

  /** Events recorded so far. */
  private eventCount(): number {
    return this.evChunks.length * CHUNK + this.evPos;
  }

  private emit(kind: number, a: number, b: number, c: number, d: number): void {
    const i = this.evPos;
    if (i === CHUNK) {
      this.evChunks.push(this.ev);
      this.ev = newEventChunk();
      this.evPos = 0;
      this.emit(kind, a, b, c, d);
      return;
    }
    const e = this.ev;
    e.kind[i] = kind;
    e.a[i] = a;
    e.b[i] = b;
    e.c[i] = c;
    e.d[i] = d;
    this.evPos = i + 1;
  }

  private writeObject(name: number, repr: number, flags: number, typeObject: number): number {
    const tid = this.obCount++;
    let i = tid * OB_WORDS;
    if (i + OB_WORDS > this.ob.length) this.ob = grow(this.ob, i + OB_WORDS);
    const o = this.ob;
    o[i++] = name;
    o[i++] = repr;
    o[i++] = this.step;
    o[i++] = -1;
    o[i++] = flags;
    o[i] = typeObject;
    if (tid >= this.lastRc.length) {
      this.lastRc = grow(this.lastRc, tid + 1);
      this.stamp = grow(this.stamp, tid + 1);
    }
    // Every object starts with one reference: a 'refcnt' event comes only when the count differs.
    this.lastRc[tid] = 1;
    this.stamp[tid] = 0;
    return tid;
  }

  private info(t: PyType): TypeInfo {
    if (t === this.lastType) return this.lastInfo as TypeInfo;
    let inf = this.typeInfo.get(t);
    if (inf === undefined) {
      inf = this.makeTypeInfo(t);
      this.typeInfo.set(t, inf);
    }
    this.lastType = t;
    this.lastInfo = inf;
    return inf;
  }

  private makeTypeInfo(t: PyType): TypeInfo {
    const atomic = ATOMIC_LAYOUTS.has(t.layout) || ATOMIC_NAMES.has(t.tp_name);
    let flags = 0;
    if (atomic) flags |= ObjectFlags.atomic;
    if ((t.tp_flags & (1 << 14)) !== 0) flags |= ObjectFlags.gcTracked;
    if (t.tp_finalize !== null) flags |= ObjectFlags.hasFinalizer;
    if ((t.tp_flags & (1 << 1)) !== 0) flags |= ObjectFlags.weakrefable;
    if (t.layout === 'frame') flags |= ObjectFlags.isFrame;
    if (t.layout === 'module') flags |= ObjectFlags.isModule;
    if (t.layout === 'weakref') flags |= ObjectFlags.isWeakref;
    if (t.layout === 'type') flags |= ObjectFlags.isType;
    for (const b of t.tp_mro) {
      const mod = b.module;
      if ((mod === 'weakref' || mod === '_weakrefset') && /^(WeakValueDictionary|WeakKeyDictionary|WeakSet)$/.test(b.qualname)) flags |= ObjectFlags.isWeakContainer;
      if (mod === 'weakref' && b.qualname === 'finalize') flags |= ObjectFlags.isFinalize;
      if (b.layout === 'weakref') flags |= ObjectFlags.isWeakref;
    }
    const heap = t.isHeapType();
    return {
      name: this.intern(t.qualname),
      flags,
      instanceRepr: heap && t.layout !== 'type' ? this.intern(`<${t.qualname} object>`) : -1,
      atomic,
    };
  }

  /** A short repr that runs no Python code. */
  private shortRepr(o: PyObject, inf: TypeInfo): number {
    if (inf.instanceRepr >= 0) return inf.instanceRepr;
    const v = (o as { value?: unknown }).value;
    switch (o.ob_type.layout) {
      case 'int':
        if (o.ob_type.tp_name === 'bool') return this.intern(v === 1 || v === 1n ? 'True' : 'False');
        return this.intern(clip(String(v)));
      case 'float':
        return this.intern(typeof v === 'number' ? reprFloat(v) : '');
      case 'str':
        return this.intern(typeof v === 'string' ? clip(reprStr(v.length > 60 ? v.slice(0, 60) : v)) : '');
      case 'function':
      case 'builtin': {
        const q = (o as { qualname?: string; name?: string }).qualname ?? (o as { name?: string }).name;
        return this.intern(q === undefined ? '' : `<function ${q}>`);
      }
      case 'type':
        return this.intern(`<class '${(o as PyType).qualname}'>`);
      case 'module':
        return this.intern(`<module '${(o as { md_name?: string }).md_name ?? '?'}'>`);
      case 'frame': {
        const name = (o as { code?: { qualname: string } }).code?.qualname ?? '?';
        let r = this.frameRepr.get(name);
        if (r === undefined) {
          r = this.intern(`<frame of ${name}>`);
          this.frameRepr.set(name, r);
        }
        return r;
      }
      case 'tuple': {
        const items = (o as { items?: PyObject[] }).items;
        if (items === undefined || items.length > 8) return 0;
        const parts: string[] = [];
        for (const x of items) {
          const xi = this.info(x.ob_type);
          if (!xi.atomic) return 0;
          parts.push(this.strings[this.shortRepr(x, xi)] as string);
        }
        return this.intern(clip(parts.length === 1 ? `(${parts[0] as string},)` : `(${parts.join(', ')})`));
      }
      default:
        if (o.ob_type.tp_name === 'NoneType') return this.intern('None');
        return 0;
    }
  }

  // ---- objects -----------------------------------------------------------------------------------

  /** The object's trace id, entering it into the trace first if needed (recording must be on). */
  tidOf(o: PyObject): number {
    const t = o.ob_tid;
    if (t !== 0 && this.objs[t] === o) return t;
    return this.enter(o);
  }

  private enter(o: PyObject): number {
    const inf = this.info(o.ob_type);
    let flags = inf.flags;
    if (o.ob_refcnt >= IMMORTAL_HALF) flags |= ObjectFlags.immortal;
    let typeObject = -1;
    const t = o.ob_type;
    if (t.isHeapType()) typeObject = this.tidOf(t);
    const tid = this.writeObject(inf.name, this.shortRepr(o, inf), flags, typeObject);
    this.objs[tid] = o;
    o.ob_tid = tid;
    this.emit(EV_ALLOC, tid, 0, 0, 0);
    if ((flags & ObjectFlags.immortal) === 0) this.touchTid(tid);
    return tid;
  }

  /** A new object: it enters the trace now. */
  alloc(o: PyObject): void {
    if (this.on) this.enter(o);
  }

  free(o: PyObject): void {
    if (!this.on) return;
    const t = o.ob_tid;
    if (t === 0 || this.objs[t] !== o) return;
    this.objs[t] = undefined;
    this.ob[t * OB_WORDS + 3] = this.step;
    this.emit(EV_FREE, t, 0, 0, 0);
    if ((o.gc_flags & STACKED) !== 0) {
      o.gc_flags &= ~STACKED;
      this.stacks.delete(t);
    }
  }

  /** Its reference count may have changed (heap.ts calls this for traced objects). */
  touch(o: PyObject): void {
    const t = o.ob_tid;
    if (t !== 0 && this.objs[t] === o) this.touchTid(t);
  }

  private touchTid(t: number): void {
    const s = this.step + 1;
    if (this.stamp[t] === s) return;
    this.stamp[t] = s;
    if (this.touchedLen === this.touched.length) this.touched = grow(this.touched, this.touchedLen + 1);
    this.touched[this.touchedLen++] = t;
  }

  /** One 'refcnt' event per touched object whose count changed: the end of a step. */
  private flushRefcounts(): void {
    const n = this.touchedLen;
    const touched = this.touched;
    const objs = this.objs;
    const last = this.lastRc;
    for (let i = 0; i < n; i++) {
      const t = touched[i] as number;
      const o = objs[t];
      if (o === undefined) continue;
      const rc = o.ob_refcnt;
      if (rc >= IMMORTAL_HALF) {
        // Made immortal after it was allocated (module constants): it is one for the whole trace.
        this.ob[t * OB_WORDS + 4] |= ObjectFlags.immortal;
        continue;
      }
      if (rc === last[t]) continue;
      last[t] = rc;
      this.emit(EV_REFCNT, t, rc, 0, 0);
    }
    this.touchedLen = 0;
  }

  // ---- steps -------------------------------------------------------------------------------------

  /**
   * A statement starts (stmt -1, frame null: the interpreter's own start-up or shutdown), or
   * `continues` after a call returned to it.
   */
  beginStep(stmt: number, frame: PyObject | null, continues = false): void {
    const prev = this.curFrame;
    this.curStmt = stmt;
    this.curFrame = frame;
    const n = ++this.steps;
    if (n > limits.maxSteps) stepLimit();
    if ((n & 0xfff) === 0) checkPeriodic(true);
    if (!this.on) return;
    if (this.step >= 0) {
      // The value stacks as the step ends: what a statement starts with is recorded (loop iterators,
      // `with` exits, handled exceptions); mid-statement temporaries are not, but what left a
      // stack since is removed.
      if (prev !== null && prev !== frame) {
        const t = this.liveTid(prev);
        if (t >= 0) this.syncStack(prev, t, true);
      }
      if (frame !== null) this.syncStack(frame, this.tidOf(frame), continues);
      this.flushRefcounts();
    }
    this.step++;
    let i = this.stPos;
    if (i === this.st.length) {
      this.stChunks.push(this.st);
      this.st = new Int32Array(ST_WORDS * CHUNK);
      i = 0;
    }
    const st = this.st;
    st[i++] = stmt;
    st[i++] = frame === null ? -1 : this.tidOf(frame);
    st[i++] = this.eventCount();
    this.stPos = i;
  }

  /** A frame's value-stack edges (for-loop iterators, `with` exits, handled exceptions), as the stack is now. */
  private syncStack(frame: PyObject, tid: number, pruneOnly: boolean): void {
    const stack = (frame as { stack?: (PyObject | null)[] }).stack;
    if (stack === undefined) return;
    const stacked = (frame.gc_flags & STACKED) !== 0;
    if (!stacked && (pruneOnly || stack.length === 0)) return;
    const prev = stacked ? this.stacks.get(tid) : undefined;
    const rec = prev ?? [];
    const n = pruneOnly ? rec.length : Math.max(rec.length, stack.length);
    // The recorded stack is updated in place: in a loop it rarely changes.
    for (let i = 0; i < n; i++) {
      const a = rec[i] ?? null;
      const b = stack[i] ?? null;
      if (a === b) continue;
      if (a !== null) this.edgeLabel(frame, a, L_STACK, this.indexLabel(i), false, 0);
      if (b !== null && !pruneOnly) {
        this.edgeLabel(frame, b, L_STACK, this.indexLabel(i), true, 0);
        rec[i] = b;
      } else rec[i] = null;
    }
    while (rec.length !== 0 && rec[rec.length - 1] === null) rec.pop();
    if (rec.length === 0) {
      this.stacks.delete(tid);
      frame.gc_flags &= ~STACKED;
    } else if (prev === undefined) {
      this.stacks.set(tid, rec);
      frame.gc_flags |= STACKED;
    }
  }

  /** A frame's recorded value-stack edges go (the frame is cleared). */
  dropStack(frame: PyObject): void {
    if ((frame.gc_flags & STACKED) === 0) return;
    frame.gc_flags &= ~STACKED;
    const t = this.liveTid(frame);
    if (t < 0) return;
    const old = this.stacks.get(t);
    if (old === undefined) return;
    for (let i = old.length - 1; i >= 0; i--) {
      const a = old[i];
      if (a !== null && a !== undefined) this.edgeLabel(frame, a, L_STACK, this.indexLabel(i), false, 0);
    }
    this.stacks.delete(t);
  }

  // ---- edges -------------------------------------------------------------------------------------

  /**
   * Whether an edge to `to` is recorded at the current detail: at 'default', edges to values
   * that hold no references and whose lifetime says nothing (atomic values, immortals) are not.
   */
  private wanted(to: PyObject): boolean {
    if (this.full) return true;
    if (to.ob_refcnt >= IMMORTAL_HALF) return false;
    return !this.info(to.ob_type).atomic;
  }

  /** The object's id if it is in the trace and alive, else -1 (nothing to remove then). */
  private liveTid(o: PyObject): number {
    const t = o.ob_tid;
    return t !== 0 && this.objs[t] === o ? t : -1;
  }

  /** A strong edge with a pre-interned label. */
  edgeLabel(from: PyObject, to: PyObject, kind: number, label: number, add: boolean, flags: number): void {
    if (!this.wanted(to)) return;
    let f: number;
    let t: number;
    if (add) {
      f = this.tidOf(from);
      t = this.tidOf(to);
    } else {
      f = this.liveTid(from);
      t = this.liveTid(to);
      if (f < 0 || t < 0) return;
    }
    this.emit(add ? EV_EDGE_ADD : EV_EDGE_REMOVE, f, t, label, (kind << LABEL_KIND_SHIFT) | flags);
    if ((flags & WEAK) === 0) this.touchTid(t);
  }

  edge(from: PyObject, to: PyObject, kind: number, label: string, add: boolean): void {
    if (!this.wanted(to)) return;
    this.edgeLabel(from, to, kind, this.intern(label), add, 0);
  }

  /** An edge from the interpreter (sys.modules, the executing frames, the handled exception). */
  rootEdge(to: PyObject, kind: number, label: string, add: boolean): void {
    const t = add ? this.tidOf(to) : this.liveTid(to);
    if (t < 0) return;
    const l = this.intern(label);
    // Modules can reach sys.modules by several paths: only a recorded edge is removed.
    const key = `${t}:${kind}:${l}`;
    if (add) this.roots.add(key);
    else if (!this.roots.delete(key)) return;
    this.emit(add ? EV_EDGE_ADD : EV_EDGE_REMOVE, 0, t, l, kind << LABEL_KIND_SHIFT);
    this.touchTid(t);
  }

  /** The interpreter's edge to a running frame (the caller keeps it balanced). */
  frameRootEdge(frame: PyObject, label: number, add: boolean): void {
    const t = add ? this.tidOf(frame) : this.liveTid(frame);
    if (t < 0) return;
    this.emit(add ? EV_EDGE_ADD : EV_EDGE_REMOVE, 0, t, label, L_STACK << LABEL_KIND_SHIFT);
    this.touchTid(t);
  }

  /** A weak reference's edge to its referent. */
  weakEdge(ref: PyObject, referent: PyObject, hasCallback: boolean, add: boolean): void {
    const f = add ? this.tidOf(ref) : this.liveTid(ref);
    const t = add ? this.tidOf(referent) : this.liveTid(referent);
    if (f < 0 || t < 0) return;
    this.emit(add ? EV_EDGE_ADD : EV_EDGE_REMOVE, f, t, 0, (L_INTERNAL << LABEL_KIND_SHIFT) | WEAK | (hasCallback ? CALLBACK : 0));
  }

  /** The facts recorded about objects of o's type (ObjectFlags). */
  flagsOf(o: PyObject): number {
    return this.info(o.ob_type).flags;
  }

  /** The label of an attribute or a global: the str key's text. */
  nameLabel(key: PyObject): number {
    let i = this.nameLabels.get(key);
    if (i !== undefined) return i;
    i = this.intern((key as unknown as { value: string }).value);
    // Only identifiers (immortal, interned) are remembered: a run-made str must not be kept alive.
    if (key.ob_refcnt >= IMMORTAL_HALF) this.nameLabels.set(key, i);
    return i;
  }

  /** The label of a list or tuple item. */
  indexLabel(i: number): number {
    let l = this.indexLabels[i];
    if (l === undefined) {
      // Not through intern(): a list of n items would make n lookups in a table of n strings. Only
      // this cache hands out index labels, so one index always gets the same string id.
      l = this.strings.length;
      this.strings.push(String(i));
      this.indexLabels[i] = l;
    }
    return l;
  }

  /** The label of a dict value: the key's short repr. */
  keyLabel(key: PyObject): number {
    const v = (key as { value?: unknown }).value;
    if (typeof v === 'string' && key.ob_type.layout === 'str') {
      let i = this.reprLabels.get(v);
      if (i === undefined) {
        i = this.intern(reprStr(v.length > 60 ? v.slice(0, 60) : v));
        this.reprLabels.set(v, i);
      }
      return i;
    }
    const inf = this.info(key.ob_type);
    const r = this.shortRepr(key, inf);
    return r !== 0 ? r : this.intern(`<${this.strings[inf.name] as string} #${this.tidOf(key)}>`);
  }

  // ---- lifetime events ---------------------------------------------------------------------------

  phase(o: PyObject | null, phase: number, depth: number): void {
    this.emit(EV_PHASE, o === null ? -1 : this.tidOf(o), phase, depth, 0);
  }

  delCall(o: PyObject): void {
    this.emit(EV_DEL_CALL, this.tidOf(o), 0, 0, 0);
  }

  resurrect(o: PyObject): void {
    const t = this.tidOf(o);
    this.emit(EV_RESURRECT, t, 0, 0, 0);
    this.touchTid(t);
  }

  weakrefCallback(ref: PyObject, referent: PyObject | null, callback: PyObject): void {
    const r = this.tidOf(ref);
    const obj = referent === null ? -1 : this.tidOf(referent);
    this.emit(EV_WEAKREF_CALLBACK, r, obj, this.tidOf(callback), 0);
  }

  /** A finalizer runs: for its dying referent, or (`alive`, with its weakref) called directly or at exit. */
  finalizeCall(fin: PyObject, referent: PyObject | null, alive: PyObject | null = null, weakref: PyObject | null = null): void {
    this.emit(EV_FINALIZE_CALL, this.tidOf(fin), referent === null ? -1 : this.tidOf(referent), alive === null ? -1 : this.tidOf(alive), weakref === null ? -1 : this.tidOf(weakref));
  }

  gcBegin(generation: number, reason: number): void {
    this.emit(EV_GC_BEGIN, generation, reason, 0, 0);
  }

  gcUnreachable(o: PyObject): void {
    this.emit(EV_GC_UNREACHABLE, this.tidOf(o), 0, 0, 0);
  }

  gcEnd(collected: number, uncollectable: number, returned: number): void {
    this.emit(EV_GC_END, collected, uncollectable, returned, 0);
  }

  output(stream: 0 | 1, text: string): void {
    // Joined with the step's previous write when that is the last event (in the current chunk).
    const last = this.evPos - 1;
    const e = this.ev;
    const stepStart = this.stPos === 0 ? Infinity : (this.st[this.stPos - 1] as number);
    if (last >= 0 && this.eventCount() - 1 >= stepStart && e.kind[last] === EV_OUTPUT && e.a[last] === stream) {
      const id = e.b[last] as number;
      this.strings[id] += text;
      return;
    }
    const id = this.strings.length;
    this.strings.push(text);
    this.emit(EV_OUTPUT, stream, id, 0, 0);
  }

  unraisable(o: PyObject | null, message: string): void {
    this.emit(EV_UNRAISABLE, o === null ? -1 : this.tidOf(o), this.intern(message), 0, 0);
  }

  // ---- the capi lens -----------------------------------------------------------------------------

  capiCall(arg: PyObject | null, fn: string, result: PyObject | null): void {
    const r = result === null ? -1 : this.liveTid(result);
    this.emit(EV_CAPI_CALL, arg === null ? -1 : this.tidOf(arg), this.intern(fn), r, 0);
  }

  capiProblem(o: PyObject | null, message: string, problem: number): void {
    this.emit(EV_CAPI_PROBLEM, o === null || this.liveTid(o) < 0 ? -1 : this.tidOf(o), this.intern(message), problem, 0);
  }

  /** A capi.Borrowed's uncounted pointer: a weak-flagged edge of its own label kind. */
  borrowedEdge(holder: PyObject, referent: PyObject, label: string, add: boolean): void {
    const f = add ? this.tidOf(holder) : this.liveTid(holder);
    const t = add ? this.tidOf(referent) : this.liveTid(referent);
    if (f < 0 || t < 0) return;
    this.emit(add ? EV_EDGE_ADD : EV_EDGE_REMOVE, f, t, this.intern(label), (L_BORROWED << LABEL_KIND_SHIFT) | WEAK);
  }

  /** A strong reference the C code owns (Py_INCREF, a new reference it kept): from the interpreter. */
  ownedEdge(to: PyObject, label: string, add: boolean): void {
    if (!this.wanted(to)) return;
    const t = add ? this.tidOf(to) : this.liveTid(to);
    if (t < 0) return;
    this.emit(add ? EV_EDGE_ADD : EV_EDGE_REMOVE, 0, t, this.intern(label), L_INTERNAL << LABEL_KIND_SHIFT);
    this.touchTid(t);
  }

  // ---- the result --------------------------------------------------------------------------------

  finish(filename: string, source: string, outcome: RunOutcome): Trace {
    if (this.on && this.step >= 0) this.flushRefcounts();
    const nEv = this.eventCount();
    const kind = new Uint8Array(nEv);
    const step = new Int32Array(nEv);
    const a = new Int32Array(nEv);
    const b = new Int32Array(nEv);
    const c = new Int32Array(nEv);
    const d = new Int32Array(nEv);
    const evChunks = [...this.evChunks, this.ev];
    for (let ci = 0; ci < evChunks.length; ci++) {
      const e = evChunks[ci] as EventChunk;
      const at = ci * CHUNK;
      const n = Math.min(CHUNK, nEv - at);
      kind.set(n === CHUNK ? e.kind : e.kind.subarray(0, n), at);
      a.set(n === CHUNK ? e.a : e.a.subarray(0, n), at);
      b.set(n === CHUNK ? e.b : e.b.subarray(0, n), at);
      c.set(n === CHUNK ? e.c : e.c.subarray(0, n), at);
      d.set(n === CHUNK ? e.d : e.d.subarray(0, n), at);
    }
    this.evChunks = [];
    const nSt = this.on ? this.stChunks.length * CHUNK + this.stPos / ST_WORDS : 0;
    const line = new Int32Array(nSt);
    const col = new Int32Array(nSt);
    const endLine = new Int32Array(nSt);
    const endCol = new Int32Array(nSt);
    const frame = new Int32Array(nSt);
    const eventStart = new Int32Array(nSt);
    const t = this.statements;
    const stChunks = [...this.stChunks, this.st];
    for (let ci = 0, i = 0; ci < stChunks.length; ci++) {
      const st = stChunks[ci] as Int32Array;
      const end = Math.min(nSt, i + CHUNK);
      for (let j = 0; i < end; i++, j += ST_WORDS) {
        const s = st[j] as number;
        if (s >= 0 && t !== null) {
          line[i] = t.showLine[s] as number;
          col[i] = t.showCol[s] as number;
          endLine[i] = t.showEndLine[s] as number;
          endCol[i] = t.showEndCol[s] as number;
        }
        frame[i] = st[j + 1] as number;
        eventStart[i] = st[j + 2] as number;
      }
    }
    this.stChunks = [];
    for (let s = 0, i = 0; s < nSt; s++) {
      const end = s + 1 < nSt ? (eventStart[s + 1] as number) : nEv;
      for (; i < end; i++) step[i] = s;
    }
    const nOb = this.obCount;
    const ob = this.ob;
    const typeName = new Int32Array(nOb);
    const repr = new Int32Array(nOb);
    const bornStep = new Int32Array(nOb);
    const diedStep = new Int32Array(nOb);
    const flags = new Int32Array(nOb);
    const typeObject = new Int32Array(nOb);
    for (let i = 0, j = 0; i < nOb; i++, j += OB_WORDS) {
      typeName[i] = ob[j] as number;
      repr[i] = ob[j + 1] as number;
      bornStep[i] = ob[j + 2] as number;
      diedStep[i] = ob[j + 3] as number;
      flags[i] = ob[j + 4] as number;
      typeObject[i] = ob[j + 5] as number;
    }
    const trace: Trace = {
      version: TRACE_VERSION,
      profile: currentProfile().name,
      detail: this.detail,
      filename,
      source,
      strings: this.on ? this.strings : [],
      steps: { count: nSt, line, col, endLine, endCol, frame, eventStart },
      events: { count: nEv, kind, step, a, b, c, d },
      objects: { count: nOb, typeName, repr, bornStep, diedStep, flags, typeObject },
      outcome,
    };
    // Drop this run's objects and the recording buffers: a finished trace keeps only its own arrays.
    this.objs = [];
    this.ev = newEventChunk();
    this.st = new Int32Array(ST_WORDS * CHUNK);
    this.ob = new Int32Array(OB_WORDS * 1024);
    this.lastRc = new Int32Array(1024);
    this.stamp = new Int32Array(1024);
    this.touched = new Int32Array(256);
    this.stacks.clear();
    this.typeInfo.clear();
    this.lastType = null;
    this.lastInfo = null;
    this.curFrame = null;
    this.on = false;
    this.full = false;
    return trace;
  }

  /** Bytes the recording buffers hold now (for the benchmark's memory-per-step figure). */
  bufferBytes(): number {
    return (this.evChunks.length + 1) * CHUNK * 17 + (this.stChunks.length + 1) * this.st.byteLength +
      this.ob.byteLength + this.lastRc.byteLength + this.stamp.byteLength;
  }
}

/** One chunk of the event table, column by column (the step column comes from the step table). */
interface EventChunk {
  readonly kind: Uint8Array;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly c: Int32Array;
  readonly d: Int32Array;
}

function newEventChunk(): EventChunk {
  return {
    kind: new Uint8Array(CHUNK), a: new Int32Array(CHUNK), b: new Int32Array(CHUNK), c: new Int32Array(CHUNK), d: new Int32Array(CHUNK),
  };
}

function clip(s: string): string {
  return s.length > 64 ? s.slice(0, 63) + '…' : s;
}

export const recorder = new Recorder();
