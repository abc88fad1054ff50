/** The graph's key: what each line, arrowhead and fill means (colour is never the only cue). */
import { el, svgEl } from '../dom';

function line(kind: string, marker: string): SVGSVGElement {
  const svg = svgEl('svg', 'legend-swatch');
  svg.setAttribute('width', '34');
  svg.setAttribute('height', '10');
  svg.setAttribute('aria-hidden', 'true');
  const g = svgEl('g', `edge ${kind}`);
  const path = svgEl('path', 'edge-line');
  path.setAttribute('d', 'M2,5L24,5');
  path.setAttribute('marker-end', `url(#${marker})`);
  g.append(path);
  svg.append(g);
  return svg;
}

function box(kind: string): HTMLElement {
  const span = el('span', `legend-box ${kind}`);
  span.setAttribute('aria-hidden', 'true');
  return span;
}

/** A <details>: open it reads as a key; closed it is one word, for panels with no room to spare. */
export function buildLegend(): HTMLDetailsElement {
  const legend = el('details', 'graph-legend');
  legend.open = true;
  const summary = el('summary', undefined, 'Key');
  const items = el('div', 'legend-items');
  items.setAttribute('aria-label', 'Graph key');
  const close = el('button', 'legend-close', '×');
  close.type = 'button';
  close.title = 'Hide the key';
  close.setAttribute('aria-label', 'Hide the key');
  close.addEventListener('click', () => {
    legend.open = false;
  });
  legend.append(summary, items);
  const entries: readonly [Element, string][] = [
    [line('strong', 'ws-m-strong'), 'strong'],
    [line('weak', 'ws-m-weak'), 'weak'],
    [line('weak callback', 'ws-m-weak-cb'), 'weak + callback'],
    [box('root'), 'root'],
    [box('cycle-only'), 'cycle only'],
    [box('dying'), 'freed'],
  ];
  for (const [swatch, text] of entries) {
    const item = el('span', 'legend-item');
    item.append(swatch, el('span', undefined, text));
    items.append(item);
  }
  items.append(close);
  return legend;
}
