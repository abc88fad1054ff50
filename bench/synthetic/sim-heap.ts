/**
 * A tiny model of CPython's heap that emits trace events as the engine's recorder is specified to
 * (protocol/trace.ts): refcounts are the strong edges plus anonymous references, objects are
 * deallocated when that reaches zero (finalizer first, then weakrefs cleared and callbacks run,
 * then their references released in order), temporaries live until the end of their statement.
 * Tests build lifetime scenarios with it as stand-ins for traces of real programs; the benchmark
 * drives it with random operations. It is a model of the contract, not of Python.
 */
import { ObjectFlags, PHASES, type EdgeLabelKind, type Phase, type RunOutcome, type Trace } from '../../extension/protocol/trace';
import { TraceWriter } from './trace-writer';
import { simCollect } from './sim-gc';
import { simDealloc } from './sim-dealloc';

export interface SimEdge {
  readonly from: number;
  readonly to: number;
  readonly label: string;
  readonly kind: EdgeLabelKind;
  readonly weak: boolean;
  readonly callback: boolean;
}

export interface SimObject {
  readonly id: number;
  readonly type: string;
  flags: number;
  out: SimEdge[];
  inStrong: number;
  /** References the trace does not attribute to an edge (C locals, the thread state). */
  ext: number;
  /** Weakrefs to this object, in CPython's list order (callback-less first, then newest first). */
  weaklist: number[];
  finalized: boolean;
  alive: boolean;
  dying: boolean;
}

export interface NewOptions {
  repr?: string;
  /** The class object (a heap type) of an instance: the trace's implicit 'type' edge. */
  cls?: number;
  finalizer?: boolean;
  weakrefable?: boolean;
  gc?: boolean;
  flags?: number;
}

export class SimHeap {
  readonly w: TraceWriter;
  readonly objs: SimObject[] = [];
  /** Frames executing, innermost last. */
  readonly frames: number[] = [];
  /** Runs as an object's __del__ (after its del_call event). */
  readonly onDel = new Map<number, (self: number) => void>();
  /** Runs as a callback object's body (after the weakref_callback event). */
  readonly onCall = new Map<number, (ref: number) => void>();
  /** Record temporaries as 'stack' edges from the executing frame (else as anonymous references). */
  stackEdges = true;
  /** Temporaries of the statement each frame is executing. */
  private temps: { id: number; edge: SimEdge | null; frame: number }[] = [];
  private changed = new Set<number>();
  private stepOpen = false;
  line = 0;

  constructor(source = '', filename = 'snippet.py') {
    this.w = new TraceWriter(source, filename);
    // Row 0: the interpreter, holder of sys.modules, the executing frames and the handled exception.
    this.w.object('interpreter', '<interpreter>', ObjectFlags.isInterpreter | ObjectFlags.immortal);
    this.objs.push({ id: 0, type: 'interpreter', flags: ObjectFlags.isInterpreter | ObjectFlags.immortal, out: [], inStrong: 0, ext: 1 << 30, weaklist: [], finalized: false, alive: true, dying: false });
    this.w.beginStep(0, -1);
    this.stepOpen = true;
  }

  get frame(): number {
    return this.frames.length > 0 ? (this.frames[this.frames.length - 1] as number) : -1;
  }

  obj(id: number): SimObject {
    const o = this.objs[id];
    if (o === undefined) throw new Error(`no object ${id}`);
    return o;
  }

  refcnt(id: number): number {
    const o = this.obj(id);
    return o.inStrong + o.ext;
  }

  /** One executed statement; the previous statement's temporaries are released first. */
  step(line: number, col = 0, endLine = line, endCol = col + 1): number {
    if (this.stepOpen) {
      this.releaseTemps(this.frame);
      this.flushRefcounts();
    }
    this.line = line;
    this.stepOpen = true;
    return this.w.beginStep(line, this.frame, col, endLine, endCol);
  }

  /** Releases the current frame's statement temporaries and records the refcounts that changed. */
  endStatement(): void {
    if (!this.stepOpen) return;
    this.releaseTemps(this.frame);
    this.flushRefcounts();
  }

  /** A frame's statement ended: its temporaries go, last first (other frames' statements are still running). */
  releaseTemps(frame: number): void {
    const mine = this.temps.filter((t) => t.frame === frame);
    if (mine.length === 0) return;
    this.temps = this.temps.filter((t) => t.frame !== frame);
    for (let i = mine.length - 1; i >= 0; i--) {
      const t = mine[i] as { id: number; edge: SimEdge | null };
      if (t.edge === null) this.decExt(t.id);
      else this.unlinkEdge(t.edge);
    }
  }

  private flushRefcounts(): void {
    for (const id of this.changed) {
      const o = this.obj(id);
      if (o.alive && (o.flags & ObjectFlags.immortal) === 0) this.w.event('refcnt', id, this.refcnt(id));
    }
    this.changed.clear();
  }

