/**
 * The symbol table's data: one Block per scope (CPython's PySTEntryObject) and the table that
 * finds a block from the AST node that opened it. The compiler reads names' scopes from here.
 */
import type { Loc } from './location';
import {
  CELL,
  DEF_COMP_CELL,
  DEF_FREE_CLASS,
  FREE,
  flagsOf,
  scopeOf,
  type BlockType,
  type ComprehensionKind,
  type Scope,
} from './flags';
import type { FutureFeatures } from './future';

/** Where a `global`/`nonlocal` (or a walrus target's implicit one) was written, to place errors. */
export interface Directive {
  readonly name: string;
  readonly loc: Loc;
}

export class Block {
  /** Name → raw value: flag bits, plus the scope in bits 12..15 once analysis has run. */
  readonly symbols = new Map<string, number>();
  /** The parameters, in order: the first co_varnames. */
  readonly varnames: string[] = [];
  /** Nested blocks in source order; after analysis inlined comprehensions are replaced by their own children. */
  children: Block[] = [];
  directives: Directive[] | null = null;
  /** Set only in a generic class's type-parameter block (and blocks below it): the names to mangle. */
  mangledNames: Set<string> | null = null;

  nested = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionKind | null = null;
  returnsValue = false;
  /** A class body whose methods use `__class__` (or `super`): it creates the __class__ cell. */
  needsClassClosure = false;
  /** A class body whose annotation scopes read its namespace through a __classdict__ cell. */
  needsClassdict = false;
  /** A list/set/dict comprehension compiled inline in its parent (PEP 709). */
  compInlined = false;
  /** An annotation scope directly or indirectly in a class body: it may read the class namespace. */
  canSeeClassScope = false;
  /** A module or class body with annotations inside if/for/while/try/with/match (PEP 649). */
  hasConditionalAnnotations = false;
  /** The `__annotate__` block that holds this block's variable annotations, once one is seen. */
  annotationBlock: Block | null = null;
  /** The function's parameter annotations (or the block's own AnnAssign) exist. */
  annotationsUsed = false;
  hasDocstring = false;
  /** A function defined directly in a class body. */
  method = false;
  varargs = false;
  varkeywords = false;
  /** For type-variable blocks: how errors name the scope ("a TypeVar bound", ...). */
  scopeInfo: string | null = null;

  // Transient state of the first pass.
  compIterTarget = false;
  compIterExpr = 0;
  inConditionalBlock = false;
  inUnevaluatedAnnotation = false;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly loc: Loc,
  ) {}

  get lineno(): number {
    return this.loc.lineno;
  }

  /** Annotation and type scopes run as functions, with fast locals and closures. */
  get isFunctionLike(): boolean {
    return this.type !== 'class' && this.type !== 'module';
  }

  /** The raw value of `name` (0 when the block does not know it). Names must already be mangled. */
  raw(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  flags(name: string): number {
    return flagsOf(this.raw(name));
  }

  scope(name: string): Scope {
    return scopeOf(this.raw(name));
  }

  /**
   * The cell variables, as CPython's compiler unit lists them (u_cellvars): names with CELL scope
   * or inlined-comprehension cells, sorted (for deterministic bytecode), then the implicit cells
   * of class bodies and modules. (Where cells that are also parameters go in the code object's
   * localsplus layout is the compiler's business.)
   */
  cellvars(): string[] {
    const cells = [...this.symbols].filter(([, raw]) => scopeOf(raw) === CELL || (raw & DEF_COMP_CELL) !== 0)
      .map(([name]) => name)
      .sort(compareCodePoints);
    for (const [needed, name] of [
      [this.needsClassClosure, '__class__'],
      [this.needsClassdict, '__classdict__'],
      [this.hasConditionalAnnotations, '__conditional_annotations__'],
    ] as const) {
      if (needed && !cells.includes(name)) cells.push(name);
    }
    return cells;
  }

  /** The free variables (u_freevars), sorted: FREE names, and class-body names also free below. */
  freevars(): string[] {
    return [...this.symbols].filter(([, raw]) => scopeOf(raw) === FREE || (raw & DEF_FREE_CLASS) !== 0)
      .map(([name]) => name)
      .sort(compareCodePoints);
  }
}

/** Python's str ordering: by code point, not by UTF-16 unit. */
export function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const cx = x.value.codePointAt(0) as number;
    const cy = y.value.codePointAt(0) as number;
    if (cx !== cy) return cx - cy;
  }
}

/**
 * Blocks are found by the AST object that opened them, as CPython keys them by node address:
 * the FunctionDef/AsyncFunctionDef/ClassDef/Lambda/comprehension/TypeAlias node, a function's
 * `arguments` node (its parameter-annotation scope), a `type_params` array (the type-parameter
 * scope), or a TypeVar/ParamSpec/TypeVarTuple node (the scope of its bound, or of its default
 * when it has no bound). A TypeVar's default scope is `lookupDefault(tp)`; a module's or class's
 * variable-annotation scope is that block's `annotationBlock`.
 */
export class SymbolTable {
  private readonly blocks = new Map<object, Block>();
  private readonly defaultBlocks = new Map<object, Block>();

  constructor(
    readonly top: Block,
    readonly future: FutureFeatures,
  ) {}

  register(key: object, block: Block, isDefault = false): void {
    (isDefault ? this.defaultBlocks : this.blocks).set(key, block);
  }

  lookup(key: object): Block | undefined {
    return this.blocks.get(key);
  }

  lookupDefault(typeParam: object): Block | undefined {
    return this.defaultBlocks.get(typeParam);
  }
}
