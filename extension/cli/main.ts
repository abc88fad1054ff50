/**
 * The `weakscope` command's dispatch. Each subcommand is a small module beside this one.
 */
import { astCommand } from './ast';
import { compileCommand } from './compile';
import { runCommand } from './run';
import { whyCommand } from './why';
import { lintCommand } from './lint';
import type { CliIo } from './io';

const USAGE = `usage: weakscope <command> [options] FILE.py

commands:
  ast FILE.py       print the syntax tree as CPython 3.14's ast.dump(ast.parse(src), include_attributes=True) does
  compile FILE.py   check FILE.py as python3.14 does before running it; print its SyntaxError if any
  run FILE.py       run FILE.py as python3.14 does, recording its lifetime trace
                    (--no-trace, --detail full, --trace OUT.json, --timeline, --max-steps N, --max-time S…)
  why FILE.py --line N --name x    why the object x is bound to on line N is alive (or what freed it)
  lint FILE.py      report lifetime problems as FILE:LINE:COL: warning: … [lint-id] (--json)
`;

export function main(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'ast':
      return astCommand(rest, io);
    case 'compile':
      return compileCommand(rest, io);
    case 'run':
      return runCommand(rest, io);
    case 'why':
      return whyCommand(rest, io);
    case 'lint':
      return lintCommand(rest, io);
    case undefined:
    case '-h':
    case '--help':
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    default:
      io.stderr(`weakscope: unknown command '${command}'\n${USAGE}`);
      return 2;
  }
}
