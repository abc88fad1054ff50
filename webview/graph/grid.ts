/**
 * Placement for big graphs (the canvas's dots): no force simulation — at tens of thousands of
 * objects a tick costs tens of milliseconds and scrubbing would crawl. Objects that stay keep
 * their place; a newcomer goes where it was last seen, else to its layer's slot, moved to the
 * nearest free cell of a grid as big as a dot's spacing. Deterministic, and O(n).
 */
import type { Metrics } from './geometry';
import type { SimNode } from './layout';

const MAX_RING = 200;

export function placeOnGrid(
  nodes: readonly SimNode[],
  kept: (n: SimNode) => boolean,
  remembered: ReadonlyMap<number, { x: number; y: number }>,
  m: Metrics,
): void {
  // Cells as one number (not "x,y" strings): this runs for every object on every step.
  const key = (cx: number, cy: number): number => (cx + 0x8000) * 0x10000 + (cy + 0x8000);
  const occupied = new Set<number>();
  for (const n of nodes) {
    if (kept(n)) occupied.add(key(Math.round((n.x ?? 0) / m.column), Math.round((n.y ?? 0) / m.row)));
  }
  for (const n of nodes) {
    if (kept(n)) continue;
    const want = n.fx !== null && n.fx !== undefined ? { x: n.fx, y: n.fy ?? n.ty } : remembered.get(n.id) ?? { x: n.tx, y: n.ty };
    const cx = Math.round(want.x / m.column);
    const cy = Math.round(want.y / m.row);
    let found: [number, number] = [cx, cy];
    // Rings of cells around the wanted one, nearest first.
    search: for (let r = 0; r <= MAX_RING; r++) {
      for (let dx = -r; dx <= r; dx++) {
        for (const dy of r === 0 ? [0] : Math.abs(dx) === r ? range(-r, r) : [-r, r]) {
          if (!occupied.has(key(cx + dx, cy + dy))) {
            found = [cx + dx, cy + dy];
            break search;
          }
        }
      }
    }
    occupied.add(key(found[0], found[1]));
    n.x = found[0] * m.column;
    n.y = found[1] * m.row;
    n.vx = 0;
    n.vy = 0;
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
