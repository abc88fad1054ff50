/**
 * The heap at one position of a trace: which objects exist, their refcounts and reprs, and the
 * edges between them. Adjacency (out and in, CSR) is built on first use, since a graph snapshot
 * needs none and why-alive needs both.
 */
import type { EdgeLabelKind } from '../../../protocol/trace';
import type { TraceIndex } from './trace-index';
import { IdMap } from './id-map';
import { isWeakFlags, labelKindOf, str } from './schema';
import { EdgeFlags } from '../../../protocol/trace';

const WEAK = EdgeFlags.weak;

export class HeapView {
  /** Each live object's slot in `objects`, built on first use. */
  private slotMap: IdMap | null = null;
  private outStart: Int32Array | null = null;
  private outList: Int32Array | null = null;
  private inStart: Int32Array | null = null;
  private inList: Int32Array | null = null;
  private strongInCounts: Int32Array | null = null;

  constructor(
    readonly index: TraceIndex,
    /** Events [0, position) have happened. */
    readonly position: number,
    /** The step this position ends (or falls in). */
    readonly step: number,
    /** Object ids alive here, in no particular order. */
    readonly objects: Int32Array,
    private readonly refcnts: Int32Array,
    private readonly reprs: Int32Array,
    /** Edge ids (the index of their edge_add event) alive here, between live objects. */
    readonly edges: Int32Array,
  ) {}

  isAlive(id: number): boolean {
    return this.index.aliveAt(id, this.position);
  }

  private get slots(): IdMap {
    if (this.slotMap === null) {
      const m = new IdMap(this.objects.length);
      for (let i = 0; i < this.objects.length; i++) m.set(this.objects[i] as number, i);
      this.slotMap = m;
    }
    return this.slotMap;
  }

  /** The refcount the trace last recorded for `id`, or -1 if none was recorded. */
  refcnt(id: number): number {
    const s = this.slots.get(id);
    return s < 0 ? -1 : (this.refcnts[s] as number);
  }

  repr(id: number): string {
    const s = this.slots.get(id);
    const t = this.index.trace;
    return str(t, s < 0 ? (t.objects.repr[id] ?? -1) : (this.reprs[s] as number));
  }

  from(e: number): number {
    return this.index.edgeFrom(e);
  }

  to(e: number): number {
    return this.index.edgeTo(e);
  }

  label(e: number): string {
    return str(this.index.trace, this.index.edgeLabel(e));
  }

  labelKind(e: number): EdgeLabelKind {
    return labelKindOf(this.index.edgeFlags(e));
  }

  isWeak(e: number): boolean {
    return isWeakFlags(this.index.edgeFlags(e));
  }

  /** Edges leaving `id` (strong and weak). */
  out(id: number): Int32Array {
    if (this.outStart === null) this.buildAdjacency();
    return slice(this.outStart as Int32Array, this.outList as Int32Array, this.slotOf(id));
  }

  /** Edges arriving at `id` (strong and weak). */
  in(id: number): Int32Array {
    if (this.inStart === null) this.buildAdjacency();
    return slice(this.inStart as Int32Array, this.inList as Int32Array, this.slotOf(id));
  }

  /** Strong edges arriving at `id` (counted once, with the adjacency). */
  strongIn(id: number): number {
    if (this.strongInCounts === null) this.buildAdjacency();
    const s = this.slotOf(id);
    return s < 0 ? 0 : ((this.strongInCounts as Int32Array)[s] as number);
  }

  weakIn(id: number): number {
    let n = 0;
    for (const e of this.in(id)) if (this.isWeak(e)) n++;
    return n;
  }

  /** The first strong edge from `id` labelled `label` (of `kind`, if given). */
  outEdge(id: number, label: string, kind?: EdgeLabelKind): number {
    for (const e of this.out(id)) {
      if (this.isWeak(e)) continue;
      if (this.label(e) === label && (kind === undefined || this.labelKind(e) === kind)) return e;
    }
    return -1;
  }

  /** The referent of a weakref-like object (its weak edge's target), or -1. */
  weakTarget(id: number): number {
    for (const e of this.out(id)) if (this.isWeak(e)) return this.to(e);
    return -1;
  }

  private slotOf(id: number): number {
    return this.slots.get(id);
  }

  private buildAdjacency(): void {
    const n = this.objects.length;
    const outStart = new Int32Array(n + 1);
    const inStart = new Int32Array(n + 1);
    for (const e of this.edges) {
      outStart[this.slots.get(this.from(e)) + 1]++;
      inStart[this.slots.get(this.to(e)) + 1]++;
    }
    // Counts landed one to the right of each slot: a prefix sum gives the starts.
    for (let i = 1; i <= n; i++) {
      outStart[i] = (outStart[i] as number) + (outStart[i - 1] as number);
      inStart[i] = (inStart[i] as number) + (inStart[i - 1] as number);
    }
    const outFill = outStart.slice(0, n);
    const inFill = inStart.slice(0, n);
    const outList = new Int32Array(this.edges.length);
    const inList = new Int32Array(this.edges.length);
    const strongIn = new Int32Array(n);
    const flags = this.index.trace.events.d;
    for (const e of this.edges) {
      const f = this.slots.get(this.from(e));
      const t = this.slots.get(this.to(e));
      outList[outFill[f]++ as number] = e;
      inList[inFill[t]++ as number] = e;
      if (((flags[e] as number) & WEAK) === 0) strongIn[t]++;
    }
    this.strongInCounts = strongIn;
    this.outStart = outStart;
    this.outList = outList;
    this.inStart = inStart;
    this.inList = inList;
  }
}

const EMPTY = new Int32Array(0);

function slice(start: Int32Array, list: Int32Array, slot: number): Int32Array {
  if (slot < 0) return EMPTY;
  return list.subarray(start[slot] as number, start[slot + 1] as number);
}
