/**
 * Drives the real webview bundle in headless Chromium (Debian's, via playwright-core): the harness
 * page plays VS Code (fake acquireVsCodeApi, theme variables, the webview CSP), the test plays the
 * extension host. Every request is answered from the work tree; anything else is refused and
 * recorded, so a stray remote URL fails the tests instead of silently loading.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { after, afterEach, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { WebviewToHost } from '../../extension/protocol/messages';
import type { PageWindow } from './pageWindow';

export const ROOT = resolve(__dirname, '../..');
const ORIGIN = 'http://weakscope.test';
export const CHROMIUM = '/usr/bin/chromium';
const BUNDLE = join(ROOT, 'dist', 'webview.js');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function newestSource(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    newest = Math.max(newest, st.isDirectory() ? newestSource(path) : st.mtimeMs);
  }
  return newest;
}

/** Builds dist/webview.js when it is missing or older than webview/ or the protocol. */
export function ensureBundle(): void {
  const built = existsSync(BUNDLE) ? statSync(BUNDLE).mtimeMs : 0;
  const sources = Math.max(newestSource(join(ROOT, 'webview')), newestSource(join(ROOT, 'extension', 'protocol')));
  if (built > sources) return;
  const webpack = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const r = spawnSync(process.execPath, [webpack, '--mode', 'development', '--config-name', 'webview'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
}

/** Chromium comes from Debian: installed by the project's script when this machine lacks it. */
export function ensureChromium(): void {
  const r = spawnSync('bash', [join(ROOT, 'scripts', 'ensure-chromium.sh')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scripts/ensure-chromium.sh failed:\n${r.stdout}\n${r.stderr}`);
}

export async function launch(): Promise<Browser> {
  ensureChromium();
  ensureBundle();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};

function fileFor(pathname: string): string | null {
  if (pathname.startsWith('/harness/')) return join(ROOT, 'test', 'webview', pathname);
  if (pathname === '/dist/webview.js' || pathname === '/dist/webview.js.map') return join(ROOT, pathname);
  if (pathname === '/media/panel.css') return join(ROOT, pathname);
  return null;
}

export type Theme = 'light' | 'dark' | 'high-contrast';

export interface PanelOptions {
  readonly theme?: Theme;
  readonly reducedMotion?: boolean;
  readonly width?: number;
  readonly height?: number;
}


export class Panel {
  /** console.error lines, uncaught exceptions and CSP violations: a clean run has none. */
  readonly errors: string[] = [];
  readonly warnings: string[] = [];
  /** Requests for anything outside the work tree's panel files. */
  readonly strayRequests: string[] = [];

  private constructor(readonly page: Page) {}

  static async open(browser: Browser, options: PanelOptions = {}): Promise<Panel> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1100, height: options.height ?? 760 },
      reducedMotion: options.reducedMotion === true ? 'reduce' : 'no-preference',
      colorScheme: options.theme === 'light' ? 'light' : 'dark',
    });
    // tsx compiles named functions inside page.evaluate callbacks to __name(fn, "name") calls;
    // the page needs the helper too.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const page = await context.newPage();
    const panel = new Panel(page);
    page.on('console', (m) => {
      if (m.type() === 'error') panel.errors.push(m.text());
      if (m.type() === 'warning') panel.warnings.push(m.text());
    });
    page.on('pageerror', (e) => panel.errors.push(`pageerror: ${e.message}`));
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === ORIGIN ? fileFor(url.pathname) : null;
      if (file === null || !existsSync(file)) {
        panel.strayRequests.push(route.request().url());
        await route.abort();
        return;
      }
      await route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    });
    await page.goto(`${ORIGIN}/harness/index.html?theme=${options.theme ?? 'light'}`);
    await page.waitForFunction(() => (globalThis as unknown as PageWindow).__harness.posted.length > 0);
    return panel;
  }

  /** Posts a message as the host would (anything: the panel must cope with garbage too). */
  async post(message: unknown): Promise<void> {
    await this.page.evaluate((m) => (globalThis as unknown as PageWindow).__harness.post(m), message);
  }

  /** Posts, then waits until the panel has handled it and painted. */
  async send(message: unknown): Promise<void> {
    await this.post(message);
    await this.settle();
  }

  /** Two animation frames after the message queue drains: the panel has drawn. */
  async settle(): Promise<void> {
    await this.page.evaluate(
      () =>
        new Promise<void>((done) => {
          const w = globalThis as unknown as PageWindow;
          setTimeout(() => w.requestAnimationFrame(() => w.requestAnimationFrame(() => done())), 0);
        }),
    );
  }

  async posted(): Promise<WebviewToHost[]> {
    return (await this.page.evaluate(() => (globalThis as unknown as PageWindow).__harness.posted)) as WebviewToHost[];
  }

  async clearPosted(): Promise<void> {
    await this.page.evaluate(() => (globalThis as unknown as PageWindow).__harness.clear());
  }

  async savedState(): Promise<unknown> {
    return this.page.evaluate(() => (globalThis as unknown as PageWindow).__harness.state());
  }

  /** Waits for the panel to post a message matching `match`, and returns it. */
  async waitForPosted<T extends WebviewToHost['type']>(
    type: T,
    match: (m: Extract<WebviewToHost, { type: T }>) => boolean = () => true,
    timeoutMs = 5_000,
  ): Promise<Extract<WebviewToHost, { type: T }>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const m of await this.posted()) {
        if (m.type === type && match(m as Extract<WebviewToHost, { type: T }>)) return m as Extract<WebviewToHost, { type: T }>;
      }
      if (Date.now() > deadline) throw new Error(`no ${type} message posted; got ${JSON.stringify(await this.posted()).slice(0, 500)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async respondToSeeks(snapshots: readonly unknown[]): Promise<void> {
    await this.page.evaluate((s) => (globalThis as unknown as PageWindow).__harness.respondWith(s), snapshots as unknown[]);
  }

  async nodeIds(): Promise<number[]> {
    return this.page.$$eval('g.node[data-object-id]:not(.exiting)', (els) => els.map((e) => Number(e.getAttribute('data-object-id'))).sort((a, b) => a - b));
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}

/**
 * A test file's browser and panels: launched before its tests, each panel closed after its test,
 * which fails if the panel logged an error or asked for anything outside its files.
 */
export function usePanels(defaults: PanelOptions = {}): (options?: PanelOptions) => Promise<Panel> {
  let browser: Browser | undefined;
  const open: Panel[] = [];
  before(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    for (const p of open.splice(0)) {
      const problems = [...p.errors, ...p.strayRequests.map((u) => `stray request ${u}`)];
      await p.close();
      assert.deepEqual(problems, [], 'the panel logged errors or made requests outside its files');
    }
  });
  after(async () => {
    await browser?.close();
  });
  return async (options = {}) => {
    if (browser === undefined) throw new Error('no browser: usePanels() must be called at the top of a test file');
    const p = await Panel.open(browser, { ...defaults, ...options });
    open.push(p);
    return p;
  };
}
