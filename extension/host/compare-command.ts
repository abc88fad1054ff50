/**
 * Weakscope: Compare Profiles — runs the active Python file under two semantics profiles, each in
 * a fresh engine worker (run.ts), and shows both runs side by side, aligned by source line
 * (compare-rows.ts, compare-page.ts), in a panel of its own.
 */
import * as vscode from 'vscode';
import * as path from 'node:path';
import type { WorkerFactory } from './engine-client';
import { startRun } from './run';
import { compareRows } from './compare-rows';
import { comparePageHtml, type CompareSide } from './compare-page';
import { compareItems, comparePair } from './profile-choice';
import type { Profile } from '../engine/profile';
import type { Settings } from './settings';

const VIEW_TYPE = 'weakscope.compare';

async function runUnder(factory: WorkerFactory, doc: vscode.TextDocument, profile: Profile, settings: Settings): Promise<CompareSide> {
  const running = startRun(factory, { source: doc.getText(), filename: path.basename(doc.fileName), profile: profile.name, limits: settings.limits });
  const end = await running.done;
  if (end.kind !== 'completed') return { label: profile.label, report: { failed: end.kind === 'failed' ? end.message : 'the run was stopped' } };
  // The report holds everything the page shows; the worker and its trace are not needed after it.
  end.client.dispose();
  return { label: profile.label, report: end.report };
}

/** `settings` reads the checked `weakscope.*` settings (Controller.settings). */
export async function compareProfiles(extensionUri: vscode.Uri, factory: WorkerFactory, settings: () => Settings): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined || editor.document.languageId !== 'python') {
    void vscode.window.showInformationMessage('Weakscope: open a Python file first.');
    return;
  }
  const doc = editor.document;
  const current = settings().profile;
  const chosen = await vscode.window.showQuickPick(compareItems(current), { title: 'Weakscope: Compare Profiles', placeHolder: 'Choose the two profiles to run the file under', canPickMany: true });
  if (chosen === undefined) return;
  const pair = comparePair(chosen.map((c) => c.name));
  if (!pair.ok) {
    void vscode.window.showInformationMessage(`Weakscope: ${pair.message}`);
    return;
  }
  const s = settings();
  const [left, right] = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: `Weakscope: running under ${pair.left.label} and ${pair.right.label}` },
    () => Promise.all([runUnder(factory, doc, pair.left, s), runUnder(factory, doc, pair.right, s)]),
  );
  const rows = 'failed' in left.report || 'failed' in right.report ? [] : compareRows(left.report.summary, right.report.summary);
  const media = vscode.Uri.joinPath(extensionUri, 'media');
  const panel = vscode.window.createWebviewPanel(VIEW_TYPE, `Compare: ${path.basename(doc.fileName)}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, localResourceRoots: [media] });
  panel.webview.html = comparePageHtml({
    cspSource: panel.webview.cspSource,
    stylesheet: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'compare.css')).toString(),
    filename: path.basename(doc.fileName),
    lines: doc.getText().split(/\r?\n/),
    left,
    right,
    rows,
  });
}
