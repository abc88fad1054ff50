/**
 * The front end as python3.14 runs it before executing a file: parse, then the compile-time checks
 * (future imports, preprocessing, the symbol table, codegen-stage errors). The first SyntaxError in
 * CPython's order wins; SyntaxWarnings emitted before it are kept, as Python prints them.
 */
import type { SymbolTable } from './compile/block';
import { runCompileChecks } from './compile/check';
import type { CompileWarning } from './compile/location';
import type { Folds } from './compile/preprocess';
import type { Module } from './syntax/ast';
import type { SyntaxErrorInfo } from './syntax/errors';
import { parse, type ParseOptions } from './syntax/parser';

export type CompileCheck =
  | { ok: true; tree: Module; table: SymbolTable; folds: Folds; warnings: readonly CompileWarning[] }
  | { ok: false; error: SyntaxErrorInfo; warnings: readonly CompileWarning[] };

export function compileCheck(source: string, options: ParseOptions = { fileMode: true }): CompileCheck {
  const parsed = parse(source, options);
  if (!parsed.ok) return { ok: false, error: parsed.error, warnings: parsed.warnings };
  const checked = runCompileChecks(parsed.tree, source);
  // The tokenizer's and the parser's SyntaxWarnings come before the compiler's.
  const warnings = [...parsed.warnings, ...checked.warnings];
  if (checked.error !== null) return { ok: false, error: checked.error, warnings };
  if (checked.table === null || checked.folds === null) {
    throw new Error('compile checks passed without a symbol table');
  }
  return { ok: true, tree: parsed.tree, table: checked.table, folds: checked.folds, warnings };
}
