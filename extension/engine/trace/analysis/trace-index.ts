/**
 * TraceIndex: the heap at any point of a trace, by checkpoints + replay.
 *
 * Build is one linear pass. Each edge_add is paired with the edge_remove that undoes it, so an edge
 * is the interval [add, remove) and an edge's id is its add event's index. Every object is the
 * interval [alloc, free]. A checkpoint lists the objects and edges alive at one event position;
 * a new one is taken once the events since the last outnumber the last one's size (and a minimum
 * gap), so checkpoints cost at most about as much memory as the events, and a seek copies one
 * checkpoint and replays fewer events than it holds: O(heap size + gap), whatever the trace length.
 *
 * Positions: position p means "events [0, p) have happened". The heap at step s is the heap at
 * the end of s's events.
 */
import type { Trace } from '../../../protocol/trace';
import { OpenEdges } from './pairing';
import { EV, edgeIdentityFlags, stepEventEnd } from './schema';
import { HeapView } from './heap-view';

// Module-level copies: a property read through the module namespace is a getter call under tsx.
const ALLOC = EV.alloc;
const FREE = EV.free;
const REFCNT = EV.refcnt;
const REPR = EV.repr;
const EDGE_ADD = EV.edge_add;
const EDGE_REMOVE = EV.edge_remove;

/** Below this many events a checkpoint is not worth its copy. */
const MIN_GAP = 4096;

interface Checkpoint {
  readonly position: number;
  readonly objects: Int32Array;
  readonly refcnt: Int32Array;
  readonly repr: Int32Array;
  readonly edges: Int32Array;
}

export class TraceIndex {
  /** Event index of each object's alloc; -1 for an object alive before the first event. */
  readonly allocAt: Int32Array;
  /** Event index of each object's free; events.count for an object alive at the end. */
  readonly freeAt: Int32Array;
  /** For an edge_add, its edge_remove (events.count if never removed); for an edge_remove, its add (-1 if unmatched). */
  readonly pair: Int32Array;
  private readonly checkpoints: Checkpoint[] = [];
  private readonly scratchStamp: Int32Array;
  private readonly scratchSlot: Int32Array;
  private scratchGen = 0;
  private readonly checkpointPositions: number[] = [];

  constructor(readonly trace: Trace) {
    const { events, objects } = trace;
    this.allocAt = new Int32Array(objects.count).fill(-1);
    this.freeAt = new Int32Array(objects.count).fill(events.count);
    this.pair = new Int32Array(events.count).fill(-1);
    this.scratchStamp = new Int32Array(objects.count);
    this.scratchSlot = new Int32Array(objects.count);
    for (let i = 0; i < events.count; i++) {
      const k = events.kind[i];
      const a = events.a[i] as number;
      if (a < 0 || a >= objects.count) continue;
      if (k === ALLOC) this.allocAt[a] = i;
      else if (k === FREE) this.freeAt[a] = i;
    }
    this.replay();
  }

  get eventCount(): number {
    return this.trace.events.count;
  }

  get stepCount(): number {
    return this.trace.steps.count;
  }

  get objectCount(): number {
    return this.trace.objects.count;
  }

  /** Checkpoints taken, and the bytes they hold (for the benchmark). */
  checkpointStats(): { count: number; bytes: number } {
    let bytes = 0;
    for (const c of this.checkpoints) bytes += c.objects.byteLength + c.refcnt.byteLength + c.repr.byteLength + c.edges.byteLength;
    return { count: this.checkpoints.length, bytes };
  }

  /** The position at the end of step `s`. */
  positionOfStep(s: number): number {
    if (s < 0) return 0;
    return stepEventEnd(this.trace, Math.min(s, this.stepCount - 1));
  }

  aliveAt(id: number, position: number): boolean {
    return id >= 0 && id < this.objectCount && (this.allocAt[id] as number) < position && position <= (this.freeAt[id] as number);
  }

  edgeFrom(e: number): number {
    return this.trace.events.a[e] as number;
  }

