/**
 * graphAt: the reference graph the webview draws at one step — the objects alive at its end, the
 * ones freed during it (drawn fading out, with the references they had), names, refcounts, weak
 * reference counts, and which objects only a reference cycle keeps alive.
 */
import { MESSAGE_LIMITS, type GraphEdge, type GraphNode, type GraphSnapshot } from '../../../protocol/messages';
import type { TraceIndex } from './trace-index';
import type { HeapView } from './heap-view';
import { namesOf } from './bindings';
import { clipRepr, edgeLabelText } from './labels';
import { visibility } from './graph-visibility';
import { isProxy } from './structure';
import { EV, OF, isWeakFlags, hasCallbackFlags, labelKindOf, shortTypeName, stepEventStart, stepLine, str } from './schema';

// Module-level copies: reading an imported binding is a getter call under tsx's CommonJS interop.
const IMMORTAL = OF.immortal;
const INTERPRETER = OF.isInterpreter;
const ATOMIC = OF.atomic;
const FRAME = OF.isFrame;
const MODULE = OF.isModule;
const FINALIZER = OF.hasFinalizer;
const FREE = EV.free;
const EDGE_REMOVE = EV.edge_remove;

/** What sys.getrefcount reports for immortal objects on 64-bit CPython 3.14. */
export const IMMORTAL_REFCNT = 3_221_225_472;

export interface GraphOptions {
  /** Draw immortal objects (None, small ints, interned strings): off by default, they are everywhere. */
  readonly includeImmortal?: boolean;
  readonly maxNodes?: number;
  readonly maxEdges?: number;
}

export function graphAt(index: TraceIndex, step: number, options: GraphOptions = {}): GraphSnapshot {
  const trace = index.trace;
  const s = Math.max(0, Math.min(step, index.stepCount - 1));
  const view = index.seek(s);
  const shown = visibility(view);
  const visible = (id: number): boolean =>
    shown.visible.has(id) && (options.includeImmortal === true || ((trace.objects.flags[id] as number) & IMMORTAL) === 0);
  const nodes: GraphNode[] = [];
  const present = new Set<number>();
  for (const id of view.objects) {
    if (!visible(id)) continue;
    present.add(id);
    nodes.push(node(view, id, false, shown.cycleOnly.has(id)));
  }
  const dying = dyingInStep(index, s);
  for (const id of dying) {
    if (present.has(id) || ((trace.objects.flags[id] as number) & INTERPRETER) !== 0 || (options.includeImmortal !== true && ((trace.objects.flags[id] as number) & IMMORTAL) !== 0)) continue;
    if (shown.drawnAs.has(id) || ((trace.objects.flags[id] as number) & ATOMIC) !== 0) continue;
    present.add(id);
    nodes.push(node(view, id, true, false));
  }
  const edges = new Map<string, GraphEdge>();
  const addEdge = (rawFrom: number, to: number, label: number, flags: number): void => {
    const from = shown.drawnAs.get(rawFrom) ?? rawFrom;
    if (!present.has(from) || !present.has(to)) return;
    const weak = isWeakFlags(flags);
    const text = weak && str(trace, label) === '' ? (isProxy(trace, from) ? 'proxy' : 'weakref') : edgeLabelText(labelKindOf(flags), str(trace, label));
    const id = `${from}->${to}:${text}`;
    if (edges.has(id)) return;
    edges.set(id, { id, from, to, kind: weak ? 'weak' : 'strong', hasCallback: weak && hasCallbackFlags(flags), label: text });
  };
  for (const e of view.edges) {
    if (shown.drawnAs.has(view.from(e)) && /^__.*__$/.test(view.label(e))) continue;
    addEdge(view.from(e), view.to(e), index.edgeLabel(e), index.edgeFlags(e));
  }
  if (dying.size > 0) {
    const { events } = trace;
    for (let i = stepEventStart(trace, s); i < view.position; i++) {
      if (events.kind[i] !== EDGE_REMOVE) continue;
      const from = events.a[i] as number;
      const to = events.b[i] as number;
      if (dying.has(from) || dying.has(to)) addEdge(from, to, events.c[i] as number, events.d[i] as number);
    }
  }
  const maxNodes = options.maxNodes ?? MESSAGE_LIMITS.maxNodes;
  const maxEdges = options.maxEdges ?? MESSAGE_LIMITS.maxEdges;
  const keptNodes = nodes.length > maxNodes ? prioritized(nodes).slice(0, maxNodes) : nodes;
  const kept = new Set(keptNodes.map((n) => n.id));
  const keptEdges = [...edges.values()].filter((e) => kept.has(e.from) && kept.has(e.to)).slice(0, maxEdges);
  return { step: s, line: stepLine(trace, s), nodes: keptNodes, edges: keptEdges };
}

/** Objects freed during step `s`. */
export function dyingInStep(index: TraceIndex, s: number): Set<number> {
  const { events } = index.trace;
  const out = new Set<number>();
  const end = index.positionOfStep(s);
  for (let i = stepEventStart(index.trace, s); i < end; i++) if (events.kind[i] === FREE) out.add(events.a[i] as number);
  return out;
}

function node(view: HeapView, id: number, dying: boolean, cycleOnly: boolean): GraphNode {
  const trace = view.index.trace;
  const flags = trace.objects.flags[id] as number;
  const immortal = (flags & IMMORTAL) !== 0;
  const rc = view.refcnt(id);
  return {
    id,
    typeName: shortTypeName(trace, id),
    repr: clipRepr(view.repr(id)),
    names: dying ? [] : namesOf(view, id),
    refcnt: immortal ? IMMORTAL_REFCNT : dying ? 0 : rc >= 0 ? rc : view.strongIn(id),
    weakrefCount: dying ? 0 : view.weakIn(id),
    root: (flags & FRAME) !== 0 ? 'frame' : (flags & MODULE) !== 0 ? 'module' : null,
    immortal,
    dying,
    cycleOnly,
    hasFinalizer: (flags & FINALIZER) !== 0,
    line: stepLine(trace, trace.objects.bornStep[id] ?? -1),
  };
}

/** When a graph is too big to send: roots, named and interesting objects first. */
function prioritized(nodes: readonly GraphNode[]): GraphNode[] {
  const score = (n: GraphNode): number =>
    (n.root !== null ? 8 : 0) + (n.names.length > 0 ? 4 : 0) + (n.hasFinalizer || n.weakrefCount > 0 || n.cycleOnly ? 2 : 0) + (n.dying ? 1 : 0);
  return [...nodes].sort((a, b) => score(b) - score(a) || a.id - b.id);
}
