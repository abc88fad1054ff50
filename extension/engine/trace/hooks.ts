/**
 * The trace's hooks into frames and the evaluation loop, kept here so that vm/ calls one function
 * per event: statement tables per code object, names bound in frames, cells, the interpreter's
 * references to executing frames, and the step a statement continues in after a call returns.
 * Every function here is called only while recording (the callers test `recorder.on`), except
 * statementsOf, which step counting needs either way.
 */
import type { Code } from '../compile/code';
import { Op } from '../compile/opcodes';
import type { PyObject } from '../runtime/object';
import type { Frame } from '../vm/frame';
import { ts } from '../vm/state';
import { recorder, L_CELL, L_NAME } from './recorder';
import { statementsOfCode, type StatementTable } from './statements';

let program: StatementTable | null = null;
let programFile = '';
/** Bumped by setProgram: the tables cached on code objects (Code.traceEpoch) are then stale. */
let epoch = 0;

/** The statements of the program being run, which step boundaries come from. */
export function setProgram(filename: string, table: StatementTable | null): void {
  program = table;
  programFile = filename;
  epoch++;
  labelCode = null;
  recorder.setStatements(table);
}

/** Makes the tables cached on `co` this run's (empty if they were an earlier run's). */
function ownTables(co: Code): void {
  if (co.traceEpoch === epoch) return;
  co.traceEpoch = epoch;
  co.traceStatements = null;
  co.traceSlotLabels = null;
  co.traceQualname = -1;
}

// Each code object's slot names as string ids of this run's trace (a name is interned once).
let labelCode: Code | null = null;
let labelIds: Int32Array = new Int32Array(0);

function slotLabel(f: Frame, slot: number): number {
  const co = f.code;
  if (co !== labelCode) {
    let ids = co.traceEpoch === epoch ? co.traceSlotLabels : null;
    if (ids === null) {
      ids = new Int32Array(co.localsplusnames.length).fill(-1);
      ownTables(co);
      co.traceSlotLabels = ids;
    }
    labelCode = co;
    labelIds = ids;
  }
  let id = labelIds[slot] as number;
  if (id < 0) {
    id = recorder.intern(co.localsplusnames[slot] ?? '?');
    labelIds[slot] = id;
  }
  return id;
}

/** Each instruction's statement (-1: it runs in its caller's step, as other modules' code does). */
export function statementsOf(co: Code): Int32Array {
  if (co.traceEpoch === epoch && co.traceStatements !== null) return co.traceStatements;
  const t = program !== null && co.filename === programFile
    ? statementsOfCode(co, program)
    : new Int32Array(co.code.length >> 1).fill(-1);
  ownTables(co);
  co.traceStatements = t;
  return t;
}

/** The statement `f` is executing (or about to continue), -1 when its code has none there. */
function statementOfFrame(f: Frame): number {
  const t = statementsOf(f.code);
  return f.lasti < t.length ? (t[f.lasti] as number) : -1;
}

/**
 * Control came back from Python code called by native code (a __del__, a callback, __init__):
 * what happens next belongs to the statement that was running, so it gets a step of its own —
 * the nearest frame of the program, or the interpreter's shutdown/start-up step.
 */
export function resumeAfterCall(): void {
  for (let f = ts.frame; f !== null; f = f.previous) {
    const s = statementOfFrame(f);
    if (s < 0) continue;
    if (s !== recorder.curStmt || f !== recorder.curFrame) recorder.beginStep(s, f, true);
    return;
  }
  if (recorder.curFrame !== null || recorder.curStmt !== -1) recorder.beginStep(-1, null);
}

/** A fast local changed (STORE_FAST, DELETE_FAST, the comprehension save/restore of a name or a cell). */
export function traceLocal(f: Frame, slot: number, old: PyObject | null, value: PyObject | null): void {
  if (old === value) return;
  const label = slotLabel(f, slot);
  const kind = slotKind(f, slot);
  if (old !== null) recorder.edgeLabel(f, old, kind, label, false, 0);
  if (value !== null) recorder.edgeLabel(f, value, kind, label, true, 0);
}

