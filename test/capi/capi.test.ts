/**
 * The capi lens against real CPython: every program in test/capi/cases runs through the engine
 * under each profile it was recorded for (NAME.py.expected.cpython-3.X.json, written by
 * scripts/record-capi.mjs from real CPython with `capi` implemented over the real C API through
 * ctypes) and must print the same stdout, stderr and exit status. README.md says how each case's
 * expectation is grounded.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../extension/engine/index';
import { findProfile } from '../../extension/engine/profile';

const CASES = join(__dirname, 'cases');
const GALLERY = join(__dirname, 'gallery');
const EXAMPLES = join(__dirname, '..', '..', 'examples');

interface Expected {
  stdout: string;
  stderr: string;
  status: number;
}

interface Recording {
  /** The program, repository-relative (as tracebacks and warnings name it). */
  readonly rel: string;
  readonly source: string;
  readonly version: string;
  readonly path: string;
}

/** The recordings of the cases (beside them) and of the gallery's capi examples (in gallery/). */
function recordings(): Recording[] {
  const out: Recording[] = [];
  for (const [dir, programs, relDir] of [[CASES, CASES, 'test/capi/cases'], [GALLERY, EXAMPLES, 'examples']] as const) {
    for (const file of readdirSync(dir).sort()) {
      const m = /^(.+\.py)\.expected\.cpython-(3\.\d+)\.json$/.exec(file);
      if (m === null) continue;
      const name = m[1] as string;
      out.push({ rel: `${relDir}/${name}`, source: join(programs, name), version: m[2] as string, path: join(dir, file) });
    }
  }
  return out;
}

test('every capi case has at least one recording', () => {
  const recorded = new Set(recordings().map((r) => r.rel));
  const cases = readdirSync(CASES).filter((f) => f.endsWith('.py')).map((f) => `test/capi/cases/${f}`);
  const gallery = readdirSync(EXAMPLES).filter((f) => f.startsWith('capi_') && f.endsWith('.py')).map((f) => `examples/${f}`);
  assert.ok(cases.length >= 30, `only ${cases.length} cases`);
  assert.ok(gallery.length >= 2, 'the gallery has its capi examples');
  for (const c of [...cases, ...gallery]) assert.ok(recorded.has(c), `${c} has no recording: run node scripts/record-capi.mjs`);
});

test('capi cases print what real CPython prints', async (t) => {
  for (const rec of recordings()) {
    await t.test(`${rec.rel} (CPython ${rec.version})`, () => {
      const profile = findProfile(`cpython-${rec.version}`);
      assert.ok(profile !== undefined, `no profile for ${rec.version}`);
      const expected = JSON.parse(readFileSync(rec.path, 'utf8')) as Expected;
      const r = run(readFileSync(rec.source, 'utf8'), { filename: rec.rel, trace: false, profile });
      assert.equal(r.stdout, expected.stdout, 'stdout');
      assert.equal(r.stderr, expected.stderr, 'stderr');
      assert.equal(r.exitStatus, expected.status, 'exit status');
    });
  }
});
