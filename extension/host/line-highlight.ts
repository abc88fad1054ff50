/** The editor's highlight of the line the panel's step executes (as a debugger marks its current line). */
import * as vscode from 'vscode';

export class LineHighlight implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('editor.stackFrameHighlightBackground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.rangeHighlightForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Full,
  });
  private shown: { uri: string; line: number } | null = null;

  /** Highlights 1-based `line` of the document `uri` in every editor showing it (null: none). */
  show(uri: string | null, line: number): void {
    this.shown = uri === null || line < 1 ? null : { uri, line };
    this.apply(vscode.window.visibleTextEditors);
  }

  apply(editors: readonly vscode.TextEditor[]): void {
    for (const editor of editors) {
      const here = this.shown !== null && editor.document.uri.toString() === this.shown.uri && this.shown.line <= editor.document.lineCount;
      editor.setDecorations(this.decoration, here && this.shown !== null ? [editor.document.lineAt(this.shown.line - 1).range] : []);
    }
  }

  dispose(): void {
    this.decoration.dispose();
  }
}
