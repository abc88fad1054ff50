/**
 * \N{...} escapes: character names looked up like CPython's unicodedata (case-insensitively).
 * Only common blocks are known (see scripts/gen-unicode-names.mjs) plus the algorithmic CJK
 * names; a name outside them gets -1 and the caller reports it as not supported yet.
 */
import { CHARACTER_NAMES } from './unicode-names-data';

let table: Map<string, number> | null = null;

/** The code point named `name`, or -1 when this engine does not know the name. */
export function lookupCharacterName(name: string): number {
  const upper = name.toUpperCase();
  const cjk = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(upper);
  if (cjk !== null) {
    const cp = parseInt(cjk[1] as string, 16);
    if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x2a6df)) return cp;
  }
  if (table === null) table = new Map(CHARACTER_NAMES);
  return table.get(upper) ?? -1;
}
