/**
 * `weakscope why FILE.py --line N --name x`: runs the program and explains the object `x` was
 * bound to on line N — why it is alive there (the shortest chains of references from the roots),
 * or what freed it, or the cycle that alone keeps it — and its life from birth to death.
 *
 *   --execution K   which execution of the line (1-based; default: the last one recorded)
 *   --json          the same as JSON
 */
import type { CliIo } from './io';
import { loadSource } from './source';
import { engineRunner, traceFor, type Runner } from './lint';
import { TraceIndex } from '../engine/trace/analysis/trace-index';
import { perLine, type NameFacts } from '../engine/trace/analysis/line-facts';
import { whyAlive } from '../engine/trace/analysis/why';
import { lifespan } from '../engine/trace/analysis/lifespan';
import { objectTitle, whereText } from '../engine/trace/analysis/labels';

const USAGE = 'usage: weakscope why FILE.py --line N --name NAME [--execution K] [--json]\n';

interface WhyArgs {
  readonly files: string[];
  line: number;
  name: string | null;
  execution: number;
  json: boolean;
  error: string | null;
}

function parseArgs(args: readonly string[]): WhyArgs {
  const r: WhyArgs = { files: [], line: 0, name: null, execution: 0, json: false, error: null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) r.error = `${a} needs a value`;
      return v ?? '';
    };
    if (a === '--line') r.line = Number(value());
    else if (a === '--name') r.name = value();
    else if (a === '--execution') r.execution = Number(value());
    else if (a === '--json') r.json = true;
    else if (a.startsWith('-')) r.error = `unknown option ${a}`;
    else r.files.push(a);
  }
  if (r.error === null && (!Number.isInteger(r.line) || r.line < 1)) r.error = '--line takes a line number';
  if (r.error === null && (r.name === null || r.name === '')) r.error = '--name takes the variable to explain';
  if (r.error === null && (!Number.isInteger(r.execution) || r.execution < 0)) r.error = '--execution takes a positive number';
  return r;
}

export function whyCommand(args: readonly string[], io: CliIo, runner: Runner = engineRunner): number {
  const opts = parseArgs(args);
  if (opts.error !== null) {
    io.stderr(`weakscope why: ${opts.error}\n${USAGE}`);
    return 2;
  }
  const loaded = loadSource(opts.files, io, 'why');
  if (!loaded.ok) return loaded.status;
  const trace = traceFor(loaded.path, loaded.source, io, runner);
  if (trace === null) return 2;
  const index = new TraceIndex(trace);
  const lines = perLine(index);
  const occurrences = lines.namesOn(opts.line).filter((f) => f.occurrence.name === opts.name);
  if (occurrences.length === 0) {
    const inSource = lines.source.occurrences.some((o) => o.line === opts.line && o.name === opts.name);
    io.stderr(inSource ? `weakscope why: line ${opts.line} never ran\n` : `weakscope why: no name \`${opts.name}\` on line ${opts.line} of ${loaded.path}\n`);
    return inSource ? 1 : 2;
  }
  // A line that both reads and binds the name (x = f(x)) is explained by its binding.
  const facts = occurrences.find((f) => f.occurrence.ctx === 'Store') ?? (occurrences[0] as NameFacts);
  if (facts.executions === 0) {
    io.stderr(`weakscope why: line ${opts.line} never ran\n`);
    return 1;
  }
  const k = opts.execution === 0 ? facts.samples.length : opts.execution;
  const sample = facts.samples[k - 1];
  if (sample === undefined) {
    io.stderr(`weakscope why: line ${opts.line} ran ${facts.executions} time${facts.executions === 1 ? '' : 's'}; executions 1 to ${facts.samples.length} are recorded\n`);
    return 2;
  }
  const where = `\`${opts.name}\` at line ${opts.line} (execution ${k} of ${facts.executions}, step ${sample.step})`;
  if (sample.object < 0) {
    if (opts.json) io.stdout(JSON.stringify({ file: loaded.path, line: opts.line, name: opts.name, execution: k, executions: facts.executions, step: sample.step, object: null }, null, 2) + '\n');
    else io.stdout(`${where} is not bound to an object the trace records (unbound, or a builtin)\n`);
    return 1;
  }
  const why = whyAlive(index, sample.object, sample.step);
  const life = lifespan(index, sample.object);
  if (opts.json) {
    io.stdout(JSON.stringify({ file: loaded.path, line: opts.line, name: opts.name, execution: k, executions: facts.executions, step: sample.step, object: { id: sample.object, title: life.title }, why, lifespan: life }, replacer, 2) + '\n');
    return 0;
  }
  io.stdout(`${where} is ${objectTitle(trace, sample.object)}\n`);
  io.stdout(`${why.text}\n`);
  io.stdout(`born at line ${life.bornLine} (step ${life.bornStep}); ${life.death === null ? 'alive at the end of the run' : `freed ${whereText(life.death.line, life.death.step)}: ${life.death.text}`}\n`);
  const ran = life.duringDeath.filter((e) => e.kind !== 'phase' && e.kind !== 'free');
  for (const e of ran) io.stdout(`  during its death, line ${e.line}: ${e.text}\n`);
  return 0;
}

/** Collections repeat inside deaths; JSON keeps them, minus nothing — only Sets need converting. */
function replacer(_key: string, value: unknown): unknown {
  return value instanceof Set ? [...value] : value;
}
