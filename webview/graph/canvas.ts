/**
 * The canvas renderer, used for graphs of CANVAS_THRESHOLD objects and more: one draw call per
 * kind of mark instead of one element per object, off-screen objects culled, labels only when
 * zoomed in far enough to read them. Clicks are hit-tested with a quadtree over the layout's
 * positions; the keyboard walks the objects (arrows), selects (Enter) and zooms (+, -), and a live
 * region says which object has the focus, since a canvas has no elements to tab to.
 */
import { quadtree, type Quadtree } from 'd3-quadtree';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { el } from '../dom';
import { label } from '../text';
import type { Point } from './geometry';
import type { SimNode } from './layout';
import { readPalette, type Palette } from './palette';
import { bounds, fitHeight, fitTransform, type DrawState, type Renderer, type RendererCallbacks } from './renderer';
import { describe } from './svgNode';

const LABEL_ZOOM = 1.6; // below this, labels would be unreadable smudges
const MAX_LABELS = 600;

export class CanvasRenderer implements Renderer {
  readonly kind = 'canvas';
  readonly element: HTMLCanvasElement;
  private readonly context: CanvasRenderingContext2D;
  private readonly zoomBehavior: ZoomBehavior<HTMLCanvasElement, unknown>;
  private transform: ZoomTransform = zoomIdentity;
  private state: DrawState | null = null;
  private tree: Quadtree<SimNode> | null = null;
  private palette: Palette;
  private pending = 0;
  private focused: number | null = null;
  private order: SimNode[] | null = null;
  private width = 0;
  private height = 0;
  private bottomInset = 0;

