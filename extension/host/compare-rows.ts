/**
 * Compare Profiles: two runs of the same source under two semantics profiles, aligned by source
 * line. For every line where anything happened in either run — an object of the timeline freed,
 * __del__, a weakref callback, weakref.finalize, a collection, output — what happened there in
 * each, in the order it happened. Built from the runs' summaries (what the worker already sends
 * the panel), so a user sees e.g. a cache entry freed at `del` on CPython but only at
 * `gc.collect()` on MicroPython. Plain Node, no vscode.
 */
import type { RunSummary, TimelineEvent } from '../protocol/messages';

export interface CompareRow {
  /** 0: interpreter start-up and shutdown (no source line). */
  readonly line: number;
  readonly left: readonly string[];
  readonly right: readonly string[];
  /** The two runs did something different here. */
  readonly differs: boolean;
}

interface Happening {
  readonly step: number;
  readonly line: number;
  readonly text: string;
}

/** What the comparison shows of a lane event ('weakref_created', 'gc' and phases are the lanes' own detail). */
const SHOWN: Partial<Record<TimelineEvent['kind'], (type: string) => string>> = {
  freed: (type) => `${type} freed`,
  del: (type) => `${type}.__del__ ran`,
  callback: () => 'weakref callback',
  finalize: () => 'weakref.finalize called',
};

/** 'Entry#3 <Entry object>' → 'Entry': object numbers differ between runs, types do not. */
function laneType(title: string): string {
  const hash = title.indexOf('#');
  return hash > 0 ? title.slice(0, hash) : title;
}

function happenings(summary: RunSummary): Happening[] {
  const out: Happening[] = [];
  for (const lane of summary.lanes) {
    if (!lane.interesting) continue;
    for (const e of lane.events) {
      const word = SHOWN[e.kind];
      if (word !== undefined) out.push({ step: e.step, line: e.line, text: word(laneType(lane.title)) });
    }
  }
  for (const c of summary.collections) out.push({ step: c.step, line: c.line, text: c.label });
  for (const o of summary.output) {
    const text = o.text.replace(/\n$/, '');
    out.push({ step: o.step, line: summary.lines[o.step] ?? 0, text: `${o.stream === 'stderr' ? 'stderr' : 'printed'} ${JSON.stringify(text)}` });
  }
  return out.sort((a, b) => a.step - b.step);
}

/**
 * Per line, its happenings' texts in the order each first happened, a repeated one counted
 * ('Entry freed ×3'): within a step the summary does not keep the order between lanes.
 */
function byLine(summary: RunSummary): Map<number, string[]> {
  const lines = new Map<number, Map<string, number>>();
  for (const h of happenings(summary)) {
    let counts = lines.get(h.line);
    if (counts === undefined) lines.set(h.line, (counts = new Map()));
    counts.set(h.text, (counts.get(h.text) ?? 0) + 1);
  }
  return new Map([...lines].map(([line, counts]) => [line, [...counts].map(([text, n]) => (n === 1 ? text : `${text} ×${n}`))]));
}

/** The rows where anything happened in either run, by line (start-up and shutdown, line 0, last). */
export function compareRows(left: RunSummary, right: RunSummary): CompareRow[] {
  const l = byLine(left);
  const r = byLine(right);
  const order = (line: number): number => (line === 0 ? Number.MAX_SAFE_INTEGER : line);
  const lines = [...new Set([...l.keys(), ...r.keys()])].sort((a, b) => order(a) - order(b));
  return lines.map((line) => {
    const a = l.get(line) ?? [];
    const b = r.get(line) ?? [];
    return { line, left: a, right: b, differs: a.join('\n') !== b.join('\n') };
  });
}
