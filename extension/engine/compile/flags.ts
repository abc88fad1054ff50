/**
 * The symbol flags and scopes of CPython's symbol table (Include/internal/pycore_symtable.h).
 * The numeric values are CPython's own, so that a symbol's raw value (its flags with the scope in
 * bits 12..15) can be compared with what Python's `_symtable` module reports.
 */

/** Explicitly declared `global`. */
export const DEF_GLOBAL = 1;
/** Assigned (or deleted) in the block. */
export const DEF_LOCAL = 2;
/** A formal parameter. */
export const DEF_PARAM = 4;
/** Explicitly declared `nonlocal`. */
export const DEF_NONLOCAL = 8;
/** Read (Load context) in the block. */
export const USE = 16;
/** Free in a nested block while also bound in this class body. */
export const DEF_FREE_CLASS = 64;
/** Bound by an import. */
export const DEF_IMPORT = 128;
/** Annotated (`x: int`). */
export const DEF_ANNOT = 256;
/** An iteration variable of a comprehension. */
export const DEF_COMP_ITER = 512;
/** A PEP 695 type parameter. */
export const DEF_TYPE_PARAM = 1024;
/** A cell of an inlined comprehension, now living in the enclosing block. */
export const DEF_COMP_CELL = 2048;

export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** Where the scope sits inside a symbol's raw value. */
export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

/** The final scope of a name, numbered as CPython numbers them (0 means "not in this block"). */
export type Scope = 0 | 1 | 2 | 3 | 4 | 5;
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export function scopeOf(raw: number): Scope {
  return ((raw >> SCOPE_OFFSET) & SCOPE_MASK) as Scope;
}

/** The flag bits of a raw symbol value, without its scope. */
export function flagsOf(raw: number): number {
  return raw & ((1 << SCOPE_OFFSET) - 1);
}

/**
 * The kinds of block (CPython's _Py_block_ty). Annotation, type-alias, type-parameter and
 * type-variable blocks are the "annotation scopes" of PEP 649/695: function-like, lazily run.
 */
export type BlockType =
  | 'function'
  | 'class'
  | 'module'
  | 'annotation'
  | 'typeAlias'
  | 'typeParameters'
  | 'typeVariable';

/** The numbering of block types used by `_symtable` (TYPE_FUNCTION, TYPE_CLASS, ...). */
export const BLOCK_TYPE_NUMBER: { readonly [K in BlockType]: number } = {
  function: 0,
  class: 1,
  module: 2,
  annotation: 3,
  typeAlias: 4,
  typeParameters: 5,
  typeVariable: 6,
};

export type ComprehensionKind = 'list' | 'set' | 'dict' | 'generator';
