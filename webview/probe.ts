/**
 * A read-only window onto the graph for tests and assistive tooling: which renderer is active and
 * where an object is drawn. A canvas has no element per object to find, so this is how a test (or
 * a screen-magnifier script) locates one.
 */
import type { Point } from './graph/geometry';

export interface Probe {
  renderer(): 'svg' | 'canvas';
  screenPoint(id: number): Point | null;
}

declare global {
  interface Window {
    weakscopeProbe?: Probe;
  }
}

export function installProbe(probe: Probe): void {
  window.weakscopeProbe = Object.freeze(probe);
}