  edgeTo(e: number): number {
    return this.trace.events.b[e] as number;
  }

  edgeLabel(e: number): number {
    return this.trace.events.c[e] as number;
  }

  edgeFlags(e: number): number {
    return this.trace.events.d[e] as number;
  }

  /** The removal that ended edge `e`, or events.count while it lasts. */
  edgeEnd(e: number): number {
    return this.pair[e] as number;
  }

  /** The heap at the end of step `s`. */
  seek(s: number): HeapView {
    return this.at(this.positionOfStep(s), s);
  }

  /** The heap once events [0, position) have happened. */
  at(position: number, step = position > 0 ? (this.trace.events.step[position - 1] as number) : -1): HeapView {
    const p = Math.max(0, Math.min(position, this.eventCount));
    const c = this.checkpointBefore(p);
    const { events, objects } = this.trace;
    // Built in buffers kept across seeks, then copied out at their exact size: a seek allocates
    // what the view holds and no more (typed-array memory is external to V8's heap, and
    // over-allocating it per seek is what makes collections, and slow seeks, frequent).
    const bound = c.objects.length + (p - c.position);
    const ids = this.scratch(0, bound);
    const refcnt = this.scratch(1, bound);
    const repr = this.scratch(2, bound);
    // Slots by object id while building, in arrays kept across seeks (a stamp says which are current).
    const gen = ++this.scratchGen;
    const stamp = this.scratchStamp;
    const slot = this.scratchSlot;
    const freeAt = this.freeAt;
    let n = 0;
    for (let i = 0; i < c.objects.length; i++) {
      const o = c.objects[i] as number;
      if ((freeAt[o] as number) < p) continue;
      ids[n] = o;
      refcnt[n] = c.refcnt[i] as number;
      repr[n] = c.repr[i] as number;
      stamp[o] = gen;
      slot[o] = n++;
    }
    const kinds = events.kind;
    const as = events.a;
    const bs = events.b;
    for (let i = c.position; i < p; i++) {
      const k = kinds[i];
      if (k === ALLOC) {
        const a = as[i] as number;
        if (a < 0 || a >= objects.count || (freeAt[a] as number) < p || stamp[a] === gen) continue;
        ids[n] = a;
        refcnt[n] = -1;
        repr[n] = objects.repr[a] as number;
        stamp[a] = gen;
        slot[a] = n++;
      } else if (k === REFCNT || k === REPR) {
        const a = as[i] as number;
        if (a < 0 || a >= objects.count || stamp[a] !== gen) continue;
        if (k === REFCNT) refcnt[slot[a] as number] = bs[i] as number;
        else repr[slot[a] as number] = bs[i] as number;
      }
    }
    const edges = this.scratch(3, c.edges.length + (p - c.position));
    let m = 0;
    const pair = this.pair;
    for (let i = 0; i < c.edges.length; i++) {
      const e = c.edges[i] as number;
      if ((pair[e] as number) >= p && stamp[as[e] as number] === gen && stamp[bs[e] as number] === gen) edges[m++] = e;
    }
    for (let i = c.position; i < p; i++) {
      if (kinds[i] !== EDGE_ADD || (pair[i] as number) < p) continue;
      const f = as[i] as number;
      const t = bs[i] as number;
      if (f >= 0 && t >= 0 && stamp[f] === gen && stamp[t] === gen) edges[m++] = i;
    }
    return new HeapView(this, p, step, ids.slice(0, n), refcnt.slice(0, n), repr.slice(0, n), edges.slice(0, m));
  }

