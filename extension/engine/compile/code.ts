/**
 * Code objects: what the compiler produces for a module, class body, function or comprehension.
 * Instructions are pairs of int32 (opcode, argument) in one Int32Array; jumps are instruction
 * indices. Positions are four int32 per instruction (line, end line, column, end column, columns
 * in UTF-8 bytes as CPython's co_positions reports them).
 */
import type { PyObject } from '../runtime/object';
import type { expr, stmt } from '../syntax/ast';

export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_GENERATOR = 0x20;
export const CO_COROUTINE = 0x80;
/** Names are looked up in a locals dict (module and class bodies): LOAD_NAME rather than fast locals. */
export const CO_NAME_LOCALS = 0x1000;

/** One handler of the exception table: the instructions it covers jump to target. */
export interface ExceptionEntry {
  readonly target: number;
  /** The slot where SETUP_HANDLER recorded the value-stack depth to unwind to. */
  readonly id: number;
  /** Push the index of the raising instruction too (for re-raise in finally/cleanup blocks). */
  readonly lasti: boolean;
}

export class Code {
  constructor(
    readonly name: string,
    readonly qualname: string,
    readonly filename: string,
    readonly firstlineno: number,
    readonly flags: number,
    readonly argcount: number,
    readonly posonlyargcount: number,
    readonly kwonlyargcount: number,
    /** Fast locals first (arguments in order), then cell variables that are not arguments, then free variables. */
    readonly localsplusnames: readonly string[],
    readonly nlocals: number,
    readonly ncells: number,
    readonly nfree: number,
    /** For each cell slot, the argument index it is initialized from, or -1. */
    readonly cell2arg: Int32Array,
    readonly code: Int32Array,
    readonly consts: readonly PyObject[],
    readonly names: readonly string[],
    readonly exceptionTable: readonly ExceptionEntry[],
    readonly positions: Int32Array,
    /** The AST node each instruction came from, for traceback caret anchors. */
    readonly nodes: readonly (expr | stmt | null)[],
    /** For each instruction, its entry in exceptionTable or -1. */
    readonly handlerIndex: Int32Array,
    readonly nhandlers: number,
  ) {}

  /** CALL instruction → the frame slot each argument was borrowed from (LOAD_FAST_BORROW), or -1. */
  borrowed: ReadonlyMap<number, Int32Array> | null = null;

  /**
   * The trace's per-run tables for this code (trace/hooks.ts), valid while `traceEpoch` is the
   * current run's: on the object itself because the loop asks at every call and return.
   */
  traceEpoch = -1;
  traceStatements: Int32Array | null = null;
  traceSlotLabels: Int32Array | null = null;
  traceQualname = -1;

  get nlocalsplus(): number {
    return this.localsplusnames.length;
  }

  lineOf(instr: number): number {
    return this.positions[instr * 4] ?? this.firstlineno;
  }
}

/** A function's docstring (CPython keeps it as co_consts[0] with CO_HAS_DOCSTRING). */
export const codeDocstrings = new WeakMap<Code, PyObject>();

/** `return f(x)` / `y = f(x)`: the statement whose whole value is a call (traceback caret rules). */
export const statementOfCall = new WeakMap<object, stmt>();
