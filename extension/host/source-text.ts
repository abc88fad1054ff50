/**
 * What a command runs, from a document's text: the whole file, or a selection widened to whole
 * lines and dedented (so an indented block runs as a module), with the offsets that map the
 * run's positions back to the document. Also the step at a cursor. Plain Node, no vscode.
 */
export interface Snippet {
  readonly source: string;
  /** Document line (1-based) = trace line + lineOffset. */
  readonly lineOffset: number;
  /** Document column = trace column + columnOffset (the indentation removed). */
  readonly columnOffset: number;
}

/** Lines [first, last] (0-based, inclusive) of `text`, dedented by their common indentation. */
export function selectionSnippet(text: string, first: number, last: number): Snippet {
  const lines = text.split(/\r\n|\r|\n/).slice(first, last + 1);
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0] ?? '');
  let common = indents[0] ?? '';
  for (const i of indents) {
    let n = 0;
    while (n < common.length && n < i.length && common[n] === i[n]) n++;
    common = common.slice(0, n);
  }
  const body = lines.map((l) => (l.startsWith(common) ? l.slice(common.length) : l.trimStart()));
  return { source: body.join('\n') + '\n', lineOffset: first, columnOffset: common.length };
}

/**
 * The step to show for a cursor on document line `line`: the first step on that line after
 * `current` (so repeating the command walks through a loop's iterations), else the first one.
 * -1 when the line never ran.
 */
export function stepAtLine(lines: readonly number[], line: number, current: number): number {
  let first = -1;
  for (let s = 0; s < lines.length; s++) {
    if (lines[s] !== line) continue;
    if (first < 0) first = s;
    if (s > current) return s;
  }
  return first;
}
