/**
 * Snapshot → simulation nodes and links. Layout only: nothing here touches the DOM.
 *
 * The picture is layered: roots (module, frames) pinned in the left column, every other object one
 * column per hop from a root, and objects no root reaches (cycle garbage, objects being freed) in
 * a last column of their own. d3-force then untangles within that frame. Node objects are reused by
 * object id across snapshots, so positions and velocities carry over and the picture stays put as
 * the step changes; positions of objects that left are remembered, so scrubbing back returns them
 * where they were. All randomness is seeded.
 */
import { forceLink, forceSimulation, forceX, forceY } from 'd3-force';
import { forceBoxCollide } from './collide';
import { placeOnGrid } from './grid';
import type { Simulation, SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { GraphEdge, GraphNode, GraphSnapshot } from '../../extension/protocol/messages';
import { METRICS, type Metrics, type Scale } from './geometry';
import { idJitter, mulberry32 } from './random';

export interface SimNode extends SimulationNodeDatum {
  readonly id: number;
  data: GraphNode;
  layer: number;
  tx: number; // where the layering wants it
  ty: number;
  draggedTo: boolean; // the user placed it: the layout leaves it there
}

export interface SimLink extends SimulationLinkDatum<SimNode> {
  readonly id: string;
  source: SimNode;
  target: SimNode;
  data: GraphEdge;
  curve: number; // 0 straight; ±1, ±2… bows parallel edges apart
}

const SEED = 0x5eed;
const REMEMBERED_MAX = 100_000;

function compareRoots(a: GraphNode, b: GraphNode): number {
  // The module first, then frames oldest (outermost) first.
  if (a.root !== b.root) return a.root === 'module' ? -1 : 1;
  return a.id - b.id;
}

export class GraphLayout {
  nodes: SimNode[] = [];
  links: SimLink[] = [];
  scale: Scale = 'cards';
  private byId = new Map<number, SimNode>();
  private remembered = new Map<number, { x: number; y: number }>();
  private simulation: Simulation<SimNode, SimLink> = this.makeSimulation();

  get metrics(): Metrics {
    return METRICS[this.scale];
  }

  /** A new run: forget every position and restart the random sequence. */
  reset(): void {
    this.simulation.stop();
    this.nodes = [];
    this.links = [];
    this.byId.clear();
    this.remembered.clear();
    this.simulation = this.makeSimulation();
  }

  private makeSimulation(): Simulation<SimNode, SimLink> {
    return forceSimulation<SimNode, SimLink>([]).randomSource(mulberry32(SEED)).stop();
  }

  /** Takes a snapshot in; returns true when this is a fresh picture (nothing carried over). */
  update(snapshot: GraphSnapshot, scale: Scale): boolean {
    if (scale !== this.scale) {
      // Cards and dots are laid out at different spacings: positions do not carry between them.
      this.scale = scale;
      this.byId.clear();
      this.remembered.clear();
    }
    const fresh = this.byId.size === 0;
    const previous = this.byId;
    this.byId = new Map();
    for (const data of snapshot.nodes) {
      let n = previous.get(data.id);
      if (n === undefined) n = { id: data.id, data, layer: 0, tx: 0, ty: 0, draggedTo: false };
      else n.data = data;
      this.byId.set(data.id, n);
    }
    for (const [id, n] of previous) {
      if (!this.byId.has(id) && n.x !== undefined && n.y !== undefined) this.remember(id, n.x, n.y);
    }
    this.nodes = Array.from(this.byId.values());
    this.links = this.makeLinks(snapshot.edges);
    this.assignLayers();
    this.place(previous);
    this.configure();
    return fresh;
  }

  private remember(id: number, x: number, y: number): void {
    if (this.remembered.size >= REMEMBERED_MAX) {
      const oldest = this.remembered.keys().next();
      if (oldest.done !== true) this.remembered.delete(oldest.value);
    }
    this.remembered.set(id, { x, y });
  }

  private makeLinks(edges: readonly GraphEdge[]): SimLink[] {
    const links: SimLink[] = [];
    const perPair = new Map<string, SimLink[]>();
    for (const e of edges) {
      const source = this.byId.get(e.from);
      const target = this.byId.get(e.to);
      if (source === undefined || target === undefined) continue;
      const link: SimLink = { id: e.id, source, target, data: e, curve: 0 };
      links.push(link);
      if (this.scale === 'dots') continue; // dots are joined by straight lines: no curves to share out
      const key = e.from < e.to ? `${e.from}:${e.to}` : `${e.to}:${e.from}`;
      const group = perPair.get(key);
      if (group === undefined) perPair.set(key, [link]);
      else group.push(link);
    }
    for (const group of perPair.values()) {
      if (group.length === 1 && group[0]?.source !== group[0]?.target) continue;
      // Spread a pair's edges symmetrically around the straight line (loops just grow).
      group.forEach((link, i) => {
        link.curve = link.source === link.target ? i : i - (group.length - 1) / 2;
      });
    }
    return links;
  }

  /** Breadth-first from the roots, strong edges before weak ones; the unreached go last. */
  private assignLayers(): void {
    const out = new Map<number, SimLink[]>();
    for (const l of this.links) {
      const list = out.get(l.source.id);
      if (list === undefined) out.set(l.source.id, [l]);
      else list.push(l);
    }
    for (const list of out.values()) list.sort((a, b) => (a.data.kind === b.data.kind ? 0 : a.data.kind === 'strong' ? -1 : 1));
    const layerOf = new Map<number, number>();
    const roots = this.nodes.filter((n) => n.data.root !== null).sort((a, b) => compareRoots(a.data, b.data));
    let frontier = roots;
    for (const r of roots) layerOf.set(r.id, 0);
    let depth = 0;
    while (frontier.length > 0) {
      depth++;
      const next: SimNode[] = [];
      for (const n of frontier) {
        for (const l of out.get(n.id) ?? []) {
          if (layerOf.has(l.target.id)) continue;
          layerOf.set(l.target.id, depth);
          next.push(l.target);
        }
      }
      frontier = next;
    }
    // The unreached get a column of their own (cycle garbage, objects being freed), except objects
    // with no edges at all (an immortal None nothing refers to now): they wait beside the roots.
    const unreached = Math.max(1, depth);
    const linked = new Set<number>();
    for (const l of this.links) {
      linked.add(l.source.id);
      linked.add(l.target.id);
    }
    for (const n of this.nodes) n.layer = layerOf.get(n.id) ?? (linked.has(n.id) || n.data.dying ? unreached : 1);
  }

  /** Column targets per layer (long layers wrap) and first positions for newcomers. */
  private place(previous: Map<number, SimNode>): void {
    const m = this.metrics;
    const parentsOf = new Map<number, SimNode[]>();
    for (const l of this.links) {
      if (l.source.layer >= l.target.layer) continue;
      const list = parentsOf.get(l.target.id);
      if (list === undefined) parentsOf.set(l.target.id, [l.source]);
      else list.push(l.source);
    }
    const layers: SimNode[][] = [];
    for (const n of this.nodes) (layers[n.layer] ??= []).push(n);
    const order = new Map<number, number>();
    let x0 = 0;
    layers.forEach((layer, depth) => {
      if (depth === 0) layer.sort((a, b) => compareRoots(a.data, b.data));
      else {
        // Barycentre of the parents' order keeps children beside their parents: fewer crossings.
        const key = (n: SimNode): number => {
          const ps = parentsOf.get(n.id) ?? [];
          if (ps.length === 0) return Number.MAX_SAFE_INTEGER;
          return ps.reduce((s, p) => s + (order.get(p.id) ?? 0), 0) / ps.length;
        };
        const keys = new Map(layer.map((n) => [n.id, key(n)] as const));
        layer.sort((a, b) => (keys.get(a.id) ?? 0) - (keys.get(b.id) ?? 0) || a.id - b.id);
      }
      const perColumn = depth === 0 ? Number.MAX_SAFE_INTEGER : m.perColumn;
      const columns = Math.ceil(layer.length / perColumn);
      const rows = Math.ceil(layer.length / Math.max(1, columns));
      layer.forEach((n, i) => {
        order.set(n.id, i);
        const col = Math.floor(i / rows);
        const row = i % rows;
        n.tx = x0 + col * m.column * (this.scale === 'cards' ? 0.8 : 1);
        n.ty = (row - (depth === 0 ? 0 : (rows - 1) / 2)) * m.row * (depth === 0 ? 1.4 : 1);
      });
      x0 += m.column * (1 + (columns - 1) * (this.scale === 'cards' ? 0.8 : 1));
    });
    // Roots sit at the top left, the rest centred on the roots' column: shift roots up to match.
    const rootRows = (layers[0] ?? []).length;
    for (const r of layers[0] ?? []) r.ty -= ((rootRows - 1) * m.row * 1.4) / 2;
    for (const n of this.nodes) {
      if (n.data.root !== null && !n.draggedTo) {
        n.fx = n.tx;
        n.fy = n.ty;
      } else if (!n.draggedTo) {
        n.fx = null;
        n.fy = null;
      }
    }
    const kept = (n: SimNode): boolean => n.x !== undefined && previous.has(n.id);
    if (this.scale === 'dots') {
      placeOnGrid(this.nodes, kept, this.remembered, m);
      return;
    }
    for (const n of this.nodes) {
      if (kept(n)) continue;
      const seen = this.remembered.get(n.id);
      const parent = parentsOf.get(n.id)?.find((p) => previous.has(p.id) && p.x !== undefined);
      if (seen !== undefined) {
        n.x = seen.x;
        n.y = seen.y;
      } else if (parent?.x !== undefined && parent.y !== undefined && !this.isFresh(previous)) {
        // A newcomer starts beside the object that refers to it, not at its distant target.
        n.x = parent.x + m.column * 0.6 + idJitter(n.id, 1) * m.row;
        n.y = parent.y + idJitter(n.id, 2) * m.row;
      } else {
        n.x = n.tx + idJitter(n.id, 1) * m.row * 0.2;
        n.y = n.ty + idJitter(n.id, 2) * m.row * 0.2;
      }
      n.vx = 0;
      n.vy = 0;
    }
  }

  private isFresh(previous: Map<number, SimNode>): boolean {
    return previous.size === 0;
  }

  private configure(): void {
    const m = this.metrics;
    const sim = this.simulation;
    if (this.scale === 'dots') {
      sim.nodes([]); // big graphs are placed on a grid (grid.ts), not simulated
      return;
    }
    sim.nodes(this.nodes);
    sim.force('x', forceX<SimNode>((d) => d.tx).strength(0.5));
    sim.force('y', forceY<SimNode>((d) => d.ty).strength(0.08));
    sim.force('collide', forceBoxCollide(m.width + 24, m.height + 18));
    sim.force('link', forceLink<SimNode, SimLink>(this.links).distance(m.column * 0.8).strength(0.08));
    // No many-body repulsion: the layering and the box collision already keep cards apart, and it
    // would double the cost of a tick.
  }

  /** How many ticks a fresh picture or an update gets: fewer for big graphs, same for same input. */
  tickBudget(fresh: boolean): number {
    const n = Math.max(1, this.nodes.length);
    if (this.scale === 'dots') return 0;
    // The layered start is already a fair picture: ticks only untangle it, so big graphs get few.
    const full = Math.max(12, Math.min(90, Math.floor(9_000 / n)));
    return fresh ? full : Math.ceil(full / 3);
  }

  /**
   * Starts a run of the simulation: full heat for a fresh picture, a nudge for an update, cooling
   * to rest within the run's tick budget — a run cut off while still moving would leave velocity
   * behind and the next step's picture would drift.
   */
  heat(fresh: boolean): void {
    const start = fresh ? 1 : 0.3;
    const ticks = Math.max(1, this.tickBudget(fresh));
    this.simulation.alpha(start).alphaDecay(1 - Math.pow(this.simulation.alphaMin() / start, 1 / ticks));
  }

  tick(count: number): void {
    this.simulation.tick(count);
  }

  /** The user dropped a node: it stays there (and moves no more with the layout). */
  pin(n: SimNode, x: number, y: number): void {
    n.fx = x;
    n.fy = y;
    n.x = x;
    n.y = y;
    n.draggedTo = true;
  }

  node(id: number): SimNode | undefined {
    return this.byId.get(id);
  }
}
