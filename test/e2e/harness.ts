/**
 * End-to-end tests in a real VS Code: code-server 4.100.3 (VS Code 1.100.3, installed and cached
 * under .vscode-test/ by scripts/e2e/install-code-server.sh) driven in Debian's headless Chromium
 * by playwright-core. See ../../../shared/recipes/real-vscode-e2e.md for why code-server.
 *
 * The whole API:
 *
 *   const vs = await startVSCode({ files: { 'a.py': 'x = 1\n' }, vsix: ensureVsix() });
 *   try {
 *     await vs.openFile('a.py');                   // Quick Open, waits for the editor tab
 *     await vs.runCommand('Weakscope: Visualize Current File');  // palette, by exact title;
 *                                                  // a command's own picker is left open to type in
 *     const frame = await vs.webviewFrame('[data-object-id]');   // the webview's inner frame
 *     await vs.cursor();                           // { line, col } from the status bar
 *     await until('line 5', 10_000, async () => (await vs.cursor()).line === 5 || null);
 *     await vs.shot('01-graph');                   // artifacts/e2e/01-graph.png
 *     await vs.reloadWindow();                     // "Developer: Reload Window", waits for the workbench
 *     vs.errors                                    // console errors so far, with their frame's URL
 *     vs.page                                      // the playwright Page, for anything else
 *   } finally {
 *     await vs.close();                            // browser, then the server's process group by PID
 *   }
 *
 * Each session gets a fresh workspace, user-data and extensions directory (removed by close()),
 * a free port on 127.0.0.1 and the .vsix installed with `--install-extension` as a user would.
 * Waits are on selectors and conditions, never on fixed sleeps alone.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from '../webview/driver';
import { ROOT } from '../package/vsix';

export const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');

export interface StartOptions {
  /** Files of the workspace folder, by relative path. */
  readonly files?: Readonly<Record<string, string>>;
  /** A .vsix to install before the server starts. */
  readonly vsix?: string;
  /** User settings merged over the harness's quiet defaults. */
  readonly settings?: Readonly<Record<string, unknown>>;
}

export interface VSCode {
  readonly page: Page;
  readonly workspace: string;
  /** Console errors and uncaught exceptions so far, each with the URL of the frame that logged it. */
  readonly errors: readonly { readonly url: string; readonly text: string }[];
  openFile(relPath: string): Promise<void>;
  runCommand(title: string): Promise<void>;
  webviewFrame(selector: string, timeoutMs?: number): Promise<Frame>;
  cursor(): Promise<{ line: number; col: number }>;
  shot(name: string): Promise<string>;
  reloadWindow(): Promise<void>;
  close(): Promise<void>;
}

