/**
 * The host's other commands in a real VS Code (code-server, the packaged .vsix): the example
 * gallery, a run stopped by a limit, a syntax error, the live panel re-running on edit, Go to Step
 * at Cursor and Explain Why Alive. What the panel shows is checked against the recorded CPython
 * output (gallery) and against what the commands must say; screenshots go to artifacts/e2e/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { ROOT, ensureVsix } from '../package/vsix';
import { startVSCode, until } from './harness';

const LOOP = 'n = 0\nwhile True:\n    n += 1\n';
const BAD = 'x = 1\nif x\n    print(x)\n';
const PROG = 'class Node:\n    def __init__(self):\n        self.peer = None\n\n\ndef make():\n    a = Node()\n    b = Node()\n    a.peer = b\n    b.peer = a\n    return a\n\n\nfirst = make()\nprint("made")\n';

/** The frame of the panel whose page holds `selector` now (panels are reloaded as they are re-shown). */
async function panelWith(page: Page, selector: string, timeoutMs = 60_000): Promise<Frame> {
  return until(`the panel showing ${selector}`, timeoutMs, async () => {
    for (const f of page.frames()) if (f !== page.mainFrame() && (await f.$(selector).catch(() => null)) !== null) return f;
    return null;
  });
}

async function palette(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

async function goTo(page: Page, where: string): Promise<void> {
  await page.keyboard.press('Control+G');
  await page.keyboard.type(where);
  await page.keyboard.press('Enter');
}

test('gallery, limits, syntax errors, the live panel and Explain Why Alive in code-server', async (t) => {
  const expected = JSON.parse(readFileSync(join(ROOT, 'test/examples/observers.expected.json'), 'utf8')) as { stdout: string };
  const vs = await startVSCode({ files: { 'loop.py': LOOP, 'bad.py': BAD, 'prog.py': PROG }, vsix: ensureVsix(), settings: { 'weakscope.maxSteps': 300 } });
  const page = vs.page;
  try {
    await vs.openFile('prog.py');

    await t.test('the gallery opens an example as an untitled file and runs it', async () => {
      await palette(page, 'Weakscope: Open Example Gallery');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'observers.py' }).first().waitFor({ timeout: 15_000 });
      await vs.shot('10-gallery');
      await page.keyboard.type('observers');
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: 'Observers held through WeakMethod' }).waitFor({ timeout: 15_000 });
      const frame = await panelWith(page, '.output-row');
      const lines = expected.stdout.trimEnd().split('\n');
      await until('the example\'s output in the panel', 30_000, async () => {
        const rows = await frame.$$eval('.output-row', (els) => els.map((e) => e.textContent ?? ''));
        return lines.every((l) => rows.some((r) => r.includes(l))) ? true : null;
      });
      await vs.shot('11-gallery-example');
    });

    await t.test('a run over its step budget shows the limit in the panel and the status bar', async () => {
      await vs.openFile('loop.py');
      await vs.runCommand('Weakscope: Visualize Current File');
      const frame = await panelWith(page, '[data-problem="limit"]');
      assert.match((await frame.textContent('[data-problem="limit"]')) ?? '', /300 steps \(line [23]\)/);
      await page.locator('.statusbar-item', { hasText: 'limit reached: steps' }).first().waitFor({ timeout: 15_000 });
      await vs.shot('12-limit');
    });

    await t.test('a syntax error is a banner with its line, not a blank panel', async () => {
      await vs.openFile('bad.py');
      await vs.runCommand('Weakscope: Visualize Current File');
      const frame = await panelWith(page, '[data-problem="syntax_error"]');
      assert.match((await frame.textContent('[data-problem="syntax_error"]')) ?? '', /line 2.*expected ':'/s);
      await page.locator('.statusbar-item', { hasText: 'syntax error (line 2)' }).first().waitFor({ timeout: 15_000 });
    });

    await t.test('the live panel follows the editor, and Explain Why Alive explains the name under the cursor', async () => {
      await vs.openFile('prog.py');
      await vs.runCommand('Weakscope: Open Live Graph Panel');
      await until('the panel on prog.py', 60_000, async () => {
        const f = await panelWith(page, '.output-row');
        const rows = await f.$$eval('.output-row', (els) => els.map((e) => e.textContent ?? ''));
        return rows.some((r) => r.includes('made')) ? true : null;
      });
      await goTo(page, '15');
      await vs.runCommand('Weakscope: Go to Step at Cursor');
      await goTo(page, '14:2');
      await palette(page, 'Weakscope: Explain Why Alive');
      await page.locator('.notification-toast', { hasText: '`first` at step' }).first().waitFor({ timeout: 30_000 });
      // Selected on the graph, its details (and why-alive chains) shown.
      const frame = await panelWith(page, 'g.node.selected[data-object-id]', 30_000);
      const id = await frame.getAttribute('g.node.selected[data-object-id]', 'data-object-id');
      await frame.waitForSelector(`[data-object-id="${id}"] .facts, .facts`, { timeout: 15_000 });
      assert.match((await frame.textContent('.details')) ?? '', /Node/);
      await vs.shot('13-why-alive');
    });

    await t.test('an edit re-runs the live panel', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+End');
      await page.keyboard.type('print("edited")');
      await page.keyboard.press('Escape');
      await until('the edited program\'s output', 60_000, async () => {
        const f = await panelWith(page, '.output-row');
        const rows = await f.$$eval('.output-row', (els) => els.map((e) => e.textContent ?? ''));
        return rows.some((r) => r.includes('edited')) ? true : null;
      });
      await vs.shot('14-live-edited');
    });
  } finally {
    await vs.close();
  }
});