  private readonly buffers: Int32Array[] = [new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0)];

  private scratch(which: number, size: number): Int32Array {
    let b = this.buffers[which] as Int32Array;
    if (b.length < size) {
      b = new Int32Array(Math.max(size, b.length * 2));
      this.buffers[which] = b;
    }
    return b;
  }

  private checkpointBefore(p: number): Checkpoint {
    const ps = this.checkpointPositions;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((ps[mid] as number) <= p) lo = mid;
      else hi = mid - 1;
    }
    return this.checkpoints[lo] as Checkpoint;
  }

  /** The one forward pass: pairs edges and takes checkpoints. */
  private replay(): void {
    const { events, objects } = this.trace;
    const objPos = new Int32Array(objects.count).fill(-1);
    let liveObjs: Int32Array = new Int32Array(1024);
    let nObjs = 0;
    const addObj = (o: number): void => {
      if (objPos[o] !== -1) return;
      if (nObjs === liveObjs.length) liveObjs = grow(liveObjs);
      objPos[o] = nObjs;
      liveObjs[nObjs++] = o;
    };
    const removeObj = (o: number): void => {
      const i = objPos[o] as number;
      if (i < 0) return;
      const last = liveObjs[--nObjs] as number;
      liveObjs[i] = last;
      objPos[last] = i;
      objPos[o] = -1;
    };
    const edgePos = new Int32Array(events.count).fill(-1);
    let liveEdges: Int32Array = new Int32Array(1024);
    let nEdges = 0;
    const refcnt = new Int32Array(objects.count).fill(-1);
    const repr = Int32Array.from(objects.repr);
    for (let o = 0; o < objects.count; o++) if (this.allocAt[o] === -1 && (this.freeAt[o] as number) > 0) addObj(o);
    const open = new OpenEdges(events.count);
    let lastPos = -Infinity;
    let lastSize = 0;
    const checkpoint = (position: number): void => {
      // Compaction: edges whose endpoint died without the edge being recorded as removed go now.
      let w = 0;
      for (let r = 0; r < nEdges; r++) {
        const e = liveEdges[r] as number;
        const f = events.a[e] as number;
        const t = events.b[e] as number;
        if (f >= 0 && f < objects.count && t >= 0 && t < objects.count && objPos[f] !== -1 && objPos[t] !== -1) {
          liveEdges[w] = e;
          edgePos[e] = w++;
        } else edgePos[e] = -1;
      }
      nEdges = w;
      const objs = liveObjs.slice(0, nObjs);
      const rc = new Int32Array(nObjs);
      const rp = new Int32Array(nObjs);
      for (let i = 0; i < nObjs; i++) {
        rc[i] = refcnt[objs[i] as number] as number;
        rp[i] = repr[objs[i] as number] as number;
      }
      this.checkpoints.push({ position, objects: objs, refcnt: rc, repr: rp, edges: liveEdges.slice(0, nEdges) });
      this.checkpointPositions.push(position);
      lastPos = position;
      lastSize = nObjs + nEdges;
    };
    for (let i = 0; i < events.count; i++) {
      if (i - lastPos >= Math.max(MIN_GAP, lastSize)) checkpoint(i);
      const k = events.kind[i];
      const a = events.a[i] as number;
      const valid = a >= 0 && a < objects.count;
      if (k === ALLOC) {
        if (valid) addObj(a);
      } else if (k === FREE) {
        if (valid) removeObj(a);
      } else if (k === REFCNT) {
        if (valid) refcnt[a] = events.b[i] as number;
      } else if (k === REPR) {
        if (valid) repr[a] = events.b[i] as number;
      } else if (k === EDGE_ADD) {
        this.pair[i] = events.count;
        open.open(i, a, events.b[i] as number, events.c[i] as number, edgeIdentityFlags(events.d[i] as number));
        if (nEdges === liveEdges.length) liveEdges = grow(liveEdges);
        edgePos[i] = nEdges;
        liveEdges[nEdges++] = i;
      } else if (k === EDGE_REMOVE) {
        const add = open.close(a, events.b[i] as number, events.c[i] as number, edgeIdentityFlags(events.d[i] as number));
        this.pair[i] = add;
        if (add < 0) continue;
        this.pair[add] = i;
        const at = edgePos[add] as number;
        if (at < 0) continue;
        const last = liveEdges[--nEdges] as number;
        liveEdges[at] = last;
        edgePos[last] = at;
        edgePos[add] = -1;
      }
    }
    if (this.checkpoints.length === 0) checkpoint(0);
  }
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
