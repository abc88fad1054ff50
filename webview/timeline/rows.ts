/**
 * The timeline's rows: the collections row, the output row, then one lane per object (lifespan
 * bar and event markers). Rows are virtualised — only those in view exist as elements — because
 * "show all" on a big program means tens of thousands of lanes.
 */
import type { ScaleLinear } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import type { OutputChunk, TimelineEvent, TimelineLane } from '../../extension/protocol/messages';
import { el, svgEl } from '../dom';
import { clip, label, visible } from '../text';
import { KIND_NAMES, MARKER_PATHS, stroked } from './markers';

export const ROW_HEIGHT = 24;
export const GUTTER = 196; // the lane titles' column
const TITLE_CHARS = 29;
const FAN = 11; // horizontal spread of markers that share a step
const CHAR_PX = 6.2;
const OVERSCAN = 4;

type Row =
  | { readonly kind: 'gc'; readonly key: string; readonly events: readonly TimelineEvent[] }
  | { readonly kind: 'output'; readonly key: string; readonly chunks: readonly OutputChunk[] }
  | { readonly kind: 'lane'; readonly key: string; readonly lane: TimelineLane };

export interface RowsModel {
  readonly collections: readonly TimelineEvent[];
  readonly output: readonly OutputChunk[];
  readonly lanes: readonly TimelineLane[];
  readonly x: ScaleLinear<number, number>;
  readonly lastStep: number;
}

export interface RowsCallbacks {
  activate(event: TimelineEvent): void;
  seek(step: number): void;
  scrubStart(event: PointerEvent): void;
}

function describeEvent(e: TimelineEvent): string {
  return `${KIND_NAMES[e.kind]}: ${label(e.label, 200)} (step ${e.step}, line ${e.line})`;
}

export class Rows {
  readonly scroller: HTMLElement;
  private readonly spacer: HTMLElement;
  private readonly svg: SVGSVGElement;
  private readonly body: Selection<SVGGElement, unknown, null, undefined>;
  private readonly gcLines: Selection<SVGGElement, unknown, null, undefined>;
  private rows: Row[] = [];
  private model: RowsModel | null = null;
  private step = 0;
  private width = 0;
  private height = 0;
  private scrollTop = 0;

  constructor(parent: HTMLElement, private readonly callbacks: RowsCallbacks) {
    this.scroller = el('div', 'timeline-scroll');
    this.spacer = el('div', 'timeline-spacer');
    this.svg = svgEl('svg', 'timeline-rows');
    this.svg.setAttribute('role', 'list');
    this.svg.setAttribute('aria-label', 'Object lifetimes');
    this.gcLines = select(this.svg).append('g').attr('class', 'gc-lines').attr('aria-hidden', 'true');
    this.body = select(this.svg).append('g').attr('class', 'rows');
    this.spacer.append(this.svg);
    this.scroller.append(this.spacer);
    parent.append(this.scroller);
    this.scroller.addEventListener('scroll', () => {
      this.scrollTop = this.scroller.scrollTop;
      this.renderVisible();
    });
  }

  render(model: RowsModel, step: number): void {
    this.model = model;
    this.step = step;
    this.rows = [
      { kind: 'gc', key: 'gc', events: model.collections },
      { kind: 'output', key: 'output', chunks: model.output },
      ...model.lanes.map((lane): Row => ({ kind: 'lane', key: `lane-${lane.objectId}`, lane })),
    ];
    this.spacer.style.height = `${this.rows.length * ROW_HEIGHT}px`;
    this.renderVisible();
  }

  setViewport(width: number, height: number): void {
    const grew = height > this.height;
    this.width = width;
    this.height = height;
    if (grew) this.renderVisible();
  }

  setStep(step: number): void {
    this.step = step;
    this.body.selectAll<SVGGElement, Row>('g.row').classed('not-alive', (r) => !this.alive(r));
  }

  private alive(r: Row): boolean {
    if (r.kind !== 'lane') return true;
    return this.step >= r.lane.bornStep && (r.lane.diedStep === -1 || this.step <= r.lane.diedStep);
  }

