/**
 * One code object under construction: instructions with their positions, labels resolved at the
 * end, and each instruction's exception handler (CPython's i_except) recorded as it is emitted,
 * so the handler of any instruction is found in O(1) at run time.
 */
import type { ExceptHandler, expr, pattern, stmt } from '../syntax/ast';
import type { PyObject } from '../runtime/object';
import { Code, type ExceptionEntry } from './code';
import { Op } from './opcodes';

/** SETUP_HANDLER's argument: the handler id, and in the high bits how many values to exclude. */
export const SETUP_BELOW_SHIFT = 20;

const PATTERN_KINDS: ReadonlySet<string> = new Set([
  'MatchAs', 'MatchClass', 'MatchMapping', 'MatchOr', 'MatchSequence', 'MatchSingleton', 'MatchStar', 'MatchValue',
]);

export interface Label {
  pos: number;
}

interface Handler {
  readonly label: Label;
  /** The handler's slot for the stack depth recorded by SETUP_HANDLER at run time. */
  readonly id: number;
  readonly lasti: boolean;
}

export class Assembler {
  private readonly ops: number[] = [];
  private readonly args: (number | Label)[] = [];
  private readonly pos: number[] = [];
  private readonly nodes: (expr | stmt | null)[] = [];

  private readonly handlerOf: (Handler | null)[] = [];
  private readonly handlers: Handler[] = [];
  readonly consts: PyObject[] = [];
  private readonly constIndex = new Map<unknown, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  /** The node whose position new instructions take. */
  loc: expr | stmt | ExceptHandler | pattern | null = null;
  firstLine = 1;

  get here(): number {
    return this.ops.length;
  }

  /** The last instruction emitted: [opcode, argument] (a label argument reads as -1). */
  last(): [number, number] {
    const i = this.ops.length - 1;
    const arg = this.args[i];
    return [this.ops[i] ?? -1, typeof arg === 'number' ? arg : -1];
  }

  /** For CALL instructions: the frame slot each argument was borrowed from, or -1 (see borrow.ts). */
  readonly borrowed = new Map<number, Int32Array>();

  label(): Label {
    return { pos: -1 };
  }

  bind(l: Label): void {
    l.pos = this.ops.length;
  }

  emit(op: Op, arg: number | Label = 0): void {
    this.ops.push(op);
    this.args.push(arg);
    const n = this.loc;
    if (n === null) this.pos.push(-1, -1, -1, -1);
    else this.pos.push(n.lineno, n.end_lineno, n.col_offset, n.end_col_offset);
    // Caret anchors come from expressions and statements; handlers and patterns have none.
    this.nodes.push(n === null || n.kind === 'ExceptHandler' || PATTERN_KINDS.has(n.kind) ? null : (n as expr | stmt));
    this.handlerOf.push(this.handlers.length === 0 ? null : (this.handlers[this.handlers.length - 1] as Handler));
  }

  private handlerCount = 0;

  /**
   * Instructions emitted from now on are covered by a handler at `label`. The SETUP_HANDLER
   * emitted here records the stack depth to unwind to (instead of a static stack-depth analysis).
   */
  pushHandler(label: Label, lasti: boolean, below = 0): void {
    const id = this.handlerCount++;
    // `below`: values on top of the stack now that the handler discards too (the with
    // statement's __enter__ result, whose store is already covered).
    this.emit(Op.SETUP_HANDLER, id | (below << SETUP_BELOW_SHIFT));
    this.handlers.push({ label, id, lasti });
  }

  get nhandlers(): number {
    return this.handlerCount;
  }

  popHandler(): void {
    this.handlers.pop();
  }

  /** The current handler stack, to restore around code emitted out of line. */
  saveHandlers(): Handler[] {
    return [...this.handlers];
  }

  restoreHandlers(saved: Handler[]): void {
    this.handlers.length = 0;
    this.handlers.push(...saved);
  }

  constIdx(key: unknown, make: () => PyObject): number {
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(make());
      this.constIndex.set(key, i);
    }
    return i;
  }

  nameIdx(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    return i;
  }

  finish(
    meta: {
      name: string; qualname: string; filename: string; flags: number; argcount: number; posonlyargcount: number;
      kwonlyargcount: number; localsplusnames: string[]; nlocals: number; ncells: number; nfree: number; cell2arg: number[];
    },
  ): Code {
    const n = this.ops.length;
    const code = new Int32Array(n * 2);
    for (let i = 0; i < n; i++) {
      code[2 * i] = this.ops[i] as number;
      const a = this.args[i] as number | Label;
      code[2 * i + 1] = typeof a === 'number' ? a : a.pos;
    }
    // Positions of instructions without a node inherit the previous line (CPython's NO_LOCATION aside).
    const positions = Int32Array.from(this.pos);
    let last = this.firstLine;
    for (let i = 0; i < n; i++) {
      if ((positions[4 * i] as number) < 0) {
        positions[4 * i] = last;
        positions[4 * i + 1] = last;
      } else last = positions[4 * i] as number;
    }
    const table: ExceptionEntry[] = [];
    const entryOf = new Map<Handler, number>();
    const handlerIndex = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const h = this.handlerOf[i];
      if (h === null || h === undefined) continue;
      let e = entryOf.get(h);
      if (e === undefined) {
        e = table.length;
        table.push({ target: h.label.pos, id: h.id, lasti: h.lasti });
        entryOf.set(h, e);
      }
      handlerIndex[i] = e;
    }
    const result = new Code(
      meta.name, meta.qualname, meta.filename, this.firstLine, meta.flags, meta.argcount, meta.posonlyargcount,
      meta.kwonlyargcount, meta.localsplusnames, meta.nlocals, meta.ncells, meta.nfree, Int32Array.from(meta.cell2arg),
      code, this.consts, this.names, table, positions, this.nodes, handlerIndex, this.handlerCount,
    );
    if (this.borrowed.size !== 0) result.borrowed = this.borrowed;
    return result;
  }
}
