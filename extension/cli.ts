/** Entry point of the `weakscope` command (built to dist/cli.js). */
import { nodeIo } from './cli/io';
import { main } from './cli/main';

process.exitCode = main(process.argv.slice(2), nodeIo);
