/**
 * Future statements (CPython's Python/future.c): the `from __future__ import ...` statements at
 * the head of a module (after an optional docstring) switch features on; an unknown feature is
 * an error. A future import anywhere else is rejected later, by the symbol table.
 */
import type { ImportFrom, Module, stmt } from '../syntax/ast';
import type { SyntaxErrorInfo } from '../syntax/errors';
import { CompileError, fail, locOf, type Loc } from './location';
import { isDocstring } from './docstring';

export interface FutureFeatures {
  /** `from __future__ import annotations`: annotations are kept as strings, never evaluated. */
  readonly annotations: boolean;
  readonly barryAsFlufl: boolean;
  /** Where the last head future statement is; line -1 when there is none. */
  readonly location: Loc;
}

/** Features every Python 3 has: importing them is accepted and changes nothing. */
const ALWAYS_ON = new Set([
  'nested_scopes',
  'generators',
  'division',
  'absolute_import',
  'with_statement',
  'print_function',
  'unicode_literals',
  'generator_stop',
]);

const NO_FUTURE: Loc = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 };

function isFutureImport(s: stmt): s is ImportFrom {
  return s.kind === 'ImportFrom' && (s.level ?? 0) === 0 && s.module === '__future__';
}

/** The module's future features; throws CompileError for `braces` or an unknown feature. */
export function futureFeatures(tree: Module): FutureFeatures {
  let annotations = false;
  let barryAsFlufl = false;
  let location = NO_FUTURE;
  const body = tree.body;
  for (let i = isDocstring(body) ? 1 : 0; i < body.length; i++) {
    const s = body[i] as stmt;
    if (!isFutureImport(s)) break;
    for (const alias of s.names) {
      const feature = alias.name;
      if (ALWAYS_ON.has(feature)) continue;
      if (feature === 'annotations') annotations = true;
      else if (feature === 'barry_as_FLUFL') barryAsFlufl = true;
      else if (feature === 'braces') fail('not a chance', locOf(alias));
      // %.100s in CPython's format: the name is cut at 100 bytes of UTF-8.
      else fail(`future feature ${truncateUtf8(feature, 100)} is not defined`, locOf(alias));
    }
    location = locOf(s);
  }
  return { annotations, barryAsFlufl, location };
}

function truncateUtf8(text: string, maxBytes: number): string {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= maxBytes) return text;
  return new TextDecoder('utf-8').decode(bytes.subarray(0, maxBytes));
}

/**
 * The future-statement error of a module, or null. `ast.parse` makes this check too (CPython runs
 * future.c whenever it builds a tree for Python code), so the `ast` command needs it as well.
 */
export function checkFutureImports(tree: Module): SyntaxErrorInfo | null {
  try {
    futureFeatures(tree);
    return null;
  } catch (e) {
    if (e instanceof CompileError) return e.info;
    throw e;
  }
}
