/**
 * Validation of every host → webview message: shape, types and MESSAGE_LIMITS. A valid message is
 * rebuilt field by field, so nothing the contract does not name reaches the views; an invalid one
 * is reported, never thrown.
 */
import type {
  GraphEdge,
  GraphNode,
  GraphSnapshot,
  HostToWebview,
  ObjectDetails,
  OutputChunk,
  RunSummary,
  TimelineEvent,
  TimelineEventKind,
  TimelineLane,
} from '../../extension/protocol/messages';
import { Invalid, LIMITS, Reader, type Fields, type Limits } from './reader';

export type Validation =
  | { readonly ok: true; readonly message: HostToWebview; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly error: string };

const EVENT_KINDS: readonly TimelineEventKind[] = ['weakref_created', 'callback', 'finalize', 'del', 'resurrect', 'gc', 'phase', 'freed'];
const PROBLEM_KINDS = ['syntax_error', 'unsupported', 'limit', 'internal_error'] as const;
const THEME_KINDS = ['light', 'dark', 'high-contrast'] as const;
const MESSAGE_TYPES = ['load', 'graph', 'details', 'running', 'theme', 'select', 'requestSvg'] as const;

function node(r: Reader, v: unknown, path: string): GraphNode {
  const o = r.record(v, path);
  const names = r.list(o, 'names', path, r.limits.maxEdges).map((n, i) => r.stringValue(n, `${path}.names[${i}]`));
  return {
    id: r.int(o, 'id', path, 0),
    typeName: r.str(o, 'typeName', path),
    repr: r.str(o, 'repr', path),
    names,
    refcnt: r.int(o, 'refcnt', path, 0),
    weakrefCount: r.int(o, 'weakrefCount', path, 0),
    root: r.nullable(o, 'root', path, (x, p) => {
      if (x === 'frame' || x === 'module') return x;
      return r.fail(p, 'expected frame, module or null');
    }),
    immortal: r.bool(o, 'immortal', path),
    dying: r.bool(o, 'dying', path),
    cycleOnly: r.bool(o, 'cycleOnly', path),
    hasFinalizer: r.bool(o, 'hasFinalizer', path),
    line: r.int(o, 'line', path, 0),
  };
}

function edge(r: Reader, v: unknown, path: string): GraphEdge {
  const o = r.record(v, path);
  return {
    id: r.str(o, 'id', path),
    from: r.int(o, 'from', path, 0),
    to: r.int(o, 'to', path, 0),
    kind: r.literal(o, 'kind', path, ['strong', 'weak'] as const),
    hasCallback: r.bool(o, 'hasCallback', path),
    label: r.str(o, 'label', path),
  };
}

function snapshot(r: Reader, v: unknown, path: string): GraphSnapshot {
  const o = r.record(v, path);
  const nodes = r.list(o, 'nodes', path, r.limits.maxNodes).map((n, i) => node(r, n, `${path}.nodes[${i}]`));
  const ids = new Set<number>();
  for (const n of nodes) {
    // Renderers join on id: a duplicate would make two objects one.
    if (ids.has(n.id)) r.fail(`${path}.nodes`, `duplicate object id ${n.id}`);
    ids.add(n.id);
  }
  const seen = new Set<string>();
  const edges: GraphEdge[] = [];
  for (const [i, raw] of r.list(o, 'edges', path, r.limits.maxEdges).entries()) {
    const e = edge(r, raw, `${path}.edges[${i}]`);
    // A host that caps a big graph may leave edges to objects it left out: drop those, keep the rest.
    if (!ids.has(e.from) || !ids.has(e.to)) r.warn(`${path}.edges[${i}]: ${e.id} names an object not in the snapshot; dropped`);
    else if (seen.has(e.id)) r.warn(`${path}.edges[${i}]: duplicate edge id ${e.id}; dropped`);
    else {
      seen.add(e.id);
      edges.push(e);
    }
  }
  return { step: r.int(o, 'step', path, 0), line: r.int(o, 'line', path, 0), nodes, edges };
}

function event(r: Reader, v: unknown, path: string): TimelineEvent {
  const o = r.record(v, path);
  return {
    step: r.int(o, 'step', path, 0),
    line: r.int(o, 'line', path, 0),
    kind: r.literal(o, 'kind', path, EVENT_KINDS),
    label: r.str(o, 'label', path),
  };
}

function lane(r: Reader, v: unknown, path: string): TimelineLane {
  const o = r.record(v, path);
  return {
    objectId: r.int(o, 'objectId', path, 0),
    title: r.str(o, 'title', path),
    bornStep: r.int(o, 'bornStep', path, 0),
    diedStep: r.int(o, 'diedStep', path, -1),
    interesting: r.bool(o, 'interesting', path),
    events: r.list(o, 'events', path, r.limits.maxEdges).map((e, i) => event(r, e, `${path}.events[${i}]`)),
  };
}

