/**
 * What the editor features need from the extension host: for a document, its latest completed
 * run (of which version of the text, the facts computed for it, a hover query, the engine's
 * output), and an event when a run completes. index.ts adapts the host's sessions to this.
 */
import type * as vscode from 'vscode';
import type { EditorFacts } from './model/editor-facts';
import type { HoverResult } from './model/hover';
import type { EngineOutput } from './model/compare';

export interface EditorRun {
  /** The document version the engine ran. */
  readonly version: number;
  /** Whether the engine ran the whole file (not a selection): what Compare needs. */
  readonly wholeFile: boolean;
  facts(): Promise<EditorFacts>;
  /** The hover at (1-based line, 0-based UTF-16 column), in document coordinates like everything here. */
  hover(line: number, col: number): Promise<HoverResult | null>;
  readonly output: EngineOutput;
}

export interface EditorRunSource {
  latest(uri: vscode.Uri): EditorRun | undefined;
  readonly onDidCompleteRun: vscode.Event<vscode.Uri>;
  /** Runs the engine on the document (as Visualize does) and resolves with the completed run. */
  runNow(document: vscode.TextDocument): Promise<EditorRun | undefined>;
}

/** The run of a document if it is of the document's current text (positions still line up). */
export function currentRun(source: EditorRunSource, document: vscode.TextDocument): EditorRun | undefined {
  const run = source.latest(document.uri);
  return run !== undefined && run.version === document.version ? run : undefined;
}
