/**
 * The state that CPython's code generator (Python/codegen.c, Python/compile.c) carries while it
 * walks the tree, reduced to what decides its errors and warnings: the stack of code units with
 * their symbol-table blocks, and each unit's stack of frame blocks (loops, try, with, ...), which
 * `return`/`break`/`continue` unwind — re-walking `finally` bodies on the way, as CPython does.
 */
import type { AnnAssign, BinOp, expr, stmt } from '../syntax/ast';
import type { Block, SymbolTable } from './block';
import { fail, syntaxWarningAt, type CompileWarning, type Loc } from './location';
import type { Folds } from './preprocess';
import type { PyConst } from './pyconst';

/** The kind of code unit (COMPILE_SCOPE_*): annotation, type-parameter and alias scopes are "annotations". */
export type ScopeType = 'module' | 'class' | 'function' | 'asyncFunction' | 'lambda' | 'comprehension' | 'annotations';

/** The frame blocks of codegen (COMPILE_FBLOCK_*). */
export type FBlockType =
  | 'whileLoop'
  | 'forLoop'
  | 'tryExcept'
  | 'finallyTry'
  | 'finallyEnd'
  | 'with'
  | 'asyncWith'
  | 'handlerCleanup'
  | 'popValue'
  | 'exceptionHandler'
  | 'exceptionGroupHandler'
  | 'asyncComprehensionGenerator'
  | 'stopIteration';

export interface FBlock {
  readonly type: FBlockType;
  readonly loc: Loc;
  /** For 'finallyTry': the finally body, compiled again wherever the try body is left early. */
  readonly finalbody: readonly stmt[] | null;
}

/** CO_MAXBLOCKS. */
const MAX_BLOCKS = 21;

interface Unit {
  readonly block: Block;
  readonly scopeType: ScopeType;
  readonly fblocks: FBlock[];
  /** Simple-name annotations of a module or class body, compiled into its __annotate__ at the end. */
  readonly deferredAnnotations: AnnAssign[];
}

export class CodegenState {
  private readonly units: Unit[] = [];
  /** Warnings are off while compiling the exceptional copy of a finally body (it is compiled twice). */
  private disableWarning = 0;

  constructor(
    readonly table: SymbolTable,
    private readonly folds: Folds,
    private readonly warnings: CompileWarning[],
  ) {}

  private get unit(): Unit {
    const u = this.units[this.units.length - 1];
    if (u === undefined) throw new Error('BUG: no code unit');
    return u;
  }

  get block(): Block {
    return this.unit.block;
  }

  get scopeType(): ScopeType {
    return this.unit.scopeType;
  }

  get futureAnnotations(): boolean {
    return this.table.future.annotations;
  }

  get deferredAnnotations(): AnnAssign[] {
    return this.unit.deferredAnnotations;
  }

  enterScope(block: Block | undefined, scopeType: ScopeType): void {
    if (block === undefined) throw new Error('BUG: no symbol-table block for a code unit');
    this.units.push({ block, scopeType, fblocks: [], deferredAnnotations: [] });
  }

  exitScope(): void {
    this.units.pop();
  }

  /** Runs `body` in a new code unit. */
  inScope(block: Block | undefined, scopeType: ScopeType, body: () => void): void {
    this.enterScope(block, scopeType);
    body();
    this.exitScope();
  }

  warn(msg: string, loc: Loc): void {
    if (this.disableWarning > 0) return;
    this.warnings.push(syntaxWarningAt(msg, loc));
  }

  pushFBlock(loc: Loc, type: FBlockType, finalbody: readonly stmt[] | null = null): void {
    const fblocks = this.unit.fblocks;
    if (fblocks.length >= MAX_BLOCKS) fail('too many statically nested blocks', loc);
    fblocks.push({ type, loc, finalbody });
    if (type === 'finallyEnd') this.disableWarning++;
  }

  popFBlock(type: FBlockType): FBlock {
    const top = this.unit.fblocks.pop();
    if (top === undefined || top.type !== type) throw new Error(`BUG: frame block ${type} is not on top`);
    if (type === 'finallyEnd') this.disableWarning--;
    return top;
  }

  topFBlock(): FBlock | undefined {
    const fblocks = this.unit.fblocks;
    return fblocks[fblocks.length - 1];
  }

  /** Re-pushes a frame block popped while unwinding (it fit before, so it fits again). */
  restoreFBlock(f: FBlock): void {
    this.unit.fblocks.push(f);
    if (f.type === 'finallyEnd') this.disableWarning++;
  }

  /** The value of an expression the compiler sees as a Constant node (after preprocessing). */
  constantOf(e: expr): PyConst | undefined {
    if (e.kind === 'Constant') return e.value;
    return this.folds.constants.get(e);
  }

  isConstant(e: expr): boolean {
    return this.constantOf(e) !== undefined;
  }

  /** `str % tuple` that preprocessing turned into an f-string. */
  isJoined(e: expr): e is BinOp {
    return e.kind === 'BinOp' && this.folds.joined.has(e);
  }
}
