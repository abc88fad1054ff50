// The reference oracle (scripts/oracle/run-file.mjs: a fresh CPython 3.14 per program) run in a
// child process: Pyodide cannot load in a worker of a process that runs under tsx's loader.
import { spawn } from 'node:child_process';

/** Runs the files; resolves to Map(path → { stdout, stderr, status, error? }). */
export function runReference(paths) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/oracle/run-file.mjs', ...paths], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => { text += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) { reject(new Error(`run-file.mjs exited with ${code}`)); return; }
      const results = new Map();
      for (const line of text.split('\n')) {
        if (line.trim() === '') continue;
        const { path, ...r } = JSON.parse(line);
        results.set(path, r);
      }
      resolve(results);
    });
  });
}
