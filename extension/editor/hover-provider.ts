/** The hover provider: asks the document's current run what the name under the cursor was bound to. */
import * as vscode from 'vscode';
import { currentRun, type EditorRunSource } from './run-source';

export function registerHover(source: EditorRunSource): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: 'python' },
    {
      async provideHover(document, position) {
        const run = currentRun(source, document);
        if (run === undefined) return undefined;
        const h = await run.hover(position.line + 1, position.character);
        if (h === null) return undefined;
        // Reprs come from the user's program: plain markdown, no HTML, no command links.
        const markdown = new vscode.MarkdownString(h.markdown);
        markdown.isTrusted = false;
        markdown.supportHtml = false;
        return new vscode.Hover(markdown, new vscode.Range(h.line - 1, h.col, h.line - 1, h.endCol));
      },
    },
  );
}
