/**
 * The reference reader of a trace: replays its events step by step and answers what the heap was
 * after any step — live objects, strong and weak edges with their labels, reference counts, and
 * what is reachable from the roots (the interpreter and immortal objects). It states the
 * protocol's rebuilding rules in code (tests check traces with it; an index for seeking can
 * snapshot it).
 */
import {
  EDGE_LABEL_KINDS, EVENT_KINDS, LABEL_KIND_SHIFT, ObjectFlags, type EdgeLabelKind, type Trace,
} from '../../protocol/trace';

export interface HeapEdge {
  readonly from: number;
  readonly to: number;
  readonly kind: EdgeLabelKind;
  readonly label: string;
  readonly weak: boolean;
  readonly callback: boolean;
  /** How many times this same edge is present (`[x, x]` holds x twice under different labels, `d[k] = x` twice never). */
  count: number;
}

const ALLOC = EVENT_KINDS.indexOf('alloc');
const REFCNT = EVENT_KINDS.indexOf('refcnt');
const EDGE_ADD = EVENT_KINDS.indexOf('edge_add');
const EDGE_REMOVE = EVENT_KINDS.indexOf('edge_remove');
const FREE = EVENT_KINDS.indexOf('free');

export class HeapReplay {
  readonly live = new Set<number>();
  readonly refcnt = new Map<number, number>();
  private readonly edges = new Map<string, HeapEdge>();
  private readonly out = new Map<number, Set<string>>();
  private readonly inc = new Map<number, Set<string>>();
  /** Events applied so far. */
  private next = 0;
  /** Problems found while replaying (an edge removed that was never added, an event about a dead object). */
  readonly problems: string[] = [];

  constructor(readonly trace: Trace) {
    // Row 0, the interpreter, exists before any event.
    if (trace.objects.count > 0) this.live.add(0);
  }

  /** Applies every event up to the end of `step`. */
  advanceTo(step: number): this {
    const t = this.trace;
    const end = step + 1 < t.steps.count ? (t.steps.eventStart[step + 1] as number) : t.events.count;
    const ev = t.events;
    for (; this.next < end; this.next++) {
      const i = this.next;
      const k = ev.kind[i] as number;
      const a = ev.a[i] as number;
      const b = ev.b[i] as number;
      if (k === ALLOC) {
        if (this.live.has(a)) this.problems.push(`event ${i}: alloc of live #${a}`);
        this.live.add(a);
        if (((t.objects.flags[a] as number) & ObjectFlags.immortal) === 0) this.refcnt.set(a, 1);
      } else if (k === FREE) {
        if (!this.live.has(a)) this.problems.push(`event ${i}: free of dead #${a}`);
        this.live.delete(a);
        this.refcnt.delete(a);
        for (const key of [...(this.out.get(a) ?? []), ...(this.inc.get(a) ?? [])]) this.drop(key);
      } else if (k === REFCNT) {
        if (!this.live.has(a)) this.problems.push(`event ${i}: refcnt of dead #${a}`);
        this.refcnt.set(a, b);
      } else if (k === EDGE_ADD || k === EDGE_REMOVE) {
        const d = ev.d[i] as number;
        const kind = EDGE_LABEL_KINDS[d >> LABEL_KIND_SHIFT] as EdgeLabelKind;
        const label = t.strings[ev.c[i] as number] ?? '';
        const weak = (d & 1) !== 0;
        const key = `${a}>${b}>${kind}>${label}>${weak ? 'w' : 's'}`;
        if (k === EDGE_ADD) {
          if (!this.live.has(a) || !this.live.has(b)) this.problems.push(`event ${i}: edge ${key} between dead objects`);
          const e = this.edges.get(key);
          if (e !== undefined) e.count++;
          else {
            this.edges.set(key, { from: a, to: b, kind, label, weak, callback: (d & 2) !== 0, count: 1 });
            this.index(this.out, a, key);
            this.index(this.inc, b, key);
          }
        } else {
          const e = this.edges.get(key);
          if (e === undefined) this.problems.push(`event ${i}: edge ${key} removed but absent`);
          else if (--e.count === 0) this.drop(key);
        }
      }
    }
    return this;
  }

  private index(m: Map<number, Set<string>>, id: number, key: string): void {
    let s = m.get(id);
    if (s === undefined) m.set(id, (s = new Set()));
    s.add(key);
  }

  private drop(key: string): void {
    const e = this.edges.get(key);
    if (e === undefined) return;
    this.edges.delete(key);
    this.out.get(e.from)?.delete(key);
    this.inc.get(e.to)?.delete(key);
  }

  edgesFrom(id: number): HeapEdge[] {
    return [...(this.out.get(id) ?? [])].map((k) => this.edges.get(k) as HeapEdge);
  }

  edgesTo(id: number): HeapEdge[] {
    return [...(this.inc.get(id) ?? [])].map((k) => this.edges.get(k) as HeapEdge);
  }

  allEdges(): HeapEdge[] {
    return [...this.edges.values()];
  }

  /** Strong references to `id` the trace explains (edges counted with multiplicity). */
  strongInDegree(id: number): number {
    let n = 0;
    for (const e of this.edgesTo(id)) if (!e.weak) n += e.count;
    return n;
  }

  /** Objects reachable from the interpreter and the immortals through strong edges. */
  reachable(): Set<number> {
    const flags = this.trace.objects.flags;
    const seen = new Set<number>();
    const todo: number[] = [];
    for (const id of this.live) {
      if (id === 0 || ((flags[id] as number) & ObjectFlags.immortal) !== 0) {
        seen.add(id);
        todo.push(id);
      }
    }
    while (todo.length !== 0) {
      const id = todo.pop() as number;
      for (const e of this.edgesFrom(id)) {
        if (!e.weak && !seen.has(e.to)) {
          seen.add(e.to);
          todo.push(e.to);
        }
      }
    }
    return seen;
  }
}
