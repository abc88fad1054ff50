/**
 * Explain Why Alive: the object bound to the name under the cursor, at the panel's step (or at
 * the name's first binding if that is later), explained in a notification and selected in the
 * panel, whose details draw the chains on the graph.
 */
import * as vscode from 'vscode';
import type { Controller } from './controller';

export async function explainWhyAlive(c: Controller, editor: vscode.TextEditor): Promise<void> {
  const doc = editor.document;
  const key = doc.uri.toString();
  let session = c.sessions.get(key);
  if (session === undefined || session.version !== doc.version) {
    const state = await c.visualize(doc);
    if (state.kind !== 'completed') return; // the panel says why
    session = state.session;
  }
  const pos = editor.selection.active;
  const line = pos.line + 1 - session.lineOffset;
  const col = pos.character - session.columnOffset;
  const panel = c.panel;
  const current = panel !== null && panel.shown === session ? panel.currentStep : session.step;
  const name = line >= 1 && col >= 0 ? await session.nameAt(line, col, current) : null;
  if (name === null || !name.ok) {
    void vscode.window.showInformationMessage('Weakscope: put the cursor on a name the program ran.');
    return;
  }
  const found = name.value;
  if (found === null || found.object < 0) {
    void vscode.window.showInformationMessage(`Weakscope: ${found === null ? 'there is no name under the cursor' : `\`${found.name}\` was never bound to an object the trace shows`}.`);
    return;
  }
  const step = Math.max(current, found.objectStep);
  const why = await session.whyAlive(found.object, step);
  if (!why.ok) {
    void vscode.window.showErrorMessage(`Weakscope: ${why.error}`);
    return;
  }
  await c.showPanel(doc.uri, step);
  c.panel?.postMessage({ type: 'select', id: found.object });
  void vscode.window.showInformationMessage(`\`${found.name}\` at step ${step}: ${why.value.text}`);
}
