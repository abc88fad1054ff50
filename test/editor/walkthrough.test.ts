/**
 * The walkthrough as the manifest declares it: its steps' media exist, every command it links to
 * is contributed, and what its pictures claim is what the editor shows for the shipped example
 * (whose run agrees with CPython 3.14). Also the manifest's trust declaration for Compare.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { hoverAt } from '../../extension/editor/model/hover';
import { lineNotes } from '../../extension/editor/model/line-notes';
import { COMPARE_COMMAND, OPEN_EXAMPLE_COMMAND } from '../../extension/editor/command-ids';
import { colOf, walkthroughExample } from './support';

interface Step {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly media: { readonly svg?: string; readonly image?: string; readonly markdown?: string; readonly altText?: string };
  readonly completionEvents?: readonly string[];
}

interface Manifest {
  readonly capabilities?: { readonly untrustedWorkspaces?: { readonly supported: unknown; readonly description?: string } };
  readonly contributes: {
    readonly commands: readonly { readonly command: string; readonly title: string; readonly enablement?: string }[];
    readonly walkthroughs?: readonly { readonly id: string; readonly steps: readonly Step[] }[];
  };
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const contributed = new Set(manifest.contributes.commands.map((c) => c.command));

/** The text of an svg's <text> elements, entities decoded. */
function svgTexts(path: string): string[] {
  return [...readFileSync(path, 'utf8').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => (m[1] as string).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
}

test('one walkthrough of three steps: the graph, the timeline, a hover; media exist; links name contributed commands', () => {
  const walkthroughs = manifest.contributes.walkthroughs ?? [];
  assert.equal(walkthroughs.length, 1);
  const steps = (walkthroughs[0] as { steps: readonly Step[] }).steps;
  assert.deepEqual(steps.map((s) => s.media.svg), ['media/walkthrough/graph.svg', 'media/walkthrough/timeline.svg', 'media/walkthrough/hover.svg']);
  for (const step of steps) {
    assert.ok(step.media.svg !== undefined && existsSync(step.media.svg), `${step.id}: media ${step.media.svg}`);
    assert.ok((step.media.altText ?? '').length > 20, `${step.id}: an alt text that describes the picture`);
    // VS Code inlines walkthrough SVGs under a CSP that blocks inline styles: theme colours go in presentation attributes.
    assert.doesNotMatch(readFileSync(step.media.svg, 'utf8'), /<style|\sstyle=/, `${step.id}: no <style> or style= in ${step.media.svg}`);
    const links = [...step.description.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1] as string);
    assert.ok(links.length > 0, `${step.id}: an action to take`);
    for (const id of [...links, ...(step.completionEvents ?? []).map((e) => e.replace(/^onCommand:/, ''))]) assert.ok(contributed.has(id), `${step.id}: ${id} is not a contributed command`);
  }
  assert.ok(contributed.has(OPEN_EXAMPLE_COMMAND));
});

test("the hover picture shows what hovering `logo` in the shipped example shows, and line 21's annotation", () => {
  const s = walkthroughExample();
  const texts = svgTexts('media/walkthrough/hover.svg');
  const h = hoverAt(s.index, 16, colOf(s, 16, 'logo'));
  assert.ok(h !== null);
  // The picture renders the markdown: code spans and bold lose their marks; object ids may differ.
  const rendered = h.markdown.split('\n\n').map((p) => p.replace(/\*\*|`/g, '').replace(/#\d+/g, '#N'));
  const shown = texts.map((t) => t.replace(/#\d+/g, '#N'));
  for (const line of rendered) assert.ok(shown.includes(line), `hover.svg lacks ${JSON.stringify(line)}`);
  const note = lineNotes(s.index).find((n) => n.line === 21);
  assert.ok(note !== undefined && shown.includes(`⟵ ${note.text.replace(/#\d+/g, '#N')}`), `hover.svg lacks line 21's annotation ${note?.text}`);
});

test('Compare with Local Python is off in untrusted workspaces; everything else is declared to work there', () => {
  assert.equal(manifest.capabilities?.untrustedWorkspaces?.supported, 'limited');
  assert.match(manifest.capabilities?.untrustedWorkspaces?.description ?? '', /Compare with Local Python/);
  const compare = manifest.contributes.commands.find((c) => c.command === COMPARE_COMMAND);
  assert.ok(compare !== undefined, 'the compare command is contributed');
  assert.equal(compare.enablement, 'isWorkspaceTrusted');
});
