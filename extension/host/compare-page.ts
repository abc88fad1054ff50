/**
 * The Compare Profiles page: for each of the two runs its profile, exit status, output and
 * timeline lanes, then the rows of compare-rows.ts aligned by source line. A static page — no
 * script at all — under the panel's Content Security Policy (html.ts), every text escaped.
 * Plain Node, no vscode.
 */
import type { TimelineLane } from '../protocol/messages';
import type { RunReport } from '../protocol/rpc';
import type { CompareRow } from './compare-rows';
import { attr, makeNonce, pageHead } from './html';

export interface CompareSide {
  /** The profile's label ('CPython 3.14'). */
  readonly label: string;
  /** The run's report, or why there is none (the run failed or was stopped). */
  readonly report: RunReport | { readonly failed: string };
}

export interface ComparePage {
  readonly cspSource: string;
  /** asWebviewUri of media/compare.css */
  readonly stylesheet: string;
  readonly filename: string;
  /** The document's source lines (1-based line n is lines[n - 1]). */
  readonly lines: readonly string[];
  readonly left: CompareSide;
  readonly right: CompareSide;
  readonly rows: readonly CompareRow[];
}

/** Lanes listed per run: the interesting ones (weakrefs, finalizers, __del__), as the panel's default filter shows. */
const MAX_LANES = 40;

function status(side: CompareSide): string {
  const r = side.report;
  if ('failed' in r) return `<p class="problem">${attr(r.failed)}</p>`;
  const exit = `<p class="exit">exit status ${r.exitStatus}${r.status === 'ok' || r.status === 'error' ? '' : ` (${attr(r.status)})`}</p>`;
  const problem = r.message !== null ? `<p class="problem">${attr(r.message)}${r.line > 0 ? ` (line ${r.line})` : ''}</p>` : '';
  const out = r.stdout === '' && r.stderr === '' ? '<p class="muted">no output</p>' : `<pre class="output">${attr(r.stdout)}${r.stderr === '' ? '' : `<span class="stderr">${attr(r.stderr)}</span>`}</pre>`;
  return exit + problem + out;
}

function lineOf(lines: readonly number[], step: number): string {
  const line = lines[step] ?? 0;
  return line === 0 ? 'exit' : `line ${line}`;
}

function lanes(side: CompareSide): string {
  const r = side.report;
  if ('failed' in r) return '';
  const interesting = r.summary.lanes.filter((l) => l.interesting);
  const shown: TimelineLane[] = interesting.slice(0, MAX_LANES);
  if (shown.length === 0) return '<p class="muted">no timeline lanes with weak references or finalizers</p>';
  const items = shown.map((l) => {
    const died = l.diedStep < 0 ? 'alive at exit' : `freed at ${lineOf(r.summary.lines, l.diedStep)}`;
    const events = l.events.filter((e) => e.kind !== 'phase' && e.kind !== 'freed').map((e) => `<span class="event ${attr(e.kind)}">${attr(e.label)}</span>`);
    return `<li><span class="lane">${attr(l.title)}</span> <span class="muted">born at ${lineOf(r.summary.lines, l.bornStep)}, ${died}</span> ${events.join(' ')}</li>`;
  });
  const hidden = r.summary.lanes.length - shown.length;
  const more = hidden > 0 ? `<li class="muted">and ${hidden} other objects (no weak references or finalizers)</li>` : '';
  return `<ul class="lanes">${items.join('')}${more}</ul>`;
}

function cell(texts: readonly string[]): string {
  return texts.length === 0 ? '<td class="muted">—</td>' : `<td>${texts.map((t) => `<div>${attr(t)}</div>`).join('')}</td>`;
}

function row(r: CompareRow, lines: readonly string[]): string {
  const where = r.line === 0 ? '<th>exit</th><td class="source muted">start-up and shutdown</td>' : `<th>${r.line}</th><td class="source"><code>${attr((lines[r.line - 1] ?? '').trim())}</code></td>`;
  return `<tr class="${r.differs ? 'differs' : 'same'}">${where}${cell(r.left)}${cell(r.right)}</tr>`;
}

export function comparePageHtml(p: ComparePage, nonce: string = makeNonce()): string {
  const sides = [p.left, p.right].map((s) => `<section class="run"><h2>${attr(s.label)}</h2>${status(s)}<h3>Timeline lanes</h3>${lanes(s)}</section>`);
  const table = p.rows.length === 0
    ? '<p class="muted">Nothing was freed, finalized, collected or printed in either run.</p>'
    : `<table class="rows"><thead><tr><th>Line</th><th>Source</th><th>${attr(p.left.label)}</th><th>${attr(p.right.label)}</th></tr></thead><tbody>${p.rows.map((r) => row(r, p.lines)).join('')}</tbody></table>`;
  return `${pageHead(p.cspSource, nonce, p.stylesheet, 'Weakscope: Compare Profiles')}<body>
  <h1>${attr(p.filename)}: ${attr(p.left.label)} and ${attr(p.right.label)}</h1>
  <h2>What happened, line by line</h2>
  <p class="muted">Highlighted rows are lines where the two runs differ.</p>
  ${table}
  <div class="runs">${sides.join('')}</div>
</body>
</html>
`;
}
