/** `weakscope ast FILE.py`: the syntax tree as CPython's ast.dump(ast.parse(src), include_attributes=True). */
import { checkFutureImports } from '../engine/compile/future';
import { dump } from '../engine/syntax/dump';
import { reportSyntaxError } from '../engine/syntax/report';
import { parse } from '../engine/syntax/parser';
import type { CliIo } from './io';
import { loadSource } from './source';

export function astCommand(args: readonly string[], io: CliIo): number {
  const loaded = loadSource(args, io, 'ast');
  if (!loaded.ok) return loaded.status;
  const result = parse(loaded.source, { fileMode: true });
  // ast.parse also runs the future-statement checks (`from __future__ import braces`).
  const error = result.ok ? checkFutureImports(result.tree) : result.error;
  if (error !== null) {
    io.stderr(reportSyntaxError(loaded.path, loaded.source, error));
    return 1;
  }
  if (!result.ok) return 1;
  io.stdout(dump(result.tree) + '\n');
  return 0;
}
