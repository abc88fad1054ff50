/** A program whose cache entry dies at `del` on CPython but only at gc.collect() on MicroPython (Compare Profiles' tests). */
import assert from 'node:assert/strict';
import { run } from '../../extension/engine/index';
import { findProfile, type ProfileName } from '../../extension/engine/profile';
import { summarize } from '../../extension/engine/trace/analysis/summary';
import type { RunResult } from '../../extension/engine/index';

export const CACHE = `import gc, weakref
class Entry:
    pass
def gone(r):
    print('callback <gone>')
e = Entry()
r = weakref.ref(e, gone)
cache = {'k': e}
del cache['k']
del e
print('alive' if r() is not None else 'dead')
gc.collect()
print('alive' if r() is not None else 'dead')
`;

/** A completed run of `source` under `profile`, and its timeline summary (what the worker sends the host). */
export function runUnder(source: string, profile: ProfileName): { result: RunResult; summary: ReturnType<typeof summarize> } {
  const result = run(source, { filename: 'cache.py', profile: findProfile(profile) });
  assert.equal(result.status, 'ok', result.stderr);
  return { result, summary: summarize(result.trace) };
}
