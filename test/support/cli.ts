/** Runs the `weakscope` CLI in-process with captured output, as the tests see a user's terminal. */
import { readFileSync } from 'node:fs';
import { main } from '../../extension/cli/main';

export interface CliRun {
  stdout: string;
  stderr: string;
  status: number;
}

export function runCli(args: readonly string[]): CliRun {
  let stdout = '';
  let stderr = '';
  const status = main(args, {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    readFile: (p) => readFileSync(p),
  });
  return { stdout, stderr, status };
}
