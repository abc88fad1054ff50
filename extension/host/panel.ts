/**
 * The Weakscope panel: one webview showing one document's latest run. It waits for the webview's
 * `ready`, then sends the run's summary and the graph at the current step; it answers seeks (only
 * the latest one while the user scrubs), selections (details and why-alive chains) and reveals;
 * every message it receives is validated first. Its state (document, step, selection) survives a
 * reload through the serializer: the step and selection in the webview's own state, the document
 * in the workspace state.
 */
import * as vscode from 'vscode';
import type { GraphSnapshot, HostToWebview, RunSummary, WebviewToHost } from '../protocol/messages';
import type { Session } from './sessions';
import { panelHtml } from './html';
import { validateWebviewMessage } from './messages';
import type { RenderMode } from './settings';
import { themeKind } from './theme';

export interface PanelHost {
  readonly extensionUri: vscode.Uri;
  renderMode(): RenderMode;
  /** The panel moved to a step, or wants the editor to show a line (document lines). */
  stepChanged(panel: WeakscopePanel, step: number): void;
  revealLine(panel: WeakscopePanel, line: number): void;
  exportSvg(svg: string): void;
  disposed(panel: WeakscopePanel): void;
  log(message: string): void;
}

export class WeakscopePanel {
  static readonly viewType = 'weakscope.panel';

  /** The document shown (`uri.toString()`), null before the first run. */
  uri: string | null = null;
  /** Follows the active Python editor and re-runs on edit. */
  live = false;
  private session: Session | null = null;
  /** A run that produced no trace (the worker failed): shown as a problem banner. */
  private failure: RunSummary | null = null;
  private running: string | null = null;
  private ready = false;
  private step = 0;
  private wantedStep: number | null = null;
  private seeking = false;
  private readonly disposables: vscode.Disposable[] = [];

  static create(host: PanelHost, column: vscode.ViewColumn): WeakscopePanel {
    const panel = vscode.window.createWebviewPanel(WeakscopePanel.viewType, 'Weakscope', { viewColumn: column, preserveFocus: true }, {});
    return new WeakscopePanel(panel, host, 0);
  }

  static revive(panel: vscode.WebviewPanel, host: PanelHost, step: number): WeakscopePanel {
    return new WeakscopePanel(panel, host, step);
  }

