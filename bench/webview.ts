/**
 * The panel's webview in headless Chromium, for 100, 2,000 and 10,000 objects:
 *  - first paint: from the webview receiving 'load' + 'graph' to the first frame painted after
 *    it drew them (the messages are already in the page, so the test driver's transfer is not timed;
 *    the structured clone of postMessage is, as it is in VS Code);
 *  - scrubbing: the scrubber is moved one step per frame for two seconds by the keyboard, a stand-in
 *    host answering each seek with that step's snapshot; frames per second, and snapshots drawn per
 *    second (a step the panel skipped because a newer one had arrived is not counted).
 * `npm run bench` calls benchWebview(); `npx tsx bench/webview.ts` runs it alone.
 */
import { launch, Panel } from '../test/webview/driver';
import { largeTrace } from '../test/webview/fixtures';
import type { PageWindow } from '../test/webview/pageWindow';

export interface WebviewBenchRow {
  readonly objects: number;
  readonly renderer: string;
  readonly firstPaintMs: number;
  readonly scrubFps: number;
  readonly snapshotsPerSecond: number;
}

const STEPS = 12;
const REPEATS = 3;
const SCRUB_MS = 2_000;

interface BenchWindow extends Omit<PageWindow, 'document'> {
  benchMessages?: unknown[];
  addEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (e: { data: unknown }) => void): void;
  readonly document: { querySelector(selector: string): { dispatchEvent(e: unknown): boolean } | null };
  KeyboardEvent: new (type: string, init: { key: string; bubbles: boolean }) => unknown;
  MessageChannel: new () => { port1: { onmessage: (() => void) | null }; port2: { postMessage(m: unknown): void } };
}

/** Posts the stored messages and resolves with ms until the frame after the last one painted. */
function timeFirstPaint(): Promise<number> {
  const w = globalThis as unknown as BenchWindow;
  const messages = w.benchMessages ?? [];
  return new Promise((resolve) => {
    let seen = 0;
    const start = w.performance.now();
    const onMessage = (): void => {
      // Our listener was added after the panel's, so the panel has handled this message.
      if (++seen < messages.length) return;
      w.removeEventListener('message', onMessage);
      w.requestAnimationFrame(() => {
        // The task after a frame's rAF callbacks runs once that frame is painted.
        const channel = new w.MessageChannel();
        channel.port1.onmessage = () => resolve(w.performance.now() - start);
        channel.port2.postMessage(null);
      });
    };
    w.addEventListener('message', onMessage);
    for (const m of messages) w.postMessage(m, '*');
  });
}

/** Presses ArrowRight on the scrubber every frame for `ms`; counts frames and snapshots drawn. */
function scrub(ms: number): Promise<{ frames: number; snapshots: number }> {
  const w = globalThis as unknown as BenchWindow;
  const axis = w.document.querySelector('.timeline-axis');
  return new Promise((resolve) => {
    let frames = 0;
    let snapshots = 0;
    const onMessage = (e: { data: unknown }): void => {
      if ((e.data as { type?: string }).type === 'graph') snapshots++;
    };
    w.addEventListener('message', onMessage);
    const start = w.performance.now();
    const frame = (now: number): void => {
      frames++;
      if (now - start >= ms) {
        w.removeEventListener('message', onMessage);
        resolve({ frames: (frames * 1000) / (now - start), snapshots: (snapshots * 1000) / (now - start) });
        return;
      }
      const key = frames % 24 === 0 ? 'Home' : 'ArrowRight';
      axis?.dispatchEvent(new w.KeyboardEvent('keydown', { key, bubbles: true }));
      w.requestAnimationFrame(frame);
    };
    w.requestAnimationFrame(frame);
  });
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

async function measure(panelFor: () => Promise<Panel>, objects: number): Promise<WebviewBenchRow> {
  const trace = largeTrace(objects, STEPS);
  const paints: number[] = [];
  let renderer = '?';
  for (let i = 0; i < REPEATS; i++) {
    const p = await panelFor();
    await p.page.evaluate((m) => {
      (globalThis as unknown as BenchWindow).benchMessages = m;
    }, [{ type: 'load', summary: trace.summary }, { type: 'graph', snapshot: trace.snapshots[0] }] as unknown[]);
    paints.push(await p.page.evaluate(timeFirstPaint));
    renderer = (await p.page.evaluate(() => (globalThis as unknown as PageWindow).weakscopeProbe?.renderer())) ?? '?';
    if (i < REPEATS - 1) {
      await p.close();
      continue;
    }
    await p.respondToSeeks(trace.snapshots);
    await p.page.focus('.timeline-axis');
    const { frames, snapshots } = await p.page.evaluate(scrub, SCRUB_MS);
    if (p.errors.length > 0) throw new Error(`the panel logged errors: ${p.errors.join('\n')}`);
    await p.close();
    return { objects, renderer, firstPaintMs: median(paints), scrubFps: frames, snapshotsPerSecond: snapshots };
  }
  throw new Error('unreachable');
}

export async function benchWebview(sizes: readonly number[] = [100, 2_000, 10_000]): Promise<WebviewBenchRow[]> {
  const browser = await launch();
  try {
    const rows: WebviewBenchRow[] = [];
    for (const n of sizes) rows.push(await measure(() => Panel.open(browser, { theme: 'dark', width: 1280, height: 800 }), n));
    console.log(`\nwebview (Chromium ${browser.version()}, headless, 1280×800): median of ${REPEATS} first paints; ${SCRUB_MS / 1000} s of scrubbing`);
    console.log('objects  renderer  first paint  scrub fps  snapshots drawn/s');
    for (const r of rows) {
      console.log(
        `${String(r.objects).padStart(7)}  ${r.renderer.padEnd(8)}  ${`${r.firstPaintMs.toFixed(0)} ms`.padStart(11)}  ${r.scrubFps.toFixed(1).padStart(9)}  ${r.snapshotsPerSecond.toFixed(1).padStart(17)}`,
      );
    }
    return rows;
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  benchWebview().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
