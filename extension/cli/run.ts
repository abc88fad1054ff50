/**
 * `weakscope run FILE.py`: runs the program as `python3.14 FILE.py` does (same stdout, stderr and
 * exit status), recording the lifetime trace in memory at the extension's default detail.
 *
 *   --no-trace            record nothing (the engine's fastest mode)
 *   --detail full         record at full detail instead
 *   --trace OUT.json      write the trace as JSON
 *   --timeline            print the output interleaved with the lifetime timeline (to stdout)
 *   --stats               print the trace's size and the run's time to stderr at the end
 *   --profile NAME        the Python to imitate: cpython-3.14 (default), cpython-3.11, cpython-3.12,
 *                         cpython-3.13, cpython-3.15 or micropython (extension/engine/profile.ts)
 *   --max-steps N  --max-time SECONDS  --max-objects N  --max-memory MIB  --max-output MIB  --max-depth N
 *                         the run's budgets (engine defaults otherwise); exceeding one stops the
 *                         run with a message naming it and the line, exit status 1
 */
import { run, type Limits, type RunResult } from '../engine/index';
import { DEFAULT_PROFILE, PROFILES, findProfile, type Profile } from '../engine/profile';
import type { TraceDetail } from '../protocol/trace';
import type { CliIo } from './io';
import { loadSource } from './source';
import { formatTimeline } from './timeline';
import { traceJson } from './trace-json';

interface RunArgs {
  path: string | null;
  detail: TraceDetail;
  traceOut: string | null;
  timeline: boolean;
  stats: boolean;
  limits: Partial<Limits>;
  profile: Profile;
  error: string | null;
}

const LIMIT_FLAGS: Record<string, [keyof Limits, number]> = {
  '--max-steps': ['maxSteps', 1],
  '--max-time': ['maxTimeMs', 1000],
  '--max-objects': ['maxObjects', 1],
  '--max-memory': ['maxMemory', 1024 * 1024],
  '--max-output': ['maxOutput', 1024 * 1024],
  '--max-depth': ['maxDepth', 1],
};

function parseArgs(args: readonly string[]): RunArgs {
  const r: RunArgs = { path: null, detail: 'default', traceOut: null, timeline: false, stats: false, limits: {}, profile: DEFAULT_PROFILE, error: null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const value = (): string | null => {
      const v = args[++i];
      if (v === undefined) r.error = `${a} needs a value`;
      return v ?? null;
    };
    if (a === '--no-trace') r.detail = 'off';
    else if (a === '--timeline') r.timeline = true;
    else if (a === '--stats') r.stats = true;
    else if (a === '--trace') r.traceOut = value();
    else if (a === '--profile') {
      const v = value();
      const profile = v === null ? undefined : findProfile(v);
      if (profile !== undefined) r.profile = profile;
      else if (v !== null) r.error = `unknown profile ${v}: one of ${PROFILES.map((p) => p.name).join(', ')}`;
    }
    else if (a === '--detail') {
      const v = value();
      if (v === 'full' || v === 'default' || v === 'off') r.detail = v;
      else r.error = `--detail takes default, full or off, not ${String(v)}`;
    } else if (a in LIMIT_FLAGS) {
      const [key, scale] = LIMIT_FLAGS[a] as [keyof Limits, number];
      const v = Number(value());
      if (!(v > 0)) r.error = `${a} takes a positive number`;
      else r.limits[key] = v * scale;
    } else if (a.startsWith('-')) r.error = `unknown option ${a}`;
    else if (r.path === null) r.path = a;
    else r.error = `one FILE.py only (got ${r.path} and ${a})`;
  }
  return r;
}

export function runCommand(args: readonly string[], io: CliIo): number {
  const opts = parseArgs(args);
  if (opts.error !== null || opts.path === null) {
    io.stderr(`weakscope run: ${opts.error ?? 'no FILE.py given'}\nusage: weakscope run [--no-trace | --detail full] [--trace OUT.json] [--timeline] [--profile NAME] FILE.py\n`);
    return 2;
  }
  const loaded = loadSource([opts.path], io, 'run');
  if (!loaded.ok) return loaded.status;
  // A timeline needs the trace even when --no-trace was asked for nothing else.
  const detail: TraceDetail = opts.timeline && opts.detail === 'off' ? 'default' : opts.detail;
  const started = performance.now();
  const result: RunResult = run(loaded.source, { filename: loaded.path, trace: detail, limits: opts.limits, profile: opts.profile });
  const ms = performance.now() - started;
  if (opts.timeline) {
    formatTimeline(result.trace, { emit: (text) => io.stdout(text) });
  } else {
    if (result.stdout !== '') io.stdout(result.stdout);
    if (result.stderr !== '') io.stderr(result.stderr);
  }
  if (opts.stats) {
    const t = result.trace;
    const bytes = traceBytes(t);
    io.stderr(`weakscope stats: steps=${t.steps.count} events=${t.events.count} objects=${t.objects.count} trace_bytes=${bytes} run_ms=${ms.toFixed(0)}\n`);
  }
  if (opts.traceOut !== null) {
    if (io.writeFile === undefined) {
      io.stderr('weakscope run: cannot write files here\n');
      return 1;
    }
    try {
      io.writeFile(opts.traceOut, traceJson(result.trace));
    } catch (e) {
      io.stderr(`weakscope run: cannot write ${opts.traceOut}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  }
  return result.exitStatus;
}

/** The trace's memory: its typed arrays plus its strings (two bytes a character, as V8 may store them). */
function traceBytes(t: RunResult['trace']): number {
  let n = 0;
  for (const table of [t.steps, t.events, t.objects]) {
    for (const v of Object.values(table)) if (ArrayBuffer.isView(v)) n += v.byteLength;
  }
  for (const s of t.strings) n += 2 * s.length + 16;
  return n;
}
