/** Entry point of the `weakscope` command (built to dist/cli.js). */
// First: V8 flags must be set before the engine's code runs.
import './cli/jit';
import { nodeIo } from './cli/io';
import { main } from './cli/main';

process.exitCode = main(process.argv.slice(2), nodeIo);
