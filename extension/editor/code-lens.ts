/**
 * CodeLens above the lines where the program's objects were freed: "N objects freed here · show in
 * graph", which opens the panel at the step of the first of them (the host's showPanel command).
 */
import * as vscode from 'vscode';
import { currentRun, type EditorRunSource } from './run-source';
import { SHOW_PANEL_COMMAND } from '../host/command-ids';

export function registerLenses(source: EditorRunSource): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    async provideCodeLenses(document) {
      const run = currentRun(source, document);
      if (run === undefined) return [];
      const { lenses } = await run.facts();
      return lenses
        .filter((l) => l.line >= 1 && l.line <= document.lineCount)
        .map((l) => new vscode.CodeLens(document.lineAt(l.line - 1).range, { title: l.title, command: SHOW_PANEL_COMMAND, arguments: [document.uri, l.step] }));
    },
  };
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerCodeLensProvider({ language: 'python' }, provider),
    source.onDidCompleteRun(() => changed.fire()),
  );
}
