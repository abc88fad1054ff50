/**
 * Which `'...' % (a, b)` expressions CPython's AST preprocessing (optimize_format in
 * Python/ast_preprocess.c) compiles as f-strings. It matters for codegen's warnings, which then
 * see a str (`('%s' % (x,))()` warns that a 'str' object is not callable).
 */

/**
 * Whether CPython's optimize_format turns `fmt % (n items)` into an f-string: every unit must be
 * %s, %r or %a with optional flags, width and precision of at most two digits each, and the
 * units must use up exactly the n items.
 */
export function formatFoldsToFString(fmt: string, n: number): boolean {
  const chars = [...fmt];
  let pos = 0;
  let used = 0;
  for (;;) {
    while (pos < chars.length) {
      if (chars[pos] !== '%') pos++;
      else if (chars[pos + 1] === '%') pos += 2;
      else break;
    }
    if (pos >= chars.length) break;
    if (used >= n) return false;
    pos++;
    const end = parseSimpleUnit(chars, pos);
    if (end < 0) return false;
    pos = end;
    used++;
  }
  return used === n;
}

/** The end of a `%[flags][width][.prec](s|r|a)` unit starting after the %, or -1. */
function parseSimpleUnit(chars: readonly string[], start: number): number {
  let pos = start;
  const next = (): string | null => (pos < chars.length ? (chars[pos++] as string) : null);
  let ch = next();
  while (ch !== null && '-+ #0'.includes(ch)) ch = next();
  if (ch === null) return -1;
  const digits = (): boolean => {
    let count = 0;
    while (ch !== null && ch >= '0' && ch <= '9') {
      ch = next();
      if (++count >= 3) return false;
    }
    return true;
  };
  if (!digits()) return -1;
  if (ch === '.') {
    ch = next();
    if (!digits()) return -1;
  }
  if (ch === null) return -1;
  return ch === 's' || ch === 'r' || ch === 'a' ? pos : -1;
}
