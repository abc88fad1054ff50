/** The status bar item: the state of the active Python document's run (status-text.ts words it). */
import * as vscode from 'vscode';
import { COMMANDS } from './command-ids';
import type { Sessions } from './sessions';
import { statusText, type StatusInput } from './status-text';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('weakscope.status', vscode.StatusBarAlignment.Left, 50);
  private readonly failures = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly sessions: Sessions) {
    this.item.name = 'Weakscope';
    this.item.command = COMMANDS.visualize.id;
    this.disposables.push(
      this.item,
      sessions.onDidChangeState((st) => {
        if (st.kind === 'failed') this.failures.set(st.uri, st.message);
        else if (st.kind === 'completed') this.failures.delete(st.uri);
        this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc === undefined || doc.languageId !== 'python') {
      this.item.hide();
      return;
    }
    const input = this.input(doc.uri.toString(), doc.fileName);
    const s = statusText(input);
    // While it runs, a click stops the run; otherwise it runs the file (again).
    this.item.command = input.kind === 'running' ? COMMANDS.cancelRun.id : COMMANDS.visualize.id;
    this.item.text = s.text;
    this.item.tooltip = s.tooltip;
    this.item.backgroundColor = s.problem === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : s.problem === 'warning' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = { label: `Weakscope: ${s.tooltip}` };
    this.item.show();
  }

  private input(uri: string, fileName: string): StatusInput {
    if (this.sessions.isRunning(uri)) return { kind: 'running', filename: fileName };
    const failure = this.failures.get(uri);
    if (failure !== undefined) return { kind: 'failed', message: failure };
    const session = this.sessions.get(uri);
    return session === undefined ? { kind: 'none' } : { kind: 'report', report: session.report };
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
