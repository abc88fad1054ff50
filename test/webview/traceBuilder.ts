/**
 * A small model of a heap over time, for the webview's fixtures: statements allocate, bind,
 * unbind and free objects; each statement ends in a GraphSnapshot; the run ends in a RunSummary.
 * Refcounts, weakref counts, names and cycle-only flags are derived from the edges, as the engine's
 * index derives them from a trace, so the fixtures cannot contradict themselves.
 */
import type {
  GraphEdge,
  GraphNode,
  GraphSnapshot,
  ObjectDetails,
  OutputChunk,
  RunSummary,
  TimelineEvent,
  TimelineEventKind,
} from '../../extension/protocol/messages';

interface Obj {
  id: number;
  typeName: string;
  repr: string;
  root: 'frame' | 'module' | null;
  immortal: boolean;
  hasFinalizer: boolean;
  line: number;
  bornStep: number;
  diedStep: number;
  events: TimelineEvent[];
  everWeak: boolean;
  frameName: string;
}

export interface AllocOptions {
  root?: 'frame' | 'module';
  immortal?: boolean;
  hasFinalizer?: boolean;
  frameName?: string;
}

export interface WeakEntry {
  key: string;
  valueId: number;
  evicted: string | null;
  evictedStep: number;
}

export interface Trace {
  summary: RunSummary;
  snapshots: GraphSnapshot[];
  details(step: number, id: number): ObjectDetails;
}

const IMMORTAL_REFCNT = 3_221_225_472; // CPython 3.14's initial refcount for immortal objects

export class TraceBuilder {
  private readonly objs = new Map<number, Obj>();
  private readonly live = new Set<number>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly dying = new Set<number>();
  private readonly snapshots: GraphSnapshot[] = [];
  private readonly lines: number[] = [];
  private readonly output: OutputChunk[] = [];
  private readonly collections: TimelineEvent[] = [];
  private readonly weakEntries = new Map<number, WeakEntry[]>();
  private nextId = 1;
  private line = 0;

  get step(): number {
    return this.snapshots.length;
  }

  /** One executed statement: `body` runs at this step, then the heap is snapshotted. */
  stmt(line: number, body: () => void = () => {}): void {
    this.line = line;
    body();
    this.lines.push(line);
    this.snapshots.push(this.snapshot());
    for (const id of this.dying) {
      this.live.delete(id);
      for (const [key, e] of this.edges) if (e.from === id || e.to === id) this.edges.delete(key);
    }
    this.dying.clear();
  }

  alloc(typeName: string, repr: string, options: AllocOptions = {}): number {
    const id = this.nextId++;
    this.objs.set(id, {
      id,
      typeName,
      repr,
      root: options.root ?? null,
      immortal: options.immortal ?? false,
      hasFinalizer: options.hasFinalizer ?? false,
      line: this.line,
      bornStep: this.step,
      diedStep: -1,
      events: [],
      everWeak: false,
      frameName: options.frameName ?? '',
    });
    this.live.add(id);
    return id;
  }

  ref(from: number, to: number, label: string, weak: 'strong' | 'weak' | 'weak+callback' = 'strong'): void {
    const id = `${from}->${to}:${label}`;
    this.edges.set(id, { id, from, to, kind: weak === 'strong' ? 'strong' : 'weak', hasCallback: weak === 'weak+callback', label });
    if (weak !== 'strong') this.obj(to).everWeak = true;
  }

  unref(from: number, to: number, label: string): void {
    this.edges.delete(`${from}->${to}:${label}`);
  }

  setRepr(id: number, repr: string): void {
    this.obj(id).repr = repr;
  }

  event(id: number, kind: TimelineEventKind, label: string, line = this.line): void {
    this.obj(id).events.push({ step: this.step, line, kind, label });
  }

  /** Freed at this step: drawn fading out in this snapshot, gone from the next. */
  free(id: number, phases: readonly string[] = ['tp_dealloc']): void {
    for (const p of phases) this.event(id, 'phase', p);
    this.event(id, 'freed', 'freed');
    this.obj(id).diedStep = this.step;
    this.dying.add(id);
  }

  gc(label: string): void {
    this.collections.push({ step: this.step, line: this.line, kind: 'gc', label });
  }

  print(text: string, stream: 'stdout' | 'stderr' = 'stdout'): void {
    this.output.push({ step: this.step, stream, text });
  }

  weakEntry(container: number, key: string, valueId: number): void {
    const list = this.weakEntries.get(container) ?? [];
    list.push({ key, valueId, evicted: null, evictedStep: -1 });
    this.weakEntries.set(container, list);
  }

  evict(container: number, key: string, why: string): void {
    const entry = this.weakEntries.get(container)?.find((e) => e.key === key && e.evicted === null);
    if (entry === undefined) throw new Error(`no live entry ${key}`);
    entry.evicted = `step ${this.step} (line ${this.line}): ${why}`;
    entry.evictedStep = this.step;
  }

  private obj(id: number): Obj {
    const o = this.objs.get(id);
    if (o === undefined) throw new Error(`no object ${id}`);
    return o;
  }

