/**
 * The symbol table's second pass (analyze_block and friends in Python/symtable.c): from the raw
 * facts of the first pass, decide each name's scope — LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT,
 * FREE or CELL — walking blocks top-down with the names visible from enclosing functions, and
 * passing free names back up so that their binding blocks turn them into cells. List, set and
 * dict comprehensions are inlined into their parent here (PEP 709).
 */
import type { Block } from './block';
import {
  CELL,
  DEF_BOUND,
  DEF_COMP_CELL,
  DEF_FREE_CLASS,
  DEF_GLOBAL,
  DEF_NONLOCAL,
  DEF_PARAM,
  DEF_TYPE_PARAM,
  FREE,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  LOCAL,
  SCOPE_OFFSET,
  flagsOf,
  scopeOf,
  type Scope,
} from './flags';
import { fail } from './location';

type Names = Set<string>;

export function analyze(top: Block): void {
  analyzeBlock(top, null, new Set(), new Set(), new Set(), null);
}

/** Errors found in analysis are placed at the block's `global`/`nonlocal` statement for the name. */
function failAtDirective(block: Block, name: string, msg: string): never {
  const directive = block.directives?.find((d) => d.name === name);
  if (directive === undefined) throw new Error(`BUG: no directive for '${name}' in ${block.name}`);
  return fail(msg, directive.loc);
}

