/**
 * The SVG renderer: D3 joins keyed by id only, so an object keeps its element (and its focus)
 * across steps. Positions come from the layout; this file only draws them, animating between the
 * last drawn and the new positions unless the user prefers reduced motion.
 */
import { drag } from 'd3-drag';
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { reducedMotion, svgEl } from '../dom';
import { label } from '../text';
import { quadtree } from 'd3-quadtree';
import { edgeShape, pointOn, type EdgeShape, type Metrics, type Point } from './geometry';
import type { SimLink, SimNode } from './layout';
import { bounds, fitHeight, boxInView, fitTransform, type DrawState, type Renderer, type RendererCallbacks } from './renderer';
import { buildCard, updateCard } from './svgNode';

type G<Datum> = Selection<SVGGElement, Datum, SVGGElement, unknown>;
type Layer = Selection<SVGGElement, unknown, null, undefined>;

const MOVE_MS = 320;
const FADE_MS = 260;
const EDGE_LABEL_CHARS = 18;
// Past this many objects, moving every card each frame costs more than it tells: jump instead.
const ANIMATE_MAX = 400;
const FAR_ZOOM = 0.5;

/** Marker ids by edge kind; the `-why` copies colour a why-alive chain's arrowheads. */
function markerId(l: SimLink, why: boolean): string {
  const base = l.data.kind === 'strong' ? 'ws-m-strong' : l.data.hasCallback ? 'ws-m-weak-cb' : 'ws-m-weak';
  return why ? `${base}-why` : base;
}

function addMarkers(svg: SVGSVGElement): void {
  const defs = select(svg).append('defs');
  const shapes: readonly [string, string, boolean][] = [
    ['ws-m-strong', 'M0,-5L10,0L0,5Z', true], // filled arrow: a strong reference
    ['ws-m-weak', 'M0,-5L10,0L0,5', false], // open chevron: a weak reference
    ['ws-m-weak-cb', 'M0,0L5,-5L10,0L5,5Z', true], // diamond: a weak reference with a callback
  ];
  for (const why of [false, true]) {
    for (const [id, d, filled] of shapes) {
      defs
        .append('marker')
        .attr('id', why ? `${id}-why` : id)
        .attr('class', `marker ${filled ? 'filled' : 'open'}${why ? ' why' : ''}`)
        .attr('viewBox', '-1 -6 12 12')
        .attr('refX', 10)
        .attr('refY', 0)
        .attr('markerUnits', 'userSpaceOnUse') // the same size on a highlighted (thicker) edge
        .attr('markerWidth', id === 'ws-m-weak-cb' ? 14 : 11)
        .attr('markerHeight', id === 'ws-m-weak-cb' ? 14 : 11)
        .attr('orient', 'auto')
        .append('path')
        .attr('d', d);
    }
  }
}

export class SvgRenderer implements Renderer {
  readonly kind = 'svg';
  readonly element: SVGSVGElement;
  private readonly viewport: SVGGElement;
  private readonly edgeLayer: Layer;
  private readonly nodeLayer: Layer;
  private readonly labelLayer: Layer;
  private readonly zoomBehavior: ZoomBehavior<SVGSVGElement, unknown>;
  private transform: ZoomTransform = zoomIdentity;
  private readonly drawn = new Map<number, Point>();
  private readonly labelAt = new Map<string, number>(); // chosen once positions settle
  private readonly edgeLooks = new WeakMap<Element, string>();
  private state: DrawState | null = null;
  private width = 0;
  private height = 0;
  private bottomInset = 0;

