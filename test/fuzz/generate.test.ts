/**
 * The differential fuzzer's program generator (test/fuzz/generate.ts; the comparison with CPython
 * itself is `npm run fuzz`): programs are reproducible from their seed, stay within what the
 * engine supports, and run to their end under it — no unsupported construct, internal error or
 * budget, whatever the seed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from '../../extension/engine/index';
import { generateProgram } from './generate';

test('a seed always gives the same program, and different seeds different ones', () => {
  assert.equal(generateProgram(42).source, generateProgram(42).source);
  assert.notEqual(generateProgram(42).source, generateProgram(43).source);
  const p = generateProgram(7);
  assert.equal(p.source, p.chunks.join('\n') + '\n');
});

test('generated programs print nothing address- or hash-order-dependent', () => {
  for (let seed = 0; seed < 200; seed++) {
    const { source } = generateProgram(seed);
    assert.doesNotMatch(source, /\bid\(|\bhash\(/, `seed ${seed}`);
    // A WeakSet iterates in address order: it is only ever printed sorted.
    for (const line of source.split('\n').filter((l) => l.includes('print(') && l.includes(' in ws'))) {
      assert.match(line, /sorted\(x\.name for x in ws\)/, `seed ${seed}: ${line}`);
    }
  }
});

test('40 generated programs run to their end under the engine', () => {
  for (let seed = 9_000_000; seed < 9_000_040; seed++) {
    const { source } = generateProgram(seed);
    const r = run(source, { filename: 'prog.py', trace: 'default', limits: { maxTimeMs: 30_000 } });
    assert.equal(r.status, 'ok', `seed ${seed}: ${r.message}`);
    assert.ok(r.exitStatus === 0 || r.exitStatus === 1 || r.exitStatus === 3, `seed ${seed}: exit ${r.exitStatus}`);
  }
});
