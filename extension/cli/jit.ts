/**
 * V8 settings for the `weakscope` process (the CLI only: the extension's engine runs in a worker
 * thread of VS Code's extension host, whose flags are not ours to change).
 *
 * The evaluation loop is one large function. When it deoptimizes (an instruction or an object
 * type it has not seen yet), V8 by default keeps running the program's long loop unoptimized
 * while it recompiles on another thread; with the machine's cores busy that costs more than
 * waiting for the compilation (--no-concurrent-osr). Inlining less into it makes each
 * compilation smaller and gives it fewer branches to deoptimize on. Together they save 7–27% of
 * the CPU time of the benchmark programs (bench/lifetime.ts).
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-concurrent-osr');
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
