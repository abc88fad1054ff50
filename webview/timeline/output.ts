/**
 * The program's output, one row per chunk beside the step that printed it. Rows printed after the
 * current step are dimmed; the last one printed so far is marked and kept in view.
 */
import type { OutputChunk } from '../../extension/protocol/messages';
import { el } from '../dom';
import { clip, visibleLines } from '../text';

const MAX_ROWS = 5_000; // beyond this a list stops being read; the timeline's output row still shows all
const MAX_CHUNK_CHARS = 4_000;

export class OutputView {
  readonly element: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly empty: HTMLElement;
  private rows: { step: number; li: HTMLLIElement }[] = [];
  private current: HTMLLIElement | null = null;
  private frame = 0;

  constructor(parent: HTMLElement, private readonly onSeek: (step: number) => void) {
    this.element = el('section', 'output');
    this.element.setAttribute('aria-label', 'Program output');
    this.element.append(el('h2', 'pane-title', 'Output'));
    this.list = el('ol', 'output-list');
    this.empty = el('p', 'muted', 'No output.');
    this.element.append(this.empty, this.list);
    parent.append(this.element);
  }

  load(output: readonly OutputChunk[]): void {
    this.list.replaceChildren();
    this.rows = [];
    this.current = null;
    this.empty.hidden = output.length > 0;
    for (const chunk of output.slice(0, MAX_ROWS)) {
      const li = el('li', `output-row ${chunk.stream}`);
      li.dataset['step'] = String(chunk.step);
      const step = el('button', 'output-step', String(chunk.step));
      step.type = 'button';
      step.title = `Go to step ${chunk.step}`;
      step.setAttribute('aria-label', `step ${chunk.step}`);
      step.addEventListener('click', () => this.onSeek(chunk.step));
      // Printed text is shown as printed, trailing newline aside, with control characters made visible.
      const text = el('pre', 'output-text', clip(visibleLines(chunk.text.replace(/\n$/, '')), MAX_CHUNK_CHARS));
      li.append(step, text);
      this.list.append(li);
      this.rows.push({ step: chunk.step, li });
    }
    if (output.length > MAX_ROWS) this.list.append(el('li', 'muted', `…and ${output.length - MAX_ROWS} more chunks`));
  }

  setStep(step: number): void {
    let latest: HTMLLIElement | null = null;
    for (const row of this.rows) {
      const printed = row.step <= step;
      row.li.classList.toggle('future', !printed);
      if (printed) latest = row.li;
    }
    if (latest === this.current) return;
    this.current?.classList.remove('latest');
    latest?.classList.add('latest');
    this.current = latest;
    if (latest === null) return;
    // Measured in the next frame, once the panel's other updates are in: measuring now would force
    // a layout in the middle of them. Scroll the list only (scrollIntoView moves the whole panel).
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      const top = latest.offsetTop - this.list.offsetTop;
      if (top < this.list.scrollTop || top > this.list.scrollTop + this.list.clientHeight - latest.offsetHeight) {
        this.list.scrollTop = Math.max(0, top - this.list.clientHeight / 2);
      }
    });
  }
}
