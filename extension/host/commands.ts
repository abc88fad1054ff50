/**
 * The palette's commands: thin handlers that find the editor, document or run they act on and
 * call the controller. Whatever goes wrong is said in a notification, never thrown at the user.
 */
import * as vscode from 'vscode';
import { COMMANDS, SHOW_PANEL_COMMAND } from './command-ids';
import type { Controller } from './controller';
import { saveTraceJson } from './exports';
import { openGallery } from './gallery-command';
import { explainWhyAlive } from './why-command';
import { selectProfile } from './profile-picker';
import { compareProfiles } from './compare-command';
import type { WorkerFactory } from './engine-client';
import { stepAtLine } from './source-text';

const say = (message: string): void => void vscode.window.showInformationMessage(`Weakscope: ${message}`);

/** The active Python editor, or the one showing `uri` (the editor title's run button passes it). */
function pythonEditor(uri?: unknown): vscode.TextEditor | undefined {
  const editors = vscode.window.visibleTextEditors;
  const editor = uri instanceof vscode.Uri ? editors.find((e) => e.document.uri.toString() === uri.toString()) : vscode.window.activeTextEditor;
  if (editor === undefined || editor.document.languageId !== 'python') {
    say('open a Python file first.');
    return undefined;
  }
  return editor;
}

/** Lines a selection covers; a selection ending at the start of a line leaves that line out. */
function selectedLines(selection: vscode.Selection): { first: number; last: number } {
  const last = selection.end.character === 0 && selection.end.line > selection.start.line ? selection.end.line - 1 : selection.end.line;
  return { first: selection.start.line, last };
}

/** `workers` starts the engine workers of Compare Profiles' runs (the panel's runs go through c.sessions). */
export function registerCommands(c: Controller, workers: WorkerFactory): vscode.Disposable[] {
  const step = (to: (current: number, count: number) => number) => (): void => {
    const panel = c.panel;
    const session = panel?.shown ?? null;
    if (panel === null || session === null || session.report.stepCount === 0) {
      say('visualize a file first.');
      return;
    }
    panel.seek(to(panel.currentStep, session.report.stepCount));
  };
  const reg = (id: string, handler: (...args: unknown[]) => unknown): vscode.Disposable =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        await handler(...args);
      } catch (e) {
        // A bug of ours: the user gets one line, the log gets the details.
        c.log(`${id} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        void vscode.window.showErrorMessage(`Weakscope: the command failed (${e instanceof Error ? e.message : String(e)}). Details are in the Weakscope output.`);
      }
    });
  return [
    reg(COMMANDS.visualize.id, async (uri) => {
      const editor = pythonEditor(uri);
      if (editor !== undefined) await c.visualize(editor.document);
    }),
    reg(COMMANDS.visualizeSelection.id, async () => {
      const editor = pythonEditor();
      if (editor === undefined) return;
      if (editor.selection.isEmpty) {
        say('select the lines to run first.');
        return;
      }
      await c.visualize(editor.document, selectedLines(editor.selection));
    }),
    reg(COMMANDS.openLivePanel.id, () => c.openLive()),
    reg(COMMANDS.stepForward.id, step((s, n) => Math.min(s + 1, n - 1))),
    reg(COMMANDS.stepBack.id, step((s) => Math.max(s - 1, 0))),
    reg(COMMANDS.goToStart.id, step(() => 0)),
    reg(COMMANDS.goToEnd.id, step((_s, n) => n - 1)),
    reg(COMMANDS.goToStepAtCursor.id, () => {
      const editor = pythonEditor();
      const panel = c.panel;
      const session = panel?.shown ?? null;
      if (editor === undefined) return;
      if (panel === null || session === null || session.uri !== editor.document.uri.toString()) {
        say('visualize this file first.');
        return;
      }
      const line = editor.selection.active.line + 1;
      const s = stepAtLine(session.report.summary.lines, line - session.lineOffset, panel.currentStep);
      if (s < 0) say(`line ${line} did not run.`);
      else panel.seek(s);
    }),
    reg(COMMANDS.explainWhyAlive.id, async () => {
      const editor = pythonEditor();
      if (editor !== undefined) await explainWhyAlive(c, editor);
    }),
    reg(COMMANDS.exportSvg.id, () => {
      const panel = c.panel;
      if (panel?.shown === null || panel === null) say('visualize a file first.');
      else panel.postMessage({ type: 'requestSvg' });
    }),
    reg(COMMANDS.exportJson.id, async () => {
      const session = c.panel?.shown ?? c.sessions.get(vscode.window.activeTextEditor?.document.uri.toString() ?? '');
      if (session === undefined || session === null) {
        say('visualize a file first.');
        return;
      }
      const error = await saveTraceJson(session);
      if (error !== null) void vscode.window.showErrorMessage(`Weakscope: ${error}`);
    }),
    reg(COMMANDS.openGallery.id, () => openGallery(c)),
    reg(COMMANDS.cancelRun.id, () => {
      // The active document's run, else the panel's.
      const candidates = [vscode.window.activeTextEditor?.document.uri.toString(), c.panel?.uri];
      const uri = candidates.find((u) => typeof u === 'string' && c.sessions.isRunning(u));
      if (uri !== undefined && uri !== null) c.sessions.cancel(uri);
    }),
    reg(COMMANDS.selectProfile.id, () => selectProfile()),
    reg(COMMANDS.compareProfiles.id, () => compareProfiles(c.extensionUri, workers, () => c.settings())),
    reg(SHOW_PANEL_COMMAND, async (uri, at) => {
      const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      if (target === undefined) return;
      await c.showPanel(target, typeof at === 'number' && Number.isSafeInteger(at) && at >= 0 ? at : undefined);
    }),
  ];
}