function analyzeName(
  block: Block,
  scopes: Map<string, Scope>,
  name: string,
  flags: number,
  bound: Names | null,
  local: Names,
  free: Names,
  global: Names,
  typeParams: Names,
  classEntry: Block | null,
): void {
  if ((flags & DEF_GLOBAL) !== 0) {
    if ((flags & DEF_NONLOCAL) !== 0) failAtDirective(block, name, `name '${name}' is nonlocal and global`);
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if ((flags & DEF_NONLOCAL) !== 0) {
    if (bound === null) failAtDirective(block, name, 'nonlocal declaration not allowed at module level');
    if (!bound.has(name)) failAtDirective(block, name, `no binding for nonlocal '${name}' found`);
    if (typeParams.has(name)) failAtDirective(block, name, `nonlocal binding not allowed for type parameter '${name}'`);
    scopes.set(name, FREE);
    free.add(name);
    return;
  }
  if ((flags & DEF_BOUND) !== 0) {
    scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    if ((flags & DEF_TYPE_PARAM) !== 0) typeParams.add(name);
    else typeParams.delete(name);
    return;
  }
  // An annotation scope in a class sees the class namespace first: a name the class binds (or
  // declares global) is looked up there and then in globals, never in an enclosing function.
  if (classEntry !== null) {
    const classFlags = classEntry.flags(name);
    if ((classFlags & DEF_GLOBAL) !== 0) {
      scopes.set(name, GLOBAL_EXPLICIT);
      return;
    }
    if ((classFlags & DEF_BOUND) !== 0 && (classFlags & DEF_NONLOCAL) === 0) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
  }
  if (bound !== null && bound.has(name)) {
    scopes.set(name, FREE);
    free.add(name);
    return;
  }
  scopes.set(name, GLOBAL_IMPLICIT);
}

function isFreeInAnyChild(block: Block, name: string): boolean {
  return block.children.some((child) => child.scope(name) === FREE);
}

/** Moves an analysed comprehension's names into its parent, which runs its code inline. */
function inlineComprehension(
  block: Block,
  comp: Block,
  scopes: Map<string, Scope>,
  compFree: Names,
  inlinedCells: Names,
): void {
  let removeDunderClass = false;
  for (const [name, raw] of comp.symbols) {
    // The implicit `.0` parameter stays behind.
    if ((raw & DEF_PARAM) !== 0) continue;
    let scope = scopeOf(raw);
    const onlyFlags = flagsOf(raw);
    if (scope === CELL || (onlyFlags & DEF_COMP_CELL) !== 0) inlinedCells.add(name);
    const existing = block.symbols.get(name);
    // __class__ is never free through a class body (see dropClassFree).
    if (scope === FREE && block.type === 'class' && name === '__class__') {
      scope = GLOBAL_IMPLICIT;
      compFree.delete(name);
      removeDunderClass = true;
    }
    if (existing === undefined) {
      block.symbols.set(name, onlyFlags);
      scopes.set(name, scope);
    } else if ((existing & DEF_BOUND) !== 0 && block.type !== 'class' && !isFreeInAnyChild(comp, name)) {
      // Free in the comprehension but local to its parent: inlined, it is simply that local.
      compFree.delete(name);
    }
  }
  if (removeDunderClass) comp.symbols.delete('__class__');
}

/** Locals that some nested block uses freely become cells. */
function analyzeCells(scopes: Map<string, Scope>, free: Names, inlinedCells: Names): void {
  for (const [name, scope] of scopes) {
    if (scope !== LOCAL) continue;
    if (!free.has(name) && !inlinedCells.has(name)) continue;
    scopes.set(name, CELL);
    free.delete(name);
  }
}

/** A class body provides __class__, __classdict__ and __conditional_annotations__ as implicit cells. */
function dropClassFree(block: Block, free: Names): void {
  if (free.delete('__class__')) block.needsClassClosure = true;
  if (free.delete('__classdict__')) block.needsClassdict = true;
  if (free.delete('__conditional_annotations__')) block.hasConditionalAnnotations = true;
}

function updateSymbols(
  symbols: Map<string, number>,
  scopes: Map<string, Scope>,
  bound: Names | null,
  free: Names,
  inlinedCells: Names,
  classFlag: boolean,
): void {
  for (const [name, raw] of symbols) {
    let flags = raw;
    if (inlinedCells.has(name)) flags |= DEF_COMP_CELL;
    const scope = scopes.get(name);
    if (scope === undefined) throw new Error(`BUG: no scope for '${name}'`);
    symbols.set(name, flags | (scope << SCOPE_OFFSET));
  }
  // Free names of nested blocks that this block does not bind pass through it as free too,
  // unless no enclosing function binds them (then they are globals).
  for (const name of free) {
    const existing = symbols.get(name);
    if (existing !== undefined) {
      // A method's free variable that is also a name in the class body.
      if (classFlag) symbols.set(name, existing | DEF_FREE_CLASS);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue;
    symbols.set(name, FREE << SCOPE_OFFSET);
  }
}

/**
 * `bound`: names bound in enclosing function scopes (null for the module); `free` (output): the
 * free names of this block and its children; `global`: names declared global further out.
 */
function analyzeBlock(
  block: Block,
  bound: Names | null,
  free: Names,
  global: Names,
  typeParams: Names,
  classEntry: Block | null,
): void {
  const local: Names = new Set();
  const scopes = new Map<string, Scope>();
  const newGlobal: Names = new Set();
  const newFree: Names = new Set();
  const newBound: Names = new Set();
  const inlinedCells: Names = new Set();

  // A class body's names are invisible to the functions inside it: children see what the
  // class itself saw.
  if (block.type === 'class') {
    addAll(newGlobal, global);
    if (bound !== null) addAll(newBound, bound);
  }
  for (const [name, flags] of block.symbols) {
    analyzeName(block, scopes, name, flags, bound, local, free, global, typeParams, classEntry);
  }
  if (block.type !== 'class') {
    if (block.isFunctionLike) addAll(newBound, local);
    if (bound !== null) addAll(newBound, bound);
    addAll(newGlobal, global);
  } else {
    newBound.add('__class__');
    newBound.add('__classdict__');
    newBound.add('__conditional_annotations__');
  }

  for (const child of block.children) {
    let newClassEntry: Block | null = null;
    if (child.canSeeClassScope) {
      if (block.type === 'class') newClassEntry = block;
      else if (classEntry !== null) newClassEntry = classEntry;
    }
    // Comprehensions other than generator expressions are inlined, except inside annotation
    // scopes of a class (they must keep reading the class namespace through their own scope).
    const inline = child.comprehension !== null && !child.generator && !block.canSeeClassScope;
    const childFree: Names = new Set(newFree);
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), new Set(typeParams), newClassEntry);
    if (inline) {
      inlineComprehension(block, child, scopes, childFree, inlinedCells);
      child.compInlined = true;
    }
    addAll(newFree, childFree);
  }

  // An inlined comprehension's own nested blocks become this block's children.
  block.children = block.children.flatMap((child) => (child.compInlined ? child.children : [child]));

  if (block.isFunctionLike) analyzeCells(scopes, newFree, inlinedCells);
  else if (block.type === 'class') dropClassFree(block, newFree);
  updateSymbols(block.symbols, scopes, bound, newFree, inlinedCells, block.type === 'class' || block.canSeeClassScope);
  addAll(free, newFree);
}

function addAll(into: Names, from: Iterable<string>): void {
  for (const name of from) into.add(name);
}
