/** Saving what the panel shows: the graph as SVG (drawn by the webview) and the run's trace as JSON. */
import * as vscode from 'vscode';
import * as path from 'node:path';
import type { Session } from './sessions';

/** A default file next to the document (or in the workspace for an untitled one). */
function defaultUri(session: Session | null, suffix: string): vscode.Uri | undefined {
  if (session === null) return undefined;
  const doc = vscode.Uri.parse(session.uri);
  const base = `${path.basename(session.filename, '.py')}${suffix}`;
  if (doc.scheme === 'file') return vscode.Uri.joinPath(doc, '..', base);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder === undefined ? undefined : vscode.Uri.joinPath(folder, base);
}

async function save(bytes: () => Promise<Uint8Array | string>, target: vscode.Uri | undefined, filters: Record<string, string[]>, title: string): Promise<string | null> {
  const uri = await vscode.window.showSaveDialog({ defaultUri: target, filters, title });
  if (uri === undefined) return null; // the user cancelled
  try {
    const data = await bytes();
    if (typeof data === 'string') return data;
    await vscode.workspace.fs.writeFile(uri, data);
    void vscode.window.showInformationMessage(`Weakscope: saved ${path.basename(uri.path)}`);
    return null;
  } catch (e) {
    return `could not save ${uri.fsPath}: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** Resolves with an error message to show, or null (saved, or cancelled by the user). */
export function saveSvg(svg: string, session: Session | null): Promise<string | null> {
  return save(async () => new TextEncoder().encode(svg), defaultUri(session, '.graph.svg'), { SVG: ['svg'] }, 'Export Graph as SVG');
}

export function saveTraceJson(session: Session): Promise<string | null> {
  return save(async () => {
    const answer = await session.traceJson();
    if (!answer.ok) return `could not export the trace: ${answer.error}`;
    const encoder = new TextEncoder();
    const parts = answer.value.map((p) => encoder.encode(p));
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }, defaultUri(session, '.trace.json'), { JSON: ['json'] }, 'Export Trace as JSON');
}
