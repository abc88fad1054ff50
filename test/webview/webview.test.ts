/**
 * The panel's webview in real headless Chromium: the bundle as shipped (dist/webview.js, built
 * here when stale), the harness page standing in for VS Code, the test standing in for the host.
 * Every panel must end its test with no console error, no uncaught exception and no request
 * outside the panel's own files.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { GraphNode, GraphSnapshot, HostToWebview } from '../../extension/protocol/messages';
import { usePanels, type Panel, ROOT, type PanelOptions } from './driver';
import { largeTrace, programTrace, withProblem, type Trace } from './fixtures';
import type { PageWindow } from './pageWindow';

const ARTIFACTS = join(ROOT, 'artifacts', 'webview');

let trace: Trace;
const panel = usePanels({ reducedMotion: true });

/** A panel showing the fixture run at `step`. */
async function loaded(step: number, options: PanelOptions = {}): Promise<Panel> {
  const p = await panel(options);
  await p.send({ type: 'load', summary: trace.summary } satisfies HostToWebview);
  await p.send({ type: 'graph', snapshot: snap(step) } satisfies HostToWebview);
  return p;
}

function snap(step: number): GraphSnapshot {
  const s = trace.snapshots[step];
  if (s === undefined) throw new Error(`no step ${step}`);
  return s;
}

const ids = (s: GraphSnapshot): number[] => s.nodes.map((n) => n.id).sort((a, b) => a - b);

/** The first step where an object of this type is drawn, and that object. */
function find(pred: (n: GraphNode) => boolean): { step: number; node: GraphNode } {
  for (const s of trace.snapshots) {
    const node = s.nodes.find(pred);
    if (node !== undefined) return { step: s.step, node };
  }
  throw new Error('no such node');
}

before(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
  trace = programTrace();
});

