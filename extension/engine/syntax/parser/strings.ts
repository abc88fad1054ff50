/**
 * String literals. Grammar rules: strings, string; the error rule invalid_string_tstring_concat;
 * and the actions _PyPegen_constant_from_string (prefixes, escapes: Parser/string_parser.c's
 * decode_unicode_with_escapes and the bytes decoder), _PyPegen_concatenate_strings and
 * _PyPegen_concatenate_tstrings (implicit concatenation, folding adjacent constants).
 * f-strings and t-strings themselves are in fstrings.ts.
 */
import type { Constant, expr } from '../ast';
import type { Token } from '../tokens';
import { fstring, tstring } from './fstrings';
import * as kinds from './kinds';
import { Rule } from './memo';
import type { Parser } from './state';
import { lookupCharacterName } from './unicode-names';

// Bound once: compiled to CommonJS, every use of an imported name is a property read.
const { K } = kinds;

export function strings(p: Parser): expr | null {
  if (!p.secondPass) return stringsBody(p);
  const start = p.pos;
  const hit = p.memoGet(Rule.strings);
  return hit !== undefined ? (hit.node as expr | null) : p.memoized(Rule.strings, start, stringsBody(p));
}

function stringsBody(p: Parser): expr | null {
  if (p.invalid) invalidStringTstringConcat(p);
  const s = p.tok();
  const parts = stringOrFstringRun(p);
  if (parts !== null) return concatenateStrings(p, parts, s, p.last());
  const tparts = tstringRun(p);
  if (tparts !== null) return concatenateTstrings(tparts, s, p.last());
  return null;
}

/** (fstring|string)+ */
function stringOrFstringRun(p: Parser): expr[] | null {
  let parts: expr[] | null = null;
  for (;;) {
    const k = p.k();
    let part: expr | null;
    if (k === K.STRING) {
      part = constantFromString(p, p.pos, p.next());
    } else if (k === K.FSTRING_START) {
      part = fstring(p);
      if (part === null) return parts;
    } else {
      return parts;
    }
    (parts ??= []).push(part);
  }
}

/** tstring+ */
function tstringRun(p: Parser): expr[] | null {
  let parts: expr[] | null = null;
  while (p.k() === K.TSTRING_START) {
    const part = tstring(p);
    if (part === null) break;
    (parts ??= []).push(part);
  }
  return parts;
}

/**
 * invalid_string_tstring_concat:
 *   (fstring|string)+ tstring  /  tstring+ (fstring|string)
 *     "cannot mix t-string literals with string or bytes literals"
 */
function invalidStringTstringConcat(p: Parser): void {
  const mark = p.pos;
  const a = stringOrFstringRun(p);
  if (a !== null && p.k() === K.TSTRING_START) {
    const b = tstring(p);
    if (b !== null) p.raiseRange(a[a.length - 1] as expr, b, 'cannot mix t-string literals with string or bytes literals');
  }
  p.pos = mark;
  const c = tstringRun(p);
  if (c !== null) {
    let d: expr | null = null;
    const k = p.k();
    if (k === K.STRING) d = constantFromString(p, p.pos, p.next());
    else if (k === K.FSTRING_START) d = fstring(p);
    if (d !== null) p.raiseRange(c[c.length - 1] as expr, d, 'cannot mix t-string literals with string or bytes literals');
  }
  p.pos = mark;
}

// ---------------------------------------------------------------- concatenation

function isStr(e: expr): e is Constant & { value: string } {
  return e.kind === 'Constant' && typeof e.value === 'string';
}

