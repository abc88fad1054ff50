/**
 * Weakscope in a real VS Code, as a user meets it: the packaged .vsix installed into code-server,
 * examples/cache.py opened, "Weakscope: Visualize Current File" run from the palette. What the
 * panel shows is checked against the engine itself (the same worker methods the extension calls,
 * run in-process here): the timeline's lanes and event markers, the graph's nodes and edge kinds at
 * the step shown, the graph following the scrubber, a click on the weakref callback's marker
 * moving the editor to its line, the panel restored at the same step after a window reload, and
 * the panel following a switch to a dark theme.
 * Screenshots of each step go to artifacts/e2e/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { createEngineMethods } from '../../extension/engine/worker-session';
import type { GraphSnapshot } from '../../extension/protocol/messages';
import { ROOT, ensureVsix } from '../package/vsix';
import { startVSCode, until, type VSCode } from './harness';

const FILE = 'examples/cache.py';
const SOURCE = readFileSync(join(ROOT, FILE), 'utf8');

const engine = createEngineMethods();
const report = engine.run({ source: SOURCE, filename: 'cache.py', profile: 'cpython-3.14', limits: {} });

async function shownStep(frame: Frame): Promise<number> {
  return Number(await frame.locator('[role="slider"]').getAttribute('aria-valuenow'));
}

async function graphShown(frame: Frame): Promise<{ nodes: number[]; edgeKinds: string[] }> {
  const nodes = await frame.$$eval('[data-object-id]', (els) => els.map((e) => Number(e.getAttribute('data-object-id'))));
  const edgeKinds = await frame.$$eval('[data-edge-kind]', (els) => els.map((e) => e.getAttribute('data-edge-kind') ?? ''));
  return { nodes: nodes.sort((a, b) => a - b), edgeKinds: edgeKinds.sort() };
}

function graphExpected(snapshot: GraphSnapshot): { nodes: number[]; edgeKinds: string[] } {
  return { nodes: snapshot.nodes.map((n) => n.id).sort((a, b) => a - b), edgeKinds: snapshot.edges.map((e) => e.kind).sort() };
}

/** The graph the panel shows matches the engine's graph at the panel's step (the graph lags the scrubber by a message). */
async function graphMatchesStep(frame: Frame): Promise<number> {
  return until('the graph of the step shown', 15_000, async () => {
    const step = await shownStep(frame);
    const shown = await graphShown(frame);
    assert.deepEqual(shown, graphExpected(engine.seek(step)));
    return step;
  });
}

test('Visualize Current File on examples/cache.py in code-server', async (t) => {
  assert.equal(report.status, 'ok', `the engine cannot run ${FILE}: ${report.message}`);
  const vsix = ensureVsix();
  const vs: VSCode = await startVSCode({ files: { [FILE]: SOURCE }, vsix });
  try {
    await vs.openFile(FILE);
    await vs.shot('01-cache-py-open');
    await vs.runCommand('Weakscope: Visualize Current File');
    const frame = await vs.webviewFrame('[data-event-kind]', 60_000);
    await vs.shot('02-panel');

    await t.test('the timeline shows the lanes and events the engine recorded', async () => {
      const lanes = report.summary.lanes.filter((l) => l.interesting);
      const shownLanes = await frame.$$eval('[data-lane-id]', (els) => els.map((e) => Number(e.getAttribute('data-lane-id'))));
      assert.deepEqual(shownLanes.sort((a, b) => a - b), lanes.map((l) => l.objectId).sort((a, b) => a - b));
      const kinds = new Set(await frame.$$eval('[data-event-kind]', (els) => els.map((e) => e.getAttribute('data-event-kind'))));
      for (const kind of new Set(lanes.flatMap((l) => l.events.map((e) => e.kind)))) assert.ok(kinds.has(kind), `no ${kind} marker`);
      assert.ok(kinds.has('weakref_created') && kinds.has('callback'), 'cache.py creates a weakref whose callback runs');
    });

    await t.test('the graph shows the engine\'s objects and edges at the step shown', async () => {
      await graphMatchesStep(frame);
      assert.ok((await graphShown(frame)).nodes.length > 0);
    });

    await t.test('scrubbing moves the step and the graph follows', async () => {
      const axis = frame.locator('[role="slider"]');
      const box = await axis.boundingBox();
      assert.ok(box !== null);
      const before = await shownStep(frame);
      // Drag from near the start of the axis to its middle, as a user scrubs.
      await vs.page.mouse.move(box.x + box.width * 0.15, box.y + box.height / 2);
      await vs.page.mouse.down();
      await vs.page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2, { steps: 8 });
      await vs.page.mouse.up();
      const dragged = await graphMatchesStep(frame);
      assert.notEqual(dragged, before);
      await axis.press('Home');
      assert.equal(await graphMatchesStep(frame), 0);
      await axis.press('End');
      assert.equal(await graphMatchesStep(frame), report.summary.stepCount - 1);
      await vs.shot('03-scrubbed-to-end');
    });

    await t.test('clicking the weakref callback marker moves the editor to its line', async () => {
      const callback = report.summary.lanes.flatMap((l) => l.events).find((e) => e.kind === 'callback');
      assert.ok(callback !== undefined);
      await frame.locator(`[data-event-kind="callback"][data-step="${callback.step}"]`).first().click();
      await until(`the editor on line ${callback.line}`, 10_000, async () => ((await vs.cursor()).line === callback.line ? true : null));
      // The line is the one that dropped the last strong reference: `del logo, again`.
      assert.match(SOURCE.split('\n')[callback.line - 1] ?? '', /del logo, again/);
      await vs.shot('04-event-clicked');
    });

    await t.test('after a window reload the panel is restored at the same step', async () => {
      const step = await shownStep(frame);
      await vs.reloadWindow();
      const restored = await vs.webviewFrame('[data-object-id]', 60_000);
      await until(`step ${step} restored`, 15_000, async () => ((await shownStep(restored)) === step ? true : null));
      await graphMatchesStep(restored);
      await vs.shot('05-restored-after-reload');
    });

    await t.test('the panel follows a switch to a dark theme', async () => {
      await vs.runCommand('Preferences: Color Theme');
      await vs.page.keyboard.type('Dark Modern');
      await vs.page.keyboard.press('Enter');
      const dark = await vs.webviewFrame('body.vscode-dark [data-object-id]', 20_000);
      await graphMatchesStep(dark);
      await vs.shot('06-dark-theme');
    });

    await t.test('the webview logged no errors', () => {
      for (const e of vs.errors) t.diagnostic(`console error in ${e.url}: ${e.text}`);
      // The workbench's own complaints (no marketplace offline, …) are not Weakscope's.
      const ours = vs.errors.filter((e) => /webview|weakscope/i.test(`${e.url} ${e.text}`));
      assert.deepEqual(ours, []);
    });
  } finally {
    await vs.close();
  }
});
