/**
 * Sizes and edge geometry shared by the SVG and canvas renderers and the layout, so that what the
 * layout keeps apart is what the renderers draw.
 */
import type { SimLink, SimNode } from './layout';

/** Small graphs draw cards with text; big ones draw dots (the canvas renderer). */
export type Scale = 'cards' | 'dots';

export interface Metrics {
  readonly width: number; // node box
  readonly height: number;
  readonly column: number; // distance between layers
  readonly row: number; // distance between nodes of one column
  readonly perColumn: number; // a layer longer than this wraps into several columns
}

export const METRICS: Readonly<Record<Scale, Metrics>> = {
  cards: { width: 176, height: 58, column: 270, row: 74, perColumn: 8 },
  dots: { width: 8, height: 8, column: 26, row: 12, perColumn: 60 },
};

/** Graphs this big are drawn on a canvas: SVG with one element per object stops being interactive. */
export const CANVAS_THRESHOLD = 2_000;

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where the ray from a box's centre towards `toward` leaves the box (plus a margin). */
export function boxExit(cx: number, cy: number, m: Metrics, toward: Point, margin = 0): Point {
  const dx = toward.x - cx;
  const dy = toward.y - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const hw = m.width / 2 + margin;
  const hh = m.height / 2 + margin;
  const t = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
  return { x: cx + dx * Math.min(t, 1), y: cy + dy * Math.min(t, 1) };
}

export interface EdgeShape {
  readonly d: string; // SVG path
  readonly start: Point;
  readonly control: Point;
  readonly end: Point;
  readonly mid: Point; // where the label goes by default
  readonly labelAt: number; // …as a parameter along the curve, for pointOn
}

/** The point at parameter `u` (0 start, 1 end) along an edge's curve. */
export function pointOn(shape: EdgeShape, u: number): Point {
  const { start: a, control: c, end: b } = shape;
  return {
    x: (1 - u) * (1 - u) * a.x + 2 * (1 - u) * u * c.x + u * u * b.x,
    y: (1 - u) * (1 - u) * a.y + 2 * (1 - u) * u * c.y + u * u * b.y,
  };
}

/** Where the layout has put a node (renderers pass their own while animating). */
export function laidOut(n: SimNode): Point {
  return { x: n.x ?? 0, y: n.y ?? 0 };
}

/** A straight or bowed edge from box to box; `curve` separates parallel and opposite edges. */
export function edgeShape(link: SimLink, m: Metrics, at: (n: SimNode) => Point = laidOut): EdgeShape {
  const s: SimNode = link.source;
  const t: SimNode = link.target;
  const { x: sx, y: sy } = at(s);
  if (s === t) {
    // A self-reference (a list containing itself): a loop over the top-right corner.
    const r = 18 + 8 * Math.abs(link.curve);
    const start = { x: sx + m.width / 2 - 10, y: sy - m.height / 2 };
    const end = { x: sx + m.width / 2, y: sy - m.height / 2 + 10 };
    const control = { x: sx + m.width / 2 + r, y: sy - m.height / 2 - r };
    const d = `M${start.x},${start.y}C${start.x + r * 0.4},${start.y - r * 1.6} ${end.x + r * 1.6},${end.y - r * 0.4} ${end.x},${end.y}`;
    return { d, start, control, end, mid: { x: control.x - r * 0.3, y: control.y + r * 0.3 }, labelAt: 0.5 };
  }
  const { x: tx, y: ty } = at(t);
  const dx = tx - sx;
  const dy = ty - sy;
  const len = Math.hypot(dx, dy) || 1;
  // The normal of the canonical direction (low id → high id), so a → b and b → a bow apart.
  const sign = s.id < t.id ? 1 : -1;
  const nx = (-dy / len) * sign;
  const ny = (dx / len) * sign;
  const bow = link.curve * 26;
  // Within one column a straight edge would run through every card between the two: bow it out
  // to the right of the column instead, further for longer spans.
  const sameColumn = Math.abs(dx) < m.width * 0.6 && Math.abs(dy) > m.height;
  const control = sameColumn
    ? { x: Math.max(sx, tx) + m.width / 2 + 24 + Math.abs(dy) * 0.12 + Math.abs(link.curve) * 14, y: (sy + ty) / 2 }
    : { x: (sx + tx) / 2 + nx * bow, y: (sy + ty) / 2 + ny * bow };
  const start = boxExit(sx, sy, m, control, 1);
  const end = boxExit(tx, ty, m, control, 3);
  // The label goes just before the arrowhead, clear of the target's box: at the midpoint it would
  // land on whatever card the edge happens to pass.
  const span = Math.hypot(end.x - start.x, end.y - start.y) || 1;
  const chars = Math.min(18, link.data.label.length);
  const ux = Math.abs(end.x - start.x) / span;
  const uy = Math.abs(end.y - start.y) / span;
  const back = 10 + chars * 3.2 * ux + 8 * uy;
  const labelAt = Math.max(0.5, 1 - back / span);
  const d = bow === 0 && !sameColumn ? `M${start.x},${start.y}L${end.x},${end.y}` : `M${start.x},${start.y}Q${control.x},${control.y} ${end.x},${end.y}`;
  const shape = { d, start, control, end, mid: start, labelAt };
  return { ...shape, mid: pointOn(shape, labelAt) };
}
