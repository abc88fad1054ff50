/**
 * The scrubber: the step axis above the lanes (an ARIA slider), the cursor line across them, and
 * the pointer and keyboard gestures that move it. It only reports steps; the app posts the seeks.
 */
import { stepPlace } from '../step-place';
import type { ScaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { el, svgEl } from '../dom';

export const AXIS_HEIGHT = 26;
const PAGE_FRACTION = 10; // PageUp/PageDown move a tenth of the run

export class Scrubber {
  readonly element: HTMLElement;
  private readonly svg: SVGSVGElement;
  private readonly cursor: HTMLElement;
  private x: ScaleLinear<number, number> | null = null;
  private lines: readonly number[] = [];
  private step = 0;

  constructor(parent: HTMLElement, cursorParent: HTMLElement, private readonly onSeek: (step: number) => void) {
    this.element = el('div', 'timeline-axis');
    this.element.tabIndex = 0;
    this.element.setAttribute('role', 'slider');
    this.element.setAttribute('aria-label', 'Step');
    this.element.setAttribute('aria-valuemin', '0');
    this.svg = svgEl('svg');
    this.svg.setAttribute('height', String(AXIS_HEIGHT));
    this.svg.setAttribute('aria-hidden', 'true');
    this.element.append(this.svg);
    parent.append(this.element);
    this.cursor = el('div', 'timeline-cursor');
    this.cursor.setAttribute('aria-hidden', 'true');
    cursorParent.append(this.cursor);
    this.element.addEventListener('keydown', (e) => this.key(e));
    this.element.addEventListener('pointerdown', (e) => this.start(e));
  }

  get last(): number {
    return Math.max(0, this.lines.length - 1);
  }

  configure(x: ScaleLinear<number, number>, lines: readonly number[], width: number): void {
    this.x = x;
    this.lines = lines;
    this.element.setAttribute('aria-valuemax', String(this.last));
    this.svg.setAttribute('width', String(width));
    const ticks = x.ticks(Math.max(2, Math.floor((width - 200) / 70))).filter((t) => Number.isInteger(t));
    const s = select(this.svg);
    s.selectAll('text.axis-caption')
      .data([0])
      .join('text')
      .attr('class', 'axis-caption')
      .attr('x', 8)
      .attr('y', AXIS_HEIGHT / 2)
      .attr('dy', '0.35em')
      .text('step');
    s.selectAll('line.axis-base')
      .data([0])
      .join('line')
      .attr('class', 'axis-base')
      .attr('x1', x.range()[0] ?? 0)
      .attr('x2', x.range()[1] ?? 0)
      .attr('y1', AXIS_HEIGHT - 1)
      .attr('y2', AXIS_HEIGHT - 1);
    const tick = s
      .selectAll<SVGGElement, number>('g.tick')
      .data(ticks, (t) => t)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'tick');
        g.append('line').attr('y1', AXIS_HEIGHT - 6).attr('y2', AXIS_HEIGHT - 1);
        g.append('text').attr('y', AXIS_HEIGHT - 10).attr('text-anchor', 'middle');
        return g;
      });
    tick.attr('transform', (t) => `translate(${x(t)},0)`);
    tick.select('text').text((t) => String(t));
    this.place();
  }

  setStep(step: number): void {
    this.step = step;
    this.place();
  }

  private place(): void {
    const x = this.x;
    if (x === null) return;
    const place = stepPlace(this.step, this.lines[this.step]);
    this.element.setAttribute('aria-valuenow', String(this.step));
    this.element.setAttribute('aria-valuetext', `step ${this.step} of ${this.last}${place === null ? '' : `, ${place}`}`);
    this.cursor.style.transform = `translateX(${x(this.step)}px)`;
    this.cursor.hidden = this.lines.length === 0;
  }

  stepAt(clientX: number): number {
    const x = this.x;
    if (x === null) return 0;
    const left = this.element.getBoundingClientRect().left;
    return Math.max(0, Math.min(this.last, Math.round(x.invert(clientX - left))));
  }

  private seek(step: number): void {
    const clamped = Math.max(0, Math.min(this.last, step));
    if (clamped === this.step) return;
    this.setStep(clamped);
    this.onSeek(clamped);
  }

  /** Press on the axis (or on a lane's background) and drag: the cursor follows the pointer. */
  start(e: PointerEvent): void {
    if (e.button !== 0 || this.lines.length === 0) return;
    e.preventDefault();
    this.element.focus({ preventScroll: true });
    this.seek(this.stepAt(e.clientX));
    const move = (m: PointerEvent): void => this.seek(this.stepAt(m.clientX));
    const up = (): void => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
  }

  private key(e: KeyboardEvent): void {
    const page = Math.max(1, Math.round(this.lines.length / PAGE_FRACTION));
    let to: number;
    switch (e.key) {
      case 'ArrowLeft':
      case 'ArrowDown':
        to = this.step - 1;
        break;
      case 'ArrowRight':
      case 'ArrowUp':
        to = this.step + 1;
        break;
      case 'PageDown':
        to = this.step - page;
        break;
      case 'PageUp':
        to = this.step + page;
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = this.last;
        break;
      default:
        return;
    }
    e.preventDefault();
    this.seek(to);
  }
}
