/**
 * The gallery programs (examples/*.py) print on the engine exactly what CPython 3.14 prints
 * (recorded by scripts/record-examples.mjs), and the gallery lists the issue's topics first.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../extension/engine/index';
import { GALLERY_ORDER, describe, listExamples } from '../../extension/host/gallery';

interface Expected {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

const recorded = readdirSync('test/examples').filter((n) => n.endsWith('.expected.json'));

test('every core gallery program has a CPython 3.14 recording', () => {
  for (const file of GALLERY_ORDER) assert.ok(recorded.includes(file.replace(/\.py$/, '.expected.json')), `${file} has no recording`);
});

for (const name of recorded) {
  const file = name.replace(/\.expected\.json$/, '.py');
  test(`examples/${file} prints what CPython 3.14 prints`, () => {
    const expected = JSON.parse(readFileSync(join('test/examples', name), 'utf8')) as Expected;
    const source = readFileSync(join('examples', file), 'utf8');
    const r = run(source, { filename: `examples/${file}` });
    assert.equal(r.status, 'ok', r.message ?? '');
    assert.deepEqual({ stdout: r.stdout, stderr: r.stderr, status: r.exitStatus }, expected);
  });
}

test('the gallery lists the core programs first, each with its description', async () => {
  const examples = await listExamples('examples');
  assert.deepEqual(examples.slice(0, GALLERY_ORDER.length).map((e) => e.file), GALLERY_ORDER);
  for (const e of examples) assert.notEqual(e.description, '', `${e.file} has no leading comment`);
});

test('describe reads the first comment line', () => {
  assert.equal(describe('\n# A cache.\nimport weakref\n'), 'A cache.');
  assert.equal(describe('import weakref\n'), '');
});
