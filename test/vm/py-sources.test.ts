/**
 * The engine embeds modules/py/*.py in modules/py-sources.ts (scripts/gen-py-modules.mjs): the
 * embedding must match the files, or the engine would run an older weakref than the one reviewed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PY_MODULE_SOURCES } from '../../extension/engine/modules/py-sources';

const DIR = join(__dirname, '..', '..', 'extension', 'engine', 'modules', 'py');

test('modules/py-sources.ts embeds the current modules/py/*.py (node scripts/gen-py-modules.mjs)', () => {
  const files = readdirSync(DIR).filter((n) => n.endsWith('.py')).sort();
  assert.deepEqual(Object.keys(PY_MODULE_SOURCES).sort(), files.map((n) => n.slice(0, -3)));
  for (const n of files) assert.equal(PY_MODULE_SOURCES[n.slice(0, -3)], readFileSync(join(DIR, n), 'utf8'), n);
});
