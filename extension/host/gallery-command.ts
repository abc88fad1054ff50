/** Open Example Gallery: pick a bundled example; it opens as an untitled Python file and runs. */
import * as vscode from 'vscode';
import type { Controller } from './controller';
import { listExamples } from './gallery';

export async function openGallery(c: Controller): Promise<void> {
  const examples = await listExamples(vscode.Uri.joinPath(c.extensionUri, 'examples').fsPath);
  const pick = await vscode.window.showQuickPick(
    examples.map((e) => ({ label: `$(file-code) ${e.file}`, detail: e.description, example: e })),
    { title: 'Weakscope: Example Gallery', placeHolder: 'Open an example program (as a new untitled file)', matchOnDetail: true },
  );
  if (pick === undefined) return;
  // An untitled copy: the bundled file stays as shipped, and the user can edit freely.
  const document = await vscode.workspace.openTextDocument({ language: 'python', content: pick.example.source });
  await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.One });
  await c.visualize(document);
}
