/**
 * A SyntaxError as `python3.14 FILE.py` reports it on stderr: the SyntaxWarnings the traceback's
 * keyword-typo search issues while compiling its candidates (for the file "<input>", which has
 * no lines to show), then the traceback itself, with the typo hint when one was found.
 */
import { formatCompileWarning } from '../compile/format-warning';
import type { SyntaxErrorInfo } from './errors';
import { formatSyntaxError } from './format';
import { findKeywordTypo } from './keyword-typos';

export function reportSyntaxError(filename: string, source: string, error: SyntaxErrorInfo, fileMode = true): string {
  const typo = findKeywordTypo(source, error, { fileMode });
  let out = '';
  for (const warning of typo.warnings) out += formatCompileWarning('<input>', '', warning);
  return out + formatSyntaxError(filename, source, error, typo.display);
}