  constructor(container: HTMLElement, private readonly callbacks: RendererCallbacks, private readonly live: HTMLElement) {
    this.element = el('canvas', 'graph-canvas');
    this.element.tabIndex = 0;
    this.element.setAttribute('role', 'application');
    this.element.setAttribute('aria-roledescription', 'reference graph');
    this.element.setAttribute('aria-label', 'Reference graph. Arrow keys move between objects, Enter selects, plus and minus zoom.');
    container.append(this.element);
    const context = this.element.getContext('2d');
    if (context === null) throw new Error('no 2d canvas context');
    this.context = context;
    this.palette = readPalette(this.element);
    this.zoomBehavior = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.01, 8])
      .extent(() => [
        [0, 0],
        [this.width, this.height],
      ])
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
        this.transform = event.transform;
        if (event.sourceEvent !== null && event.sourceEvent !== undefined) this.callbacks.userZoomed();
        this.element.dataset['zoom'] = event.transform.k.toFixed(4);
        this.schedule();
      });
    select(this.element).call(this.zoomBehavior).on('dblclick.zoom', null);
    this.element.addEventListener('click', (e) => this.click(e));
    this.element.addEventListener('keydown', (e) => this.key(e));
  }

  setVisible(visible: boolean): void {
    this.element.style.display = visible ? '' : 'none';
    if (visible) this.paint();
  }

  resize(width: number, height: number): void {
    this.width = width;
    this.height = height;
    this.paint();
  }

  draw(state: DrawState, _animate: boolean): void {
    this.state = state;
    this.tree = null;
    this.order = null;
    // Painted at once, not on the next frame: the first picture of a big graph should not wait.
    this.paint();
  }

  private schedule(): void {
    if (this.pending !== 0) return;
    this.pending = requestAnimationFrame(() => {
      this.pending = 0;
      this.paint();
    });
  }

  /** The backing store follows the element's size (times the pixel ratio) so dots stay crisp. */
  private syncCanvasSize(): { w: number; h: number; dpr: number } {
    const dpr = window.devicePixelRatio || 1;
    const w = this.width;
    const h = this.height;
    if (this.element.width !== Math.round(w * dpr) || this.element.height !== Math.round(h * dpr)) {
      this.element.width = Math.round(w * dpr);
      this.element.height = Math.round(h * dpr);
    }
    return { w, h, dpr };
  }

  private paint(): void {
    const state = this.state;
    if (state === null || this.element.style.display === 'none') return;
    const { w, h, dpr } = this.syncCanvasSize();
    const c = this.context;
    const p = this.palette;
    const { k, x, y } = this.transform;
    c.setTransform(dpr, 0, 0, dpr, 0, 0);
    c.fillStyle = p.background;
    c.fillRect(0, 0, w, h);
    c.setTransform(dpr * k, 0, 0, dpr * k, dpr * x, dpr * y);
    const m = state.metrics;
    const r = m.width / 2;
    // The visible part of the graph, in graph coordinates, padded by a node.
    const vx0 = -x / k - m.width;
    const vy0 = -y / k - m.height;
    const vx1 = (w - x) / k + m.width;
    const vy1 = (h - y) / k + m.height;
    const visible = (n: SimNode): boolean => (n.x ?? 0) >= vx0 && (n.x ?? 0) <= vx1 && (n.y ?? 0) >= vy0 && (n.y ?? 0) <= vy1;

    c.lineWidth = 1 / k;
    for (const kind of ['strong', 'weak', 'callback'] as const) {
      c.beginPath();
      for (const l of state.links) {
        const k2 = l.data.kind === 'strong' ? 'strong' : l.data.hasCallback ? 'callback' : 'weak';
        if (k2 !== kind || state.highlighted.has(l.id)) continue;
        if (!visible(l.source) && !visible(l.target)) continue;
        c.moveTo(l.source.x ?? 0, l.source.y ?? 0);
        c.lineTo(l.target.x ?? 0, l.target.y ?? 0);
      }
      c.strokeStyle = kind === 'strong' ? p.strong : kind === 'weak' ? p.weak : p.callback;
      // Zoomed out, thousands of edges are a haze: let it stay faint so the objects show through.
      c.globalAlpha = Math.min(kind === 'strong' ? 0.5 : 0.8, 0.12 + 0.3 * k);
      c.setLineDash(kind === 'strong' ? [] : [4 / k, 3 / k]);
      c.stroke();
    }
    c.globalAlpha = 1;
    c.setLineDash([]);
    if (state.highlighted.size > 0) {
      c.beginPath();
      for (const l of state.links) {
        if (!state.highlighted.has(l.id)) continue;
        c.moveTo(l.source.x ?? 0, l.source.y ?? 0);
        c.lineTo(l.target.x ?? 0, l.target.y ?? 0);
      }
      c.strokeStyle = p.why;
      c.lineWidth = 3 / k;
      c.stroke();
    }

    const fill = (pick: (n: SimNode) => boolean, colour: string, alpha: number, radius = r): void => {
      c.beginPath();
      for (const n of state.nodes) {
        if (!pick(n) || !visible(n)) continue;
        c.moveTo((n.x ?? 0) + radius, n.y ?? 0);
        c.arc(n.x ?? 0, n.y ?? 0, radius, 0, 2 * Math.PI);
      }
      c.globalAlpha = alpha;
      c.fillStyle = colour;
      c.fill();
    };
    const plain = (n: SimNode): boolean => n.data.root === null && !n.data.cycleOnly && !n.data.immortal && !n.data.dying;
    fill(plain, p.dot, 1);
    fill((n) => n.data.root !== null, p.root, 1, r * 2); // the few roots must stand out among thousands
    fill((n) => n.data.cycleOnly && !n.data.dying, p.cycle, 1);
    fill((n) => n.data.immortal, p.immortal, 1);
    fill((n) => n.data.dying, p.dot, 0.3);
    c.globalAlpha = 1;

    for (const [id, colour, width] of [
      [state.selected, p.selected, 3],
      [this.focused, p.focus, 2],
    ] as const) {
      if (id === null) continue;
      const n = state.nodes.find((d) => d.id === id);
      if (n === undefined) continue;
      c.beginPath();
      c.arc(n.x ?? 0, n.y ?? 0, r + 4 / k, 0, 2 * Math.PI);
      c.strokeStyle = colour;
      c.lineWidth = width / k;
      c.stroke();
    }

    if (k >= LABEL_ZOOM) {
      c.fillStyle = p.text;
      c.font = `${11 / k}px sans-serif`;
      c.textBaseline = 'middle';
      let drawn = 0;
      for (const n of state.nodes) {
        if (!visible(n)) continue;
        c.fillText(label(`${n.data.typeName} ${n.data.repr}`, 32), (n.x ?? 0) + r + 3 / k, n.y ?? 0);
        if (++drawn >= MAX_LABELS) break;
      }
    }
  }

  private hit(clientX: number, clientY: number): SimNode | undefined {
    const state = this.state;
    if (state === null) return undefined;
    this.tree ??= quadtree<SimNode>()
      .x((n) => n.x ?? 0)
      .y((n) => n.y ?? 0)
      .addAll([...state.nodes]);
    const rect = this.element.getBoundingClientRect();
    const [gx, gy] = this.transform.invert([clientX - rect.left, clientY - rect.top]);
    // At least a few screen pixels of slack, so tiny dots are still clickable when zoomed out.
    const radius = Math.max(state.metrics.width / 2 + 2, 6 / this.transform.k);
    return this.tree.find(gx, gy, radius);
  }

  private click(e: MouseEvent): void {
    const n = this.hit(e.clientX, e.clientY);
    if (n === undefined) return;
    this.focused = n.id;
    this.callbacks.select(n.id);
  }

  /** Reading order for the keyboard: column by column, top to bottom. */
  private keyOrder(): SimNode[] {
    const state = this.state;
    if (state === null) return [];
    this.order ??= [...state.nodes].sort((a, b) => a.layer - b.layer || (a.x ?? 0) - (b.x ?? 0) || (a.y ?? 0) - (b.y ?? 0));
    return this.order;
  }

  private key(e: KeyboardEvent): void {
    const order = this.keyOrder();
    if (order.length === 0) return;
    const at = order.findIndex((n) => n.id === this.focused);
    let next = at;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(order.length - 1, at + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, at - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = order.length - 1;
        break;
      case 'Enter':
      case ' ':
        if (this.focused !== null) this.callbacks.select(this.focused);
        e.preventDefault();
        return;
      case '+':
      case '=':
        this.zoomBy(1.5);
        return;
      case '-':
        this.zoomBy(1 / 1.5);
        return;
      default:
        return;
    }
    e.preventDefault();
    const n = order[next];
    if (n === undefined) return;
    this.focused = n.id;
    this.live.textContent = describe(n.data, 300);
    this.reveal(n);
    this.paint();
  }

  /** Pans (without zooming) so a keyboard-focused object is on screen. */
  private reveal(n: SimNode): void {
    const [sx, sy] = this.transform.apply([n.x ?? 0, n.y ?? 0]);
    const w = this.width;
    const h = this.height;
    if (sx >= 20 && sx <= w - 20 && sy >= 20 && sy <= h - 20) return;
    select(this.element).call(this.zoomBehavior.translateTo, n.x ?? 0, n.y ?? 0);
  }

  restyle(state: DrawState): void {
    this.state = state;
    this.paint();
  }

  fit(_animate: boolean): boolean {
    const state = this.state;
    const w = this.width;
    const h = fitHeight(this.height, this.bottomInset);
    if (state === null || w === 0 || h === 0 || this.element.style.display === 'none') return false;
    const b = bounds(state.nodes, state.metrics);
    if (b === null) return false;
    const t = fitTransform(b, w, h, 4);
    select(this.element).call(this.zoomBehavior.transform, zoomIdentity.translate(t.x, t.y).scale(t.k));
    return true;
  }

  reserveBottom(px: number): void {
    this.bottomInset = px;
  }

  zoomBy(factor: number): void {
    select(this.element).call(this.zoomBehavior.scaleBy, factor);
  }

  screenPoint(id: number): Point | null {
    const n = this.state?.nodes.find((d) => d.id === id);
    if (n === undefined) return null;
    const rect = this.element.getBoundingClientRect();
    const [x, y] = this.transform.apply([n.x ?? 0, n.y ?? 0]);
    return { x: rect.left + x, y: rect.top + y };
  }

  themeChanged(): void {
    this.palette = readPalette(this.element);
    this.paint();
  }
}
