/**
 * The details pane for the selected object: its facts, the why-alive chains (root → … → object,
 * also highlighted on the graph) and, for weak containers, the live entries and the evicted ones
 * with when and why they left.
 */
import type { GraphNode, ObjectDetails } from '../extension/protocol/messages';
import { el } from './dom';
import { clip, label, visible, visibleLines } from './text';

const FACT_CHARS = 2_000;
const MAX_CHAINS = 50;
const MAX_ENTRIES = 500;

export interface DetailsCallbacks {
  deselect(): void;
  select(id: number): void;
}

/** Edge ids of every why-alive chain, in the contract's `${from}->${to}:${label}` form. */
export function chainEdgeIds(details: ObjectDetails): Set<string> {
  const ids = new Set<string>();
  for (const chain of details.whyAlive) for (const link of chain) ids.add(`${link.from}->${link.to}:${link.label}`);
  return ids;
}

export class DetailsView {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private shown: number | null = null; // whose details are on screen

  constructor(parent: HTMLElement, private readonly callbacks: DetailsCallbacks, private readonly nameOf: (id: number) => string) {
    this.element = el('section', 'details');
    this.element.setAttribute('aria-label', 'Object details');
    this.element.setAttribute('aria-live', 'polite');
    this.body = el('div', 'details-body');
    this.element.append(this.body);
    parent.append(this.element);
    this.clear();
  }

  clear(): void {
    this.shown = null;
    this.body.classList.remove('stale');
    this.body.replaceChildren(
      el('h2', 'pane-title', 'Details'),
      el('p', 'muted', 'Select an object in the graph (click it, or Tab to it and press Enter) to see why it is alive.'),
    );
  }

  /** Selected, details not here yet: say what we already know from the graph. */
  pending(id: number, node: GraphNode | undefined, step: number): void {
    if (this.shown === id && node !== undefined) {
      // Same object, new step: keep what we know on screen (dimmed) rather than flash "loading".
      this.body.classList.add('stale');
      const at = this.body.querySelector('.details-step');
      if (at !== null) at.textContent = `updating for step ${step}…`;
      return;
    }
    this.shown = null;
    this.body.classList.remove('stale');
    const title = node === undefined ? `#${id}` : `${visible(node.typeName)} #${id} ${visible(node.repr)}`;
    this.body.replaceChildren(this.header(title));
    this.body.append(el('p', 'muted', node === undefined ? `Not alive at step ${step}.` : 'Loading details…'));
  }

  show(d: ObjectDetails): void {
    this.shown = d.id;
    this.body.classList.remove('stale');
    this.body.replaceChildren(this.header(visible(d.title)));
    this.body.dataset['objectId'] = String(d.id);
    this.body.append(el('p', 'muted details-step', `at step ${d.step}`));
    const facts = el('ul', 'facts');
    for (const f of d.facts) facts.append(el('li', undefined, clip(visibleLines(f), FACT_CHARS)));
    this.body.append(facts);
    this.body.append(el('h3', undefined, 'Why it is alive'));
    if (d.whyAlive.length === 0) {
      this.body.append(el('p', 'muted', 'No chain of strong references from a root reaches it.'));
    } else {
      const chains = el('ol', 'chains');
      for (const chain of d.whyAlive.slice(0, MAX_CHAINS)) chains.append(this.chain(chain));
      this.body.append(chains);
      if (d.whyAlive.length > MAX_CHAINS) this.body.append(el('p', 'muted', `…and ${d.whyAlive.length - MAX_CHAINS} more chains`));
    }
    if (d.weakEntries !== null) this.body.append(this.entries(d.weakEntries));
  }

  private header(title: string): HTMLElement {
    const head = el('div', 'details-head');
    head.append(el('h2', 'pane-title', clip(title, 200)));
    const close = el('button', 'icon-button', '×');
    close.type = 'button';
    close.title = 'Clear the selection';
    close.setAttribute('aria-label', 'Clear the selection');
    close.addEventListener('click', () => this.callbacks.deselect());
    head.append(close);
    return head;
  }

  private chain(links: ObjectDetails['whyAlive'][number]): HTMLElement {
    const li = el('li', 'chain');
    links.forEach((link, i) => {
      if (i === 0) li.append(this.objectButton(link.from));
      li.append(el('span', 'chain-edge', ` ${label(link.label, 40)} → `));
      li.append(this.objectButton(link.to));
    });
    return li;
  }

  private objectButton(id: number): HTMLElement {
    const b = el('button', 'link-button', label(this.nameOf(id), 40));
    b.type = 'button';
    b.addEventListener('click', () => this.callbacks.select(id));
    return b;
  }

  private entries(entries: NonNullable<ObjectDetails['weakEntries']>): HTMLElement {
    const section = el('div', 'weak-entries');
    const live = entries.filter((e) => e.evicted === null).length;
    section.append(el('h3', undefined, `Weak entries: ${live} live, ${entries.length - live} evicted`));
    const table = el('table');
    const head = el('tr');
    for (const h of ['key', 'value', 'status']) head.append(el('th', undefined, h));
    table.append(el('thead'));
    table.tHead?.append(head);
    const body = el('tbody');
    for (const e of entries.slice(0, MAX_ENTRIES)) {
      const row = el('tr', e.evicted === null ? 'live' : 'evicted');
      row.append(el('td', undefined, label(e.key, 60)), el('td', undefined, label(e.value, 60)));
      row.append(el('td', undefined, e.evicted === null ? 'live' : `evicted: ${label(e.evicted, 200)}`));
      body.append(row);
    }
    table.append(body);
    section.append(table);
    return section;
  }
}
