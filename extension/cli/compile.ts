/** `weakscope compile FILE.py`: the checks python3.14 makes before running FILE.py. */
import { formatCompileWarning } from '../engine/compile/format-warning';
import { compileCheck } from '../engine/frontend';
import { reportSyntaxError } from '../engine/syntax/report';
import type { CliIo } from './io';
import { loadSource } from './source';

export function compileCommand(args: readonly string[], io: CliIo): number {
  const loaded = loadSource(args, io, 'compile');
  if (!loaded.ok) return loaded.status;
  const result = compileCheck(loaded.source);
  for (const warning of result.warnings) io.stderr(formatCompileWarning(loaded.path, loaded.source, warning));
  if (!result.ok) {
    io.stderr(reportSyntaxError(loaded.path, loaded.source, result.error));
    return 1;
  }
  return 0;
}
