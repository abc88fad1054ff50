/**
 * The webview in headless Chromium, fed what the engine records on the shipped examples
 * (examples/*.py): the RunSummary from summarize() and each step's GraphSnapshot from graphAt(),
 * as the engine worker hands them to the host. The panel must draw exactly the snapshot's objects
 * and references, the summary's timeline events, follow keyboard scrubbing through the host's
 * replies, and name the line when a program does not parse or hits a limit.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { before, describe, test } from 'node:test';
import type { GraphSnapshot, HostToWebview, RunSummary } from '../../extension/protocol/messages';
import { run } from '../../extension/engine/index';
import { TraceIndex, graphAt, summarize } from '../../extension/engine/trace/analysis/index';
import { usePanels, type Panel, ROOT } from './driver';
import type { PageWindow } from './pageWindow';

const ARTIFACTS = join(ROOT, 'artifacts', 'webview');
const EXAMPLES = join(ROOT, 'examples');

interface Recorded {
  readonly summary: RunSummary;
  readonly snapshot: (step: number) => GraphSnapshot;
}

/** What the engine worker would answer for this program: its summary, and the graph at any step. */
function record(source: string, filename: string, maxSteps?: number): Recorded {
  const result = run(source, { filename, trace: 'default', ...(maxSteps !== undefined ? { maxSteps } : {}) });
  const index = new TraceIndex(result.trace);
  const summary = summarize(result.trace, index);
  const cache = new Map<number, GraphSnapshot>();
  const snapshot = (step: number): GraphSnapshot => {
    let s = cache.get(step);
    if (s === undefined) {
      s = graphAt(index, step);
      cache.set(step, s);
    }
    return s;
  };
  return { summary, snapshot };
}

const ids = (s: GraphSnapshot): number[] => s.nodes.map((n) => n.id).sort((a, b) => a - b);
const edgeKinds = (s: GraphSnapshot): string[] => s.edges.map((e) => `${e.id}=${e.kind}`).sort();

/** Start, middle, the first step where a drawn object dies, and the end. */
function stepsOfInterest(r: Recorded): number[] {
  const last = r.summary.stepCount - 1;
  const steps = new Set([0, Math.floor(last / 2), last]);
  for (let s = 0; s <= last; s++) {
    if (r.snapshot(s).nodes.some((n) => n.dying)) {
      steps.add(s);
      break;
    }
  }
  return [...steps].sort((a, b) => a - b);
}

const panel = usePanels({ reducedMotion: true });
let weakSeen = false;

async function drawnEdges(p: Panel): Promise<string[]> {
  const pairs = await p.page.$$eval('g.edge[data-edge-kind]:not(.exiting)', (els) => els.map((e) => `${e.getAttribute('data-edge-id')}=${e.getAttribute('data-edge-kind')}`));
  return pairs.sort();
}

/** The events drawn in each lane row the timeline shows (rows are virtualised), as `step:kind`. */
async function drawnLanes(p: Panel): Promise<Map<number, string[]>> {
  const rows = await p.page.$$eval('g.row[data-lane-id]', (els) =>
    els.map((row) => ({
      id: Number(row.getAttribute('data-lane-id')),
      events: [...row.querySelectorAll('g.event[data-event-kind]')].map((e) => `${e.getAttribute('data-step')}:${e.getAttribute('data-event-kind')}`),
    })),
  );
  return new Map(rows.map((r) => [r.id, r.events.sort()]));
}

const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.py'))
  .sort();

before(() => {
  mkdirSync(ARTIFACTS, { recursive: true });
});