  new(type: string, options: NewOptions = {}): number {
    let flags = options.flags ?? 0;
    if (options.finalizer === true) flags |= ObjectFlags.hasFinalizer;
    if (options.weakrefable ?? true) flags |= ObjectFlags.weakrefable;
    if (options.gc ?? true) flags |= ObjectFlags.gcTracked;
    const id = this.w.object(type, options.repr ?? `<${type} object>`, flags, options.cls ?? -1);
    this.objs.push({ id, type, flags, out: [], inStrong: 0, ext: 0, weaklist: [], finalized: false, alive: true, dying: false });
    this.w.event('alloc', id);
    this.temp(id);
    return id;
  }

  /** An object that never dies (None, small ints, interned constants). */
  immortal(type: string, repr: string): number {
    const id = this.w.object(type, repr, ObjectFlags.immortal);
    this.objs.push({ id, type, flags: ObjectFlags.immortal, out: [], inStrong: 0, ext: 1 << 30, weaklist: [], finalized: false, alive: true, dying: false });
    this.w.event('alloc', id);
    return id;
  }

  /** A reference held by the current statement (the value stack), released when it ends. */
  temp(id: number): number {
    if (this.stackEdges && this.frame >= 0 && this.obj(this.frame).alive) {
      const depth = this.temps.filter((t) => t.edge !== null && t.edge.from === this.frame).length;
      this.temps.push({ id, edge: this.link(this.frame, id, String(depth), 'stack'), frame: this.frame });
    } else {
      this.incExt(id);
      this.temps.push({ id, edge: null, frame: this.frame });
    }
    return id;
  }

  module(name: string): number {
    const id = this.new('module', { repr: `<module '${name}'>`, flags: ObjectFlags.isModule });
    this.link(0, id, `sys.modules['${name}']`, 'internal');
    return id;
  }

  /** class NAME: a heap type, bound in the current namespace by the caller. */
  cls(name: string): number {
    return this.new('type', { repr: `<class '${name}'>`, flags: ObjectFlags.isType });
  }

  /** A frame starts executing (a call); `ret` ends it. */
  call(code: string): number {
    const id = this.w.object('frame', `<frame of ${code}>`, ObjectFlags.isFrame | ObjectFlags.gcTracked);
    this.objs.push({ id, type: 'frame', flags: ObjectFlags.isFrame | ObjectFlags.gcTracked, out: [], inStrong: 0, ext: 0, weaklist: [], finalized: false, alive: true, dying: false });
    this.w.event('alloc', id);
    this.link(0, id, code, 'stack');
    this.frames.push(id);
    return id;
  }

  /** The innermost frame returns: its locals are released, last to first, then the frame itself. */
  ret(): void {
    const f = this.frames[this.frames.length - 1];
    if (f === undefined) throw new Error('no frame to return from');
    this.releaseTemps(f);
    this.frames.pop();
    const o = this.obj(f);
    for (let i = o.out.length - 1; i >= 0; i--) {
      const e = o.out[i] as SimEdge;
      if (!e.weak && e.kind !== 'exception') this.unlinkEdge(e);
    }
    const running = this.obj(0).out.find((e) => e.to === f && e.kind === 'stack');
    if (running !== undefined) this.unlinkEdge(running);
  }

  link(from: number, to: number, label: string, kind: EdgeLabelKind, weak = false, callback = false): SimEdge {
    const e: SimEdge = { from, to, label, kind, weak, callback };
    this.obj(from).out.push(e);
    this.w.event('edge_add', from, to, this.w.intern(label), this.w.edgeFlags(kind, weak, callback));
    if (!weak) {
      this.obj(to).inStrong++;
      this.changed.add(to);
    }
    return e;
  }

  phase(id: number, phase: Phase, depth = 0): void {
    this.w.event('phase', id, PHASES.indexOf(phase), depth);
  }

  /** Removes the first edge matching; returns false when there was none. */
  unlink(from: number, label: string, kind?: EdgeLabelKind): boolean {
    const e = this.obj(from).out.find((x) => x.label === label && !x.weak && (kind === undefined || x.kind === kind));
    if (e === undefined) return false;
    this.unlinkEdge(e);
    return true;
  }

  unlinkEdge(e: SimEdge): void {
    const from = this.obj(e.from);
    const i = from.out.indexOf(e);
    if (i < 0) return;
    from.out.splice(i, 1);
    this.w.event('edge_remove', e.from, e.to, this.w.intern(e.label), this.w.edgeFlags(e.kind, e.weak, e.callback));
    if (!e.weak) {
      this.obj(e.to).inStrong--;
      this.changed.add(e.to);
      this.maybeDealloc(e.to);
    }
  }

  target(from: number, label: string): number {
    return this.obj(from).out.find((x) => x.label === label && !x.weak)?.to ?? -1;
  }

