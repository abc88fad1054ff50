/**
 * The engine's run beside a real interpreter's: stdout, stderr and exit status compared, and both
 * written as one text each (for an editor's side-by-side diff) plus a one-line verdict. Python
 * names the script by its absolute path in tracebacks and warnings, the engine by the name it was
 * given: both are rewritten to the file's base name before comparing.
 */
import { basename } from 'node:path';
import type { LocalRun } from './local-python';

export interface EngineOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitStatus: number;
  /** The file name the engine's tracebacks show. */
  readonly filename: string;
}

export type Part = 'exit status' | 'stdout' | 'stderr';

export interface Comparison {
  /** The parts that differ, in report order (empty: the runs agree). */
  readonly differing: readonly Part[];
  /** The engine's run and the local one, each as a document: the exit status, then each stream. */
  readonly engineText: string;
  readonly localText: string;
  readonly verdict: string;
}

/** `localPath`: the absolute path the local interpreter ran. */
export function compareRuns(engine: EngineOutput, local: LocalRun, localPath: string, python: string, version: string | null): Comparison {
  const name = basename(localPath);
  const engineStderr = renameFile(engine.stderr, engine.filename, name);
  const localStderr = local.stderr.split(localPath).join(name);
  const localStatus = local.exitStatus === null ? `none (${stoppedText(local.stopped)})` : String(local.exitStatus);
  const differing: Part[] = [];
  if (String(engine.exitStatus) !== localStatus) differing.push('exit status');
  if (engine.stdout !== local.stdout) differing.push('stdout');
  if (engineStderr !== localStderr) differing.push('stderr');
  const who = `${python}${version === null ? '' : ` (${version})`}`;
  const verdict =
    differing.length === 0
      ? `Weakscope's run and ${who} agree: same stdout, stderr and exit status.`
      : `Weakscope's run and ${who} differ in ${differing.join(', ')}.${version !== null && !version.startsWith('Python 3.14') ? ' Weakscope models CPython 3.14; other versions print some messages and tracebacks differently.' : ''}`;
  return {
    differing,
    engineText: document('Weakscope (CPython 3.14 model)', String(engine.exitStatus), engine.stdout, engineStderr),
    localText: document(who, localStatus, local.stdout, localStderr),
    verdict,
  };
}

function stoppedText(stopped: string | null): string {
  if (stopped === 'timeout') return 'killed: time limit';
  if (stopped === 'output') return 'killed: output limit';
  return stopped === null ? 'killed' : `did not start: ${stopped}`;
}

/** One run as a text whose lines line up with the other's: headings, then each stream verbatim. */
function document(title: string, status: string, stdout: string, stderr: string): string {
  return [`# ${title}`, '# exit status', status, '# stdout', block(stdout), '# stderr', block(stderr)].join('\n');
}

function block(text: string): string {
  if (text === '') return '(empty)';
  return text.endsWith('\n') ? text.slice(0, -1) : `${text}\n(no newline at end)`;
}

/** The engine's name for the file, where Python prints a script's name: tracebacks and warnings. */
function renameFile(stderr: string, from: string, to: string): string {
  if (from === to) return stderr;
  return stderr
    .split(`File "${from}"`)
    .join(`File "${to}"`)
    .split('\n')
    .map((line) => (line.startsWith(`${from}:`) ? `${to}${line.slice(from.length)}` : line))
    .join('\n');
}
