/**
 * The glue between documents, runs and the panel: which document the panel shows, starting runs
 * (Visualize, live updates on edit, a restored panel), routing run states to the panel, the step
 * to the editor's line highlight, and the settings. Command handlers (commands.ts) call in here.
 */
import * as vscode from 'vscode';
import * as path from 'node:path';
import { HAS_RUN_CONTEXT } from './command-ids';
import { Debouncer } from './debounce';
import { LineHighlight } from './line-highlight';
import { WeakscopePanel, type PanelHost } from './panel';
import type { RunState, RunTarget, Session, Sessions } from './sessions';
import { readSettings, type RenderMode, type Settings } from './settings';
import { selectionSnippet, type Snippet } from './source-text';
import { saveSvg } from './exports';
import { openIfAvailable, readStep, revealDocumentLine } from './documents';

/** Where the panel's document is remembered across reloads (its step is in the webview's state). */
const PANEL_STATE_KEY = 'weakscope.panelDocument';

/** Settings that change what a run shows: the live panel runs again when one changes. */
const RUN_SETTINGS = ['weakscope.profile', 'weakscope.maxSteps', 'weakscope.timeLimitMs', 'weakscope.maxObjects'];

interface PanelMemo {
  readonly uri: string;
  readonly live: boolean;
}

export class Controller implements vscode.Disposable, PanelHost {
  panel: WeakscopePanel | null = null;
  private readonly debouncer = new Debouncer<string>();
  private readonly highlight = new LineHighlight();
  private readonly disposables: vscode.Disposable[] = [];
  /** A restored panel's step, applied when its run completes. */
  private restoredStep: number | null = null;
  private reportedSettings = '';

