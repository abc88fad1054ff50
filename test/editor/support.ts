/**
 * The editor tests' snippets (test/editor/snippets/NAME.py), run by the real engine. Each run
 * must first agree with what CPython 3.14 printed for it (NAME.py.expected.json, recorded by
 * scripts/record-editor-snippets.mjs), so the lifetimes the hovers describe are CPython's.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { run, type RunResult } from '../../extension/engine/index';
import { TraceIndex } from '../../extension/engine/trace/analysis/trace-index';
import { perLine } from '../../extension/engine/trace/analysis/line-facts';

export interface SnippetRun {
  readonly source: string;
  readonly result: RunResult;
  readonly index: TraceIndex;
}

export const SNIPPETS = 'test/editor/snippets';

export function snippet(name: string): SnippetRun {
  const path = `${SNIPPETS}/${name}.py`;
  return recorded(path, `${path}.expected.json`, name);
}

/** The walkthrough's example, as shipped in media/. */
export function walkthroughExample(): SnippetRun {
  return recorded('media/walkthrough/example.py', 'test/editor/walkthrough-example.py.expected.json', 'the walkthrough example');
}

function recorded(path: string, expectedPath: string, name: string): SnippetRun {
  const source = readFileSync(path, 'utf8');
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as { stdout: string; stderr: string; status: number };
  const result = run(source, { filename: path });
  assert.equal(result.stdout, expected.stdout, `${name}: the engine's stdout differs from CPython 3.14's`);
  assert.equal(result.stderr, expected.stderr, `${name}: the engine's stderr differs from CPython 3.14's`);
  assert.equal(result.exitStatus, expected.status, `${name}: the engine's exit status differs from CPython 3.14's`);
  return { source, result, index: new TraceIndex(result.trace) };
}

/** The object `name` was bound to on `line` (its first recorded execution). */
export function bound(s: SnippetRun, line: number, name: string): number {
  const facts = perLine(s.index).namesOn(line).find((n) => n.occurrence.name === name);
  const id = facts?.samples.find((b) => b.object >= 0)?.object;
  assert.ok(id !== undefined, `no object bound to ${name} on line ${line}`);
  return id;
}

/** The 0-based column of the `nth` occurrence of `name` as a word on `line`. */
export function colOf(s: SnippetRun, line: number, name: string, nth = 1): number {
  const text = s.source.split('\n')[line - 1] ?? '';
  const re = new RegExp(`\\b${name}\\b`, 'g');
  let m: RegExpExecArray | null = null;
  for (let i = 0; i < nth; i++) m = re.exec(text);
  assert.ok(m !== null, `no ${name} #${nth} on line ${line}`);
  return m.index;
}