  /** STORE_NAME / STORE_ATTR / STORE_SUBSCR: the new reference is stored before the old one is released. */
  store(holder: number, label: string, value: number, kind: EdgeLabelKind = 'name'): void {
    const old = this.obj(holder).out.find((x) => x.label === label && !x.weak && x.kind === kind);
    this.link(holder, value, label, kind);
    if (old !== undefined) this.unlinkEdge(old);
  }

  bind(name: string, value: number, holder = this.frame): void {
    this.store(holder, name, value, 'name');
  }

  setattr(obj: number, attr: string, value: number): void {
    this.store(obj, attr, value, 'attr');
  }

  /** d[k] = v; `fresh` promises the key is new (skips the lookup, for big synthetic dicts). */
  setitem(dict: number, keyRepr: string, value: number, key = -1, fresh = false): void {
    const old = fresh ? undefined : this.obj(dict).out.find((x) => x.label === keyRepr && x.kind === 'value');
    if (old === undefined && key >= 0) this.link(dict, key, keyRepr, 'key');
    this.link(dict, value, keyRepr, 'value');
    if (old !== undefined) this.unlinkEdge(old);
  }

  delitem(dict: number, keyRepr: string): void {
    this.unlink(dict, keyRepr, 'key');
    this.unlink(dict, keyRepr, 'value');
  }

  append(list: number, value: number): void {
    const n = this.obj(list).out.filter((x) => x.kind === 'index').length;
    this.link(list, value, String(n), 'index');
  }

  add(set: number, value: number): void {
    this.link(set, value, '', 'item');
  }

  discard(set: number, value: number): void {
    const e = this.obj(set).out.find((x) => x.to === value && x.kind === 'item');
    if (e !== undefined) this.unlinkEdge(e);
  }

  /** list.clear() / dict.clear(): every reference dropped, in order. */
  clear(container: number): void {
    for (const e of [...this.obj(container).out]) if (!e.weak && e.kind !== 'type') this.unlinkEdge(e);
  }

  /** weakref.ref(target, callback) (or a subclass / proxy by `type`). */
  weakref(target: number, callback = -1, type = 'weakref.ReferenceType'): number {
    const t = this.obj(target);
    if ((t.flags & ObjectFlags.weakrefable) === 0) throw new Error(`cannot create weak reference to '${t.type}' object`);
    const r = this.new(type, { flags: ObjectFlags.isWeakref, repr: `<weakref; to '${t.type}'>` });
    this.link(r, target, '__callback__', 'internal', true, callback >= 0);
    if (callback >= 0) this.link(r, callback, '__callback__', 'callback');
    if (callback < 0) t.weaklist.unshift(r);
    else {
      const firstCb = t.weaklist.findIndex((x) => this.hasCallback(x));
      t.weaklist.splice(firstCb < 0 ? t.weaklist.length : firstCb, 0, r);
    }
    return r;
  }

  method(self: number, func: number): number {
    const m = this.new('method', { repr: `<bound method of ${this.obj(self).type}>` });
    this.link(m, func, '__func__', 'func');
    this.link(m, self, '__self__', 'self');
    return m;
  }

  print(text: string, stream: 0 | 1 = 0): void {
    this.w.event('output', stream, this.w.intern(text));
  }

  setRepr(id: number, repr: string): void {
    this.w.event('repr', id, this.w.intern(repr));
  }

  collect(reason: 'manual' | 'automatic' | 'shutdown' = 'manual', generation = 2): number {
    return simCollect(this, reason, generation);
  }

  /** Py_FinalizeEx: the module frame ends, modules are released, then the final collection. */
  shutdown(modules: readonly number[]): void {
    while (this.frames.length > 0) this.ret();
    this.step(0);
    this.phase(-1, 'atexit');
    this.phase(-1, 'Py_FinalizeEx');
    for (const m of modules) {
      const e = this.obj(0).out.find((x) => x.to === m);
      if (e !== undefined) this.unlinkEdge(e);
    }
    this.collect('shutdown');
    this.endStatement();
  }

  finish(outcome?: RunOutcome): Trace {
    for (const t of [...this.temps].reverse()) this.releaseTemps(t.frame);
    this.flushRefcounts();
    this.stepOpen = false;
    return this.w.finish(outcome);
  }

  hasCallback(ref: number): boolean {
    return this.obj(ref).out.some((e) => e.kind === 'callback');
  }

  incExt(id: number): void {
    this.obj(id).ext++;
    this.changed.add(id);
  }

  decExt(id: number): void {
    this.obj(id).ext--;
    this.changed.add(id);
    this.maybeDealloc(id);
  }

  maybeDealloc(id: number): void {
    const o = this.obj(id);
    if (o.alive && !o.dying && o.inStrong + o.ext === 0) simDealloc(this, o);
  }
}