/** MAKE_CELL: the slot's value moves into a new cell the slot then holds. */
export function traceMakeCell(f: Frame, slot: number, old: PyObject | null, cell: PyObject): void {
  const label = slotLabel(f, slot);
  if (old !== null) {
    recorder.edgeLabel(f, old, L_NAME, label, false, 0);
    recorder.edgeLabel(cell, old, L_CELL, 0, true, 0);
  }
  recorder.edgeLabel(f, cell, L_CELL, label, true, 0);
}

/** COPY_FREE_VARS: the closure's cells become the frame's free-variable slots. */
export function traceFreeVars(f: Frame, first: number, n: number): void {
  for (let i = first; i < first + n; i++) {
    const c = f.localsplus[i];
    if (c !== null && c !== undefined) recorder.edgeLabel(f, c, L_CELL, slotLabel(f, i), true, 0);
  }
}

/** STORE_DEREF / DELETE_DEREF / a cell's death: its contents changed (label '': the frame's edge to the cell names it). */
export function traceCellContents(cell: PyObject, old: PyObject | null, value: PyObject | null): void {
  if (old === value) return;
  if (old !== null) recorder.edgeLabel(cell, old, L_CELL, 0, false, 0);
  if (value !== null) recorder.edgeLabel(cell, value, L_CELL, 0, true, 0);
}

/** A new frame's arguments are bound. */
export function traceFrameCreated(f: Frame): void {
  const lp = f.localsplus;
  for (let i = 0; i < lp.length; i++) {
    const v = lp[i];
    if (v !== null && v !== undefined) recorder.edgeLabel(f, v, L_NAME, slotLabel(f, i), true, 0);
  }
}

/** A code object's qualified name as a string id of this run's trace. */
function codeLabel(co: Code): number {
  if (co.traceEpoch === epoch && co.traceQualname >= 0) return co.traceQualname;
  ownTables(co);
  co.traceQualname = recorder.intern(co.qualname);
  return co.traceQualname;
}

/** A header bit (beside the collector's): the interpreter's edge to this running frame is in the trace. */
const ROOTED = 0x100;

/** The interpreter runs this frame now (entered, or resumed if it is a generator's). */
export function traceFrameRunning(f: Frame): void {
  if ((f.gc_flags & ROOTED) !== 0) return;
  f.gc_flags |= ROOTED;
  recorder.frameRootEdge(f, codeLabel(f.code), true);
}

/**
 * The frame stopped running (returned, raised out, or suspended at a yield). `freed`: it is about
 * to be freed, which removes its edges anyway.
 */
export function traceFrameStopped(f: Frame, freed = false): void {
  if ((f.gc_flags & ROOTED) === 0) return;
  f.gc_flags &= ~ROOTED;
  if (!freed) recorder.frameRootEdge(f, codeLabel(f.code), false);
}

const cellSlotsOf = new WeakMap<Code, Uint8Array>();

/** Which slots hold cells: the ones MAKE_CELL fills (arguments included) and the free variables. */
function cellSlots(co: Code): Uint8Array {
  let c = cellSlotsOf.get(co);
  if (c === undefined) {
    c = new Uint8Array(co.localsplusnames.length);
    for (let i = 0; i < co.code.length; i += 2) if (co.code[i] === Op.MAKE_CELL) c[co.code[i + 1] as number] = 1;
    for (let i = c.length - co.nfree; i < c.length; i++) c[i] = 1;
    cellSlotsOf.set(co, c);
  }
  return c;
}

/** Whether a frame's edge from this slot is a name or a cell. */
function slotKind(f: Frame, slot: number): number {
  const co = f.code;
  return (co.ncells !== 0 || co.nfree !== 0) && cellSlots(co)[slot] === 1 ? L_CELL : L_NAME;
}

/** A frame's slot is released as the frame is cleared: a name, or a cell. */
export function traceSlotReleased(f: Frame, slot: number, v: PyObject): void {
  recorder.edgeLabel(f, v, slotKind(f, slot), slotLabel(f, slot), false, 0);
}

/** A frame's value stack is released as the frame is cleared. */
export function traceStackReleased(f: Frame): void {
  recorder.dropStack(f);
}

export function resetFrameHooks(): void {
  // Frames of an earlier run are unreachable now: their bits do not matter.
}