/** No welcome page, tips, trust prompt or walkthrough opening by itself over what a test looks at. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'editor.minimap.enabled': false,
  'chat.commandCenter.enabled': false,
};

/** code-server's package directory, installing it on first use (cached under .vscode-test/). */
export function codeServer(): string {
  const r = spawnSync('bash', [join(ROOT, 'scripts', 'e2e', 'install-code-server.sh')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scripts/e2e/install-code-server.sh failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout.trim().split('\n').pop()!;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls probe until it returns a value (errors count as not yet), or fails naming what it waited for. */
export async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | undefined>): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown = null;
  for (;;) {
    const v = await probe().catch((e: unknown) => {
      last = e;
      return null;
    });
    if (v !== null && v !== undefined) return v;
    if (Date.now() > end) {
      const why = last instanceof Error ? `; last failure: ${last.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

export async function startVSCode(options: StartOptions = {}): Promise<VSCode> {
  const pkg = codeServer();
  ensureChromium();
  const entry = join(pkg, 'out', 'node', 'entry.js');
  const home = mkdtempSync(join(tmpdir(), 'weakscope-e2e-'));
  const workspace = join(home, 'workspace');
  const extensions = join(home, 'extensions');
  const data = join(home, 'data');
  for (const [rel, text] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(workspace, rel)), { recursive: true });
    writeFileSync(join(workspace, rel), text);
  }
  mkdirSync(workspace, { recursive: true });
  mkdirSync(join(data, 'User'), { recursive: true });
  writeFileSync(join(data, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2));

  const common = ['--extensions-dir', extensions, '--user-data-dir', data];
  if (options.vsix !== undefined) {
    const r = spawnSync(process.execPath, [entry, ...common, '--install-extension', options.vsix], { encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0 || !/successfully installed/i.test(r.stdout)) throw new Error(`--install-extension failed:\n${r.stdout}\n${r.stderr}`);
  }

  const port = await freePort();
  let log = '';
  const server = spawn(process.execPath, [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', ...common, workspace], {
    detached: true, // its own process group, so close() ends the extension host and the rest with it
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d: Buffer) => { log += d.toString(); });
  server.stderr!.on('data', (d: Buffer) => { log += d.toString(); });
  // The server runs detached: if this process ends early (a failed test, the runner's timeout),
  // its group must still go.
  const onExit = (): void => {
    killGroup(server);
    rmSync(home, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    killGroup(server);
    // playwright-core listens too (it closes Chromium), so the signal alone no longer ends us.
    setImmediate(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('exit', onExit);
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);

  let browser: Browser | null = null;
  const close = async (): Promise<void> => {
    await browser?.close().catch(() => undefined);
    killGroup(server);
    process.removeListener('exit', onExit);
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('SIGINT', onSignal);
    rmSync(home, { recursive: true, force: true });
  };

  try {
    const base = `http://127.0.0.1:${port}`;
    await until(`code-server on port ${port} (log so far:\n${log})`, 60_000, async () => ((await fetch(`${base}/healthz`)).ok ? true : null));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: { url: string; text: string }[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push({ url: m.location().url, text: m.text() });
    });
    page.on('pageerror', (e) => errors.push({ url: page.url(), text: e.message }));
    const url = `${base}/?folder=${encodeURIComponent(workspace)}`;
    const ready = async (): Promise<void> => {
      await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
      await page.waitForSelector('.statusbar', { timeout: 60_000 });
    };
    await page.goto(url);
    await ready();
    return makeSession(page, workspace, errors, ready, close);
  } catch (e) {
    await close();
    throw e;
  }
}

function makeSession(page: Page, workspace: string, errors: VSCode['errors'], ready: () => Promise<void>, close: () => Promise<void>): VSCode {
  const quickPick = async (opener: string, text: string, rowLabel: string): Promise<void> => {
    await page.keyboard.press('Escape');
    await page.keyboard.press(opener);
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(text);
    // The row's label, exactly: the first row after typing may still be a stale match.
    const row = page.locator('.quick-input-widget .monaco-list-row', { has: page.locator('.label-name', { hasText: rowLabel }) }).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    await row.click();
    await page.mouse.move(0, 0); // no hover tooltip left over where the row was
    // Taken: the picker closed, or a command opened its own picker (Color Theme, Go to Line…).
    const widget = page.locator('.quick-input-widget');
    await until(`the pick of ${rowLabel}`, 10_000, async () => (!(await widget.isVisible()) || (await input.inputValue()) !== text ? true : null));
  };

  return {
    page,
    workspace,
    errors,
    async openFile(relPath) {
      const name = relPath.split('/').pop()!;
      await quickPick('Control+P', relPath, name);
      await page.locator(`.tabs-container .tab[data-resource-name="${name}"].active`).waitFor({ timeout: 15_000 });
      await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
    },
    async runCommand(title) {
      await quickPick('F1', `>${title}`, title);
    },
    async webviewFrame(selector, timeoutMs = 30_000) {
      // A webview is an iframe (VS Code's host page) holding another iframe with the content.
      return until(`a webview frame holding ${selector}`, timeoutMs, async () => {
        for (const frame of page.frames()) {
          if (frame === page.mainFrame()) continue;
          if ((await frame.$(selector)) !== null) return frame;
        }
        return null;
      });
    },
    async cursor() {
      const text = await page.locator('#status\\.editor\\.selection').innerText({ timeout: 10_000 });
      const m = /Ln (\d+), Col (\d+)/.exec(text);
      if (m === null) throw new Error(`unexpected selection status: ${text}`);
      return { line: Number(m[1]), col: Number(m[2]) };
    },
    async shot(name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const path = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async reloadWindow() {
      const reloaded = page.waitForEvent('load', { timeout: 60_000 });
      await this.runCommand('Developer: Reload Window');
      await reloaded;
      await ready();
    },
    close,
  };
}
