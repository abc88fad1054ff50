/**
 * A run of a selection is dedented and starts at line 1: its positions shift back to the
 * document's (document line = trace line + lineOffset, column = trace column + columnOffset, as
 * host/source-text.ts makes them).
 */
import type { EditorFacts } from './editor-facts';
import type { HoverResult } from './hover';

export interface Offsets {
  readonly lineOffset: number;
  readonly columnOffset: number;
}

export function factsInDocument(f: EditorFacts, o: Offsets): EditorFacts {
  const dl = o.lineOffset;
  const dc = o.columnOffset;
  if (dl === 0 && dc === 0) return f;
  return {
    annotations: f.annotations.map((a) => ({ ...a, line: a.line + dl })),
    lenses: f.lenses.map((l) => ({ ...l, line: l.line + dl })),
    diagnostics: f.diagnostics.map((d) => ({ ...d, line: d.line + dl, endLine: d.endLine + dl, col: d.col + dc, endCol: d.endCol + dc, related: d.related.map((r) => ({ ...r, line: r.line + dl })) })),
  };
}

export function hoverInDocument(h: HoverResult, o: Offsets): HoverResult {
  return { ...h, line: h.line + o.lineOffset, col: h.col + o.columnOffset, endCol: h.endCol + o.columnOffset };
}

/** A document position in the run's coordinates, or null outside the run's text (its indentation, lines above). */
export function positionInRun(line: number, col: number, o: Offsets): { line: number; col: number } | null {
  const l = line - o.lineOffset;
  const c = col - o.columnOffset;
  return l < 1 || c < 0 ? null : { line: l, col: c };
}
