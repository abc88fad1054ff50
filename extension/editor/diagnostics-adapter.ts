/** The Problems panel: each completed run's diagnostics for its document, cleared when the text changes or closes. */
import * as vscode from 'vscode';
import type { EditorDiagnostic, Severity } from './model/diagnostics';
import { currentRun, type EditorRunSource } from './run-source';

export function registerDiagnostics(source: EditorRunSource): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('weakscope');
  const update = async (uri: vscode.Uri): Promise<void> => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const run = document === undefined ? undefined : currentRun(source, document);
    if (run === undefined) return;
    const { diagnostics } = await run.facts();
    collection.set(uri, diagnostics.map((d) => toDiagnostic(uri, d)));
  };
  return vscode.Disposable.from(
    collection,
    source.onDidCompleteRun((uri) => void update(uri)),
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
  );
}

function toDiagnostic(uri: vscode.Uri, d: EditorDiagnostic): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(new vscode.Range(d.line - 1, d.col, d.endLine - 1, d.endCol), d.message, severity(d.severity));
  diagnostic.source = 'Weakscope';
  diagnostic.code = d.code;
  diagnostic.relatedInformation = d.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, new vscode.Position(r.line - 1, 0)), r.message));
  return diagnostic;
}

function severity(s: Severity): vscode.DiagnosticSeverity {
  switch (s) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    default: {
      const never: never = s;
      return never;
    }
  }
}
