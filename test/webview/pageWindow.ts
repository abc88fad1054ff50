/**
 * What the tests' in-page functions use of the browser. The tests compile with the project's Node
 * settings (no DOM lib), and a function handed to page.evaluate is type-checked here but runs in
 * the page, so it reaches the browser through `globalThis as unknown as PageWindow`.
 */

export interface PageElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}

export interface Harness {
  readonly posted: unknown[];
  post(message: unknown): void;
  clear(): void;
  state(): unknown;
  respondWith(snapshots: unknown[]): void;
}

export interface PageWindow {
  readonly __harness: Harness;
  readonly weakscopeProbe?: {
    renderer(): 'svg' | 'canvas';
    screenPoint(id: number): { x: number; y: number } | null;
  };
  readonly __pwned?: number;
  postMessage(message: unknown, targetOrigin: string): void;
  requestAnimationFrame(callback: (time: number) => void): number;
  getComputedStyle(element: PageElement): { readonly transitionDuration: string };
  readonly document: { querySelector(selector: string): PageElement | null; querySelectorAll(selector: string): ArrayLike<PageElement> };
  readonly performance: { now(): number };
}
