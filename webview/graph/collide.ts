/**
 * Collision between boxes, not circles: cards are three times wider than tall, and d3's circular
 * forceCollide either lets them overlap sideways or spaces columns far apart. Overlapping pairs
 * (found through a quadtree, so a tick is O(n log n)) are pushed apart along the axis where they
 * overlap least; a pinned node does not move, its neighbour takes the whole push.
 */
import type { Force } from 'd3-force';
import { quadtree } from 'd3-quadtree';
import type { SimLink, SimNode } from './layout';

const BRUTE_FORCE_MAX = 250;

export function forceBoxCollide(width: number, height: number, strength = 0.7): Force<SimNode, SimLink> {
  let nodes: SimNode[] = [];
  let random: () => number = () => 0.5;

  const force = (): void => {
    if (nodes.length <= BRUTE_FORCE_MAX) {
      // Small graphs: checking every pair beats building a quadtree on every tick.
      for (let i = 0; i < nodes.length; i++) {
        const a = nodes[i];
        for (let j = i + 1; j < nodes.length; j++) {
          const b = nodes[j];
          if (a !== undefined && b !== undefined) separate(a, b);
        }
      }
      return;
    }
    const px = (n: SimNode): number => (n.x ?? 0) + (n.vx ?? 0);
    const py = (n: SimNode): number => (n.y ?? 0) + (n.vy ?? 0);
    const tree = quadtree<SimNode>().x(px).y(py).addAll(nodes);
    for (const a of nodes) {
      const ax = px(a);
      const ay = py(a);
      tree.visit((quad, x0, y0, x1, y1) => {
        if (!('length' in quad && quad.length !== undefined)) {
          for (let leaf: typeof quad | undefined = quad; leaf !== undefined; leaf = leaf.next) {
            const b = leaf.data;
            if ((b.index ?? 0) > (a.index ?? 0)) separate(a, b);
          }
        }
        return x0 > ax + width || x1 < ax - width || y0 > ay + height || y1 < ay - height;
      });
    }
  };

  function separate(a: SimNode, b: SimNode): void {
    let dx = (b.x ?? 0) + (b.vx ?? 0) - ((a.x ?? 0) + (a.vx ?? 0));
    let dy = (b.y ?? 0) + (b.vy ?? 0) - ((a.y ?? 0) + (a.vy ?? 0));
    const ox = width - Math.abs(dx);
    const oy = height - Math.abs(dy);
    if (ox <= 0 || oy <= 0) return;
    // Exactly on top of each other: a seeded nudge decides the direction (same picture every run).
    if (dx === 0) dx = (random() - 0.5) * 1e-6;
    if (dy === 0) dy = (random() - 0.5) * 1e-6;
    const aFixed = a.fx !== null && a.fx !== undefined;
    const bFixed = b.fx !== null && b.fx !== undefined;
    if (aFixed && bFixed) return;
    const share = aFixed ? 0 : bFixed ? 1 : 0.5;
    if (ox / width < oy / height) {
      const push = ox * strength * Math.sign(dx);
      a.vx = (a.vx ?? 0) - push * share;
      b.vx = (b.vx ?? 0) + push * (1 - share);
    } else {
      const push = oy * strength * Math.sign(dy);
      a.vy = (a.vy ?? 0) - push * share;
      b.vy = (b.vy ?? 0) + push * (1 - share);
    }
  }

  force.initialize = (n: SimNode[], r: () => number): void => {
    nodes = n;
    random = r;
  };
  return force;
}
