/** What the graph view asks of a renderer, so the SVG and canvas ones are interchangeable. */
import type { Metrics, Point } from './geometry';
import type { SimLink, SimNode } from './layout';

export interface DrawState {
  readonly nodes: readonly SimNode[];
  readonly links: readonly SimLink[];
  readonly metrics: Metrics;
  readonly selected: number | null;
  readonly highlighted: ReadonlySet<string>; // edge ids on a why-alive chain
}

export interface RendererCallbacks {
  select(id: number): void;
  /** The user dragged a node here (graph coordinates). */
  pin(node: SimNode, x: number, y: number): void;
  /** The user zoomed or panned: the view is theirs now, not refitted on resize. */
  userZoomed(): void;
}

export interface Renderer {
  readonly kind: 'svg' | 'canvas';
  readonly element: Element;
  setVisible(visible: boolean): void;
  /** The pane's size, from a ResizeObserver: reading it from layout mid-update would force a reflow. */
  resize(width: number, height: number): void;
  /** Draws the layout's current positions; `animate` moves from the last drawn ones. */
  draw(state: DrawState, animate: boolean): void;
  /** Selection or highlight changed, positions did not: restyle without moving anything. */
  restyle(state: DrawState): void;
  /**
   * Fits the graph to the view; `readable` keeps text legible (showing the roots' corner) rather
   * than everything. False when there is nothing to fit or no room (the panel is hidden).
   */
  fit(animate: boolean, readable?: boolean): boolean;
  /** Pixels at the bottom of the pane that something (the key) covers: fitting keeps clear of them. */
  reserveBottom(px: number): void;
  /** Where a node is on the page (client pixels), for tests and the keyboard focus ring. */
  screenPoint(id: number): Point | null;
  zoomBy(factor: number): void;
  themeChanged(): void;
}

/** Bounds of the laid-out nodes, boxes included. */
export function bounds(nodes: readonly SimNode[], m: Metrics): { x0: number; y0: number; x1: number; y1: number } | null {
  if (nodes.length === 0) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    const x = n.x ?? 0;
    const y = n.y ?? 0;
    x0 = Math.min(x0, x - m.width / 2);
    x1 = Math.max(x1, x + m.width / 2);
    y0 = Math.min(y0, y - m.height / 2);
    y1 = Math.max(y1, y + m.height / 2);
  }
  return { x0, y0, x1, y1 };
}

/** The height to fit into: clear of what covers the pane's bottom, unless that leaves under half. */
export function fitHeight(height: number, bottomInset: number): number {
  return height - bottomInset > height / 2 ? height - bottomInset : height;
}

/** Whether the box, zoomed by `t`, lies wholly inside a width × height view. */
export function boxInView(
  b: { x0: number; y0: number; x1: number; y1: number },
  t: { k: number; x: number; y: number },
  width: number,
  height: number,
): boolean {
  return t.x + t.k * b.x0 >= 0 && t.y + t.k * b.y0 >= 0 && t.x + t.k * b.x1 <= width && t.y + t.k * b.y1 <= height;
}

/**
 * The zoom that shows the whole box in a viewport, with a margin, never magnifying past `maxK`.
 * With `minK`, a graph too big to fit readably is shown from its top-left corner (where the roots
 * are) at that zoom instead of shrunk to an unreadable thumbnail.
 */
export function fitTransform(
  b: { x0: number; y0: number; x1: number; y1: number },
  width: number,
  height: number,
  maxK: number,
  minK = 0,
): { k: number; x: number; y: number } {
  const margin = 24;
  const fit = Math.min(maxK, (width - 2 * margin) / Math.max(1, b.x1 - b.x0), (height - 2 * margin) / Math.max(1, b.y1 - b.y0));
  if (fit >= minK) return { k: fit, x: width / 2 - fit * ((b.x0 + b.x1) / 2), y: height / 2 - fit * ((b.y0 + b.y1) / 2) };
  const k = minK;
  const fitsX = (b.x1 - b.x0) * k <= width - 2 * margin;
  const fitsY = (b.y1 - b.y0) * k <= height - 2 * margin;
  return {
    k,
    x: fitsX ? width / 2 - k * ((b.x0 + b.x1) / 2) : margin - k * b.x0,
    y: fitsY ? height / 2 - k * ((b.y0 + b.y1) / 2) : margin - k * b.y0,
  };
}
