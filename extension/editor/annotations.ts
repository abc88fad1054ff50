/**
 * Inline lifetime annotations after the lines where objects die or finalizers run, in the theme's
 * inlay-hint colours, shown while `weakscope.inlineAnnotations` is on and the document's text is
 * the text the engine ran.
 */
import * as vscode from 'vscode';
import { currentRun, type EditorRunSource } from './run-source';

export const ANNOTATIONS_SETTING = 'weakscope.inlineAnnotations';

export function registerAnnotations(source: EditorRunSource): vscode.Disposable {
  const decoration = vscode.window.createTextEditorDecorationType({
    after: {
      color: new vscode.ThemeColor('editorInlayHint.foreground'),
      backgroundColor: new vscode.ThemeColor('editorInlayHint.background'),
      fontStyle: 'italic',
      margin: '0 0 0 2em',
    },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const enabled = (): boolean => vscode.workspace.getConfiguration().get<boolean>(ANNOTATIONS_SETTING, true);
  const paint = async (editor: vscode.TextEditor): Promise<void> => {
    const run = enabled() ? currentRun(source, editor.document) : undefined;
    if (run === undefined) {
      editor.setDecorations(decoration, []);
      return;
    }
    const { annotations } = await run.facts();
    const doc = editor.document;
    editor.setDecorations(
      decoration,
      annotations
        .filter((a) => a.line >= 1 && a.line <= doc.lineCount)
        .map((a) => {
          const end = doc.lineAt(a.line - 1).range.end;
          return { range: new vscode.Range(end, end), renderOptions: { after: { contentText: `⟵ ${a.text}` } } };
        }),
    );
  };
  const paintAll = (): void => {
    for (const editor of vscode.window.visibleTextEditors) void paint(editor);
  };
  paintAll();
  return vscode.Disposable.from(
    decoration,
    source.onDidCompleteRun((uri) => {
      for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri.toString()) void paint(editor);
    }),
    vscode.window.onDidChangeVisibleTextEditors(paintAll),
    // Edited text no longer matches the run: the annotations go until the next run.
    vscode.workspace.onDidChangeTextDocument((e) => {
      for (const editor of vscode.window.visibleTextEditors) if (editor.document === e.document) void paint(editor);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(ANNOTATIONS_SETTING)) paintAll();
    }),
  );
}