function chunk(r: Reader, v: unknown, path: string): OutputChunk {
  const o = r.record(v, path);
  return {
    step: r.int(o, 'step', path, 0),
    stream: r.literal(o, 'stream', path, ['stdout', 'stderr'] as const),
    text: r.str(o, 'text', path),
  };
}

function summary(r: Reader, v: unknown, path: string): RunSummary {
  const o = r.record(v, path);
  const stepCount = r.int(o, 'stepCount', path, 0);
  const lines = r.list(o, 'lines', path, stepCount).map((x, i) => {
    if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) return r.fail(`${path}.lines[${i}]`, 'expected a line number');
    return x;
  });
  if (lines.length !== stepCount) r.fail(`${path}.lines`, `${lines.length} lines for ${stepCount} steps`);
  const problem = r.nullable(o, 'problem', path, (x, p) => {
    const q = r.record(x, p);
    return { kind: r.literal(q, 'kind', p, PROBLEM_KINDS), message: r.str(q, 'message', p), line: r.int(q, 'line', p, 0) };
  });
  return {
    filename: r.str(o, 'filename', path),
    stepCount,
    lines,
    lanes: r.list(o, 'lanes', path, r.limits.maxNodes).map((l, i) => lane(r, l, `${path}.lanes[${i}]`)),
    collections: r.list(o, 'collections', path, r.limits.maxEdges).map((e, i) => event(r, e, `${path}.collections[${i}]`)),
    output: r.list(o, 'output', path, r.limits.maxEdges).map((c, i) => chunk(r, c, `${path}.output[${i}]`)),
    problem,
  };
}

function details(r: Reader, v: unknown, path: string): ObjectDetails {
  const o = r.record(v, path);
  const facts = r.list(o, 'facts', path, r.limits.maxEdges).map((f, i) => r.stringValue(f, `${path}.facts[${i}]`));
  const whyAlive = r.list(o, 'whyAlive', path, r.limits.maxEdges).map((chainValue, i) => {
    const p = `${path}.whyAlive[${i}]`;
    if (!Array.isArray(chainValue)) return r.fail(p, 'expected an array');
    const chain = chainValue as readonly unknown[];
    if (chain.length > r.limits.maxEdges) r.fail(p, 'chain too long');
    return chain.map((link, j) => {
      const q = r.record(link, `${p}[${j}]`);
      return { from: r.int(q, 'from', `${p}[${j}]`, 0), to: r.int(q, 'to', `${p}[${j}]`, 0), label: r.str(q, 'label', `${p}[${j}]`) };
    });
  });
  const weakEntries = r.nullable(o, 'weakEntries', path, (x, p) => {
    if (!Array.isArray(x)) return r.fail(p, 'expected an array or null');
    const entries = x as readonly unknown[];
    if (entries.length > r.limits.maxEdges) r.fail(p, 'too many entries');
    return entries.map((entry, i) => {
      const q = r.record(entry, `${p}[${i}]`);
      const evicted = r.nullable(q, 'evicted', `${p}[${i}]`, (e, ep) => r.stringValue(e, ep));
      return { key: r.str(q, 'key', `${p}[${i}]`), value: r.str(q, 'value', `${p}[${i}]`), evicted };
    });
  });
  return {
    id: r.int(o, 'id', path, 0),
    step: r.int(o, 'step', path, 0),
    title: r.str(o, 'title', path),
    facts,
    whyAlive,
    weakEntries,
  };
}

function message(r: Reader, data: unknown): HostToWebview {
  const o: Fields = r.record(data, 'message');
  const type = r.literal(o, 'type', 'message', MESSAGE_TYPES);
  switch (type) {
    case 'load':
      return { type, summary: summary(r, o['summary'], 'load.summary') };
    case 'graph':
      return { type, snapshot: snapshot(r, o['snapshot'], 'graph.snapshot') };
    case 'details':
      return { type, details: details(r, o['details'], 'details.details') };
    case 'running':
      return { type, filename: r.str(o, 'filename', 'running') };
    case 'theme':
      return { type, kind: r.literal(o, 'kind', 'theme', THEME_KINDS) };
    case 'select':
      return { type, id: r.int(o, 'id', 'select', 0) };
    case 'requestSvg':
      return { type };
    default: {
      const _: never = type;
      return _;
    }
  }
}

export function validateHostMessage(data: unknown, limits: Limits = LIMITS): Validation {
  const reader = new Reader(limits);
  try {
    return { ok: true, message: message(reader, data), warnings: reader.summary() };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    // A bug here must still not take the panel down with it: report it as a rejection.
    return { ok: false, error: `validator failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
