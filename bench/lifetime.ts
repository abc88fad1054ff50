/**
 * Lifetime-heavy programs (bench/programs/*.py) run three ways in the same run: the engine as
 * users get it (the webpack bundle dist/cli.js, `weakscope run`, trace recorded at the default
 * detail, and again with --no-trace), native python3, and CPython 3.14 in WebAssembly (Pyodide).
 * Whole-process times for the engine and python3 (best of REPEAT; CPU time too when GNU time is
 * there), the program's own time for Pyodide (its start-up is not the program's), the ratios,
 * and the engine's trace size per step. A program whose engine output differs from python3's is
 * reported, not timed; one the engine cannot run yet is reported as skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const PROGRAMS = join(ROOT, 'bench', 'programs');
const CLI = join(ROOT, 'dist', 'cli.js');
const REPEAT = Number(process.env['BENCH_REPEAT'] ?? 3);
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Timed {
  wall: number;
  cpu: number | null;
  maxRssKb: number | null;
  stdout: string;
  stderr: string;
  status: number;
}

/** One process run; with GNU time, its CPU time and peak memory too. */
function timeProcess(cmd: string, args: readonly string[]): Timed {
  const t0 = performance.now();
  const r = GNU_TIME !== null
    ? spawnSync(GNU_TIME, ['-f', '\n@@time %U %S %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - t0) / 1000;
  let stderr = r.stderr ?? '';
  let cpu: number | null = null;
  let maxRssKb: number | null = null;
  const m = /\n?@@time ([\d.]+) ([\d.]+) (\d+)\n?$/.exec(stderr);
  if (m !== null) {
    cpu = Number(m[1]) + Number(m[2]);
    maxRssKb = Number(m[3]);
    stderr = stderr.slice(0, m.index);
  }
  return { wall, cpu, maxRssKb, stdout: r.stdout ?? '', stderr, status: r.status ?? -1 };
}

function best(cmd: string, args: readonly string[]): Timed {
  let b: Timed | null = null;
  for (let i = 0; i < REPEAT; i++) {
    const t = timeProcess(cmd, args);
    if (b === null || t.wall < b.wall) b = { ...t, cpu: b !== null && b.cpu !== null && t.cpu !== null ? Math.min(b.cpu, t.cpu) : t.cpu };
    else if (b.cpu !== null && t.cpu !== null) b.cpu = Math.min(b.cpu, t.cpu);
  }
  return b as Timed;
}

interface PyodideRunner {
  runPython(code: string): unknown;
  FS: { writeFile(p: string, d: string): void };
}

const PYODIDE_TIMING = (path: string): string => `
import time, sys, io
_src = open(${JSON.stringify(path)}).read()
_best = None
for _ in range(${REPEAT}):
    _g = {'__name__': '__main__'}
    _out = sys.stdout
    sys.stdout = io.StringIO()
    _t = time.perf_counter()
    exec(compile(_src, ${JSON.stringify(path)}, 'exec'), _g)
    _dt = time.perf_counter() - _t
    sys.stdout = _out
    del _g
    _best = _dt if _best is None else min(_best, _dt)
print(_best)
`;

function fmt(s: number | null): string {
  return s === null ? '     —' : `${s.toFixed(2).padStart(6)}s`;
}

function ratio(a: number | null, b: number | null): string {
  return a === null || b === null || b === 0 ? '   —' : `${(a / b).toFixed(2)}×`;
}

export async function benchLifetime(): Promise<void> {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build:cli` first');
  const names = readdirSync(PROGRAMS).filter((n) => n.endsWith('.py')).sort();
  const nativeVersion = execFileSync('python3', ['-c', 'import sys; print(sys.version.split()[0])']).toString().trim();

  const { loadCPython } = await import('../scripts/oracle/pyodide.mjs' as string) as {
    loadCPython: (o?: object) => Promise<PyodideRunner>;
  };
  let pyOut = '';
  const py = await loadCPython({ stdout: (s: string) => { pyOut += s; } });

  console.log(`lifetime programs (best of ${REPEAT}; engine = node dist/cli.js run, trace at the default detail)`);
  console.log(`${'program'.padEnd(22)} ${'engine'.padStart(7)} ${'no-trace'.padStart(8)} ${'py ' + nativeVersion}  ${'pyodide'.padStart(7)}   engine/python3 (cpu)   engine/pyodide   trace/step`);
  for (const name of names) {
    const path = join(PROGRAMS, name);
    const label = name.replace(/\.py$/, '').padEnd(22);
    const native = best('python3', [path]);
    const engine = best(process.execPath, [CLI, 'run', '--stats', path]);
    const stats = /weakscope stats: steps=(\d+) events=(\d+) objects=(\d+) trace_bytes=(\d+)/.exec(engine.stderr);
    const engineErr = engine.stderr.replace(/weakscope stats:.*\n?/, '');
    if (engine.stdout !== native.stdout || engine.status !== native.status) {
      const why = /has no attribute '(\w+)'|not supported yet: [^\n]*|No module named '[^']+'/.exec(engineErr);
      console.log(`${label} skipped: ${why !== null ? why[0] : 'the engine\'s output differs from python3\'s'}${engineErr !== '' ? ` — ${engineErr.trim().split('\n').pop() as string}` : ''}`);
      continue;
    }
    const noTrace = best(process.execPath, [CLI, 'run', '--no-trace', path]);
    pyOut = '';
    py.FS.writeFile('/tmp/bench.py', readFileSync(path, 'utf8'));
    py.runPython(PYODIDE_TIMING('/tmp/bench.py'));
    const pyodide = Number(pyOut.trim().split('\n').pop());
    const perStep = stats !== null ? `${(Number(stats[4]) / Number(stats[1])).toFixed(0)} B (${stats[1]} steps, ${stats[2]} events)` : '—';
    console.log(`${label} ${fmt(engine.wall)} ${fmt(noTrace.wall)}  ${fmt(native.wall)}  ${fmt(pyodide)}   ${ratio(engine.wall, native.wall).padStart(6)} (${ratio(engine.cpu, native.cpu)})        ${ratio(engine.wall, pyodide).padStart(6)}     ${perStep}`);
  }
}
