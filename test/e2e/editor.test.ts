/**
 * The editor side in a real VS Code (code-server, see harness.ts), installed from the .vsix as a
 * user would: hover a name and read what it says about the object's fate, see the inline
 * annotation and the CodeLens where objects die (and follow it to the graph), see a lifetime lint
 * in the Problems panel, compare the engine's run with the machine's python3, and take the
 * walkthrough's first action. Screenshots go to artifacts/e2e/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { ARTIFACTS, startVSCode, until, type VSCode } from './harness';
import { ensureVsix } from '../package/vsix';

const LIFETIMES = readFileSync('test/editor/snippets/del_then_callbacks.py', 'utf8');
const BOUND = readFileSync('test/editor/snippets/callback_bound_method.py', 'utf8');

async function visualize(vs: VSCode, file: string): Promise<void> {
  await vs.openFile(file);
  await vs.runCommand('Weakscope: Visualize Current File');
  await vs.webviewFrame('[data-object-id]', 120_000);
}

/** Puts the cursor at (line, col), 1-based, in the first editor group. */
async function goTo(vs: VSCode, line: number, col: number): Promise<void> {
  await vs.runCommand('View: Focus First Editor Group');
  await vs.page.keyboard.press('Control+G');
  await vs.page.keyboard.type(`${line}:${col}`);
  await vs.page.keyboard.press('Enter');
  await until(`the cursor at ${line}:${col}`, 10_000, async () => {
    const c = await vs.cursor();
    return c.line === line && c.col === col ? true : null;
  });
}

/** Text the editor shows after lines: decorations' `after` content lives in CSS ::after rules. */
async function afterTexts(page: Page): Promise<string[]> {
  // Runs in the page (a string: this project's TypeScript has no DOM types).
  const found = await page.evaluate(`(() => {
    const found = [];
    for (const el of document.querySelectorAll('.editor-instance .view-lines span')) {
      const content = getComputedStyle(el, '::after').content;
      if (content !== 'none' && content !== 'normal' && content !== '') found.push(JSON.parse(content));
      if (el.children.length === 0 && (el.textContent || '').includes('\u27f5')) found.push(el.textContent);
    }
    return found;
  })()`);
  return found as string[];
}

/**
 * One quick pick: typed into, its row clicked (opened first with `opener`, or already open — the
 * harness's runCommand waits for the palette to close, which a command opening a second pick never does).
 */
async function pick(page: Page, opener: string | null, text: string, row: string): Promise<void> {
  if (opener !== null) {
    await page.keyboard.press('Escape');
    await page.keyboard.press(opener);
  }
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(text);
  const item = page.locator('.quick-input-widget .monaco-list-row', { has: page.locator('.label-name', { hasText: row }) }).first();
  await item.waitFor({ state: 'visible', timeout: 15_000 });
  await item.click();
}

test('hover, inline annotation, CodeLens, a lint in Problems, and Compare with Local Python, in code-server', { timeout: 600_000 }, async () => {
  const vs = await startVSCode({ files: { 'lifetimes.py': LIFETIMES, 'bound.py': BOUND }, vsix: ensureVsix() });
  try {
    const page = vs.page;
    await visualize(vs, 'lifetimes.py');
    await vs.shot('20-editor-visualized');

    // Hover `a` on line 9, where the Resource is bound.
    await goTo(vs, 9, 1);
    await vs.runCommand('Show or Focus Hover');
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content', { hasText: 'Weakscope' }).first();
    await hover.waitFor({ state: 'visible', timeout: 20_000 });
    const text = await hover.innerText();
    await vs.shot('21-editor-hover');
    assert.match(text, /Weakscope · a bound to/);
    assert.match(text, /Resource#\d+ <Resource object>/);
    assert.match(text, /refcount 1 · no weak references/);
    assert.match(text, /Fate: freed at line 13 by del a: __del__, then 2 weakref callbacks/);
    await page.keyboard.press('Escape');

    // After line 13 (`del a`): what was freed there and what ran.
    const annotation = await until('the inline annotation after line 13', 30_000, async () => (await afterTexts(page)).find((t) => t.includes('freed')) ?? null);
    assert.equal(annotation, '⟵ 3 freed: 1 Resource, 2 function (del, entry removed) · ran __del__, 2 weakref callbacks');
    const lens = page.locator('.contentWidgets .codelens-decoration', { hasText: 'objects freed here' }).first();
    await lens.waitFor({ state: 'visible', timeout: 20_000 });
    assert.equal((await lens.innerText()).trim(), '3 objects freed here · show in graph');
    await vs.shot('22-editor-annotation-and-lens');
    // "show in graph": the panel moves to the step where line 13 freed them.
    await lens.locator('a').first().click();
    const panel = await vs.webviewFrame('[data-object-id]');
    await until('the panel at a step of line 13', 30_000, async () => ((await panel.getByText(/^step \d+ \/ \d+ · line 13$/).count()) > 0 ? true : null));
    await vs.shot('22b-editor-lens-show-in-graph');

    // A lifetime lint in the Problems panel.
    await visualize(vs, 'bound.py');
    await page.keyboard.press('Control+Shift+M');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'bound method of its referent' }).first();
    await problem.waitFor({ state: 'visible', timeout: 30_000 });
    assert.match(await problem.innerText(), /the weakref callback is a bound method of its referent \(Session#\d+ <Session object>\)/);
    await vs.shot('23-editor-problems-lint');

    // Compare with Local Python: a diff of the two runs and a verdict.
    await vs.openFile('lifetimes.py');
    await vs.runCommand('Weakscope: Compare with Local Python');
    const verdict = page.locator('.notifications-toasts .notification-toast', { hasText: "Weakscope's run and" }).first();
    await verdict.waitFor({ state: 'visible', timeout: 60_000 });
    assert.match(await verdict.innerText(), /agree: same stdout, stderr and exit status/);
    await page.locator('.tabs-container .tab', { hasText: 'Weakscope ↔' }).first().waitFor({ timeout: 20_000 });
    await vs.shot('24-editor-compare');

    // The walkthrough: its pictures render (theme-aware SVGs) and its action opens the example.
    await pick(page, 'F1', '>Welcome: Open Walkthrough...', 'Welcome: Open Walkthrough...');
    await pick(page, null, 'Get Started with Weakscope', 'Get Started with Weakscope');
    // The step's media is a webview with the SVG inlined (the panel's graph is an svg too: pick ours by its size).
    const picture = await vs.webviewFrame('svg[viewBox="0 0 640 360"]', 30_000);
    await until('the graph picture', 15_000, async () => ((await picture.getByText('Reference graph at line 19 of example.py').count()) > 0 ? true : null));
    await vs.shot('25-walkthrough');
    await picture.locator('svg').first().screenshot({ path: join(ARTIFACTS, '25b-walkthrough-graph-media.png') });
    await page.locator('.getting-started-step', { hasText: 'Visualize an example' }).locator('.button-link, a', { hasText: 'Open the Example' }).first().click();
    await until('the example in an editor', 30_000, async () => ((await page.locator('.editor-instance .view-lines', { hasText: 'Weakscope walkthrough' }).count()) > 0 ? true : null));
    await vs.shot('26-walkthrough-example-opened');
  } catch (e) {
    await vs.shot('29-editor-failure');
    throw e;
  } finally {
    await vs.close();
  }
});
