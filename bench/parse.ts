/**
 * Parse throughput: the engine's parser against CPython's own ast.parse on the same generated file,
 * native python3 and CPython 3.14 in WebAssembly (Pyodide), measured in the same run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '../extension/engine/syntax/parser';
import { generatePython } from './generate';

const REPEAT = 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const TIMING_SCRIPT = (path: string): string => `
import ast, time, sys
src = open(${JSON.stringify(path)}, encoding='utf-8').read()
for _ in range(3): ast.parse(src)
times = []
for _ in range(${REPEAT}):
    t = time.perf_counter(); ast.parse(src); times.append(time.perf_counter() - t)
times.sort()
print(times[len(times)//2] * 1000)
`;

export async function benchParse(): Promise<void> {
  const source = generatePython(12000);
  const lines = source.split('\n').length;
  const bytes = Buffer.byteLength(source);
  const dir = mkdtempSync(join(tmpdir(), 'weakscope-bench-'));
  const path = join(dir, 'big.py');
  writeFileSync(path, source);

  for (let i = 0; i < 5; i++) {
    const r = parse(source);
    if (!r.ok) throw new Error(`the engine rejects the benchmark file: ${r.error.msg} (line ${r.error.lineno})`);
  }
  const engineTimes: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const t = performance.now();
    parse(source);
    engineTimes.push(performance.now() - t);
  }
  const engineMs = median(engineTimes);

  const nativeVersion = execFileSync('python3', ['-c', 'import sys; print(sys.version.split()[0])']).toString().trim();
  const nativeMs = Number(execFileSync('python3', ['-c', TIMING_SCRIPT(path)]).toString());

  const { loadCPython } = await import('../scripts/oracle/pyodide.mjs' as string) as {
    loadCPython: (o?: object) => Promise<{ runPython(code: string): unknown; FS: { writeFile(p: string, d: string): void } }>;
  };
  let pyodideOut = '';
  const py = await loadCPython({ stdout: (s: string) => { pyodideOut += s; } });
  py.FS.writeFile('/tmp/big.py', source);
  py.runPython(TIMING_SCRIPT('/tmp/big.py'));
  const pyodideMs = Number(pyodideOut.trim());

  const rate = (ms: number): string => `${(lines / ms).toFixed(0).padStart(6)} klines/s  ${(bytes / 1024 / ms).toFixed(1).padStart(6)} MB/s`;
  console.log(`parse: ${lines} lines, ${(bytes / 1024).toFixed(0)} KiB (median of ${REPEAT})`);
  console.log(`  engine            ${engineMs.toFixed(1).padStart(7)} ms  ${rate(engineMs)}`);
  console.log(`  python3 ${nativeVersion.padEnd(8)} ${nativeMs.toFixed(1).padStart(7)} ms  ${rate(nativeMs)}  engine is ${(nativeMs / engineMs).toFixed(2)}× its speed`);
  console.log(`  pyodide 3.14      ${pyodideMs.toFixed(1).padStart(7)} ms  ${rate(pyodideMs)}  engine is ${(pyodideMs / engineMs).toFixed(2)}× its speed`);
}
