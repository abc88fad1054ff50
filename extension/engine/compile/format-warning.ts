/**
 * A compile-time SyntaxWarning as `python3.14 FILE.py` prints it to stderr (warnings.formatwarning
 * with the line that linecache reads back from the file):
 *
 *     FILE:LINE: SyntaxWarning: MESSAGE
 *       the source line, stripped
 */
import { sourceLine } from '../syntax/format';
import type { CompileWarning } from './location';

// str.strip()'s whitespace: str.isspace() characters, a wider set than JS's \s.
const PY_SPACE = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const STRIP = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g');

export function formatCompileWarning(filename: string, source: string, warning: CompileWarning): string {
  let out = `${filename}:${warning.lineno}: ${warning.category}: ${warning.msg}\n`;
  const line = warning.lineno >= 1 ? sourceLine(source, warning.lineno) : null;
  // linecache gives '' past the end of the file, and then no line is printed.
  if (line !== null && line !== '') out += `  ${line.replace(STRIP, '')}\n`;
  return out;
}