  private renderVisible(): void {
    const model = this.model;
    if (model === null) return;
    const width = this.width;
    const first = Math.max(0, Math.floor(this.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(this.rows.length, Math.ceil((this.scrollTop + this.height) / ROW_HEIGHT) + OVERSCAN);
    const shown = this.rows.slice(first, last).map((row, i) => ({ row, index: first + i }));
    this.svg.setAttribute('width', String(width));
    this.svg.setAttribute('height', String(Math.max(1, shown.length) * ROW_HEIGHT));
    this.svg.style.top = `${first * ROW_HEIGHT}px`;
    const rows = this.body
      .selectAll<SVGGElement, Row>('g.row')
      .data(
        shown.map((s) => s.row),
        (r) => r.key,
      )
      .join((enter) => {
        const g = enter.append('g');
        g.append('rect').attr('class', 'row-bg').attr('height', ROW_HEIGHT);
        const title = g.append('text').attr('class', 'lane-title').attr('x', 8).attr('y', ROW_HEIGHT / 2).attr('dy', '0.35em');
        title.append('tspan');
        title.append('title');
        g.append('g').attr('class', 'row-content');
        g.select('rect.row-bg').on('pointerdown', (e: PointerEvent) => this.callbacks.scrubStart(e));
        return g;
      });
    rows
      .attr('class', (r) => `row row-${r.kind}${this.alive(r) ? '' : ' not-alive'}`)
      .attr('role', 'listitem')
      .attr('data-lane-id', (r) => (r.kind === 'lane' ? r.lane.objectId : null))
      .attr('transform', (_r, i) => `translate(0,${i * ROW_HEIGHT})`);
    rows.select('rect.row-bg').attr('width', width).classed('odd', (_r, i) => (first + i) % 2 === 1);
    const titleOf = (r: Row): string => (r.kind === 'gc' ? 'gc collections' : r.kind === 'output' ? 'output' : r.lane.title);
    rows.select('text.lane-title tspan').text((r) => label(titleOf(r), TITLE_CHARS));
    rows.select('text.lane-title title').text((r) => clip(visible(titleOf(r)), 2_000));
    rows.select<SVGGElement>('g.row-content').each((r, i, groups) => {
      const g = groups[i];
      if (g !== undefined) this.fill(select(g), r, model);
    });
    this.gcLines
      .selectAll<SVGLineElement, TimelineEvent>('line')
      .data(model.collections)
      .join('line')
      .attr('x1', (e) => model.x(e.step))
      .attr('x2', (e) => model.x(e.step))
      .attr('y1', 0)
      .attr('y2', shown.length * ROW_HEIGHT);
  }

  private fill(g: Selection<SVGGElement, unknown, null, undefined>, r: Row, model: RowsModel): void {
    const x = model.x;
    switch (r.kind) {
      case 'gc':
        this.markers(g, r.events, x);
        return;
      case 'output': {
        const marks = g
          .selectAll<SVGRectElement, OutputChunk>('rect.output-mark')
          .data(r.chunks)
          .join((enter) => {
            const m = enter.append('rect').attr('class', 'output-mark').attr('width', 3).attr('height', 12).attr('y', ROW_HEIGHT / 2 - 6);
            m.append('title');
            m.on('click', (_e: MouseEvent, c) => this.callbacks.seek(c.step));
            return m;
          });
        marks
          .attr('x', (c) => x(c.step) - 1.5)
          .attr('data-output-step', (c) => c.step)
          .classed('stderr', (c) => c.stream === 'stderr');
        marks.select('title').text((c) => `step ${c.step}: ${label(c.text, 300)}`);
        return;
      }
      case 'lane': {
        const lane = r.lane;
        const end = lane.diedStep === -1 ? model.lastStep : lane.diedStep;
        g.selectAll('rect.lifespan')
          .data([lane])
          .join('rect')
          .attr('class', `lifespan${lane.diedStep === -1 ? ' alive-at-exit' : ''}${lane.interesting ? ' interesting' : ''}`)
          .attr('x', x(lane.bornStep))
          .attr('width', Math.max(3, x(end) - x(lane.bornStep)))
          .attr('y', ROW_HEIGHT / 2 - 4)
          .attr('height', 8)
          .attr('rx', 3);
        this.markers(g, lane.events, x);
        return;
      }
      default: {
        const _: never = r;
        return _;
      }
    }
  }

  /** Markers, fanned out where several share a step, each group labelled when there is room. */
  private markers(g: Selection<SVGGElement, unknown, null, undefined>, events: readonly TimelineEvent[], x: ScaleLinear<number, number>): void {
    const byStep = new Map<number, TimelineEvent[]>();
    for (const e of events) {
      const list = byStep.get(e.step);
      if (list === undefined) byStep.set(e.step, [e]);
      else list.push(e);
    }
    const placed: { e: TimelineEvent; dx: number; key: string }[] = [];
    const labels: { x: number; text: string }[] = [];
    const steps = [...byStep.keys()].sort((a, b) => a - b);
    const right = x.range()[1] ?? 0;
    steps.forEach((step, i) => {
      const group = byStep.get(step) ?? [];
      group.forEach((e, j) => placed.push({ e, dx: x(step) + (j - (group.length - 1) / 2) * FAN, key: `${step}:${j}:${e.kind}` }));
      const next = steps[i + 1];
      const groupRight = x(step) + ((group.length - 1) / 2) * FAN + 8;
      const room = (next === undefined ? right + 40 : x(next) - ((byStep.get(next)?.length ?? 1) - 1) / 2 * FAN - 8) - groupRight;
      const chars = Math.floor(room / CHAR_PX);
      // Deallocation phases are named by the CPython functions that run them; other events by their label.
      const text = group.map((e) => e.label).join(' › ');
      if (chars >= 6) labels.push({ x: groupRight, text: label(text, chars) });
    });
    const marks = g
      .selectAll<SVGGElement, { e: TimelineEvent; dx: number; key: string }>('g.event')
      .data(placed, (p) => p.key)
      .join((enter) => {
        const m = enter.append('g').attr('tabindex', 0).attr('role', 'button');
        m.append('path');
        m.append('title');
        m.on('click', (ev: MouseEvent, p) => {
          ev.stopPropagation();
          this.callbacks.activate(p.e);
        });
        m.on('keydown', (ev: KeyboardEvent, p) => {
          if (ev.key !== 'Enter' && ev.key !== ' ') return;
          ev.preventDefault();
          this.callbacks.activate(p.e);
        });
        return m;
      });
    marks
      .attr('class', (p) => `event ev-${p.e.kind}${stroked(p.e.kind) ? ' stroked' : ''}`)
      .attr('data-event-kind', (p) => p.e.kind)
      .attr('data-step', (p) => p.e.step)
      .attr('aria-label', (p) => describeEvent(p.e))
      .attr('transform', (p) => `translate(${p.dx},${ROW_HEIGHT / 2})`);
    marks.select('path').attr('d', (p) => MARKER_PATHS[p.e.kind]);
    marks.select('title').text((p) => describeEvent(p.e));
    g.selectAll<SVGTextElement, { x: number; text: string }>('text.event-label')
      .data(labels)
      .join('text')
      .attr('class', 'event-label')
      .attr('x', (l) => l.x)
      .attr('y', ROW_HEIGHT / 2)
      .attr('dy', '0.35em')
      .text((l) => l.text);
  }
}
