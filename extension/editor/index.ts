/**
 * The editor side of Weakscope: hovers, inline lifetime annotations, CodeLens, diagnostics and
 * Compare with Local Python, all reading the document's latest completed run. The logic is in
 * model/ (no vscode); the files here are thin adapters.
 */
import type * as vscode from 'vscode';
import { registerHover } from './hover-provider';
import { registerAnnotations } from './annotations';
import { registerLenses } from './code-lens';
import { registerDiagnostics } from './diagnostics-adapter';
import { registerCompare } from './compare-command';
import { registerWalkthrough } from './walkthrough';
import type { Sessions } from '../host/sessions';
import { fromSessions } from './from-sessions';

export function registerEditorFeatures(context: vscode.ExtensionContext, sessions: Sessions): void {
  const source = fromSessions(sessions);
  context.subscriptions.push(
    source,
    registerHover(source),
    registerAnnotations(source),
    registerLenses(source),
    registerDiagnostics(source),
    registerCompare(source),
    registerWalkthrough(context),
  );
}