  constructor(private readonly context: vscode.ExtensionContext, readonly sessions: Sessions, private readonly output: vscode.LogOutputChannel) {
    this.disposables.push(
      this.debouncer,
      this.highlight,
      sessions.onDidChangeState((st) => this.runStateChanged(st)),
      vscode.window.onDidChangeActiveTextEditor((e) => this.activeEditorChanged(e)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.highlight.apply(editors)),
      vscode.workspace.onDidChangeTextDocument((e) => this.documentChanged(e.document)),
      // A closed document's run is not shown anywhere: release its worker (unless the panel shows it).
      vscode.workspace.onDidCloseTextDocument((d) => {
        const key = d.uri.toString();
        this.debouncer.cancel(key);
        if (this.panel?.uri !== key) sessions.forget(key);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('weakscope.renderMode')) this.panel?.render();
        if (RUN_SETTINGS.some((key) => e.affectsConfiguration(key))) this.rerunLive();
      }),
    );
  }

  get extensionUri(): vscode.Uri {
    return this.context.extensionUri;
  }

  settings(): Settings {
    const config = vscode.workspace.getConfiguration('weakscope');
    const { settings, problems } = readSettings((key) => config.get(key));
    const text = problems.join('\n');
    if (text !== '' && text !== this.reportedSettings) void vscode.window.showWarningMessage(`Weakscope: ${problems.join('; ')}`);
    this.reportedSettings = text;
    return settings;
  }

  renderMode(): RenderMode {
    return this.settings().renderMode;
  }

  /** Runs a document (or lines of it) and shows it in the panel. */
  async visualize(document: vscode.TextDocument, lines?: { first: number; last: number }): Promise<RunState> {
    const panel = this.ensurePanel();
    panel.live = false;
    panel.uri = document.uri.toString();
    this.remember();
    panel.reveal();
    return this.run(document, lines === undefined ? undefined : selectionSnippet(document.getText(), lines.first, lines.last));
  }

  /** The live panel: follows the active Python editor and re-runs on edit. */
  async openLive(): Promise<void> {
    const panel = this.ensurePanel();
    panel.live = true;
    panel.reveal();
    const doc = vscode.window.activeTextEditor?.document;
    if (doc !== undefined && doc.languageId === 'python') await this.follow(doc);
    this.remember();
  }

  /** Opens the panel on a document's latest run (running it if there is none), at a step. */
  async showPanel(uri: vscode.Uri, step: number | undefined): Promise<void> {
    const panel = this.ensurePanel();
    const key = uri.toString();
    const session = this.sessions.get(key);
    panel.reveal();
    if (session !== undefined && panel.shown === session) {
      if (step !== undefined) panel.seek(step);
      return;
    }
    if (session !== undefined) {
      panel.uri = key;
      panel.showSession(session, step ?? session.step);
      this.remember();
      return;
    }
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (doc !== undefined) {
      this.restoredStep = step ?? null;
      await this.visualize(doc);
    }
  }

  /** A panel VS Code restored after a reload: run its document again and go back to its step. */
  async revive(webviewPanel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const step = readStep(state);
    const panel = WeakscopePanel.revive(webviewPanel, this, step);
    this.panel?.panel.dispose();
    this.panel = panel;
    const memo = this.context.workspaceState.get<PanelMemo>(PANEL_STATE_KEY);
    panel.live = memo?.live === true;
    const active = vscode.window.activeTextEditor?.document;
    const doc = memo === undefined ? undefined : await openIfAvailable(memo.uri);
    if (doc === undefined) {
      // A live panel follows the Python editor in front; otherwise its document is gone: nothing to show.
      if (panel.live && active?.languageId === 'python') await this.follow(active);
      else if (!panel.live) webviewPanel.dispose();
      return;
    }
    panel.uri = doc.uri.toString();
    this.restoredStep = step;
    await this.run(doc);
  }

  // PanelHost

  stepChanged(panel: WeakscopePanel, step: number): void {
    const session = panel.shown;
    if (session === null) return;
    this.sessions.setStep(session.uri, step);
    const line = session.report.summary.lines[step];
    this.highlight.show(session.uri, line === undefined || line < 1 ? -1 : line + session.lineOffset);
  }

  revealLine(_panel: WeakscopePanel, line: number): void {
    const uri = this.panel?.uri;
    if (uri === null || uri === undefined) return;
    void revealDocumentLine(uri, line);
  }

  exportSvg(svg: string): void {
    void saveSvg(svg, this.panel?.shown ?? null).then((error) => {
      if (error !== null) void vscode.window.showErrorMessage(`Weakscope: ${error}`);
    });
  }

  disposed(panel: WeakscopePanel): void {
    if (this.panel !== panel) return;
    this.panel = null;
    this.highlight.show(null, 0);
    void vscode.commands.executeCommand('setContext', HAS_RUN_CONTEXT, false);
  }

  log(message: string): void {
    this.output.warn(message);
  }

  dispose(): void {
    this.panel?.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  // Internals

  private ensurePanel(): WeakscopePanel {
    if (this.panel === null) {
      const column = vscode.window.activeTextEditor === undefined ? vscode.ViewColumn.One : vscode.ViewColumn.Beside;
      this.panel = WeakscopePanel.create(this, column);
    }
    return this.panel;
  }

  private remember(): void {
    const panel = this.panel;
    if (panel?.uri === null || panel === null) return;
    void this.context.workspaceState.update(PANEL_STATE_KEY, { uri: panel.uri, live: panel.live } satisfies PanelMemo);
  }

  private run(document: vscode.TextDocument, snippet?: Snippet): Promise<RunState> {
    this.debouncer.cancel(document.uri.toString());
    const s = this.settings();
    const target: RunTarget = {
      uri: document.uri.toString(),
      version: document.version,
      filename: path.basename(document.fileName),
      source: snippet?.source ?? document.getText(),
      lineOffset: snippet?.lineOffset ?? 0,
      columnOffset: snippet?.columnOffset ?? 0,
    };
    return this.sessions.run(target, { profile: s.profile, limits: s.limits });
  }

  private runStateChanged(st: RunState): void {
    const panel = this.panel;
    if (panel === null || panel.uri !== st.uri) return;
    switch (st.kind) {
      case 'running':
        panel.showRunning(st.uri, st.filename);
        return;
      case 'completed':
        this.showSession(panel, st.session);
        return;
      case 'failed':
        panel.showFailure(st.uri, st.filename, { kind: st.timedOut ? 'limit' : 'internal_error', message: st.message, line: 0 });
        void vscode.commands.executeCommand('setContext', HAS_RUN_CONTEXT, false);
        return;
      case 'cancelled': {
        if (st.replaced) return; // the newer run's state follows
        // Stopped by the user: back to the last completed run, or say it was stopped.
        const previous = this.sessions.get(st.uri);
        if (previous !== undefined) this.showSession(panel, previous);
        else panel.showFailure(st.uri, panel.runningFilename ?? 'the program', { kind: 'limit', message: 'stopped: the run was cancelled before it finished', line: 0 });
        return;
      }
      default: {
        const _: never = st;
        return _;
      }
    }
  }

  private showSession(panel: WeakscopePanel, session: Session): void {
    // A live re-run of the same document keeps the step the user was looking at (clamped by showSession).
    const rerun = panel.live && panel.shown?.uri === session.uri;
    const step = this.restoredStep ?? (rerun ? panel.currentStep : 0);
    this.restoredStep = null;
    panel.showSession(session, step);
    this.sessions.touch(session.uri);
    this.stepChanged(panel, panel.currentStep);
    void vscode.commands.executeCommand('setContext', HAS_RUN_CONTEXT, session.report.stepCount > 0);
  }

  private async follow(doc: vscode.TextDocument): Promise<void> {
    const panel = this.panel;
    if (panel === null) return;
    const key = doc.uri.toString();
    panel.uri = key;
    this.remember();
    const session = this.sessions.get(key);
    if (session !== undefined && session.version === doc.version && session.lineOffset === 0 && session.columnOffset === 0) {
      this.showSession(panel, session);
      return;
    }
    if (!this.sessions.isRunning(key)) await this.run(doc);
  }

  private rerunLive(): void {
    const uri = this.panel?.live === true ? this.panel.uri : null;
    const doc = uri === null ? undefined : vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (doc !== undefined) void this.run(doc);
  }

  private activeEditorChanged(editor: vscode.TextEditor | undefined): void {
    if (this.panel?.live !== true || editor === undefined || editor.document.languageId !== 'python') return;
    if (editor.document.uri.toString() === this.panel.uri) return;
    void this.follow(editor.document);
  }

  private documentChanged(doc: vscode.TextDocument): void {
    const panel = this.panel;
    if (panel?.live !== true || doc.uri.toString() !== panel.uri || doc.languageId !== 'python') return;
    // The newest edit wins: a waiting run is replaced, a running one is cancelled when this one starts.
    this.debouncer.schedule(doc.uri.toString(), this.settings().liveUpdateDelay, () => void this.run(doc));
  }
}
