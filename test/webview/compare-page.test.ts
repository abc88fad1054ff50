/**
 * The Compare Profiles page (extension/host/compare-page.ts) built from real engine runs under
 * CPython 3.14 and MicroPython, loaded in headless Chromium under its own Content Security Policy:
 * the stylesheet applies, nothing is refused, the rows line up by source line and the lines where
 * the runs differ stand out. Saves a screenshot to $WEAKSCOPE_SCREENSHOTS/compare.png when set.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { findProfile, type ProfileName } from '../../extension/engine/profile';
import type { RunReport } from '../../extension/protocol/rpc';
import { compareRows } from '../../extension/host/compare-rows';
import { comparePageHtml, type CompareSide } from '../../extension/host/compare-page';
import { CACHE as SOURCE, runUnder } from '../host/compare-snippet';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, ensureChromium } from './driver';

const ORIGIN = 'http://weakscope.test';

function side(profile: ProfileName): CompareSide & { report: RunReport } {
  const { result: r, summary } = runUnder(SOURCE, profile);
  const report: RunReport = {
    status: r.status, message: r.message, line: 0, limit: null, exitStatus: r.exitStatus, stdout: r.stdout, stderr: r.stderr,
    stepCount: r.trace.steps.count, objectCount: r.trace.objects.count, eventCount: r.trace.events.count, profile: findProfile(profile)?.label ?? profile, summary, elapsedMs: 0,
  };
  return { label: findProfile(profile)?.label ?? profile, report };
}

let browser: Browser;
before(async () => {
  ensureChromium();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
after(async () => {
  await browser.close();
});

test('the comparison page shows both runs aligned by line, under the webview CSP', async () => {
  const left = side('cpython-3.14');
  const right = side('micropython');
  const compared = compareRows(left.report.summary, right.report.summary);
  const html = comparePageHtml({ cspSource: ORIGIN, stylesheet: `${ORIGIN}/media/compare.css`, filename: 'cache.py', lines: SOURCE.split('\n'), left, right, rows: compared });
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const refused: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') refused.push(m.text());
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/compare.html') await route.fulfill({ contentType: 'text/html', body: html });
    else if (url.pathname === '/media/compare.css') await route.fulfill({ contentType: 'text/css', body: readFileSync(join(ROOT, 'media', 'compare.css'), 'utf8') });
    else {
      refused.push(url.href);
      await route.abort();
    }
  });
  await page.goto(`${ORIGIN}/compare.html`);
  const rows = await page.$$eval('table.rows tbody tr', (trs) => trs.map((tr) => ({ cls: tr.className, cells: [...tr.children].map((c) => (c as unknown as { innerText: string }).innerText.trim()) })));
  const cell = (texts: readonly string[]): string => (texts.length === 0 ? '—' : texts.join('\n'));
  const source = (line: number): string => (line === 0 ? 'start-up and shutdown' : (SOURCE.split('\n')[line - 1] ?? '').trim());
  assert.deepEqual(rows, compared.map((r) => ({ cls: r.differs ? 'differs' : 'same', cells: [r.line === 0 ? 'exit' : String(r.line), source(r.line), cell(r.left), cell(r.right)] })));
  // The lines of the story: the entry dies at `del e` on CPython, at gc.collect() on MicroPython.
  assert.deepEqual(rows.filter((r) => r.cells[2]?.includes('Entry freed') || r.cells[3]?.includes('Entry freed')).map((r) => r.cells.slice(0, 2)), [['10', 'del e'], ['12', 'gc.collect()']]);
  // Output with markup characters arrives as text, not as elements.
  assert.ok(rows.some((r) => r.cells[2] === 'printed "callback <gone>"'));
  assert.equal(await page.$('gone'), null);
  assert.deepEqual(await page.$$eval('.run h2', (hs) => hs.map((h) => h.textContent)), ['CPython 3.14', 'MicroPython 1.29']);
  assert.deepEqual(await page.$$eval('pre.output', (ps) => ps.map((p) => p.textContent)), [left.report.stdout, right.report.stdout]);
  // The stylesheet applied: differing rows are shaded, the others are not.
  const shade = await page.$$eval('tr.differs td, tr.same td', (tds) => [...new Set(tds.map((td) => `${td.parentElement?.className}:${(globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(td).backgroundColor}`))]);
  assert.ok(shade.some((s) => s.startsWith('differs:') && !s.endsWith('rgba(0, 0, 0, 0)')), shade.join());
  assert.ok(shade.some((s) => s === 'same:rgba(0, 0, 0, 0)'), shade.join());
  assert.deepEqual(refused, []);
  const dir = process.env.WEAKSCOPE_SCREENSHOTS;
  if (dir !== undefined && dir !== '') await page.screenshot({ path: join(dir, 'compare.png'), fullPage: true });
  await page.close();
});