  constructor(container: HTMLElement, private readonly callbacks: RendererCallbacks) {
    this.element = svgEl('svg', 'graph-svg');
    this.element.setAttribute('role', 'group');
    this.element.setAttribute('aria-label', 'Reference graph');
    container.append(this.element);
    addMarkers(this.element);
    this.viewport = svgEl('g', 'viewport');
    this.element.append(this.viewport);
    this.edgeLayer = select(this.viewport).append('g').attr('class', 'edges');
    this.nodeLayer = select(this.viewport).append('g').attr('class', 'nodes');
    // Edge labels above the cards: a label hidden under a card would say nothing.
    this.labelLayer = select(this.viewport).append('g').attr('class', 'edge-labels').attr('aria-hidden', 'true');
    // The extent from our cached size: d3's default reads the SVG's size, forcing a layout.
    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.05, 4])
      .extent(() => [
        [0, 0],
        [this.width, this.height],
      ])
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
        this.transform = event.transform;
        // Zoomed far out, small text is unreadable smudge that still costs paint: drop it.
        this.element.classList.toggle('far', event.transform.k < FAR_ZOOM);
        if (event.sourceEvent !== null && event.sourceEvent !== undefined) this.callbacks.userZoomed();
        this.viewport.setAttribute('transform', event.transform.toString());
      });
    select(this.element).call(this.zoomBehavior).on('dblclick.zoom', null);
  }

  setVisible(visible: boolean): void {
    this.element.style.display = visible ? '' : 'none';
  }

  resize(width: number, height: number): void {
    this.width = width;
    this.height = height;
  }

  draw(state: DrawState, animate: boolean): void {
    this.state = state;
    const motion = animate && !reducedMotion() && state.nodes.length <= ANIMATE_MAX;
    // Big graphs: no CSS fades either (see panel.css): an opacity transition on a few cards makes
    // the browser re-layer thousands of others on every frame of it.
    this.element.classList.toggle('big', state.nodes.length > ANIMATE_MAX);
    this.joinEdges(state, motion);
    this.joinNodes(state, motion);
    const from = new Map<number, Point>();
    for (const n of state.nodes) from.set(n.id, this.drawn.get(n.id) ?? { x: n.x ?? 0, y: n.y ?? 0 });
    const root = select(this.viewport);
    root.interrupt('move');
    if (!motion) {
      this.drawAt(from, 1);
      return;
    }
    root
      .transition('move')
      .duration(MOVE_MS)
      .tween('move', () => (t: number) => this.drawAt(from, t));
  }

  /** Places every node at `from` → layout position by `t`, and the edges between them. */
  private drawAt(from: ReadonlyMap<number, Point>, t: number): void {
    const state = this.state;
    if (state === null) return;
    for (const n of state.nodes) {
      const a = from.get(n.id) ?? { x: n.x ?? 0, y: n.y ?? 0 };
      this.drawn.set(n.id, { x: a.x + ((n.x ?? 0) - a.x) * t, y: a.y + ((n.y ?? 0) - a.y) * t });
    }
    this.placeAll(t === 1);
  }

  /**
   * Where along each edge its label reads best: the default spot unless a card covers it, then
   * the first free one of a few others. Done when positions settle, not on every animation frame.
   */
  private chooseLabelSpots(shapes: ReadonlyMap<string, { link: SimLink; shape: EdgeShape }>, m: Metrics): void {
    const cards = quadtree<Point>()
      .x((d) => d.x)
      .y((d) => d.y)
      .addAll([...this.drawn.values()]);
    const covered = (p: Point, halfWidth: number): boolean => {
      const rx = m.width / 2 + halfWidth;
      const ry = m.height / 2 + 7;
      let hit = false;
      cards.visit((quad, x0, y0, x1, y1) => {
        if (!('length' in quad && quad.length !== undefined)) {
          for (let leaf: typeof quad | undefined = quad; leaf !== undefined; leaf = leaf.next) {
            if (Math.abs(leaf.data.x - p.x) < rx && Math.abs(leaf.data.y - p.y) < ry) hit = true;
          }
        }
        return hit || x0 > p.x + rx || x1 < p.x - rx || y0 > p.y + ry || y1 < p.y - ry;
      });
      return hit;
    };
    this.labelAt.clear();
    for (const [id, { link, shape }] of shapes) {
      const halfWidth = (Math.min(EDGE_LABEL_CHARS, link.data.label.length) * 6.2) / 2;
      const candidates = [shape.labelAt, 0.5, 0.35, 0.65, 0.2, 0.8];
      const free = candidates.find((u) => !covered(pointOn(shape, u), halfWidth));
      this.labelAt.set(id, free ?? shape.labelAt);
    }
  }

  private placeAll(settled = true): void {
    const state = this.state;
    if (state === null) return;
    const at = (n: SimNode): Point => this.drawn.get(n.id) ?? { x: n.x ?? 0, y: n.y ?? 0 };
    this.nodeLayer.selectAll<SVGGElement, SimNode>('g.node:not(.exiting)').attr('transform', (d) => {
      const p = at(d);
      return `translate(${p.x},${p.y})`;
    });
    const shapes = new Map<string, { link: SimLink; shape: EdgeShape }>();
    this.edgeLayer.selectAll<SVGGElement, SimLink>('g.edge:not(.exiting)').each(function (l) {
      const shape = edgeShape(l, state.metrics, at);
      shapes.set(l.id, { link: l, shape });
      select(this).select('path').attr('d', shape.d);
    });
    if (settled) this.chooseLabelSpots(shapes, state.metrics);
    const mids = new Map<string, Point>();
    for (const [id, { shape }] of shapes) mids.set(id, pointOn(shape, this.labelAt.get(id) ?? shape.labelAt));
    this.labelLayer
      .selectAll<SVGTextElement, SimLink>('text.edge-label')
      .attr('x', (l) => mids.get(l.id)?.x ?? 0)
      .attr('y', (l) => mids.get(l.id)?.y ?? 0);
  }

  private joinNodes(state: DrawState, motion: boolean): void {
    const m = state.metrics;
    const nodes = this.nodeLayer
      .selectAll<SVGGElement, SimNode>('g.node')
      .data(state.nodes, (d) => d.id)
      .join(
        (enter) => {
          const g = enter.append('g').attr('class', 'node');
          buildCard(g, m);
          g.attr('transform', (d) => `translate(${d.x ?? 0},${d.y ?? 0})`);
          if (motion) g.style('opacity', 0).transition('fade').duration(FADE_MS).style('opacity', null);
          g.on('click', (_event: MouseEvent, d) => this.callbacks.select(d.id));
          g.on('keydown', (event: KeyboardEvent, d) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            this.callbacks.select(d.id);
          });
          g.call(
            drag<SVGGElement, SimNode>()
              .clickDistance(4)
              .on('drag', (event: { x: number; y: number }, d) => {
                this.callbacks.pin(d, event.x, event.y);
                this.drawn.set(d.id, { x: event.x, y: event.y });
                this.placeAll();
              }),
          );
          return g;
        },
        (update) => {
          // An object that comes back while still fading out is the same element: revive it.
          update.filter('.exiting').interrupt('fade').classed('exiting', false).style('opacity', null).attr('aria-hidden', null).attr('tabindex', 0);
          return update;
        },
        (exit) => {
          exit.each((d) => this.drawn.delete(d.id));
          const leaving = exit.classed('exiting', true).attr('aria-hidden', 'true').attr('tabindex', -1);
          if (motion) leaving.transition('fade').duration(FADE_MS).style('opacity', 0).remove();
          else leaving.remove();
          return leaving;
        },
      );
    updateCard(nodes, state.selected);
  }

  private joinEdges(state: DrawState, motion: boolean): void {
    const edges = this.edgeLayer
      .selectAll<SVGGElement, SimLink>('g.edge')
      .data(state.links, (l) => l.id)
      .join(
        (enter) => {
          const g = enter.append('g');
          g.append('path').attr('class', 'edge-line');
          g.append('title');
          return g;
        },
        (update) => {
          update.filter('.exiting').interrupt('fade').classed('exiting', false).style('opacity', null);
          return update;
        },
        (exit) => {
          const leaving = exit.classed('exiting', true);
          if (motion) leaving.transition('fade').duration(FADE_MS).style('opacity', 0).remove();
          else leaving.remove();
          return leaving;
        },
      );
    this.styleEdges(edges, state);
    this.labelLayer
      .selectAll<SVGTextElement, SimLink>('text.edge-label')
      .data(state.links, (l) => l.id)
      .join((enter) => enter.append('text').attr('class', 'edge-label').attr('text-anchor', 'middle').attr('dy', '0.35em'))
      .text((l) => label(l.data.label, EDGE_LABEL_CHARS));
    this.styleLabels(state);
  }

  private styleLabels(state: DrawState): void {
    this.labelLayer
      .selectAll<SVGTextElement, SimLink>('text.edge-label')
      .attr('class', (l) => `edge-label ${l.data.kind}${state.highlighted.has(l.id) ? ' why' : ''}`);
  }

  private styleEdges(all: G<SimLink>, state: DrawState): void {
    const why = state.highlighted;
    // Only edges whose look changed: see svgNode.ts on why unchanged elements are left alone.
    const shown = this.edgeLooks;
    const edges = all.filter(function (l) {
      const look = `${l.data.kind}${l.data.hasCallback}${why.has(l.id)}${l.data.label}`;
      if (shown.get(this) === look) return false;
      shown.set(this, look);
      return true;
    });
    edges
      .attr('class', (l) => `edge ${l.data.kind}${l.data.hasCallback ? ' callback' : ''}${why.has(l.id) ? ' why' : ''}`)
      .attr('data-edge-kind', (l) => l.data.kind)
      .attr('data-edge-id', (l) => l.id);
    edges.select('path').attr('marker-end', (l) => `url(#${markerId(l, why.has(l.id))})`);
    edges.select('title').text((l) => {
      const kind = l.data.kind === 'strong' ? 'strong reference' : l.data.hasCallback ? 'weak reference with a callback' : 'weak reference';
      return `${kind} ${label(l.data.label, 200)} (#${l.data.from} → #${l.data.to})`;
    });
  }

  restyle(state: DrawState): void {
    this.state = state;
    updateCard(this.nodeLayer.selectAll<SVGGElement, SimNode>('g.node:not(.exiting)'), state.selected);
    this.styleEdges(this.edgeLayer.selectAll<SVGGElement, SimLink>('g.edge:not(.exiting)'), state);
    this.styleLabels(state);
  }

  fit(animate: boolean, readable = false): boolean {
    const state = this.state;
    const w = this.width;
    const h = fitHeight(this.height, this.bottomInset);
    if (state === null || w === 0 || h === 0 || this.element.style.display === 'none') return false;
    const b = bounds(state.nodes, state.metrics);
    if (b === null) return false;
    const t = fitTransform(b, w, h, 1.25, readable ? 0.75 : 0);
    const target = zoomIdentity.translate(t.x, t.y).scale(t.k);
    const sel = select(this.element);
    if (animate && !reducedMotion()) sel.transition('zoom').duration(MOVE_MS).call(this.zoomBehavior.transform, target);
    else sel.call(this.zoomBehavior.transform, target);
    return true;
  }

  /** Whether every card of `state` would be inside the view at the current zoom. */
  showsAll(state: DrawState): boolean {
    const b = bounds(state.nodes, state.metrics);
    return b === null || boxInView(b, this.transform, this.width, fitHeight(this.height, this.bottomInset));
  }

  reserveBottom(px: number): void {
    this.bottomInset = px;
  }

  zoomBy(factor: number): void {
    select(this.element).call(this.zoomBehavior.scaleBy, factor);
  }

  screenPoint(id: number): Point | null {
    const p = this.drawn.get(id);
    if (p === undefined) return null;
    const r = this.element.getBoundingClientRect();
    const [x, y] = this.transform.apply([p.x, p.y]);
    return { x: r.left + x, y: r.top + y };
  }

  themeChanged(): void {
    // Everything is styled by CSS variables: the browser restyles on its own.
  }
}
