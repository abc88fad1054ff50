/** The panel's top bar: which file, where in the run, and the graph's view buttons. */
import { el } from './dom';
import { label } from './text';

export interface ToolbarCallbacks {
  fit(): void;
  zoom(factor: number): void;
  exportSvg(): void;
}

function button(text: string, title: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', 'tool-button', text);
  b.type = 'button';
  b.title = title;
  b.setAttribute('aria-label', title);
  b.addEventListener('click', onClick);
  return b;
}

export class Toolbar {
  readonly element: HTMLElement;
  private readonly file: HTMLElement;
  private readonly status: HTMLElement;

  constructor(parent: HTMLElement, callbacks: ToolbarCallbacks) {
    this.element = el('header', 'toolbar');
    this.file = el('span', 'filename', 'Weakscope');
    this.status = el('span', 'status');
    this.status.setAttribute('aria-live', 'polite');
    const tools = el('span', 'tools');
    tools.append(
      button('Fit', 'Fit the graph to the view', () => callbacks.fit()),
      button('+', 'Zoom in', () => callbacks.zoom(1.4)),
      button('−', 'Zoom out', () => callbacks.zoom(1 / 1.4)),
      button('Export SVG', 'Save the graph as SVG', () => callbacks.exportSvg()),
    );
    this.element.append(this.file, this.status, tools);
    parent.append(this.element);
  }

  setFile(name: string): void {
    this.file.textContent = label(name, 80);
    this.file.title = label(name, 2_000);
  }

  setStatus(text: string): void {
    this.status.textContent = text;
  }
}
