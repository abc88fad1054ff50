/**
 * The compiler's per-code-object state: the assembler, the symbol-table block, the layout of
 * fast locals / cells / free variables, and the stack of enclosing blocks (loops, try, handlers)
 * that `return`, `break` and `continue` unwind through.
 */
import type { Block } from './block';
import type { expr, stmt } from '../syntax/ast';
import { Assembler, type Label } from './assembler';

export type FBlock =
  | { kind: 'loop'; cont: Label; brk: Label; forLoop: boolean }
  | { kind: 'tryExcept' }
  | { kind: 'finallyTry'; body: readonly stmt[]; saved: ReturnType<Assembler['saveHandlers']> }
  | { kind: 'finallyEnd' }
  | { kind: 'handlerCleanup'; name: string | null }
  | { kind: 'with'; loc: expr };

export type UnitKind = 'module' | 'class' | 'function';

export class Unit {
  readonly asm = new Assembler();
  readonly fblocks: FBlock[] = [];
  /** localsplus names: fast locals, then cells that are not arguments, then free variables. */
  readonly slots: string[] = [];
  private readonly slotIndex = new Map<string, number>();
  nlocals = 0;
  cellvars: string[] = [];
  freevars: string[] = [];
  /** Names that inlined comprehensions made fast locals in a module or class body. */
  readonly compLocals = new Set<string>();
  /** Cell variables of the inlined comprehensions being compiled (a fresh cell in their slot). */
  readonly compCells = new Set<string>();
  /** Class units: the names assigned as `self.X` in the class body and its functions. */
  readonly staticAttributes = new Set<string>();
  /** Function units: the locals surely bound at the statement being compiled (see borrow.ts). */
  readonly bound = new Set<string>();

  constructor(
    readonly kind: UnitKind,
    readonly block: Block,
    readonly qualname: string,
    readonly privateName: string | null,
  ) {}

  addSlot(name: string): number {
    let i = this.slotIndex.get(name);
    if (i === undefined) {
      i = this.slots.length;
      this.slots.push(name);
      this.slotIndex.set(name, i);
    }
    return i;
  }

  slot(name: string): number {
    const i = this.slotIndex.get(name);
    if (i === undefined) throw new Error(`no slot for ${name}`);
    return i;
  }

  hasSlot(name: string): boolean {
    return this.slotIndex.has(name);
  }
}
