/**
 * Syntax the current profile's Python does not have yet. The parser is 3.14's; for CPython 3.11
 * the PEP 695 forms (`type X = …`, `def f[T]()`, `class C[T]`) are rejected here with the
 * SyntaxError 3.11's parser gives for them, at the first one in the file (seen on python3.11:
 * "invalid syntax" under the alias name, "expected '('" under a function's `[`, "invalid syntax"
 * under a class's `[`).
 */
import type { SyntaxErrorInfo } from '../syntax/errors';
import { cpythonAtLeast, semantics } from '../profile';

interface Found {
  readonly lineno: number;
  readonly col: number;
  readonly msg: string;
}

/** Character column of the `[` that opens the type parameters after `name` on its line. */
function bracketAfterName(line: string, from: number, name: string): number {
  const at = line.indexOf(name, from);
  const k = line.indexOf('[', at < 0 ? from : at + name.length);
  return k < 0 ? from : k;
}

function search(node: unknown, lines: readonly string[], best: Found | null): Found | null {
  if (Array.isArray(node)) {
    for (const x of node) best = search(x, lines, best);
    return best;
  }
  if (typeof node !== 'object' || node === null || !('kind' in node)) return best;
  const n = node as Record<string, unknown> & { kind: string; lineno: number; col_offset: number };
  let found: Found | null = null;
  if (n.kind === 'TypeAlias') {
    const name = n.name as { lineno: number; col_offset: number };
    found = { lineno: name.lineno, col: name.col_offset, msg: 'invalid syntax' };
  } else if ((n.kind === 'FunctionDef' || n.kind === 'AsyncFunctionDef' || n.kind === 'ClassDef') && (n.type_params as unknown[]).length > 0) {
    const line = lines[n.lineno - 1] ?? '';
    found = {
      lineno: n.lineno,
      col: bracketAfterName(line, n.col_offset, n.name as string),
      msg: n.kind === 'ClassDef' ? 'invalid syntax' : "expected '('",
    };
  }
  if (found !== null && (best === null || found.lineno < best.lineno || (found.lineno === best.lineno && found.col < best.col))) best = found;
  for (const k in n) {
    const v = n[k];
    if (typeof v === 'object' && v !== null) best = search(v, lines, best);
  }
  return best;
}

/** The SyntaxError this profile's parser would raise for syntax newer than it, or null. */
export function versionSyntaxError(tree: unknown, source: string): SyntaxErrorInfo | null {
  if (!semantics().cpython || cpythonAtLeast(12)) return null;
  const found = search(tree, source.split(/\r\n|\r|\n/), null);
  if (found === null) return null;
  return { type: 'SyntaxError', msg: found.msg, lineno: found.lineno, offset: found.col + 1, endLineno: found.lineno, endOffset: found.col + 2 };
}
