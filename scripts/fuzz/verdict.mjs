// Classifies one generated program's run: the engine's result against CPython 3.14's.
// Kinds: agree, divergence (stdout, stderr or exit status differ), internal (the engine failed:
// internal-error status, a JS exception, a hang), unsupported, limit, oracle-error.

/** Addresses are the one thing a program may print that legitimately differs. */
const normalize = (s) => s.replace(/0x[0-9a-f]+/g, '0x?');

/** The first line where two texts differ, as [theirs, ours] with digits generalized. */
function firstDifference(want, got) {
  const w = want.split('\n');
  const g = got.split('\n');
  for (let i = 0; i < Math.max(w.length, g.length); i++) {
    if (w[i] !== g[i]) return [w[i] ?? '<end>', g[i] ?? '<end>'].map((l) => l.replace(/\d+/g, '#').slice(0, 160));
  }
  return ['', ''];
}

/**
 * `engine`: { stdout, stderr, exitStatus, status, message } from run(), or { thrown } when run()
 * threw, or { hang: true }. `oracle`: { stdout, stderr, status, error? } from the fast oracle.
 */
export function verdict(engine, oracle) {
  if (engine.hang) return { kind: 'internal', sig: 'hang' };
  if (engine.thrown !== undefined) return { kind: 'internal', sig: `js exception: ${engine.thrown.split('\n')[0]}` };
  if (engine.status === 'internal-error') return { kind: 'internal', sig: (engine.message ?? '').replace(/ \(line \d+\)$/, '') };
  if (oracle.error !== undefined) return { kind: 'oracle-error', sig: oracle.error.split('\n')[0] };
  if (engine.status === 'unsupported') return { kind: 'unsupported', sig: (engine.message ?? '').replace(/\(line \d+\)/, '') };
  if (engine.status === 'limit') return { kind: 'limit', sig: (engine.message ?? '').replace(/\(line \d+\)/, '') };
  const parts = [];
  if (normalize(engine.stdout) !== normalize(oracle.stdout)) parts.push(['stdout', ...firstDifference(normalize(oracle.stdout), normalize(engine.stdout))]);
  if (normalize(engine.stderr) !== normalize(oracle.stderr)) parts.push(['stderr', ...firstDifference(normalize(oracle.stderr), normalize(engine.stderr))]);
  if (engine.exitStatus !== oracle.status) parts.push(['status', String(oracle.status), String(engine.exitStatus)]);
  if (parts.length === 0) return { kind: 'agree', sig: '' };
  const [stream, want, got] = parts[0];
  return { kind: 'divergence', sig: `${stream}: cpython ${JSON.stringify(want)} / engine ${JSON.stringify(got)}` };
}
