/**
 * The canvas cannot use CSS, so it reads the panel's colours (media/panel.css, all derived from
 * VS Code's theme variables) from computed style, again whenever the theme changes.
 */

export interface Palette {
  readonly background: string;
  readonly text: string;
  readonly node: string;
  readonly dot: string;
  readonly nodeStroke: string;
  readonly root: string;
  readonly cycle: string;
  readonly immortal: string;
  readonly finalizer: string;
  readonly strong: string;
  readonly weak: string;
  readonly callback: string;
  readonly why: string;
  readonly selected: string;
  readonly focus: string;
}

const VARIABLES: Readonly<Record<keyof Palette, string>> = {
  background: '--ws-graph-bg',
  text: '--ws-text',
  node: '--ws-node-fill',
  dot: '--ws-dot',
  nodeStroke: '--ws-node-stroke',
  root: '--ws-root',
  cycle: '--ws-cycle',
  immortal: '--ws-immortal',
  finalizer: '--ws-finalizer',
  strong: '--ws-edge-strong',
  weak: '--ws-edge-weak',
  callback: '--ws-callback',
  why: '--ws-why',
  selected: '--ws-selected',
  focus: '--ws-focus',
};

export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const read = (name: string): string => style.getPropertyValue(name).trim() || 'gray';
  const out: Record<string, string> = {};
  for (const [key, name] of Object.entries(VARIABLES)) out[key] = read(name);
  return out as unknown as Palette;
}