describe('webview panel', () => {
  test('says ready with the protocol version once it listens', async () => {
    const p = await panel();
    assert.deepEqual((await p.posted())[0], { type: 'ready', protocol: 1 });
  });

  test('draws the graph and the timeline from a RunSummary and a GraphSnapshot', async () => {
    const s = snap(26);
    const p = await loaded(26);
    assert.deepEqual(await p.nodeIds(), ids(s));
    const kinds = await p.page.$$eval('g.edge[data-edge-kind]', (els) => els.map((e) => e.getAttribute('data-edge-kind')));
    assert.equal(kinds.length, s.edges.length);
    assert.equal(kinds.filter((k) => k === 'weak').length, s.edges.filter((e) => e.kind === 'weak').length);
    assert.ok(kinds.includes('strong') && kinds.includes('weak'));
    // Roots, cycle-only and immortal objects are marked as such.
    assert.equal(await p.page.$$eval('g.node.root', (els) => els.length), s.nodes.filter((n) => n.root !== null).length);
    assert.equal(await p.page.getAttribute('g.node[data-object-id="2"]', 'class'), 'node immortal');
    const card = await p.page.textContent('g.node[data-object-id="11"]');
    assert.match(card ?? '', /Image #11/);
    assert.match(card ?? '', /Image\('logo\.png'\)/);
    assert.match(card ?? '', /1 weak/);
    // Timeline: only interesting lanes by default, every marker kind present, output aligned.
    const interesting = trace.summary.lanes.filter((l) => l.interesting);
    assert.equal(await p.page.$$eval('g.row[data-lane-id]', (els) => els.length), interesting.length);
    const eventKinds = new Set(await p.page.$$eval('g.event[data-event-kind]', (els) => els.map((e) => e.getAttribute('data-event-kind'))));
    for (const k of ['weakref_created', 'callback', 'finalize', 'del', 'resurrect', 'gc', 'phase', 'freed']) assert.ok(eventKinds.has(k), `no ${k} marker`);
    assert.equal(await p.page.$$eval('.output-row', (els) => els.length), trace.summary.output.length);
    const future = await p.page.$$eval('.output-row.future', (els) => els.map((e) => Number(e.getAttribute('data-step'))));
    assert.deepEqual(future, trace.summary.output.filter((c) => c.step > 26).map((c) => c.step));
    // "Show all objects" adds the other lanes (rows are virtualised: scroll to see the last one).
    await p.page.check('.lane-filter input');
    await p.settle();
    const rows = trace.summary.lanes.length + 2; // + the collections and output rows
    assert.equal(await p.page.$eval('.timeline-spacer', (e) => e.getAttribute('style')), `height: ${rows * 24}px;`);
    await p.page.$eval('.timeline-scroll', (e) => e.scrollBy(0, 100_000));
    const last = trace.summary.lanes.at(-1)?.objectId;
    await p.page.waitForSelector(`g.row[data-lane-id="${last}"]`);
  });

  test('seeking swaps the objects drawn, keyed by object id', async () => {
    const p = await loaded(21);
    const before = await p.nodeIds();
    assert.deepEqual(before, ids(snap(21)));
    const kept = await p.page.getAttribute('g.node[data-object-id="6"]', 'transform');
    await p.send({ type: 'graph', snapshot: snap(24) });
    assert.deepEqual(await p.nodeIds(), ids(snap(24)));
    const removed = before.filter((id) => !ids(snap(24)).includes(id));
    const added = ids(snap(24)).filter((id) => !before.includes(id));
    assert.ok(removed.length > 0 && added.length > 0, 'the fixture should add and remove objects between these steps');
    // Positions carry over: the cache moves little when the step changes.
    const moved = await p.page.getAttribute('g.node[data-object-id="6"]', 'transform');
    const xy = (t: string | null): number[] => (t ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
    const [x0 = 0, y0 = 0] = xy(kept);
    const [x1 = 0, y1 = 0] = xy(moved);
    assert.ok(Math.hypot(x1 - x0, y1 - y0) < 120, `the cache jumped ${Math.hypot(x1 - x0, y1 - y0)}px`);
    assert.match((await p.page.textContent('.status')) ?? '', /step 24 \/ 32 · line 36/);
  });

  test('freed objects fade out, and leave after fading unless motion is reduced', async () => {
    const dying = find((n) => n.dying && n.root === null);
    const p = await loaded(dying.step - 1, { reducedMotion: false });
    await p.send({ type: 'graph', snapshot: snap(dying.step) });
    assert.match((await p.page.getAttribute(`g.node[data-object-id="${dying.node.id}"]`, 'class')) ?? '', /dying/);
    await p.send({ type: 'graph', snapshot: snap(dying.step + 1) });
    // With motion the element lingers while fading, no longer counted, then goes.
    await p.page.waitForSelector(`g.node[data-object-id="${dying.node.id}"]`, { state: 'detached', timeout: 10_000 });
    const still = await loaded(dying.step);
    const transition = await still.page.$eval(`g.node[data-object-id="${dying.node.id}"]`, (e) => (globalThis as unknown as PageWindow).getComputedStyle(e).transitionDuration);
    assert.equal(transition, '0s', 'reduced motion: no fade transition');
    await still.send({ type: 'graph', snapshot: snap(dying.step + 1) });
    assert.equal(await still.page.$(`g.node[data-object-id="${dying.node.id}"]`), null, 'reduced motion: removed at once');
  });

  test('the same trace always gives the same picture', async () => {
    const positions = async (): Promise<string[]> => {
      const p = await loaded(12);
      await p.send({ type: 'graph', snapshot: snap(26) });
      return p.page.$$eval('g.node', (els) => els.map((e) => `${e.getAttribute('data-object-id')}@${e.getAttribute('transform')}`));
    };
    assert.deepEqual(await positions(), await positions());
  });

  test('clicking a node posts selectObject; details highlight the why-alive chain', async () => {
    const p = await loaded(26);
    await p.page.click('button[aria-label="Fit the graph to the view"]');
    await p.settle();
    await p.clearPosted();
    await p.page.click('g.node[data-object-id="11"]');
    await p.waitForPosted('selectObject', (m) => m.id === 11);
    assert.deepEqual(await p.waitForPosted('state'), { type: 'state', step: 26, selected: 11 });
    assert.match((await p.page.getAttribute('g.node[data-object-id="11"]', 'class')) ?? '', /selected/);
    const details = trace.details(26, 11);
    await p.send({ type: 'details', details });
    const text = (await p.page.textContent('.details')) ?? '';
    assert.match(text, /refcount 1/);
    assert.match(text, /Why it is alive/);
    const why = await p.page.$$eval('g.edge.why', (els) => els.map((e) => e.getAttribute('data-edge-id')));
    assert.deepEqual(why.sort(), details.whyAlive.flat().map((l) => `${l.from}->${l.to}:${l.label}`).sort());
    // The cache's weak entries: live and evicted, with when and why.
    await p.page.click('g.node[data-object-id="6"]');
    await p.send({ type: 'details', details: trace.details(26, 6) });
    const entries = (await p.page.textContent('.weak-entries')) ?? '';
    assert.match(entries, /1 live, 1 evicted/);
    assert.match(entries, /evicted: step 23 \(line 35\)/);
    assert.deepEqual(await p.savedState(), { step: 26, selected: 6 });
  });

  test('keyboard: Tab reaches nodes and Enter selects', async () => {
    const p = await loaded(26);
    await p.page.focus('g.node[data-object-id="17"]');
    await p.page.keyboard.press('Enter');
    await p.waitForPosted('selectObject', (m) => m.id === 17);
    const label = (await p.page.getAttribute('g.node[data-object-id="17"]', 'aria-label')) ?? '';
    assert.match(label, /Node #17.*refcount 2.*1 weak reference/);
  });

  test('the host selects an object (Explain Why Alive) and asks for the SVG (Export Graph as SVG)', async () => {
    const p = await loaded(26);
    await p.clearPosted();
    await p.send({ type: 'select', id: 11 } satisfies HostToWebview);
    await p.waitForPosted('selectObject', (m) => m.id === 11);
    assert.match((await p.page.getAttribute('g.node[data-object-id="11"]', 'class')) ?? '', /selected/);
    await p.send({ type: 'requestSvg' } satisfies HostToWebview);
    const exported = await p.waitForPosted('exportSvg');
    assert.match(exported.svg, /^<svg[\s>]/);
    assert.match(exported.svg, /data-object-id="11"/);
  });

  test('the renderMode setting (data-render-mode on <body>) forces the canvas on a small graph', async () => {
    const p = await panel();
    // As the host's page puts it (extension/host/html.ts); the harness page has none.
    await p.page.evaluate("document.body.dataset.renderMode = 'canvas'");
    await p.send({ type: 'load', summary: trace.summary } satisfies HostToWebview);
    await p.send({ type: 'graph', snapshot: snap(26) } satisfies HostToWebview);
    assert.equal(await p.page.evaluate(() => (globalThis as unknown as PageWindow).weakscopeProbe?.renderer()), 'canvas');
  });

  test('clicking a timeline event reveals its line and seeks to its step', async () => {
    const p = await loaded(26);
    await p.clearPosted();
    const del = trace.summary.lanes.flatMap((l) => l.events).find((e) => e.kind === 'del');
    assert.ok(del !== undefined);
    await p.page.click(`g.event[data-event-kind="del"][data-step="${del.step}"]`);
    assert.deepEqual(await p.waitForPosted('revealLine'), { type: 'revealLine', line: del.line });
    assert.deepEqual(await p.waitForPosted('seek'), { type: 'seek', step: del.step });
  });

  test('keyboard scrubbing posts seek: arrows, Home/End, PageUp/PageDown', async () => {
    const p = await loaded(10);
    await p.page.focus('.timeline-axis');
    const seeks = async (key: string): Promise<number> => {
      await p.clearPosted();
      await p.page.keyboard.press(key);
      return (await p.waitForPosted('seek')).step;
    };
    assert.equal(await seeks('ArrowRight'), 11);
    assert.equal(await seeks('ArrowLeft'), 10);
    assert.equal(await seeks('End'), trace.summary.stepCount - 1);
    assert.equal(await seeks('Home'), 0);
    assert.equal(await seeks('PageUp'), Math.round(trace.summary.stepCount / 10));
    assert.equal(await seeks('PageDown'), 0);
    assert.equal(await p.page.getAttribute('.timeline-axis', 'aria-valuenow'), '0');
    // And by mouse: a press on the axis seeks to the step under the pointer.
    const box = await p.page.locator('.timeline-axis').boundingBox();
    assert.ok(box !== null);
    await p.clearPosted();
    await p.page.mouse.click(box.x + box.width - 40, box.y + box.height / 2);
    assert.equal((await p.waitForPosted('seek')).step, trace.summary.stepCount - 1);
  });

  test('canvas mode engages at 2,500 objects and stays interactive', async () => {
    const big = largeTrace(2_500, 2);
    const p = await panel({ theme: 'dark' });
    await p.send({ type: 'load', summary: big.summary });
    await p.send({ type: 'graph', snapshot: big.snapshots[0] });
    assert.equal(await p.page.evaluate(() => (globalThis as unknown as PageWindow).weakscopeProbe?.renderer()), 'canvas');
    assert.equal(await p.page.isVisible('canvas.graph-canvas'), true);
    assert.equal(await p.page.isVisible('svg.graph-svg'), false);
    await p.page.screenshot({ path: join(ARTIFACTS, 'panel-canvas-fit-dark.png') });
    const box = await p.page.locator('canvas.graph-canvas').boundingBox();
    assert.ok(box !== null);
    const zoom0 = Number(await p.page.getAttribute('canvas.graph-canvas', 'data-zoom'));
    await p.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await p.page.mouse.wheel(0, -400);
    await p.page.waitForFunction((z) => Number((globalThis as unknown as PageWindow).document.querySelector('canvas')?.getAttribute('data-zoom')) > z, zoom0);
    // Click on an object: the quadtree finds it.
    const target = await p.page.evaluate(
      ({ nodes, rect }) => {
        for (const id of nodes) {
          const at = (globalThis as unknown as PageWindow).weakscopeProbe?.screenPoint(id);
          if (at && at.x > rect.x + 20 && at.x < rect.x + rect.width - 20 && at.y > rect.y + 20 && at.y < rect.y + rect.height - 60) return { id, ...at };
        }
        return null;
      },
      { nodes: big.snapshots[0]?.nodes.map((n) => n.id) ?? [], rect: box },
    );
    assert.ok(target !== null, 'no object on screen');
    await p.clearPosted();
    await p.page.mouse.click(target.x, target.y);
    assert.equal((await p.waitForPosted('selectObject')).id, target.id);
    // Keyboard: arrows walk the objects, Enter selects.
    await p.page.focus('canvas.graph-canvas');
    await p.clearPosted();
    await p.page.keyboard.press('ArrowRight');
    await p.page.keyboard.press('Enter');
    await p.waitForPosted('selectObject');
    // A step with objects removed and added repaints without leaving canvas mode.
    await p.send({ type: 'graph', snapshot: big.snapshots[1] });
    assert.equal(await p.page.evaluate(() => (globalThis as unknown as PageWindow).weakscopeProbe?.renderer()), 'canvas');
    await p.page.screenshot({ path: join(ARTIFACTS, 'panel-canvas-dark.png') });
  });

  test('malformed and oversized messages are rejected without errors', async () => {
    const p = await loaded(5);
    const good = snap(5);
    const node = good.nodes[0];
    const bad: unknown[] = [
      null,
      'load',
      42,
      [],
      { type: 'nonsense' },
      { type: 'load' },
      { type: 'load', summary: { ...trace.summary, stepCount: -1 } },
      { type: 'load', summary: { ...trace.summary, lines: [1, 2] } },
      { type: 'graph', snapshot: { ...good, step: 1.5 } },
      { type: 'graph', snapshot: { ...good, nodes: [{ ...node, refcnt: Number.NaN }] } },
      { type: 'graph', snapshot: { ...good, nodes: [{ ...node, root: 'heap' }] } },
      { type: 'graph', snapshot: { ...good, nodes: [node, node] } },
      { type: 'graph', snapshot: { ...good, edges: 'none' } },
      { type: 'details', details: { id: 1 } },
      { type: 'theme', kind: 'sepia' },
      { type: 'running', filename: 7 },
    ];
    for (const m of bad) await p.post(m);
    // Oversized: more nodes than MESSAGE_LIMITS.maxNodes, more edges than maxEdges, more bytes than maxMessageBytes.
    // (No named functions inside: tsx would wrap them in a helper the page does not have.)
    await p.page.evaluate((n) => {
      const w = globalThis as unknown as PageWindow;
      w.postMessage({ type: 'graph', snapshot: { step: 1, line: 1, nodes: new Array(50_001).fill(n), edges: [] } }, '*');
      w.postMessage({ type: 'graph', snapshot: { step: 1, line: 1, nodes: [n], edges: new Array(200_001).fill({}) } }, '*');
      w.postMessage({ type: 'running', filename: 'x'.repeat(40_000_000) }, '*');
    }, node);
    await p.settle();
    const rejected = p.warnings.filter((w) => w.includes('rejected a message'));
    assert.equal(rejected.length, bad.length + 3, rejected.join('\n'));
    assert.ok(rejected.some((w) => /50001 items, more than the limit of 50000/.test(w)));
    assert.ok(rejected.some((w) => /larger than 67108864 bytes/.test(w)));
    // Nothing of it reached the views, and the panel still works.
    assert.deepEqual(await p.nodeIds(), ids(good));
    await p.send({ type: 'graph', snapshot: snap(6) });
    assert.deepEqual(await p.nodeIds(), ids(snap(6)));
  });

  test('hostile strings render as text', async () => {
    const p = await loaded(5);
    const hostile = [
      '<script>window.__pwned = 1</script>',
      '<img src="http://evil.example/x.png" onerror="window.__pwned = 2">',
      'bell\u0007 escape\u001b[31m nul\u0000 rtl\u202eevil',
      '</text><foreignObject><iframe src="http://evil.example"></iframe></foreignObject>',
    ];
    const s = snap(5);
    const nodes = s.nodes.map((n, i) => ({ ...n, repr: hostile[i % hostile.length] ?? '', names: [...n.names, hostile[(i + 1) % hostile.length] ?? ''] }));
    const huge = 'N'.repeat(1_000_000);
    const first = nodes[0];
    assert.ok(first !== undefined);
    nodes[0] = { ...first, names: [huge], typeName: `<b>${huge}` };
    await p.send({ type: 'graph', snapshot: { ...s, nodes, edges: s.edges.map((e) => ({ ...e, label: hostile[0] ?? '' })) } });
    const summary = withProblem(
      {
        ...trace.summary,
        filename: hostile[1] ?? '',
        lanes: trace.summary.lanes.map((l, i) => ({ ...l, title: hostile[i % hostile.length] ?? '', events: l.events.map((e) => ({ ...e, label: hostile[2] ?? '' })) })),
        output: trace.summary.output.map((c, i) => ({ ...c, text: hostile[i % hostile.length] ?? '' })),
      },
      { kind: 'internal_error', message: hostile[3] ?? '', line: 3 },
    );
    await p.send({ type: 'load', summary });
    await p.send({ type: 'graph', snapshot: { ...s, nodes, edges: s.edges.map((e) => ({ ...e, label: hostile[0] ?? '' })) } });
    assert.equal(await p.page.evaluate(() => (globalThis as unknown as PageWindow).__pwned), undefined);
    for (const tag of ['script:not([src])', 'img', 'iframe', 'foreignObject', 'b']) {
      assert.equal(await p.page.$$eval(`body ${tag}`, (els) => els.length), 0, `a <${tag}> element was created`);
    }
    const text = (await p.page.textContent('g.nodes')) ?? '';
    assert.match(text, /<script>window\.__pwned/);
    assert.match(text, /bell␇ escape␛\[31m nul␀ rtl\\u202eevil/);
    // eslint-disable-next-line no-control-regex -- asserting that no control character got through.
    assert.doesNotMatch(text, /[\u0000-\u0008\u202e]/);
    // The 1 MB name was clipped on arrival (a warning), and the card shows a line's worth of it.
    assert.ok(p.warnings.some((w) => /clipped to 10000/.test(w)));
    const longest = await p.page.$$eval('g.node text, .lane-title, .toolbar span', (els) => Math.max(...els.map((e) => (e.textContent ?? '').length)));
    assert.ok(longest < 3_000, `a label of ${longest} characters`);
    assert.match((await p.page.textContent('.banner')) ?? '', /<\/text><foreignObject>/);
    assert.match((await p.page.textContent('.timeline')) ?? '', /<script>window\.__pwned/);
    assert.match((await p.page.textContent('.output-list')) ?? '', /<img src=/);
    await p.page.focus('g.node[data-object-id="6"]');
    await p.page.keyboard.press('Enter');
    const details = trace.details(5, 6);
    await p.send({ type: 'details', details: { ...details, title: hostile[0] ?? '', facts: hostile, weakEntries: [{ key: hostile[1] ?? '', value: hostile[3] ?? '', evicted: hostile[2] ?? '' }] } });
    assert.match((await p.page.textContent('.details')) ?? '', /<iframe src=/);
    for (const tag of ['script:not([src])', 'img', 'iframe', 'foreignObject', 'b']) {
      assert.equal(await p.page.$$eval(`body ${tag}`, (els) => els.length), 0, `a <${tag}> element was created`);
    }
    assert.equal(await p.page.evaluate(() => (globalThis as unknown as PageWindow).__pwned), undefined);
  });

  test('theme messages restyle the panel; Export SVG posts a standalone SVG', async () => {
    const p = await loaded(26, { theme: 'dark' });
    await p.send({ type: 'theme', kind: 'high-contrast' });
    assert.equal(await p.page.getAttribute('body', 'data-theme'), 'high-contrast');
    await p.clearPosted();
    await p.page.click('button[aria-label="Save the graph as SVG"]');
    const { svg } = await p.waitForPosted('exportSvg');
    assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, /data-object-id="11"/);
    assert.match(svg, /Image\('logo\.png'\)/);
    // Colours are resolved: the file must not depend on VS Code's variables.
    assert.doesNotMatch(svg, /var\(--/);
    assert.match(svg, /fill: rgb\(/);
  });

  test('a problem names its kind and line instead of a blank panel', async () => {
    const p = await panel();
    const summary = {
      ...trace.summary,
      stepCount: 0,
      lines: [],
      lanes: [],
      collections: [],
      output: [],
      problem: { kind: 'syntax_error', message: "invalid syntax. Perhaps you forgot a comma?", line: 3 },
    } as const;
    await p.send({ type: 'load', summary });
    assert.match((await p.page.textContent('.banner')) ?? '', /Syntax error on line 3.*forgot a comma/);
    assert.match((await p.page.textContent('.graph-empty')) ?? '', /did not run/);
    await p.clearPosted();
    await p.page.click('.banner-go');
    assert.deepEqual(await p.waitForPosted('revealLine'), { type: 'revealLine', line: 3 });
    await p.send({ type: 'running', filename: 'again.py' });
    assert.match((await p.page.textContent('.graph-empty')) ?? '', /Running again\.py/);
  });

  test('step and selection survive a reload (getState/setState)', async () => {
    const p = await loaded(26);
    await p.page.focus('.timeline-axis');
    await p.page.keyboard.press('ArrowLeft');
    await p.page.focus('g.node[data-object-id="6"]');
    await p.page.keyboard.press('Enter');
    assert.deepEqual(await p.savedState(), { step: 25, selected: 6 });
    await p.page.reload();
    await p.page.waitForFunction(() => (globalThis as unknown as PageWindow).__harness.posted.length > 0);
    await p.send({ type: 'load', summary: trace.summary });
    assert.equal((await p.waitForPosted('seek')).step, 25);
    assert.equal((await p.waitForPosted('selectObject')).id, 6);
  });

  test('screenshots: light, dark and high-contrast themes', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const p = await loaded(26, { theme });
      await p.page.focus('g.node[data-object-id="11"]');
      await p.page.keyboard.press('Enter');
      await p.send({ type: 'details', details: trace.details(26, 11) });
      await p.page.locator('.panel').focus().catch(() => undefined);
      await p.page.screenshot({ path: join(ARTIFACTS, `panel-${theme}.png`) });
      await p.send({ type: 'graph', snapshot: snap(28) });
      await p.page.screenshot({ path: join(ARTIFACTS, `panel-gc-${theme}.png`) });
    }
    const p = await panel({ theme: 'dark', width: 560, height: 700 });
    await p.send({ type: 'load', summary: withProblem(trace.summary, { kind: 'limit', message: 'stopped after 1,000,000 steps (weakscope.maxSteps)', line: 40 }) });
    await p.send({ type: 'graph', snapshot: snap(26) });
    await p.page.screenshot({ path: join(ARTIFACTS, 'panel-narrow-limit-dark.png') });
  });
});
