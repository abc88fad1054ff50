/**
 * A run of a selection (dedented, as Visualize Selection makes it): its hovers and diagnostics
 * land on the document's own lines and columns.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../../extension/engine/index';
import { TraceIndex } from '../../extension/engine/trace/analysis/trace-index';
import { selectionSnippet } from '../../extension/host/source-text';
import { editorFacts } from '../../extension/editor/model/editor-facts';
import { hoverAt } from '../../extension/editor/model/hover';
import { factsInDocument, hoverInDocument, positionInRun } from '../../extension/editor/model/offsets';
import { snippet } from './support';

test('an indented block run on its own: the lint and the hover are where the document has them', () => {
  // The whole-file snippet, recorded against CPython, indented under `if True:` inside a document.
  const whole = snippet('callback_bound_method');
  const body = whole.source.trimEnd().split('\n');
  const document = ['# notes', 'if True:', ...body.map((l) => (l === '' ? '' : `    ${l}`))].join('\n') + '\n';
  const docLines = document.split('\n');
  const snip = selectionSnippet(document, 2, docLines.length - 2);
  assert.equal(snip.source, whole.source);
  const r = run(snip.source, { filename: 'doc.py' });
  const index = new TraceIndex(r.trace);
  const facts = factsInDocument(editorFacts(index), snip);
  const lint = facts.diagnostics.find((d) => d.code === 'callback-bound-method');
  assert.ok(lint !== undefined);
  assert.equal(docLines[lint.line - 1]?.slice(lint.col, lint.endCol), 'ref(session, session.closed)');
  assert.equal(docLines[lint.related[0]!.line - 1]?.trim(), 'session = Session()');
  // Hover `session` where the document binds it (document line 11, column 4).
  const docLine = docLines.findIndex((l) => l.trim() === 'session = Session()') + 1;
  const at = positionInRun(docLine, 4, snip);
  assert.deepEqual(at, { line: docLine - 2, col: 0 });
  const h = hoverAt(index, at!.line, at!.col);
  assert.ok(h !== null);
  const shown = hoverInDocument(h, snip);
  assert.equal(docLines[shown.line - 1]?.slice(shown.col, shown.endCol), 'session');
  // The indentation and the lines above the selection are outside the run.
  assert.equal(positionInRun(docLine, 2, snip), null);
  assert.equal(positionInRun(2, 4, snip), null);
});
