/** Hovers on names, read off traces of real snippets whose runs agree with CPython 3.14. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt } from '../../extension/editor/model/hover';
import { bound, colOf, snippet, type SnippetRun } from './support';

function hover(s: SnippetRun, line: number, name: string, nth = 1): string {
  const h = hoverAt(s.index, line, colOf(s, line, name, nth));
  assert.ok(h !== null, `no hover on ${name} at line ${line}`);
  assert.equal(s.source.split('\n')[line - 1]?.slice(h.col, h.endCol), name);
  return h.markdown;
}

test('a name bound to an object freed by `del`: its fate names __del__ then the two callbacks', () => {
  const s = snippet('del_then_callbacks');
  const a = bound(s, 9, 'a');
  const fate = 'Fate: freed at line 13 by `del a`: `__del__`, then 2 weakref callbacks';
  assert.equal(hover(s, 9, 'a'), ['**Weakscope** · `a` bound to', `\`Resource#${a} <Resource object>\``, 'refcount 1 · no weak references', fate].join('\n\n'));
  assert.equal(hover(s, 12, 'a'), ['**Weakscope** · `a` is', `\`Resource#${a} <Resource object>\``, 'refcount 1 · 2 weak references (all with callbacks)', fate].join('\n\n'));
  assert.equal(hover(s, 13, 'a'), ['**Weakscope** · `a` deleted, was bound to', `\`Resource#${a} <Resource object>\``, 'refcount 1 · 2 weak references (all with callbacks)', fate].join('\n\n'));
});

test('a weakref call: the referent alive before `del`, None after, with how it died', () => {
  const s = snippet('del_then_callbacks');
  const a = bound(s, 9, 'a');
  const r1 = bound(s, 10, 'r1');
  const r2 = bound(s, 11, 'r2');
  assert.equal(hover(s, 12, 'r1'), ['**Weakscope** · `r1` is', `\`ReferenceType#${r1}\``, 'refcount 1 · no weak references', 'Fate: alive at exit, freed at shutdown', `\`r1()\` returns \`Resource#${a} <Resource object>\`: alive here.`].join('\n\n'));
  assert.equal(
    hover(s, 14, 'r2'),
    ['**Weakscope** · `r2` is', `\`ReferenceType#${r2}\``, 'refcount 1 · no weak references', 'Fate: alive at exit, freed at shutdown', `\`r2()\` returns \`None\` here: its referent \`Resource#${a} <Resource object>\` was freed at line 13 by \`del a\`: \`__del__\`, then 2 weakref callbacks.`].join('\n\n'),
  );
});

test('a line run many times: one summary across its executions', () => {
  const s = snippet('loop_rebinds');
  const ids = [...new Set([bound(s, 11, 'node')])];
  const text = hover(s, 10, 'node');
  const listed = [...text.matchAll(/`Node#(\d+) <Node object>`/g)].map((m) => Number(m[1]));
  assert.equal(listed.length, 4);
  assert.equal(listed[3], ids[0], 'the last execution binds the object line 11 reads');
  assert.equal(
    text,
    [
      '**Weakscope** · `node` bound to (line ran 4 times)',
      '4 distinct objects: 3 freed on line 10, 1 freed at shutdown.',
      [0, 1, 2].map((i) => `- \`Node#${listed[i]} <Node object>\`: freed at line 10 by \`node\` rebound: \`__del__\``).join('\n') + `\n- \`Node#${listed[3]} <Node object>\`: alive at exit, freed at shutdown: \`__del__\``,
    ].join('\n\n'),
  );
  // The class is the same object at every execution: no summary, the one object.
  assert.match(hover(s, 10, 'Node'), /^\*\*Weakscope\*\* · `Node` is \(line ran 4 times\)\n\n`type#\d+ <class 'Node'>`\n\n[^\n]+\n\nFate: alive at exit, freed at shutdown\n\nEvery execution saw this same object\.$/);
});

test('a proxy: alive while its referent lives, dead (ReferenceError) after', () => {
  const s = snippet('proxy_use');
  const config = bound(s, 8, 'config');
  assert.match(hover(s, 10, 'view'), new RegExp(`\n\nProxy to \`Config#${config} <Config object>\`: alive here\\.$`));
  assert.match(hover(s, 13, 'view'), new RegExp(`\n\nDead proxy: using it raises \`ReferenceError\`; its referent \`Config#${config} <Config object>\` was freed at line 11 by [^\n]+\\.$`));
});

test('objects of an unreachable cycle: freed by gc.collect(), with the callback it ran', () => {
  const s = snippet('cycle_collected');
  assert.match(hover(s, 9, 'left'), /\n\nFate: freed at line 16 by `gc\.collect\(\)`, as part of an unreachable cycle: 1 weakref callback$/);
  assert.match(hover(s, 10, 'right'), /\n\nFate: freed at line 16 by `gc\.collect\(\)`, as part of an unreachable cycle$/);
  assert.match(hover(s, 14, 'left'), /\n\nrefcount 2 · 1 weak reference \(with a callback\)\n\n/);
});

test('no hover where there is nothing to say: builtins, keywords, blank space', () => {
  const s = snippet('del_then_callbacks');
  assert.equal(hoverAt(s.index, 12, colOf(s, 12, 'print')), null);
  assert.equal(hoverAt(s.index, 13, 0), null);
  assert.equal(hoverAt(s.index, 7, 0), null);
});

test('a line run more often than the samples kept: the true count, and what the first executions saw', () => {
  const s = snippet('many_executions');
  const text = hover(s, 6, 'item');
  const listed = [...text.matchAll(/`Item#(\d+) <Item object>`/g)].map((m) => Number(m[1]));
  assert.equal(listed.length, 5);
  assert.equal(
    text,
    [
      '**Weakscope** · `item` bound to (line ran 30 times)',
      '20 distinct objects in the first 20 executions: 20 freed on line 6.',
      [...listed.map((id) => `- \`Item#${id} <Item object>\`: freed at line 6 by \`item\` rebound`), '- … and 15 more'].join('\n'),
    ].join('\n\n'),
  );
  assert.match(hover(s, 6, 'Item'), /\(line ran 30 times\)[\s\S]*\n\nThe first 20 executions saw this same object\.$/);
});
