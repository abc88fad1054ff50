/**
 * The drawn graph as a standalone SVG file. The panel styles it with theme variables that mean
 * nothing outside VS Code, so the computed colours and fonts are written onto each element.
 */
const PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'paint-order',
  'display',
] as const;

export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const to = [copy, ...Array.from(copy.querySelectorAll('*'))];
  from.forEach((source, i) => {
    const target = to[i];
    if (target === undefined) return;
    const style = getComputedStyle(source);
    // Through the CSSOM, not a style attribute: the panel's CSP forbids inline style attributes.
    if (target instanceof SVGElement) for (const p of PROPERTIES) target.style.setProperty(p, style.getPropertyValue(p));
    target.removeAttribute('tabindex');
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(svg.clientWidth));
  copy.setAttribute('height', String(svg.clientHeight));
  const background = getComputedStyle(svg).backgroundColor;
  copy.style.setProperty('background', background);
  return new XMLSerializer().serializeToString(copy);
}
