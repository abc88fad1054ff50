/**
 * What the capi lens remembers about ownership: the strong references the "C code" owns (from
 * Py_INCREF and the functions returning a new reference), the borrowed references it holds, and
 * where each was taken and each referent freed. Python's own references are the engine's; this
 * ledger only adds the C side, so a leak, a dangling borrowed pointer or an over-release can be
 * named by its lines.
 */
import type { PyObject } from '../../runtime/object';
import { decref, incref, setFreeWatcher } from '../../runtime/heap';
import { ts } from '../../vm/state';
import { recorder } from '../../trace/recorder';
import { CAPI_PROBLEMS, type CapiProblem } from '../../../protocol/trace';
import { raise } from '../../runtime/errors';
import { SystemError } from '../../runtime/exceptions-extra';

/** One owned reference: who took it and where. */
interface Owned {
  readonly fn: string;
  readonly line: number;
}

/** The label of an owned reference's edge from the interpreter. */
function ownedLabel(e: Owned): string {
  return `capi ${e.fn}, line ${e.line}`;
}

/** What a borrowed reference needs to know to report itself. */
export interface BorrowRecord {
  /** The referent, uncounted; null once freed. */
  target: PyObject | null;
  readonly fn: string;
  readonly line: number;
  /** The line that freed the referent (0: alive). */
  freedLine: number;
  readonly typeName: string;
}

const owned = new Map<PyObject, Owned[]>();
/** The last line at which each object's owned references ran out (a second Py_DECREF names it). */
const releasedAt = new Map<PyObject, number>();
const borrowed = new Map<PyObject, Set<BorrowRecord>>();
const warnedLines = new Set<string>();
let active = false;

/** The line of the program being executed (frames of the bundled modules are skipped). */
export function programLine(): number {
  for (let f = ts.frame; f !== null; f = f.previous) {
    if (!f.code.filename.startsWith('<frozen')) return f.lineno;
  }
  return 0;
}

/** The program's file name, as tracebacks show it. */
export function programFile(): string {
  for (let f = ts.frame; f !== null; f = f.previous) {
    if (!f.code.filename.startsWith('<frozen')) return f.code.filename;
  }
  return '<string>';
}

/** Starts a run's ledger (the capi module was imported). */
export function capiActivate(): void {
  capiReset();
  active = true;
  setFreeWatcher(onFree);
}

export function capiReset(): void {
  owned.clear();
  releasedAt.clear();
  borrowed.clear();
  warnedLines.clear();
  active = false;
  setFreeWatcher(null);
}

function onFree(o: PyObject): void {
  const records = borrowed.get(o);
  if (records === undefined) return;
  borrowed.delete(o);
  const line = programLine();
  for (const r of records) {
    r.target = null;
    r.freedLine = line;
  }
}

export function problem(o: PyObject | null, kind: CapiProblem, message: string): void {
  if (recorder.on) recorder.capiProblem(o, message, CAPI_PROBLEMS.indexOf(kind));
}

/** The C code takes a strong reference (Py_INCREF, or a new reference it keeps). */
export function acquire(o: PyObject, fn: string): void {
  const entry: Owned = { fn, line: programLine() };
  incref(o);
  let list = owned.get(o);
  if (list === undefined) owned.set(o, (list = []));
  list.push(entry);
  if (recorder.on) recorder.ownedEdge(o, ownedLabel(entry), true);
}

/**
 * Py_DECREF: releases the most recent owned reference; the object may be freed at once. A
 * reference the C code does not own is refused before anything is decremented: in C it would
 * free the object under the Python code still using it.
 */
export function release(o: PyObject, viaBorrowed: BorrowRecord | null, typeName: string): void {
  const list = owned.get(o);
  const entry = list?.pop();
  if (list === undefined || entry === undefined) {
    const line = programLine();
    const last = releasedAt.get(o);
    const why = viaBorrowed !== null
      ? `it is a borrowed reference (borrowed at line ${viaBorrowed.line} by ${viaBorrowed.fn}), which the caller does not own`
      : last !== undefined
        ? `its last owned reference was already released at line ${last} (a double Py_DECREF)`
        : 'the C code holds no reference to it from Py_INCREF or a function returning a new reference';
    const message = `capi: Py_DECREF of a reference the C code does not own at line ${line}: '${typeName}' object: ${why}; in C this would free the object while it is still in use (a use-after-free)`;
    problem(o, 'unowned_decref', message);
    raise(SystemError, message);
  }
  if (list.length === 0) {
    owned.delete(o);
    releasedAt.set(o, programLine());
  }
  if (recorder.on) recorder.ownedEdge(o, ownedLabel(entry), false);
  decref(o);
}

export function ownedCount(o: PyObject): number {
  return owned.get(o)?.length ?? 0;
}

export function recordBorrow(r: BorrowRecord): void {
  const t = r.target;
  if (t === null) return;
  let set = borrowed.get(t);
  if (set === undefined) borrowed.set(t, (set = new Set()));
  set.add(r);
}

export function forgetBorrow(r: BorrowRecord): void {
  if (r.target === null) return;
  const set = borrowed.get(r.target);
  set?.delete(r);
  if (set !== undefined && set.size === 0) borrowed.delete(r.target);
}

/** The referent of a borrowed reference, or the dangling-reference error. */
export function deref(r: BorrowRecord): PyObject {
  if (r.target !== null) return r.target;
  const message = `capi: dangling borrowed reference: borrowed at line ${r.line} by ${r.fn}, referent ('${r.typeName}' object) freed at line ${r.freedLine} (what would be a use-after-free in C)`;
  problem(null, 'dangling_borrowed', message);
  return raise(SystemError, message);
}

/** A compiler-style deprecation warning, once per line (as a compiler warns once per call site). */
export function warnDeprecated(fn: string, since: string, instead: string): void {
  const line = programLine();
  const key = `${fn}:${line}`;
  if (warnedLines.has(key)) return;
  warnedLines.add(key);
  const message = `${programFile()}:${line}: warning: '${fn}' is deprecated [-Wdeprecated-declarations] (deprecated since CPython ${since}; use ${instead})`;
  problem(null, 'deprecated', message);
  ts.stderr(`${message}\n`);
}

/**
 * At exit (an atexit callback): every owned reference never released, oldest first. The objects
 * stay alive through shutdown, as a leaked reference keeps them in CPython (no __del__, no callback).
 */
export function capiReportLeaks(): void {
  if (!active) return;
  const leaks: { o: PyObject; e: Owned }[] = [];
  for (const [o, list] of owned) for (const e of list) leaks.push({ o, e });
  leaks.sort((a, b) => a.e.line - b.e.line);
  for (const { o, e } of leaks) {
    const message = `capi: leaked reference: '${o.ob_type.tp_name}' object acquired at line ${e.line} by ${e.fn} was never released (no matching Py_DECREF)`;
    problem(o, 'leaked_reference', message);
    ts.stderr(`${message}\n`);
  }
  if (leaks.length !== 0) ts.stderr(`capi: ${leaks.length} leaked reference${leaks.length === 1 ? '' : 's'}\n`);
}
