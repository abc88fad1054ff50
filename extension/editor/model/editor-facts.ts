/**
 * Everything the editor shows for one run that does not depend on where the cursor is, as plain
 * data: computed once per completed run (where the trace lives) and handed to the editor's
 * decorations, lenses and Problems panel.
 */
import type { TraceIndex } from '../../engine/trace/analysis/trace-index';
import { diagnosticsOf, type EditorDiagnostic } from './diagnostics';
import { lineNotes, lensTitle, type LineNote } from './line-notes';

export interface EditorLens {
  readonly line: number;
  readonly title: string;
  /** The step "show in graph" seeks to. */
  readonly step: number;
}

export interface EditorFacts {
  readonly annotations: readonly { readonly line: number; readonly text: string }[];
  readonly lenses: readonly EditorLens[];
  readonly diagnostics: readonly EditorDiagnostic[];
}

export function editorFacts(index: TraceIndex): EditorFacts {
  const notes: LineNote[] = lineNotes(index);
  return {
    annotations: notes.map((n) => ({ line: n.line, text: n.text })),
    lenses: notes.filter((n) => n.freed > 0).map((n) => ({ line: n.line, title: lensTitle(n), step: n.step })),
    diagnostics: diagnosticsOf(index.trace, index),
  };
}
