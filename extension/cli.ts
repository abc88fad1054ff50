/** Entry point of the `weakscope` command (built to dist/cli.js). */
// First: V8 flags must be set before the engine's code runs.
import './cli/jit';
import { nodeIo } from './cli/io';
import { main } from './cli/main';

// A reader that stops early (`weakscope run --timeline x.py | head`) closes the pipe: stop quietly,
// as a Unix tool does, instead of dying with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
process.exitCode = main(process.argv.slice(2), nodeIo);
