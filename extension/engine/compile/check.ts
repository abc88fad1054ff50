/**
 * Everything `python3.14 FILE.py` checks between parsing and running, in CPython's order
 * (Python/compile.c, compiler_setup then compiler_codegen):
 *   1. future statements (future.c),
 *   2. AST preprocessing, which warns about return/break/continue in `finally` (PEP 765),
 *   3. the whole symbol table — so a symbol-table error anywhere beats a codegen error earlier
 *      in the file,
 *   4. code generation, walking the tree in order: its errors and its SyntaxWarnings.
 * The first error stops everything; warnings already emitted stay emitted (Python prints them).
 */
import type { Module } from '../syntax/ast';
import type { SyntaxErrorInfo } from '../syntax/errors';
import type { SymbolTable } from './block';
import { checkCodegen } from './codegen-check';
import { futureFeatures } from './future';
import { CompileError, type CompileWarning } from './location';
import { preprocess, type Folds } from './preprocess';
import { buildWithFuture } from './symtable';

export interface CompileCheckResult {
  /** The first SyntaxError, or null when the module compiles. */
  readonly error: SyntaxErrorInfo | null;
  /** The SyntaxWarnings emitted before compilation ended, in order (duplicates included, as printed). */
  readonly warnings: readonly CompileWarning[];
  /**
   * The symbol table as compile() builds it (after preprocessing: `__debug__` loads are constants,
   * not names), when it could be built (even if code generation then failed).
   */
  readonly table: SymbolTable | null;
  /** What preprocessing folded: the compiler must compile these as CPython does (constants, f-strings). */
  readonly folds: Folds | null;
}

export function runCompileChecks(tree: Module, _source: string): CompileCheckResult {
  const warnings: CompileWarning[] = [];
  let table: SymbolTable | null = null;
  let folds: Folds | null = null;
  try {
    const future = futureFeatures(tree);
    folds = preprocess(tree, warnings, future.annotations);
    table = buildWithFuture(tree, future, folds);
    checkCodegen(tree, table, folds, warnings);
    return { error: null, warnings, table, folds };
  } catch (e) {
    if (e instanceof CompileError) return { error: e.info, warnings, table, folds };
    throw e;
  }
}

/** The first compile-time SyntaxError of a parsed module, or null. */
export function checkModule(tree: Module, source: string): SyntaxErrorInfo | null {
  return runCompileChecks(tree, source).error;
}