export function concatenateStrings(p: Parser, parts: expr[], s: Token, e: Token): expr {
  let fstringFound = false;
  let unicodeFound = false;
  let bytesFound = false;
  for (const part of parts) {
    if (part.kind === 'Constant') {
      if (typeof part.value === 'object' && part.value !== null && part.value.kind === 'bytes') bytesFound = true;
      else unicodeFound = true;
    } else {
      fstringFound = true;
    }
  }
  if ((unicodeFound || fstringFound) && bytesFound) p.raiseLast('cannot mix bytes and nonbytes literals');
  if (!fstringFound) {
    if (parts.length === 1) return parts[0] as expr;
    const first = parts[0] as Constant;
    if (bytesFound) {
      let total = 0;
      for (const part of parts) total += bytesOf(part).length;
      const value = new Uint8Array(total);
      let at = 0;
      for (const part of parts) {
        const b = bytesOf(part);
        value.set(b, at);
        at += b.length;
      }
      return { kind: 'Constant', value: { kind: 'bytes', value }, constantKind: first.constantKind, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
    }
    let text = '';
    for (const part of parts) text += (part as Constant).value as string;
    return { kind: 'Constant', value: text, constantKind: first.constantKind, lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }
  return { kind: 'JoinedStr', values: foldValues(parts), lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

function bytesOf(e: expr): Uint8Array {
  const v = (e as Constant).value;
  return typeof v === 'object' && v !== null && v.kind === 'bytes' ? v.value : new Uint8Array(0);
}

export function concatenateTstrings(parts: expr[], s: Token, e: Token): expr {
  return { kind: 'TemplateStr', values: foldValues(parts), lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
}

/**
 * _build_concatenated_str: the parts' values flattened (f-strings and t-strings contribute their
 * values), runs of constants merged into one spanning the run (its kind from the first), and
 * empty strings dropped.
 */
export function foldValues(parts: readonly expr[]): expr[] {
  const flat: expr[] = [];
  for (const part of parts) {
    if (part.kind === 'JoinedStr' || part.kind === 'TemplateStr') for (const v of part.values) flat.push(v);
    else flat.push(part);
  }
  const values: expr[] = [];
  for (let i = 0; i < flat.length; i++) {
    let elem = flat[i] as expr;
    if (elem.kind === 'Constant') {
      if (i + 1 < flat.length && (flat[i + 1] as expr).kind === 'Constant') {
        const first = elem;
        let last: Constant = elem;
        let text = '';
        let j = i;
        for (; j < flat.length; j++) {
          const cur = flat[j] as expr;
          if (cur.kind !== 'Constant') break;
          text += cur.value as string;
          last = cur;
        }
        i = j - 1;
        elem = { kind: 'Constant', value: text, constantKind: first.constantKind, lineno: first.lineno, col_offset: first.col_offset, end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
      }
      if (isStr(elem) && elem.value.length === 0) continue;
    }
    values.push(elem);
  }
  return values;
}

// ---------------------------------------------------------------- one STRING token

/** _PyPegen_constant_from_string: a STRING token's value (token number `index`), with its 'u' kind. */
export function constantFromString(p: Parser, index: number, t: Token): Constant {
  const text = t.string;
  let i = 0;
  let bytes = false;
  let raw = false;
  for (;;) {
    const c = text[i];
    if (c === 'b' || c === 'B') bytes = true;
    else if (c === 'r' || c === 'R') raw = true;
    else if (c !== 'u' && c !== 'U') break;
    i++;
  }
  const quote = text[i] as string;
  const triple = text.length - i >= 6 && text[i + 1] === quote && text[i + 2] === quote;
  const q = triple ? 3 : 1;
  const body = normalizeNewlines(text.slice(i + q, text.length - q));
  let value: Constant['value'];
  if (bytes) {
    for (let j = 0; j < body.length; j++) {
      if (body.charCodeAt(j) >= 0x80) p.raiseToken(t, 'bytes can only contain ASCII literal characters');
    }
    const site: EscapeSite = { key: index, lineno: t.lineno, braces: false };
    value = { kind: 'bytes', value: raw || body.indexOf('\\') < 0 ? asciiBytes(body) : decodeBytesEscapes(p, body, site) };
  } else {
    value = raw || body.indexOf('\\') < 0 ? body : decodeEscapes(p, body, { key: index, lineno: t.lineno, braces: false });
  }
  return { kind: 'Constant', value, constantKind: text[0] === 'u' ? 'u' : null, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

/** The tokenizer reads "\r\n" and "\r" as "\n"; a literal's text does too. */
export function normalizeNewlines(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

function asciiBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** `text` as UTF-8, the way the C string parser sees it: how many bytes each UTF-16 unit starts. */
function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * Where a literal's first invalid escape is reported (warn_invalid_escape_sequence): the key that
 * makes it once per pass, the line the decoded text starts on, and whether an escaped brace is
 * the tokenizer's to report (f-string and t-string parts).
 */
export interface EscapeSite {
  readonly key: number;
  readonly lineno: number;
  readonly braces: boolean;
}

/** The SyntaxWarning for the invalid escape whose character is at `at` in `body`. */
function warnInvalidEscape(p: Parser, site: EscapeSite, body: string, at: number): void {
  const c = body[at] as string;
  if (site.braces && (c === '{' || c === '}')) return;
  let lineno = site.lineno;
  for (let i = body.indexOf('\n'); i >= 0 && i < at; i = body.indexOf('\n', i + 1)) lineno++;
  const msg = c >= '4' && c <= '7'
    ? `"\\${body.slice(at, at + 3)}" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean "\\\\${body.slice(at, at + 3)}"? A raw string is also an option.`
    : `"\\${c}" is an invalid escape sequence. Such sequences will not work in the future. Did you mean "\\\\${c}"? A raw string is also an option.`;
  p.escapeWarning(site.key, msg, lineno);
}

/**
 * decode_unicode_with_escapes + the "unicodeescape" codec. Error positions count the buffer the
 * C code builds first, where each non-ASCII character became a 10-byte \UXXXXXXXX escape and a
 * backslash before one (or at the end) became \u005c.
 */
export function decodeEscapes(p: Parser, body: string, site: EscapeSite): string {
  let out = '';
  let firstInvalid = -1;
  let pos = 0; // position in CPython's rewritten buffer
  const n = body.length;
  let i = 0;
  const fail = (start: number, end: number, reason: string): never => {
    const where = end - start <= 1 ? `byte 0x5c in position ${start}` : `bytes in position ${start}-${end - 1}`;
    return p.raiseLast(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`);
  };
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92) {
      if (c >= 0x80) {
        if (isHighSurrogate(c) && i + 1 < n) {
          out += body[i] as string;
          i++;
        }
        pos += 10;
      } else {
        pos += 1;
      }
      out += body[i] as string;
      i++;
      continue;
    }
    // A backslash.
    const start = pos;
    const next = i + 1 < n ? body.charCodeAt(i + 1) : -1;
    if (next === -1 || next >= 0x80) {
      // Rewritten as \u005c: a literal backslash.
      out += '\\';
      pos += 6;
      i++;
      continue;
    }
    i += 2;
    pos += 2;
    switch (next) {
      case 10: break; // \<newline>: line continuation
      case 92: out += '\\'; break;
      case 39: out += "'"; break;
      case 34: out += '"'; break;
      case 98: out += '\b'; break;
      case 102: out += '\f'; break;
      case 116: out += '\t'; break;
      case 110: out += '\n'; break;
      case 114: out += '\r'; break;
      case 118: out += '\v'; break;
      case 97: out += '\x07'; break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let ch = next - 48;
        for (let d = 0; d < 2 && i < n; d++) {
          const o = body.charCodeAt(i);
          if (o < 48 || o > 55) break;
          ch = ch * 8 + (o - 48);
          i++;
          pos++;
        }
        if (ch > 0o377 && firstInvalid < 0) firstInvalid = i - 3;
        out += String.fromCodePoint(ch);
        break;
      }
      case 120: case 117: case 85: {
        const count = next === 120 ? 2 : next === 117 ? 4 : 8;
        const reason = next === 120 ? 'truncated \\xXX escape' : next === 117 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        let ch = 0;
        for (let d = 0; d < count; d++) {
          const h = i < n ? body.charCodeAt(i) : -1;
          const v = h >= 0 && h < 0x80 ? hexValue(h) : -1;
          if (v < 0) fail(start, pos, reason);
          ch = ch * 16 + v;
          i++;
          pos++;
        }
        if (ch > 0x10ffff) fail(start, pos, 'illegal Unicode character');
        out += String.fromCodePoint(ch);
        break;
      }
      case 78: {
        // \N{name}
        if (i >= n || body[i] !== '{') fail(start, pos, 'malformed \\N character escape');
        let j = i + 1;
        let jpos = pos + 1;
        while (j < n && body[j] !== '}') {
          jpos += body.charCodeAt(j) >= 0x80 ? (isHighSurrogate(body.charCodeAt(j)) ? (j++, 10) : 10) : 1;
          j++;
        }
        if (j >= n) fail(start, jpos, 'malformed \\N character escape');
        const name = body.slice(i + 1, j);
        if (name.length === 0) fail(start, jpos, 'malformed \\N character escape');
        // Names are ASCII: anything else cannot name a character.
        const cp = /^[\x20-\x7e]*$/.test(name) ? lookupCharacterName(name) : -2;
        if (cp === -2) fail(start, jpos + 1, 'unknown Unicode character name');
        if (cp < 0) {
          // A valid-looking name this engine's table does not have: say so rather than guess.
          p.raiseLast(`not supported yet: the character name \\N{${name}} (only common names are known)`);
        }
        out += String.fromCodePoint(cp);
        i = j + 1;
        pos = jpos + 1;
        break;
      }
      default:
        // An invalid escape keeps its backslash (CPython only warns).
        if (firstInvalid < 0) firstInvalid = i - 1;
        out += '\\';
        i--;
        pos--;
        break;
    }
  }
  if (firstInvalid >= 0) warnInvalidEscape(p, site, body, firstInvalid);
  return out;
}

/** The bytes decoder (_PyBytes_DecodeEscape): its errors are ValueErrors with byte positions. */
function decodeBytesEscapes(p: Parser, body: string, site: EscapeSite): Uint8Array {
  const out: number[] = [];
  let firstInvalid = -1;
  const n = body.length;
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92) {
      out.push(c);
      i++;
      continue;
    }
    const start = i;
    i++;
    if (i >= n) p.raiseLast('(value error) Trailing \\ in string');
    const next = body.charCodeAt(i);
    i++;
    switch (next) {
      case 10: break;
      case 92: out.push(92); break;
      case 39: out.push(39); break;
      case 34: out.push(34); break;
      case 98: out.push(8); break;
      case 102: out.push(12); break;
      case 116: out.push(9); break;
      case 110: out.push(10); break;
      case 114: out.push(13); break;
      case 118: out.push(11); break;
      case 97: out.push(7); break;
      case 48: case 49: case 50: case 51: case 52: case 53: case 54: case 55: {
        let ch = next - 48;
        for (let d = 0; d < 2 && i < n; d++) {
          const o = body.charCodeAt(i);
          if (o < 48 || o > 55) break;
          ch = ch * 8 + (o - 48);
          i++;
        }
        if (ch > 0o377 && firstInvalid < 0) firstInvalid = i - 3;
        out.push(ch & 0xff);
        break;
      }
      case 120: {
        const h1 = i < n ? hexValue(body.charCodeAt(i)) : -1;
        const h2 = i + 1 < n ? hexValue(body.charCodeAt(i + 1)) : -1;
        if (h1 < 0 || h2 < 0) p.raiseLast(`(value error) invalid \\x escape at position ${start}`);
        out.push(h1 * 16 + h2);
        i += 2;
        break;
      }
      default:
        if (firstInvalid < 0) firstInvalid = i - 1;
        out.push(92);
        i--;
        break;
    }
  }
  if (firstInvalid >= 0) warnInvalidEscape(p, site, body, firstInvalid);
  return Uint8Array.from(out);
}
