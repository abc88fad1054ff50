/**
 * `weakscope lint FILE.py`: runs the program and reports lifetime problems, one compiler-like line
 * each (`FILE:LINE:COL: warning: message [lint-id]`), followed by notes for the other lines
 * involved and the fix. Exit status 1 when anything is reported, 0 when nothing, 2 when the
 * program cannot be run at all (a syntax error, an unsupported construct).
 *
 *   --json    the findings as a JSON array instead
 */
import { run } from '../engine/index';
import type { Trace } from '../protocol/trace';
import { TraceIndex } from '../engine/trace/analysis/trace-index';
import { lint } from '../engine/trace/analysis/lints/index';
import type { CliIo } from './io';
import { loadSource } from './source';

/** What a command needs from running a program (tests substitute hand-built traces). */
export type Runner = (source: string, filename: string) => { readonly status: string; readonly stderr: string; readonly trace: Trace };

export const engineRunner: Runner = (source, filename) => run(source, { filename });

/** Runs the program for analysis; null (after printing why) when there is no trace to analyse. */
export function traceFor(path: string, source: string, io: CliIo, runner: Runner): Trace | null {
  const result = runner(source, path);
  if (result.status === 'syntax-error' || result.status === 'unsupported' || result.status === 'internal-error') {
    io.stderr(result.stderr);
    return null;
  }
  if (result.trace.steps.count === 0) {
    io.stderr(`weakscope: ${path}: no lifetime trace was recorded\n`);
    return null;
  }
  return result.trace;
}

export function lintCommand(args: readonly string[], io: CliIo, runner: Runner = engineRunner): number {
  const json = args.includes('--json');
  const unknown = args.find((a) => a.startsWith('-') && a !== '--json');
  if (unknown !== undefined) {
    io.stderr(`weakscope lint: unknown option ${unknown}\nusage: weakscope lint FILE.py [--json]\n`);
    return 2;
  }
  const loaded = loadSource(args.filter((a) => !a.startsWith('-')), io, 'lint');
  if (!loaded.ok) return loaded.status;
  const trace = traceFor(loaded.path, loaded.source, io, runner);
  if (trace === null) return 2;
  const findings = lint(new TraceIndex(trace));
  if (json) {
    io.stdout(JSON.stringify(findings.map((f) => ({ file: loaded.path, ...f })), null, 2) + '\n');
    return findings.length > 0 ? 1 : 0;
  }
  for (const f of findings) {
    io.stdout(`${loaded.path}:${f.line}:${f.col}: warning: ${f.message} [${f.id}]\n`);
    for (const r of f.related) if (r.line > 0 && r.line !== f.line) io.stdout(`${loaded.path}:${r.line}:1: note: ${r.message}\n`);
    io.stdout(`${loaded.path}:${f.line}:${f.col}: note: fix: ${f.fix}\n`);
  }
  return findings.length > 0 ? 1 : 0;
}
