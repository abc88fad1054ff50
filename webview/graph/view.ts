/**
 * The graph pane: owns the layout, picks the renderer by size (SVG cards below CANVAS_THRESHOLD
 * objects, canvas dots from there on) and keeps selection and why-alive highlights across steps.
 * Small graphs are laid out synchronously before they are drawn (a fixed number of ticks, so the
 * picture is the same every time); big ones are placed on a grid without a simulation.
 */
import type { GraphSnapshot } from '../../extension/protocol/messages';
import { el } from '../dom';
import { CanvasRenderer } from './canvas';
import { CANVAS_THRESHOLD, type Point } from './geometry';
import { GraphLayout } from './layout';
import { buildLegend } from './legend';
import { SvgRenderer } from './render';
import type { DrawState, Renderer, RendererCallbacks } from './renderer';

export class GraphView {
  readonly element: HTMLElement;
  private readonly layout = new GraphLayout();
  private readonly svg: SvgRenderer;
  private canvas: CanvasRenderer | null = null;
  private active: Renderer;
  private readonly placeholder: HTMLElement;
  private readonly live: HTMLElement;
  private selected: number | null = null;
  private highlighted: ReadonlySet<string> = new Set();
  private needsFit = true;
  private autoFit = true; // until the user zooms or pans, resizing the pane refits
  private hasSnapshot = false;
  private width = 0;
  private height = 0;

  constructor(parent: HTMLElement, private readonly onSelect: (id: number) => void) {
    this.element = el('div', 'graph');
    parent.append(this.element);
    this.live = el('div', 'visually-hidden');
    this.live.setAttribute('aria-live', 'polite');
    this.element.append(this.live);
    this.svg = new SvgRenderer(this.element, this.callbacks());
    this.active = this.svg;
    this.placeholder = el('div', 'graph-empty', 'Waiting for a run…');
    const legend = buildLegend();
    this.element.append(this.placeholder, legend);
    // Opened or folded, the key covers a different strip of the pane's bottom.
    legend.addEventListener('toggle', () => {
      this.reserveLegend(legend);
      if (this.autoFit && this.hasSnapshot) this.active.fit(false, true);
    });
    let measured = false;
    new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box === undefined) return;
      this.width = box.width;
      this.height = box.height;
      this.svg.resize(box.width, box.height);
      this.canvas?.resize(box.width, box.height);
      // A narrow panel starts with the key folded away: it would cover half the graph.
      if (!measured && box.width > 0) {
        measured = true;
        if (box.width < 600) legend.open = false;
      }
      this.reserveLegend(legend);
      if ((this.needsFit || this.autoFit) && this.hasSnapshot && this.active.fit(false, true)) this.needsFit = false;
    }).observe(this.element);
  }

  /** The key sits over the pane's bottom-left corner: fitting leaves its strip free. */
  private reserveLegend(legend: HTMLElement): void {
    const px = legend.offsetHeight > 0 ? this.element.clientHeight - legend.offsetTop : 0;
    this.svg.reserveBottom(px);
    this.canvas?.reserveBottom(px);
  }

  private callbacks(): RendererCallbacks {
    return {
      select: (id) => this.onSelect(id),
      pin: (node, x, y) => this.layout.pin(node, x, y),
      userZoomed: () => {
        this.autoFit = false;
      },
    };
  }

  get rendererKind(): 'svg' | 'canvas' {
    return this.active.kind;
  }

  /** A new run: positions from the last one mean nothing now. */
  reset(message: string): void {
    this.layout.reset();
    this.needsFit = true;
    this.autoFit = true;
    this.hasSnapshot = false;
    this.selected = null;
    this.highlighted = new Set();
    this.say(message);
    this.active.draw(this.drawState(), false);
  }

  /** Shows a message over the graph (an empty graph is never just blank). */
  say(message: string | null): void {
    this.placeholder.textContent = message ?? '';
    this.placeholder.hidden = message === null;
  }

  show(snapshot: GraphSnapshot): void {
    // The weakscope.renderMode setting, put on <body> by the host: 'svg' or 'canvas' forces one.
    const mode = document.body.dataset['renderMode'];
    const big = mode === 'canvas' || (mode !== 'svg' && snapshot.nodes.length >= CANVAS_THRESHOLD);
    const next = big ? this.canvasRenderer() : this.svg;
    if (next !== this.active) {
      this.active.setVisible(false);
      next.setVisible(true);
      this.active = next;
      this.needsFit = true;
    }
    const fresh = this.layout.update(snapshot, big ? 'dots' : 'cards');
    this.hasSnapshot = true;
    if (fresh) this.needsFit = true;
    this.layout.heat(fresh);
    this.say(snapshot.nodes.length === 0 ? `No objects at step ${snapshot.step}.` : null);
    this.layout.tick(this.layout.tickBudget(fresh));
    // Until the user zooms or pans, a step whose objects spill out of the view (the shutdown's
    // modules, say) is refitted; one that stays inside keeps the zoom, so scrubbing does not jump.
    if (!big && this.autoFit && !this.svg.showsAll(this.drawState())) this.needsFit = true;
    this.active.draw(this.drawState(), !big && !this.needsFit);
    if (this.needsFit && this.active.fit(false, true)) this.needsFit = false;
  }

  private canvasRenderer(): CanvasRenderer {
    if (this.canvas === null) {
      this.canvas = new CanvasRenderer(this.element, this.callbacks(), this.live);
      this.canvas.resize(this.width, this.height);
      const legend = this.element.querySelector<HTMLElement>('.graph-legend');
      if (legend !== null) this.reserveLegend(legend);
    }
    return this.canvas;
  }

  private drawState(): DrawState {
    return {
      nodes: this.layout.nodes,
      links: this.layout.links,
      metrics: this.layout.metrics,
      selected: this.selected,
      highlighted: this.highlighted,
    };
  }

  setSelected(id: number | null): void {
    if (id === this.selected) return;
    this.selected = id;
    this.active.restyle(this.drawState());
  }

  setHighlighted(edgeIds: ReadonlySet<string>): void {
    this.highlighted = edgeIds;
    this.active.restyle(this.drawState());
  }

  fit(): void {
    this.active.fit(true);
  }

  zoomBy(factor: number): void {
    this.autoFit = false;
    this.active.zoomBy(factor);
  }

  themeChanged(): void {
    this.svg.themeChanged();
    this.canvas?.themeChanged();
  }

  screenPoint(id: number): Point | null {
    return this.active.screenPoint(id);
  }

  /** The SVG as it is drawn now, with the rules it needs, for the host to save. */
  svgElement(): SVGSVGElement | null {
    return this.active.kind === 'svg' ? this.svg.element : null;
  }
}
