/**
 * The panel: builds the panes and keeps the one piece of state they share — the run, the step
 * shown, the selected object — posting every change the host needs (seek, selectObject,
 * revealLine, state) and persisting {step, selected} so a reloaded panel comes back where it was.
 */
import { stepPlace } from './step-place';
import type { GraphSnapshot, ObjectDetails, RunSummary } from '../extension/protocol/messages';
import { chainEdgeIds, DetailsView } from './details';
import { el } from './dom';
import { standaloneSvg } from './graph/export';
import { GraphView } from './graph/view';
import type { Host, PersistedState } from './host';
import { installProbe } from './probe';
import { Banner } from './timeline/banner';
import { OutputView } from './timeline/output';
import { TimelineView } from './timeline/view';
import { Toolbar } from './toolbar';
import { visible } from './text';

export class App {
  private readonly toolbar: Toolbar;
  private readonly banner: Banner;
  private readonly graph: GraphView;
  private readonly details: DetailsView;
  private readonly output: OutputView;
  private readonly timeline: TimelineView;
  private summary: RunSummary | null = null;
  private snapshot: GraphSnapshot | null = null;
  private step = 0;
  private selected: number | null = null;
  private pendingSeek: number | null = null;
  private restored: PersistedState | null;

  constructor(root: HTMLElement, private readonly host: Host) {
    this.restored = host.restore();
    root.classList.add('panel');
    this.toolbar = new Toolbar(root, {
      fit: () => this.graph.fit(),
      zoom: (f) => this.graph.zoomBy(f),
      exportSvg: () => this.exportSvg(),
    });
    this.banner = new Banner(root, (line) => this.host.post({ type: 'revealLine', line }));
    const main = el('div', 'main');
    root.append(main);
    this.graph = new GraphView(main, (id) => this.select(id));
    const side = el('aside', 'side');
    main.append(side);
    this.details = new DetailsView(side, { deselect: () => this.select(null), select: (id) => this.select(id) }, (id) => this.nameOf(id));
    this.output = new OutputView(side, (step) => this.seek(step));
    this.timeline = new TimelineView(root, {
      seek: (step) => this.seek(step),
      revealLine: (line) => this.host.post({ type: 'revealLine', line }),
    });
    installProbe({ renderer: () => this.graph.rendererKind, screenPoint: (id) => this.graph.screenPoint(id) });
  }

  load(summary: RunSummary): void {
    this.summary = summary;
    this.snapshot = null;
    this.pendingSeek = null;
    document.body.classList.remove('running');
    this.toolbar.setFile(summary.filename);
    this.banner.show(summary.problem);
    const restored = this.restored;
    this.restored = null;
    // A restored panel goes back to its step and selection once; a fresh run starts at the top.
    const step = restored !== null && restored.step < summary.stepCount ? restored.step : 0;
    this.step = step;
    this.selected = null;
    this.details.clear();
    this.graph.reset(summary.stepCount === 0 ? this.noSteps(summary) : 'Loading the graph…');
    this.timeline.load(summary, step);
    this.timeline.setStep(step);
    this.output.load(summary.output);
    this.output.setStep(step);
    this.showStatus();
    if (step !== 0) this.seek(step);
    if (restored?.selected !== null && restored?.selected !== undefined && summary.stepCount > 0) this.select(restored.selected);
  }

  private noSteps(summary: RunSummary): string {
    if (summary.problem !== null) return 'The program did not run: see the problem above.';
    return 'The program ran no steps.';
  }

  graphSnapshot(snapshot: GraphSnapshot): void {
    const summary = this.summary;
    if (summary !== null && snapshot.step >= summary.stepCount) {
      console.warn(`Weakscope: ignored a graph for step ${snapshot.step}; the run has ${summary.stepCount} steps`);
      return;
    }
    this.snapshot = snapshot;
    // While seeks are in flight, older snapshots may still arrive: draw them, but keep the cursor
    // where the user put it. Otherwise the host moved the step (the editor's cursor): follow it.
    if (this.pendingSeek === snapshot.step || this.pendingSeek === null) {
      this.pendingSeek = null;
      if (snapshot.step !== this.step) {
        this.step = snapshot.step;
        this.timeline.setStep(this.step);
        this.output.setStep(this.step);
        this.changed();
      }
    }
    this.graph.show(snapshot);
    this.graph.setSelected(this.selected);
    this.showStatus();
    if (this.selected !== null) {
      const node = snapshot.nodes.find((n) => n.id === this.selected);
      // Details are per step: ask again for the new one (or say it is gone).
      this.details.pending(this.selected, node, snapshot.step);
      if (node !== undefined) this.host.post({ type: 'selectObject', id: this.selected });
    }
  }

  objectDetails(details: ObjectDetails): void {
    if (details.id !== this.selected) return; // an answer to an earlier selection
    this.details.show(details);
    this.graph.setHighlighted(chainEdgeIds(details));
  }

  running(filename: string): void {
    document.body.classList.add('running');
    this.toolbar.setFile(filename);
    this.toolbar.setStatus('running…');
    this.graph.say(`Running ${visible(filename)}…`);
  }

  theme(kind: 'light' | 'dark' | 'high-contrast'): void {
    document.body.dataset['theme'] = kind;
    this.graph.themeChanged();
  }

  /** An internal failure is shown, not swallowed: a blank panel would explain nothing. */
  failed(what: string): void {
    this.banner.show({ kind: 'internal_error', message: what, line: 0 });
  }

  seek(step: number): void {
    this.step = step;
    this.pendingSeek = step;
    this.timeline.setStep(step);
    this.output.setStep(step);
    this.showStatus();
    this.host.post({ type: 'seek', step });
    this.changed();
  }

  select(id: number | null): void {
    if (id === this.selected && id !== null) {
      this.host.post({ type: 'selectObject', id });
      return;
    }
    this.selected = id;
    this.graph.setSelected(id);
    this.graph.setHighlighted(new Set());
    if (id === null) this.details.clear();
    else {
      this.details.pending(id, this.snapshot?.nodes.find((n) => n.id === id), this.step);
      this.host.post({ type: 'selectObject', id });
    }
    this.changed();
  }

  private changed(): void {
    this.host.persist({ step: this.step, selected: this.selected });
    this.host.post({ type: 'state', step: this.step, selected: this.selected });
  }

  private showStatus(): void {
    const summary = this.summary;
    if (summary === null) return;
    if (summary.stepCount === 0) {
      this.toolbar.setStatus('no steps');
      return;
    }
    const place = stepPlace(this.step, summary.lines[this.step]);
    this.toolbar.setStatus(`step ${this.step} / ${summary.stepCount - 1}${place === null ? '' : ` · ${place}`}`);
  }

  private nameOf(id: number): string {
    const n = this.snapshot?.nodes.find((d) => d.id === id);
    if (n === undefined) return `#${id}`;
    const name = n.names[0];
    return name === undefined ? `${n.typeName} #${id}` : `${name} (${n.typeName} #${id})`;
  }

  exportSvg(): void {
    const svg = this.graph.svgElement();
    if (svg === null) {
      this.toolbar.setStatus('SVG export is for graphs drawn as SVG (under 2,000 objects)');
      return;
    }
    this.host.post({ type: 'exportSvg', svg: standaloneSvg(svg) });
  }
}
