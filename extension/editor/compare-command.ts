/**
 * "Weakscope: Compare with Local Python": runs the file with the user's Python in a child process
 * (time-limited) and opens a diff of its exit status, stdout and stderr against the engine's run
 * of the same text. Real code runs, so only in trusted workspaces (the manifest's enablement says
 * so too; the check here covers invocations that bypass it).
 */
import * as vscode from 'vscode';
import { compareRuns } from './model/compare';
import { pythonVersion, runLocalPython } from './model/local-python';
import { pythonFor } from './python-interpreter';
import { currentRun, type EditorRunSource } from './run-source';
import { COMPARE_COMMAND } from './command-ids';

const SCHEME = 'weakscope-compare';
const TIME_LIMIT_MS = 10_000;

export function registerCompare(source: EditorRunSource): vscode.Disposable {
  const texts = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const provider: vscode.TextDocumentContentProvider = { onDidChange: changed.event, provideTextDocumentContent: (uri) => texts.get(uri.toString()) ?? '' };
  let serial = 0;
  const compare = async (): Promise<void> => {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('Weakscope: Compare with Local Python runs your program, so it is available in trusted workspaces only.');
      return;
    }
    const editor = vscode.window.activeTextEditor;
    if (editor === undefined || editor.document.languageId !== 'python' || editor.document.uri.scheme !== 'file') {
      void vscode.window.showInformationMessage('Weakscope: open a Python file saved on disk to compare it with your Python.');
      return;
    }
    const document = editor.document;
    // Python runs the file on disk: the engine must have run the same text.
    if (document.isDirty && !(await document.save())) return;
    const known = currentRun(source, document);
    const run = known !== undefined && known.wholeFile ? known : await source.runNow(document);
    if (run === undefined || !run.wholeFile || run.version !== document.version) {
      void vscode.window.showWarningMessage('Weakscope: the engine could not run this file, so there is nothing to compare.');
      return;
    }
    const file = document.uri.fsPath;
    const python = await pythonFor(document.uri);
    const [local, version] = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Weakscope: running ${python.command}…` },
      () => Promise.all([runLocalPython(python.command, file, { timeoutMs: TIME_LIMIT_MS }), pythonVersion(python.command)]),
    );
    const c = compareRuns(run.output, local, file, python.command, version);
    const id = ++serial;
    const name = file.split(/[\\/]/).pop() ?? 'file.py';
    const left = vscode.Uri.from({ scheme: SCHEME, path: `/${id}/weakscope/${name}.txt` });
    const right = vscode.Uri.from({ scheme: SCHEME, path: `/${id}/local/${name}.txt` });
    texts.set(left.toString(), c.engineText);
    texts.set(right.toString(), c.localText);
    await vscode.commands.executeCommand('vscode.diff', left, right, `${name}: Weakscope ↔ ${version ?? python.command}`, { preview: true });
    if (c.differing.length === 0) void vscode.window.showInformationMessage(c.verdict);
    else void vscode.window.showWarningMessage(c.verdict);
  };
  return vscode.Disposable.from(changed, vscode.workspace.registerTextDocumentContentProvider(SCHEME, provider), vscode.commands.registerCommand(COMPARE_COMMAND, compare));
}
