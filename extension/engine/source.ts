/**
 * Turning a file's bytes into the source text CPython's tokenizer sees: UTF-8 (the default
 * encoding, PEP 3120) with an optional BOM. Other encodings declared by a PEP 263 cookie are not
 * supported yet and say so.
 */
export type DecodeResult = { ok: true; source: string } | { ok: false; message: string };

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

export function decodeSource(bytes: Uint8Array): DecodeResult {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return { ok: false, message: 'not supported yet: source that is not valid UTF-8 (line 1)' };
  }
  // PEP 263: a cookie on line 1 or 2 names the encoding; only UTF-8 spellings are accepted here.
  const lines = source.split(/\r\n|\r|\n/, 2);
  for (let i = 0; i < lines.length; i++) {
    const m = COOKIE.exec(lines[i] as string);
    if (m) {
      const name = (m[1] as string).toLowerCase().replace(/_/g, '-');
      const utf8 = /^utf-?8(-.*)?$/.test(name);
      // An ASCII-compatible encoding decodes pure-ASCII bytes the same as UTF-8 does.
      const asciiOnly = /^(ascii|us-ascii|latin-1|iso-8859-1|cp1252)$/.test(name) && !/[\u0080-\uffff]/.test(source);
      if (!utf8 && !asciiOnly) {
        return { ok: false, message: `not supported yet: source encoding '${m[1]}' (line ${i + 1})` };
      }
      break;
    }
    if (i === 0 && !/^[ \t\f]*(#.*)?$/.test(lines[0] as string)) break;
  }
  return { ok: true, source };
}
