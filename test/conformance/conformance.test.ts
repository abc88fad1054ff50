/**
 * The lifetime conformance corpora (test/conformance/{lifetime,weakref}/NAME.py, recorded from
 * CPython 3.14 into NAME.py.expected.json by scripts/record-conformance.mjs): every program listed
 * in test/conformance/passing.txt runs through the engine's run() and must print, byte for byte,
 * what CPython printed (stdout, stderr, exit status). The list only grows — programs are added by
 * `node scripts/conformance-status.mjs --update` once the engine passes them — so this suite
 * stays green while the engine grows and catches any regression.
 *
 * The other semantics profiles do the same with test/conformance/passing.<profile>.txt: a program
 * runs under the profile and is compared with that version's recording
 * (NAME.py.expected.<profile>.json, which exists only where the version prints something different
 * from 3.14) or else with 3.14's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../extension/engine/index';
import { DEFAULT_PROFILE, PROFILES, type Profile } from '../../extension/engine/profile';

const ROOT = join(__dirname, '..', '..');

interface Expected {
  stdout: string;
  stderr: string;
  status: number | boolean;
}

function listed(profile: Profile): string[] {
  const name = profile === DEFAULT_PROFILE ? 'passing.txt' : `passing.${profile.name}.txt`;
  const list = join(ROOT, 'test', 'conformance', name);
  return existsSync(list) ? readFileSync(list, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')) : [];
}

/** platform-differences.json: programs whose 32-bit oracle output differs from 64-bit CPython's. */
const PLATFORM = (JSON.parse(readFileSync(join(ROOT, 'test', 'conformance', 'platform-differences.json'), 'utf8')) as {
  programs: Record<string, { replace: [string, string][] }>;
}).programs;

/** The 3.14 recording rewritten to the 64-bit values the engine models; a stale rewrite fails. */
function toEnginePlatform(rel: string, expected: Expected): Expected {
  let { stdout, stderr } = expected;
  for (const [oracle, engine] of PLATFORM[rel]?.replace ?? []) {
    assert.ok(stdout.includes(oracle) || stderr.includes(oracle), `platform-differences.json: ${rel} no longer prints ${oracle}`);
    stdout = stdout.split(oracle).join(engine);
    stderr = stderr.split(oracle).join(engine);
  }
  return { ...expected, stdout, stderr };
}

test('platform-differences.json names recorded programs only', () => {
  for (const rel of Object.keys(PLATFORM)) assert.ok(existsSync(join(ROOT, `${rel}.expected.json`)), `${rel} has no recording`);
});

for (const profile of PROFILES) {
  const programs = listed(profile);
  if (programs.length === 0) continue;
  const list = profile === DEFAULT_PROFILE ? 'passing.txt' : `passing.${profile.name}.txt`;
  test(`lifetime conformance with ${profile.label} (programs in ${list})`, async (t) => {
    for (const rel of programs) {
      await t.test(rel, () => {
        const path = join(ROOT, rel);
        assert.ok(existsSync(path), `${rel} is listed in ${list} but does not exist`);
        const own = `${path}.expected.${profile.name}.json`;
        const recording = profile !== DEFAULT_PROFILE && existsSync(own) ? own : `${path}.expected.json`;
        const parsed = JSON.parse(readFileSync(recording, 'utf8')) as Expected;
        const expected = recording === `${path}.expected.json` ? toEnginePlatform(rel, parsed) : parsed;
        // Some recordings hold sys.exit(True)'s status as the bool itself: a process exits with 1.
        const status = typeof expected.status === 'boolean' ? Number(expected.status) : expected.status;
        // The recordings name the program by its repository-relative path, as `python3.14 REL` shows it.
        const r = run(readFileSync(path, 'utf8'), { filename: rel, trace: false, profile });
        assert.equal(r.stdout, expected.stdout, 'stdout');
        assert.equal(r.stderr, expected.stderr, 'stderr');
        assert.equal(r.exitStatus, status, 'exit status');
      });
    }
  });
}
