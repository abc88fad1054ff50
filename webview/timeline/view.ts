/**
 * The timeline pane: a header (lane filter, marker key), the scrubber, and the rows. The default
 * filter shows only `interesting` lanes (weakrefs, finalizers, __del__); a toggle shows them all.
 */
import { scaleLinear } from 'd3-scale';
import type { RunSummary, TimelineEvent } from '../../extension/protocol/messages';
import { el, svgEl } from '../dom';
import { ALL_KINDS, KIND_NAMES, MARKER_PATHS, stroked } from './markers';
import { GUTTER, ROW_HEIGHT, Rows } from './rows';
import { AXIS_HEIGHT, Scrubber } from './scrubber';

export interface TimelineCallbacks {
  seek(step: number): void;
  revealLine(line: number): void;
}

function markerKey(): HTMLElement {
  const key = el('div', 'marker-key');
  key.setAttribute('aria-label', 'Marker key');
  for (const kind of ALL_KINDS) {
    const item = el('span', 'legend-item');
    const svg = svgEl('svg');
    svg.setAttribute('width', '14');
    svg.setAttribute('height', '14');
    svg.setAttribute('viewBox', '-7 -7 14 14');
    svg.setAttribute('aria-hidden', 'true');
    const g = svgEl('g', `event ev-${kind}${stroked(kind) ? ' stroked' : ''}`);
    const path = svgEl('path');
    path.setAttribute('d', MARKER_PATHS[kind]);
    g.append(path);
    svg.append(g);
    item.append(svg, el('span', undefined, KIND_NAMES[kind]));
    key.append(item);
  }
  return key;
}

export class TimelineView {
  readonly element: HTMLElement;
  private readonly toggle: HTMLInputElement;
  private readonly toggleText: HTMLElement;
  private readonly scrubber: Scrubber;
  private readonly rows: Rows;
  private summary: RunSummary | null = null;
  private showAll = false;
  private step = 0;
  private readonly head: HTMLElement;
  private headHeight = 0;
  private width = 0;

  constructor(parent: HTMLElement, private readonly callbacks: TimelineCallbacks) {
    this.element = el('section', 'timeline');
    this.element.setAttribute('aria-label', 'Timeline');
    const head = el('div', 'timeline-head');
    this.head = head;
    head.append(el('h2', 'pane-title', 'Timeline'));
    const filter = el('label', 'lane-filter');
    this.toggle = el('input');
    this.toggle.type = 'checkbox';
    this.toggleText = el('span', undefined, 'Show all objects');
    filter.append(this.toggle, this.toggleText);
    this.toggle.addEventListener('change', () => {
      this.showAll = this.toggle.checked;
      this.layout();
    });
    head.append(filter, markerKey());
    this.element.append(head);
    const track = el('div', 'timeline-track');
    this.element.append(track);
    this.scrubber = new Scrubber(track, track, (step) => this.seek(step));
    this.rows = new Rows(track, {
      activate: (e) => this.activate(e),
      seek: (step) => this.seekAndShow(step),
      scrubStart: (e) => this.scrubber.start(e),
    });
    parent.append(this.element);
    // Sizes come from observers, never read back from layout while the panel is updating.
    new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box === undefined) return;
      this.rows.setViewport(box.width, box.height);
      if (box.width !== this.width) {
        this.width = box.width;
        this.layout();
      }
    }).observe(this.rows.scroller);
    new ResizeObserver((entries) => {
      this.headHeight = entries[entries.length - 1]?.contentRect.height ?? 0;
      this.layout();
    }).observe(this.head);
  }

  load(summary: RunSummary, step: number): void {
    this.summary = summary;
    this.step = step;
    const hidden = summary.lanes.filter((l) => !l.interesting).length;
    this.toggleText.textContent = hidden === 0 ? 'Show all objects' : `Show all objects (${hidden} more)`;
    this.layout();
  }

  setStep(step: number): void {
    this.step = step;
    this.scrubber.setStep(step);
    this.rows.setStep(step);
  }

  focusScrubber(): void {
    this.scrubber.element.focus();
  }

  private layout(): void {
    const summary = this.summary;
    if (summary === null) return;
    const width = this.width;
    if (width === 0) return;
    const last = Math.max(1, summary.stepCount - 1);
    const x = scaleLinear().domain([0, last]).range([GUTTER + 12, Math.max(GUTTER + 40, width - 40)]);
    this.scrubber.configure(x, summary.lines, width);
    this.scrubber.setStep(this.step);
    const lanes = this.showAll ? summary.lanes : summary.lanes.filter((l) => l.interesting);
    this.rows.render({ collections: summary.collections, output: summary.output, lanes, x, lastStep: last }, this.step);
    this.fitHeight(lanes.length + 2);
  }

  /**
   * A few lanes need little room: the rest goes to the graph. (The observers above fire again when
   * this changes the scroller's height; the width is unchanged, so that ends there.)
   */
  private fitHeight(rows: number): void {
    const wanted = `${Math.ceil(this.headHeight) + 8 + AXIS_HEIGHT + rows * ROW_HEIGHT + 6}px`;
    if (this.element.style.flexBasis !== wanted) this.element.style.flexBasis = wanted;
  }

  private seek(step: number): void {
    this.step = step;
    this.rows.setStep(step);
    this.callbacks.seek(step);
  }

  /** Output marks and rows: go to the step; the editor follows the step's line. */
  private seekAndShow(step: number): void {
    this.scrubber.setStep(step);
    this.seek(step);
  }

  /** Clicking an event shows its line in the editor and moves to its step. */
  private activate(e: TimelineEvent): void {
    this.callbacks.revealLine(e.line);
    this.seekAndShow(e.step);
  }
}
