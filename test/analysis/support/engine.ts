/**
 * Traces of real programs, from the engine's run(). If the engine cannot load, or run() does not
 * return the contract of protocol/trace.ts, the tests over real programs fail, saying why.
 */
import assert from 'node:assert/strict';
import { TRACE_VERSION, type Trace } from '../../../extension/protocol/trace';

type Run = (source: string, options: { filename?: string }) => unknown;

let loaded: Promise<{ run: Run | null; why: string | null }> | null = null;

function load(): Promise<{ run: Run | null; why: string | null }> {
  loaded ??= import('../../../extension/engine/index')
    .then((m: { run: Run }) => {
      const probe = (m.run('x = 1\n', { filename: 'probe.py' }) as { trace?: unknown }).trace;
      return isContractTrace(probe) ? { run: m.run, why: null } : { run: null, why: 'recorder pending: run() does not return a protocol/trace.ts Trace yet' };
    })
    .catch((e: unknown) => ({ run: null, why: `engine unavailable: ${e instanceof Error ? e.message.split('\n')[0] : 'it threw while loading or running a probe'}` }));
  return loaded;
}

export function isContractTrace(value: unknown): value is Trace {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Partial<Record<keyof Trace, unknown>>;
  const table = (x: unknown): boolean => typeof x === 'object' && x !== null && typeof (x as { count?: unknown }).count === 'number';
  return t.version === TRACE_VERSION && table(t.steps) && table(t.events) && table(t.objects) && Array.isArray(t.strings);
}

/** Why traces of real programs are unavailable, or null when they are. */
export async function engineSkip(): Promise<string | null> {
  return (await load()).why;
}

export async function engineTrace(source: string, filename = 'snippet.py'): Promise<Trace> {
  const result = await engineRun(source, filename);
  if (typeof result === 'string') throw new Error(result);
  return result.trace;
}

export interface EngineResult {
  readonly trace: Trace;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a snippet; a string says why it cannot be used: the engine is unavailable, or the run
 * failed inside the engine's own Python modules (`<frozen weakref>`: work in progress there).
 */
export async function engineRun(source: string, filename = 'snippet.py'): Promise<EngineResult | string> {
  const { run, why } = await load();
  if (run === null) return why ?? 'engine unavailable';
  const r = run(source, { filename }) as { trace: unknown; stdout: string; stderr: string };
  if (!isContractTrace(r.trace)) return 'recorder pending: run() returned a trace outside the contract';
  if (/File "<frozen [^>]+>"/.test(r.stderr)) {
    const last = r.stderr.trim().split('\n').pop() ?? '';
    return `engine pending: its Python library fails (${last})`;
  }
  return { trace: r.trace, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The trace of `source` from the real engine. The engine and its weakref module are complete, so
 * a snippet it cannot run fails the test (saying why) rather than skipping it: a skipped test
 * would hide exactly the regression it exists to catch.
 */
export async function realTrace(source: string, needs: readonly string[] = []): Promise<Trace> {
  const missing = await missingFeatures(needs);
  if (missing !== null) assert.fail(missing);
  const result = await engineRun(source);
  if (typeof result === 'string') assert.fail(result);
  return result.trace;
}

let features: Promise<ReadonlySet<string>> | null = null;

/** The weakref module's names the engine provides (its Python weakref module is being written). */
export function engineWeakrefFeatures(): Promise<ReadonlySet<string>> {
  features ??= (async () => {
    const { run } = await load();
    if (run === null) return new Set<string>();
    const probe = run("import weakref\nprint(' '.join([n for n in dir(weakref) if not n.startswith('_')]))\n", { filename: 'probe.py' }) as { stdout?: string };
    return new Set((probe.stdout ?? '').split(/\s+/).filter((n) => n !== ''));
  })();
  return features;
}

/** Why a snippet needing these weakref names cannot run on the engine yet, or null. */
export async function missingFeatures(needs: readonly string[] = []): Promise<string | null> {
  const skip = await engineSkip();
  if (skip !== null) return skip;
  const have = await engineWeakrefFeatures();
  const missing = needs.filter((n) => !have.has(n));
  return missing.length === 0 ? null : `engine pending: weakref.${missing.join(', weakref.')} not available yet (covered by the model tests meanwhile)`;
}
