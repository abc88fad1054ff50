/**
 * The state of the symbol table's first pass (CPython's struct symtable and the helpers of
 * Python/symtable.c that record raw facts): the block stack, the class whose names are being
 * mangled, and adding a name's flags to a block with the checks CPython makes on the way.
 */
import type { expr, expr_context } from '../syntax/ast';
import { Block, SymbolTable } from './block';
import {
  DEF_COMP_ITER,
  DEF_GLOBAL,
  DEF_IMPORT,
  DEF_LOCAL,
  DEF_NONLOCAL,
  DEF_PARAM,
  DEF_TYPE_PARAM,
  USE,
  type BlockType,
} from './flags';
import type { FutureFeatures } from './future';
import { fail, locOf, type Loc } from './location';
import { maybeMangle } from './mangle';

export class Builder {
  readonly table: SymbolTable;
  private readonly stack: Block[] = [];
  cur: Block;
  /** The enclosing class's name while inside it: names spelled `__x` are mangled with it. */
  privateName: string | null = null;
  /** The module block's symbols, where every `global` declaration is also recorded. */
  private readonly globals: Map<string, number>;

  /**
   * @param folded expressions that the compiler's preprocessing made constants (`__debug__`):
   *   compile() builds its table after that, so they are not names there; `symtable.symtable()`
   *   builds it from the raw tree (null).
   */
  constructor(
    readonly module: object,
    readonly future: FutureFeatures,
    readonly folded: ReadonlyMap<expr, unknown> | null = null,
  ) {
    const top = new Block('top', 'module', { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    this.table = new SymbolTable(top, future);
    this.table.register(module, top);
    this.stack.push(top);
    this.cur = top;
    this.globals = top.symbols;
  }

  get stackFromTop(): readonly Block[] {
    return [...this.stack].reverse();
  }

  /** CPython's ste_new: a block whose nesting is judged from the current block, not yet entered. */
  newBlock(name: string, type: BlockType, key: object, loc: Loc, isDefaultKey = false): Block {
    const block = new Block(name, type, loc);
    block.nested = this.cur.nested || this.cur.isFunctionLike;
    block.method = this.cur.type === 'class' && type === 'function';
    this.table.register(key, block, isDefaultKey);
    return block;
  }

  /** Makes `block` current; `addToChildren` is false when re-entering a block already listed. */
  enterExisting(block: Block, addToChildren = true): void {
    const prev = this.cur;
    this.stack.push(block);
    // bpo-37757: no walrus anywhere inside a comprehension's outermost iterable, even nested.
    block.compIterExpr = prev.compIterExpr;
    // Classes mangle every name with their own name, so they need no inherited set.
    if (prev.mangledNames !== null && block.type !== 'class') block.mangledNames = prev.mangledNames;
    this.cur = block;
    // With `from __future__ import annotations` annotations compile to strings: their blocks
    // are still visited (for the errors) but take no part in the analysis.
    if (this.future.annotations && block.type === 'annotation') return;
    if (addToChildren) prev.children.push(block);
  }

  enterBlock(name: string, type: BlockType, key: object, loc: Loc, isDefaultKey = false): Block {
    const block = this.newBlock(name, type, key, loc, isDefaultKey);
    this.enterExisting(block);
    if (type === 'annotation' || type === 'typeVariable' || type === 'typeAlias') {
      // These scopes are functions of one parameter, the annotation format.
      this.addDef('.format', DEF_PARAM, loc);
      this.addDef('.format', USE, loc);
    }
    return block;
  }

  exitBlock(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1] as Block;
  }

  mangled(block: Block, name: string): string {
    return maybeMangle(this.privateName, block.mangledNames, name);
  }

  /** The flags `name` already has in `block` (mangling as seen from that block). */
  lookupIn(block: Block, name: string): number {
    return block.flags(this.mangled(block, name));
  }

  lookup(name: string): number {
    return this.lookupIn(this.cur, name);
  }

  /** symtable_add_def_helper: records `flag` for `name` in `block`. */
  addDefIn(name: string, flag: number, block: Block, loc: Loc): void {
    // The spelling is decided by the current block even when the name goes elsewhere (walrus).
    const mangled = maybeMangle(this.privateName, this.cur.mangledNames, name);
    const old = block.symbols.get(mangled);
    let val = flag;
    if (old !== undefined) {
      if ((flag & DEF_PARAM) !== 0 && (old & DEF_PARAM) !== 0) {
        fail(`duplicate argument '${name}' in function definition`, loc);
      }
      if ((flag & DEF_TYPE_PARAM) !== 0 && (old & DEF_TYPE_PARAM) !== 0) {
        fail(`duplicate type parameter '${name}'`, loc);
      }
      val = old | flag;
    }
    if (block.compIterTarget) {
      // A comprehension's iteration variable: remember it, for walrus conflicts later.
      if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) !== 0) {
        fail(`comprehension inner loop cannot rebind assignment expression target '${name}'`, loc);
      }
      val |= DEF_COMP_ITER;
    }
    block.symbols.set(mangled, val);
    if ((flag & DEF_PARAM) !== 0) {
      block.varnames.push(mangled);
    } else if ((flag & DEF_GLOBAL) !== 0) {
      this.globals.set(mangled, (this.globals.get(mangled) ?? 0) | flag);
    }
  }

  addDefCtx(name: string, flag: number, loc: Loc, ctx: expr_context): void {
    if ((flag & (DEF_PARAM | DEF_LOCAL | DEF_IMPORT)) !== 0) checkName(name, loc, ctx);
    if ((flag & DEF_TYPE_PARAM) !== 0 && this.cur.mangledNames !== null) this.cur.mangledNames.add(name);
    this.addDefIn(name, flag, this.cur, loc);
  }

  addDef(name: string, flag: number, loc: Loc): void {
    this.addDefCtx(name, flag, loc, flag === USE ? 'Load' : 'Store');
  }

  recordDirective(name: string, loc: Loc): void {
    const block = this.cur;
    block.directives ??= [];
    block.directives.push({ name: this.mangled(block, name), loc });
  }

  /** Yield, await and walrus are not allowed where annotations and type expressions are evaluated. */
  raiseIfAnnotationBlock(what: string, e: expr): void {
    switch (this.cur.type) {
      case 'annotation':
        fail(`${what} cannot be used within an annotation`, locOf(e));
        break;
      case 'typeVariable':
        fail(`${what} cannot be used within ${this.cur.scopeInfo ?? ''}`, locOf(e));
        break;
      case 'typeAlias':
        fail(`${what} cannot be used within a type alias`, locOf(e));
        break;
      case 'typeParameters':
        fail(`${what} cannot be used within the definition of a generic`, locOf(e));
        break;
      case 'function':
      case 'class':
      case 'module':
        break;
      default: {
        const unreachable: never = this.cur.type;
        throw new Error(`unknown block type ${String(unreachable)}`);
      }
    }
  }

  isAsyncDef(): boolean {
    return this.cur.type === 'function' && this.cur.coroutine;
  }
}

/** __debug__ is a constant: it can be neither bound nor deleted. */
export function checkName(name: string, loc: Loc, ctx: expr_context): void {
  if (name !== '__debug__') return;
  if (ctx === 'Store') fail('cannot assign to __debug__', loc);
  if (ctx === 'Del') fail('cannot delete __debug__', loc);
}
