/**
 * The walkthrough's "Open the Example" action: the example program shipped in media/walkthrough,
 * opened as a new untitled Python document (a copy: the installed file stays as shipped).
 */
import * as vscode from 'vscode';
import { OPEN_EXAMPLE_COMMAND } from './command-ids';


export function registerWalkthrough(context: vscode.ExtensionContext): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_EXAMPLE_COMMAND, async () => {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', 'example.py'));
    const document = await vscode.workspace.openTextDocument({ language: 'python', content: new TextDecoder().decode(bytes) });
    await vscode.window.showTextDocument(document, { preview: false });
  });
}
