/**
 * CPython 3.14's symbol table (Python/symtable.c) for a parsed module: a first pass records what
 * each block does with each name, a second decides every name's scope. The compiler resolves
 * names with it; its errors are SyntaxErrors of `python3.14 FILE.py`.
 */
import type { Module } from '../syntax/ast';
import type { SyntaxErrorInfo } from '../syntax/errors';
import type { SymbolTable } from './block';
import { isDocstring } from './docstring';
import { futureFeatures, type FutureFeatures } from './future';
import { CompileError } from './location';
import type { Folds } from './preprocess';
import { analyze } from './symtable-analyze';
import { Builder } from './symtable-builder';
import { visitStmts } from './symtable-stmt';

export { Block, SymbolTable } from './block';
export type { BlockType, ComprehensionKind, Scope } from './flags';

export type SymtableResult = { ok: true; table: SymbolTable } | { ok: false; error: SyntaxErrorInfo };

/**
 * Builds the table as `symtable.symtable(source, FILE, 'exec')` would. `source` is the text the
 * tree was parsed from; CPython's symbol-table errors report UTF-8 byte columns (see location.ts),
 * so it is not needed to place them. The bytecode compiler should use the table of
 * runCompileChecks (check.ts) instead, built as compile() builds it.
 */
export function buildSymtable(tree: Module, _source: string): SymtableResult {
  try {
    return { ok: true, table: buildWithFuture(tree, futureFeatures(tree)) };
  } catch (e) {
    if (e instanceof CompileError) return { ok: false, error: e.info };
    throw e;
  }
}

/**
 * The table for a module whose future features are known; throws CompileError. With `folds`,
 * the table compile() builds, after preprocessing: `__debug__` is then a constant, not a name.
 */
export function buildWithFuture(tree: Module, future: FutureFeatures, folds: Folds | null = null): SymbolTable {
  const st = new Builder(tree, future, folds?.constants ?? null);
  st.cur.hasDocstring = isDocstring(tree.body);
  visitStmts(st, tree.body);
  analyze(st.table.top);
  return st.table;
}
