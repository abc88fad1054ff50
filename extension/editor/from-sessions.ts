/**
 * The host's sessions (extension/host/sessions.ts) as the editor features read them: a document's
 * latest completed run, its facts and hovers in document coordinates (a run of a selection is
 * offset and dedented: its trace lines and columns shift back), and a run on demand for Compare.
 */
import * as vscode from 'vscode';
import type { Session, Sessions } from '../host/sessions';
import type { EditorFacts } from './model/editor-facts';
import { factsInDocument, hoverInDocument, positionInRun } from './model/offsets';
import type { EditorRun, EditorRunSource } from './run-source';
import { COMMANDS } from '../host/command-ids';


/** How long Compare waits for a Visualize it started. */
const RUN_WAIT_MS = 120_000;

const NO_FACTS: EditorFacts = { annotations: [], lenses: [], diagnostics: [] };

export function fromSessions(sessions: Sessions): EditorRunSource & vscode.Disposable {
  const completed = new vscode.EventEmitter<vscode.Uri>();
  const runs = new WeakMap<Session, EditorRun>();
  const subscription = sessions.onDidComplete((s) => completed.fire(vscode.Uri.parse(s.uri)));
  const latest = (uri: vscode.Uri): EditorRun | undefined => {
    const session = sessions.get(uri.toString());
    if (session === undefined || session.disposed) return undefined;
    let run = runs.get(session);
    if (run === undefined) runs.set(session, (run = editorRun(session)));
    return run;
  };
  return {
    latest,
    onDidCompleteRun: completed.event,
    async runNow(document) {
      const key = document.uri.toString();
      const done = new Promise<void>((resolve) => {
        const timer = setTimeout(() => finish(), RUN_WAIT_MS);
        const listener = sessions.onDidChangeState((st) => {
          if (st.uri === key && st.kind !== 'running') finish();
        });
        function finish(): void {
          clearTimeout(timer);
          listener.dispose();
          resolve();
        }
      });
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand(COMMANDS.visualize.id, document.uri);
      await done;
      return latest(document.uri);
    },
    dispose() {
      subscription.dispose();
      completed.dispose();
    },
  };
}

function editorRun(session: Session): EditorRun {
  let facts: Promise<EditorFacts> | null = null;
  return {
    version: session.version,
    wholeFile: session.lineOffset === 0 && session.columnOffset === 0,
    output: { stdout: session.report.stdout, stderr: session.report.stderr, exitStatus: session.report.exitStatus, filename: session.filename },
    facts() {
      facts ??= session.editorFacts().then((a) => (a.ok ? factsInDocument(a.value, session) : NO_FACTS));
      return facts;
    },
    async hover(line, col) {
      const at = positionInRun(line, col, session);
      if (at === null) return null;
      const a = await session.hover(at.line, at.col);
      return a.ok && a.value !== null ? hoverInDocument(a.value, session) : null;
    },
  };
}