  private snapshot(): GraphSnapshot {
    const present = [...this.live];
    const edges = [...this.edges.values()];
    const incoming = new Map<number, GraphEdge[]>();
    for (const e of edges) {
      const list = incoming.get(e.to);
      if (list === undefined) incoming.set(e.to, [e]);
      else list.push(e);
    }
    const reachable = this.reachable(edges);
    const nodes: GraphNode[] = present.map((id) => {
      const o = this.obj(id);
      const inc = incoming.get(id) ?? [];
      const names = inc
        .filter((e) => e.kind === 'strong' && this.obj(e.from).root !== null)
        .map((e) => (this.obj(e.from).root === 'frame' ? `${this.obj(e.from).frameName}.${e.label}` : e.label));
      return {
        id,
        typeName: o.typeName,
        repr: o.repr,
        names,
        refcnt: o.immortal ? IMMORTAL_REFCNT : inc.filter((e) => e.kind === 'strong').length,
        weakrefCount: inc.filter((e) => e.kind === 'weak').length,
        root: o.root,
        immortal: o.immortal,
        dying: this.dying.has(id),
        cycleOnly: o.root === null && !o.immortal && !reachable.has(id) && !this.dying.has(id),
        hasFinalizer: o.hasFinalizer,
        line: o.line,
      };
    });
    return { step: this.step, line: this.line, nodes, edges };
  }

  private reachable(edges: readonly GraphEdge[]): Set<number> {
    const out = new Map<number, number[]>();
    for (const e of edges) {
      if (e.kind !== 'strong') continue;
      const list = out.get(e.from);
      if (list === undefined) out.set(e.from, [e.to]);
      else list.push(e.to);
    }
    const seen = new Set([...this.live].filter((id) => this.obj(id).root !== null));
    const queue = [...seen];
    for (let i = 0; i < queue.length; i++) {
      for (const to of out.get(queue[i] ?? -1) ?? []) {
        if (seen.has(to)) continue;
        seen.add(to);
        queue.push(to);
      }
    }
    return seen;
  }

  build(filename: string, problem: RunSummary['problem'] = null): Trace {
    const lanes = [...this.objs.values()]
      .filter((o) => o.root === null && !o.immortal)
      .map((o) => ({
        objectId: o.id,
        title: `${o.typeName}#${o.id} ${o.repr}`,
        bornStep: o.bornStep,
        diedStep: o.diedStep,
        interesting: o.everWeak || o.hasFinalizer,
        events: o.events,
      }));
    const summary: RunSummary = {
      filename,
      stepCount: this.snapshots.length,
      lines: this.lines,
      lanes,
      collections: this.collections,
      output: this.output,
      problem,
    };
    const snapshots = this.snapshots;
    return { summary, snapshots, details: (step, id) => this.details(snapshots, step, id) };
  }

  /** What the host's index would answer for selectObject: facts, shortest chains, weak entries. */
  private details(snapshots: readonly GraphSnapshot[], step: number, id: number): ObjectDetails {
    const snap = snapshots[step];
    const node = snap?.nodes.find((n) => n.id === id);
    const o = this.obj(id);
    if (snap === undefined || node === undefined) throw new Error(`object ${id} not alive at step ${step}`);
    const fate = o.diedStep === -1 ? 'alive at exit' : `freed at step ${o.diedStep}`;
    const facts = [
      `type ${o.typeName}`,
      node.immortal ? 'immortal' : `refcount ${node.refcnt}`,
      `${node.weakrefCount} weak reference${node.weakrefCount === 1 ? '' : 's'}`,
      `created on line ${o.line} (step ${o.bornStep}); ${fate}`,
    ];
    const whyAlive: { from: number; to: number; label: string }[][] = [];
    for (const root of snap.nodes.filter((n) => n.root !== null)) {
      const chain = this.path(snap, root.id, id);
      if (chain !== null && chain.length > 0) whyAlive.push(chain);
    }
    const entries = this.weakEntries.get(id);
    const weakEntries =
      entries === undefined
        ? null
        : entries
            .filter((e) => this.obj(e.valueId).bornStep <= step)
            .map((e) => ({
              key: e.key,
              value: this.obj(e.valueId).repr,
              evicted: e.evicted !== null && e.evictedStep <= step ? e.evicted : null,
            }));
    return { id, step, title: `${o.typeName}#${id} ${node.repr}`, facts, whyAlive, weakEntries };
  }

  private path(snap: GraphSnapshot, from: number, to: number): { from: number; to: number; label: string }[] | null {
    const prev = new Map<number, GraphEdge>();
    const queue = [from];
    const seen = new Set([from]);
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      if (id === to) break;
      for (const e of snap.edges) {
        if (e.from !== id || e.kind !== 'strong' || seen.has(e.to)) continue;
        seen.add(e.to);
        prev.set(e.to, e);
        queue.push(e.to);
      }
    }
    if (!seen.has(to)) return null;
    const chain: { from: number; to: number; label: string }[] = [];
    for (let at = to; at !== from; ) {
      const e = prev.get(at);
      if (e === undefined) return null;
      chain.unshift({ from: e.from, to: e.to, label: e.label });
      at = e.from;
    }
    return chain;
  }
}