describe('webview on the engine’s traces of examples/*.py', () => {
  test('there are examples to show', () => {
    assert.ok(examples.length > 0);
  });

  for (const file of examples) {
    test(file, async () => {
      const r = record(readFileSync(join(EXAMPLES, file), 'utf8'), file);
      assert.equal(r.summary.problem, null, `${file} should run to its end`);
      const p = await panel();
      await p.send({ type: 'load', summary: r.summary } satisfies HostToWebview);
      const steps = stepsOfInterest(r);
      assert.ok(steps.length === 4, `${file}: no step where a drawn object dies (steps ${steps.join(', ')})`);
      for (const step of steps) weakSeen ||= r.snapshot(step).edges.some((e) => e.kind === 'weak');
      for (const step of steps) {
        const s = r.snapshot(step);
        await p.send({ type: 'graph', snapshot: s } satisfies HostToWebview);
        assert.deepEqual(await p.nodeIds(), ids(s), `objects drawn at step ${step}`);
        assert.deepEqual(await drawnEdges(p), edgeKinds(s), `references drawn at step ${step}`);
      }
      // Timeline: every lane row on screen carries exactly its lane's events.
      const lanes = await drawnLanes(p);
      assert.ok(lanes.size > 0, 'no lane drawn');
      for (const [id, drawn] of lanes) {
        const lane = r.summary.lanes.find((l) => l.objectId === id);
        assert.ok(lane !== undefined, `a row for object #${id}, which has no lane`);
        assert.deepEqual(drawn, lane.events.map((e) => `${e.step}:${e.kind}`).sort(), `events of lane #${id}`);
      }
      // Scrubbing by keyboard: the panel asks for a step, the host answers, the graph follows.
      const last = r.summary.stepCount - 1;
      assert.notDeepEqual(ids(r.snapshot(last)), ids(r.snapshot(0)), 'scrubbing to the end should change the graph');
      await p.respondToSeeks(Array.from({ length: r.summary.stepCount }, (_, i) => (i === 0 || i === 1 || i === last ? r.snapshot(i) : null)));
      await p.send({ type: 'graph', snapshot: r.snapshot(0) });
      await p.page.focus('.timeline-axis');
      for (const [key, step] of [['End', last], ['Home', 0], ['ArrowRight', 1]] as const) {
        await p.clearPosted();
        await p.page.keyboard.press(key);
        assert.equal((await p.waitForPosted('seek')).step, step, `${key} seeks`);
        const want = ids(r.snapshot(step));
        await p.page.waitForFunction(
          (w) =>
            JSON.stringify(
              Array.from((globalThis as unknown as PageWindow).document.querySelectorAll('g.node[data-object-id]:not(.exiting)'), (e) => Number(e.getAttribute('data-object-id'))).sort((a, b) => a - b),
            ) === w,
          JSON.stringify(want),
        );
        await p.settle();
        assert.deepEqual(await drawnEdges(p), edgeKinds(r.snapshot(step)), `references after ${key}`);
      }
      await p.clearPosted();
      await p.page.keyboard.press('End');
      await p.waitForPosted('seek', (m) => m.step === last);
      await p.page.waitForFunction((n) => (globalThis as unknown as PageWindow).document.querySelectorAll('g.node[data-object-id]:not(.exiting)').length === n, r.snapshot(last).nodes.length);
      await p.settle();
      // Refitted after the seek: the objects start inside the pane, none cut off at its top or left.
      const pane = await p.page.locator('svg.graph-svg').boundingBox();
      const cards = await p.page.$$eval('g.node:not(.exiting) rect.card', (els) => els.map((e) => e.getBoundingClientRect()).map((b) => ({ x: b.x, y: b.y })));
      assert.ok(pane !== null && cards.length > 0);
      const left = Math.min(...cards.map((b) => b.x));
      const top = Math.min(...cards.map((b) => b.y));
      assert.ok(left >= pane.x && top >= pane.y && left < pane.x + pane.width / 2 && top < pane.y + pane.height / 2, `cards start at ${left},${top}; the pane at ${pane.x},${pane.y}`);
      await p.page.screenshot({ path: join(ARTIFACTS, `example-${basename(file, '.py')}.png`) });
    });
  }

  test('the examples drew weak references too', () => {
    assert.ok(weakSeen, 'no weak edge in any example at the steps checked');
  });

  test('a syntax error shows its banner with the line', async () => {
    const r = record('x = 1\nif x\n    print(x)\n', 'broken.py');
    assert.equal(r.summary.problem?.kind, 'syntax_error');
    const p = await panel();
    await p.send({ type: 'load', summary: r.summary } satisfies HostToWebview);
    assert.match((await p.page.textContent('.banner')) ?? '', /Syntax error on line 2/);
    assert.equal(await p.page.getAttribute('.banner', 'data-problem'), 'syntax_error');
  });

  test('a run stopped by maxSteps shows the limit banner with its line', async () => {
    const source = readFileSync(join(EXAMPLES, examples[0] ?? ''), 'utf8');
    const r = record(source, examples[0] ?? '', 5);
    const problem = r.summary.problem;
    assert.equal(problem?.kind, 'limit');
    assert.ok(problem.line > 0);
    const p = await panel();
    await p.send({ type: 'load', summary: r.summary } satisfies HostToWebview);
    await p.send({ type: 'graph', snapshot: r.snapshot(r.summary.stepCount - 1) } satisfies HostToWebview);
    const banner = (await p.page.textContent('.banner')) ?? '';
    assert.match(banner, new RegExp(`Limit reached on line ${problem.line}`));
    await p.page.screenshot({ path: join(ARTIFACTS, 'example-limit.png') });
  });
});
