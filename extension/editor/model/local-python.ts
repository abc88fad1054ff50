/**
 * Runs a Python file with a real interpreter in a child process, as `python FILE.py` would from
 * the file's directory: no stdin, UTF-8 output, no bytecode written into the user's folders, a
 * time limit and an output cap (the process is killed past either). Never throws: failure to
 * start is part of the result.
 */
import { spawn } from 'node:child_process';
import { basename, dirname } from 'node:path';

export interface LocalRun {
  readonly stdout: string;
  readonly stderr: string;
  /** The exit status; null when the process did not exit by itself (killed, failed to start). */
  readonly exitStatus: number | null;
  /** Why there is no exit status: 'timeout', 'output' (cap exceeded), or the spawn error. */
  readonly stopped: string | null;
}

export interface LocalRunOptions {
  readonly timeoutMs: number;
  /** Bytes of stdout plus stderr kept before the process is killed. */
  readonly maxOutput?: number;
}

const DEFAULT_MAX_OUTPUT = 1 << 20;

/** Runs `python FILE` (argv: the file's base name, cwd: its directory). */
export function runLocalPython(python: string, file: string, options: LocalRunOptions): Promise<LocalRun> {
  const maxOutput = options.maxOutput ?? DEFAULT_MAX_OUTPUT;
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let stopped: string | null = null;
    let settled = false;
    const finish = (exitStatus: number | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), exitStatus, stopped });
    };
    const env = { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1', PYTHONUTF8: '1' };
    const child = spawn(python, [basename(file)], { cwd: dirname(file), env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const timer = setTimeout(() => {
      stopped = 'timeout';
      child.kill('SIGKILL');
    }, options.timeoutMs);
    const collect = (into: Buffer[]) => (chunk: Buffer): void => {
      if (size >= maxOutput) return;
      into.push(chunk.subarray(0, maxOutput - size));
      size += chunk.length;
      if (size >= maxOutput && stopped === null) {
        stopped = 'output';
        child.kill('SIGKILL');
      }
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    child.on('error', (e) => {
      stopped = e.message;
      finish(null);
    });
    child.on('close', (code) => finish(stopped === null ? code : null));
  });
}

/** `python --version`'s answer ('Python 3.11.2'), or null when it cannot be run. */
export async function pythonVersion(python: string, timeoutMs = 5000): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(python, ['-c', 'import sys; print(sys.version.split()[0])'], { stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
    let text = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (c: Buffer) => (text += c.toString('utf8')));
    child.on('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0 && text.trim() !== '' ? `Python ${text.trim()}` : null);
    });
  });
}
