/** Finding the documents runs came from: open ones first, files on disk next; never an empty stand-in. */
import * as vscode from 'vscode';

/** The step a restored webview saved (its getState()), checked: it comes from an older build too. */
export function readStep(state: unknown): number {
  if (typeof state !== 'object' || state === null) return 0;
  const step = (state as Record<string, unknown>)['step'];
  return typeof step === 'number' && Number.isSafeInteger(step) && step >= 0 ? step : 0;
}

/** An open document, or a file on disk; an untitled document that is gone is not recreated empty. */
export async function openIfAvailable(uri: string): Promise<vscode.TextDocument | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (open !== undefined) return open;
  const parsed = vscode.Uri.parse(uri);
  if (parsed.scheme === 'untitled') return undefined;
  try {
    return await vscode.workspace.openTextDocument(parsed);
  } catch {
    return undefined;
  }
}

export async function revealDocumentLine(uri: string, line: number): Promise<void> {
  const doc = await openIfAvailable(uri);
  if (doc === undefined || line < 1 || line > doc.lineCount) return;
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
  const range = doc.lineAt(line - 1).range;
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