  private constructor(readonly panel: vscode.WebviewPanel, private readonly host: PanelHost, initialStep: number) {
    this.step = initialStep;
    const root = host.extensionUri;
    panel.webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(root, 'dist'), vscode.Uri.joinPath(root, 'media')],
    };
    panel.iconPath = vscode.Uri.joinPath(root, 'media', 'icon.svg');
    this.render();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => this.receive(m)),
      vscode.window.onDidChangeActiveColorTheme((t) => this.post({ type: 'theme', kind: themeKind(t.kind) })),
    );
  }

  get currentStep(): number {
    return this.step;
  }

  get shown(): Session | null {
    return this.session;
  }

  /** The file of the run in progress, as shown. */
  get runningFilename(): string | null {
    return this.running;
  }

  /** Rebuilds the page (a new render mode); the webview restores its step from its own state. */
  render(): void {
    const webview = this.panel.webview;
    const asUri = (...p: string[]): string => webview.asWebviewUri(vscode.Uri.joinPath(this.host.extensionUri, ...p)).toString();
    this.ready = false;
    webview.html = panelHtml({ cspSource: webview.cspSource, script: asUri('dist', 'webview.js'), stylesheet: asUri('media', 'panel.css'), renderMode: this.host.renderMode() });
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  showRunning(uri: string, filename: string): void {
    this.uri = uri;
    this.running = filename;
    this.panel.title = `Weakscope: ${filename}`;
    this.post({ type: 'running', filename });
  }

  /** Shows a completed run; `step` is where to start (a restored panel's step, else 0). */
  showSession(session: Session, step = 0): void {
    this.uri = session.uri;
    this.session = session;
    this.failure = null;
    this.running = null;
    this.step = Math.max(0, Math.min(step, session.report.stepCount - 1));
    this.panel.title = `Weakscope: ${session.filename}`;
    this.sendRun();
  }

  /** A run that left no trace: the panel says why (never a blank panel). */
  showFailure(uri: string, filename: string, problem: NonNullable<RunSummary['problem']>): void {
    this.uri = uri;
    this.session = null;
    this.running = null;
    this.failure = { filename, stepCount: 0, lines: [], lanes: [], collections: [], output: [], problem };
    this.post({ type: 'load', summary: this.failure });
  }

  /** Moves the panel to a step (the step commands, the cursor). */
  seek(step: number): void {
    const session = this.session;
    if (session === null || session.report.stepCount === 0) return;
    this.step = Math.max(0, Math.min(step, session.report.stepCount - 1));
    this.host.stepChanged(this, this.step);
    this.requestGraph(this.step);
  }

  select(id: number): void {
    void this.sendDetails(id);
  }

  postMessage(message: HostToWebview): void {
    this.post(message);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    this.host.disposed(this);
  }

  private post(message: HostToWebview): void {
    if (!this.ready) return; // sent again in full on `ready`
    void this.panel.webview.postMessage(message).then(undefined, () => undefined);
  }

  private sendRun(): void {
    if (!this.ready) return;
    this.post({ type: 'theme', kind: themeKind(vscode.window.activeColorTheme.kind) });
    if (this.session !== null) {
      this.post({ type: 'load', summary: this.session.report.summary });
      if (this.session.report.stepCount > 0) this.requestGraph(this.step);
    } else if (this.failure !== null) {
      this.post({ type: 'load', summary: this.failure });
    }
    if (this.running !== null) this.post({ type: 'running', filename: this.running });
  }

  private receive(raw: unknown): void {
    const checked = validateWebviewMessage(raw);
    if (!checked.ok) {
      this.host.log(`rejected a message from the panel: ${checked.error}`);
      return;
    }
    this.handle(checked.message);
  }

  private handle(m: WebviewToHost): void {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.sendRun();
        return;
      case 'seek':
        if (this.session !== null && m.step < this.session.report.stepCount) {
          this.step = m.step;
          this.requestGraph(m.step);
        }
        return;
      case 'selectObject':
        void this.sendDetails(m.id);
        return;
      case 'revealLine':
        if (this.session !== null) this.host.revealLine(this, m.line + this.session.lineOffset);
        return;
      case 'exportSvg':
        this.host.exportSvg(m.svg);
        return;
      case 'state':
        if (this.session !== null && m.step < this.session.report.stepCount) {
          this.step = m.step;
          this.host.stepChanged(this, m.step);
        }
        return;
      default: {
        const _: never = m;
        return _;
      }
    }
  }

  /** Scrubbing sends many seeks: one question in flight, and only the latest step is asked next. */
  private requestGraph(step: number): void {
    this.wantedStep = step;
    if (this.seeking) return;
    void this.seekLoop();
  }

  private async seekLoop(): Promise<void> {
    this.seeking = true;
    try {
      while (this.wantedStep !== null) {
        const session = this.session;
        const step = this.wantedStep;
        this.wantedStep = null;
        if (session === null) return;
        const answer = await session.seek(step);
        if (session !== this.session) continue; // a newer run arrived meanwhile
        if (answer.ok) this.post({ type: 'graph', snapshot: answer.value satisfies GraphSnapshot });
        else if (answer.reason !== 'disposed') this.host.log(`could not draw step ${step}: ${answer.error}`);
      }
    } finally {
      this.seeking = false;
    }
  }

  private async sendDetails(id: number): Promise<void> {
    const session = this.session;
    if (session === null) return;
    const answer = await session.details(id, this.step);
    if (session !== this.session) return;
    if (answer.ok) this.post({ type: 'details', details: answer.value });
    else this.host.log(`could not explain object #${id}: ${answer.error}`);
  }
}
