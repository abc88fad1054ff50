/**
 * One object's card in the SVG graph: built once when it enters, its text and classes updated on
 * every snapshot. Text goes in through `.text()` only (textContent), made visible and clipped.
 */
import type { Selection } from 'd3-selection';
import type { GraphNode } from '../../extension/protocol/messages';
import { clip, label, visible } from '../text';
import type { Metrics } from './geometry';
import type { SimNode } from './layout';

type NodeSelection = Selection<SVGGElement, SimNode, SVGGElement, unknown>;

const TITLE_MAX = 2_000;
const ARIA_MAX = 400;
// What fits on a card line at the panel's font sizes (bold sans, monospace, italic sans).
const HEAD_CHARS = 21;
const REPR_CHARS = 22;
const NAME_CHARS = 22;

/** Short tags for what the fill and outline also say, so colour is never the only cue. */
export function tags(n: GraphNode): string[] {
  const t: string[] = [];
  if (n.root !== null) t.push(n.root);
  if (n.immortal) t.push('immortal');
  if (n.cycleOnly) t.push('cycle');
  if (n.hasFinalizer) t.push('fin');
  if (n.dying) t.push('freed');
  return t;
}

export function headline(n: GraphNode): string {
  return `${visible(n.typeName)} #${n.id}`;
}

export function refcntText(n: GraphNode): string {
  return n.immortal ? '∞' : String(n.refcnt);
}

/** Everything the card shows, in words, for screen readers and the tooltip. */
export function describe(n: GraphNode, max: number): string {
  const parts = [`${headline(n)}: ${visible(n.repr)}`];
  if (n.names.length > 0) parts.push(`names ${n.names.map(visible).join(', ')}`);
  parts.push(n.immortal ? 'immortal' : `refcount ${n.refcnt}`);
  if (n.weakrefCount > 0) parts.push(`${n.weakrefCount} weak reference${n.weakrefCount === 1 ? '' : 's'}`);
  if (n.root !== null) parts.push(`root (${n.root})`);
  if (n.cycleOnly) parts.push('alive only through a reference cycle');
  if (n.hasFinalizer) parts.push('has a finalizer');
  if (n.dying) parts.push('freed at this step');
  parts.push(`created on line ${n.line}`);
  return clip(parts.join('; '), max);
}

export function buildCard(enter: NodeSelection, m: Metrics): void {
  const left = -m.width / 2;
  const top = -m.height / 2;
  enter.attr('tabindex', 0).attr('role', 'button');
  enter.append('title');
  enter.append('rect').attr('class', 'card').attr('x', left).attr('y', top).attr('width', m.width).attr('height', m.height).attr('rx', 6);
  enter.append('rect').attr('class', 'root-bar').attr('x', left).attr('y', top).attr('width', 5).attr('height', m.height).attr('rx', 2);
  enter.append('text').attr('class', 'type').attr('x', left + 10).attr('y', top + 17);
  enter.append('text').attr('class', 'repr').attr('x', left + 10).attr('y', top + 34);
  enter.append('text').attr('class', 'names').attr('x', left + 10).attr('y', top + 50);
  enter.append('text').attr('class', 'tags').attr('x', -left - 16).attr('y', top + 17).attr('text-anchor', 'end');
  const rc = enter.append('g').attr('class', 'badge refcnt').attr('transform', `translate(${-left},${top})`);
  rc.append('circle').attr('r', 12);
  rc.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
  // The weakref pill sits on the bottom border, under the right end of the names line.
  const wr = enter.append('g').attr('class', 'badge weakrefs').attr('transform', `translate(${-left - 30},${-top})`);
  wr.append('rect').attr('x', -24).attr('y', -8).attr('width', 48).attr('height', 16).attr('rx', 8);
  wr.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
}

// What each card last showed: most objects do not change from one step to the next, and
// rewriting their text would make the browser restyle thousands of elements for nothing.
const shown = new WeakMap<Element, string>();

function signature(n: GraphNode, selected: boolean): string {
  const flags = [n.root, n.immortal, n.dying, n.cycleOnly, n.hasFinalizer, selected, n.line].join(',');
  return `${flags}\u0000${n.refcnt}\u0000${n.weakrefCount}\u0000${n.typeName}\u0000${n.repr}\u0000${n.names.join('\u0001')}`;
}

export function updateCard(all: NodeSelection, selected: number | null): void {
  const sel = all.filter(function (d) {
    const sig = signature(d.data, d.id === selected);
    if (shown.get(this) === sig) return false;
    shown.set(this, sig);
    return true;
  });
  sel
    .attr('data-object-id', (d) => d.id)
    .attr('class', (d) => {
      const n = d.data;
      const c = ['node'];
      if (n.root !== null) c.push('root', `root-${n.root}`);
      if (n.dying) c.push('dying');
      if (n.cycleOnly) c.push('cycle-only');
      if (n.immortal) c.push('immortal');
      if (n.hasFinalizer) c.push('finalizer');
      if (d.id === selected) c.push('selected');
      return c.join(' ');
    })
    .attr('aria-label', (d) => describe(d.data, ARIA_MAX))
    .attr('aria-pressed', (d) => String(d.id === selected));
  sel.select('title').text((d) => describe(d.data, TITLE_MAX));
  sel.select('text.type').text((d) => clip(headline(d.data), Math.max(8, HEAD_CHARS - tags(d.data).join(' · ').length - 1)));
  sel.select('text.repr').text((d) => label(d.data.repr, REPR_CHARS));
  sel.select('text.tags').text((d) => tags(d.data).join(' · '));
  sel.select('text.names').text((d) => label(d.data.names.join(', '), d.data.weakrefCount > 0 ? NAME_CHARS - 9 : NAME_CHARS));
  sel.select('g.refcnt text').text((d) => refcntText(d.data));
  sel.select('g.weakrefs').attr('display', (d) => (d.data.weakrefCount > 0 ? null : 'none'));
  sel.select('g.weakrefs text').text((d) => `${d.data.weakrefCount} weak`);
}
