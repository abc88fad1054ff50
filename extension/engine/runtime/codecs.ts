/**
 * The text codecs str.encode / bytes.decode use: utf-8, ascii, latin-1, utf-16 and utf-32 (with
 * and without byte order), cp1252, and the error handlers strict, ignore, replace,
 * backslashreplace, xmlcharrefreplace (encoding), surrogateescape and surrogatepass. Error
 * messages are CPython's: a run of unencodable characters is reported as one range, UTF-8
 * decoding failures name the maximal invalid subsequence and why it is invalid.
 */
import { raise } from './errors';
import { LookupError } from './exceptions';
import { UnicodeDecodeError, UnicodeEncodeError } from './exceptions-extra';

type Codec = 'utf-8' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be' | 'cp1252';

const ALIASES: Readonly<Record<string, Codec>> = {
  utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', cp65001: 'utf-8',
  ascii: 'ascii', usascii: 'ascii', '646': 'ascii',
  latin1: 'latin-1', latin: 'latin-1', iso88591: 'latin-1', '8859': 'latin-1', cp819: 'latin-1', l1: 'latin-1',
  utf16: 'utf-16', u16: 'utf-16', utf16le: 'utf-16-le', utf16be: 'utf-16-be',
  utf32: 'utf-32', u32: 'utf-32', utf32le: 'utf-32-le', utf32be: 'utf-32-be',
  cp1252: 'cp1252', windows1252: 'cp1252',
};

/** The codec's canonical name (as error messages spell it), or LookupError. */
export function lookupCodec(encoding: string): Codec {
  const c = ALIASES[encoding.toLowerCase().replace(/[-_ ]/g, '')];
  if (c === undefined) raise(LookupError, `unknown encoding: ${encoding}`);
  return c;
}

/** How CPython shows one character in a codec error: \xNN, \uNNNN or \UNNNNNNNN. */
function escapeChar(cp: number): string {
  if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, '0')}`;
  return `\\U${cp.toString(16).padStart(8, '0')}`;
}

function encodeError(codec: string, cps: readonly number[], start: number, end: number, reason: string): never {
  if (end === start + 1) {
    raise(UnicodeEncodeError, `'${codec}' codec can't encode character '${escapeChar(cps[start] as number)}' in position ${start}: ${reason}`);
  }
  return raise(UnicodeEncodeError, `'${codec}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`);
}

function decodeError(codec: string, b: Uint8Array, start: number, end: number, reason: string): never {
  if (end === start + 1) {
    raise(UnicodeDecodeError, `'${codec}' codec can't decode byte 0x${(b[start] as number).toString(16).padStart(2, '0')} in position ${start}: ${reason}`);
  }
  return raise(UnicodeDecodeError, `'${codec}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`);
}

function unknownHandler(errors: string): never {
  return raise(LookupError, `unknown error handler name '${errors}'`);
}

const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;

// cp1252's 0x80-0x9f row (undefined entries are -1).
const CP1252_HIGH = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
  -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
];

/** The single byte a charmap codec gives a code point, or -1. */
function singleByte(codec: Codec, cp: number): number {
  if (codec === 'ascii') return cp < 0x80 ? cp : -1;
  if (codec === 'latin-1') return cp < 0x100 ? cp : -1;
  if (cp < 0x80 || (cp >= 0xa0 && cp < 0x100)) return cp;
  const i = CP1252_HIGH.indexOf(cp);
  return i < 0 ? -1 : 0x80 + i;
}

function pushUnit(out: number[], v: number, size: 2 | 4, big: boolean): void {
  const bytes: number[] = [];
  for (let k = 0; k < size; k++) bytes.push((v >>> (8 * k)) & 0xff);
  if (big) bytes.reverse();
  out.push(...bytes);
}

function pushCodePoint(out: number[], codec: Codec, cp: number): void {
  if (codec === 'utf-8') {
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  } else if (codec.startsWith('utf-16')) {
    const big = codec === 'utf-16-be';
    if (cp < 0x10000) pushUnit(out, cp, 2, big);
    else {
      const v = cp - 0x10000;
      pushUnit(out, 0xd800 | (v >> 10), 2, big);
      pushUnit(out, 0xdc00 | (v & 0x3ff), 2, big);
    }
  } else if (codec.startsWith('utf-32')) pushUnit(out, cp, 4, codec === 'utf-32-be');
  else out.push(singleByte(codec, cp));
}

function encodable(codec: Codec, cp: number): boolean {
  if (codec === 'utf-8' || codec.startsWith('utf-')) return !isSurrogate(cp);
  return singleByte(codec, cp) >= 0;
}

/** str.encode(encoding, errors). */
export function encodeText(s: string, encoding: string, errors: string): Uint8Array {
  const codec = lookupCodec(encoding);
  const cps = Array.from(s, (c) => c.codePointAt(0) as number);
  const out: number[] = [];
  // utf-16 and utf-32 without a byte order write a BOM, little-endian as on CPython's platforms.
  if (codec === 'utf-16') pushUnit(out, 0xfeff, 2, false);
  if (codec === 'utf-32') pushUnit(out, 0xfeff, 4, false);
  const unit: Codec = codec === 'utf-16' ? 'utf-16-le' : codec === 'utf-32' ? 'utf-32-le' : codec;
  const reason = codec === 'ascii' ? 'ordinal not in range(128)' : codec === 'latin-1' ? 'ordinal not in range(256)'
    : codec === 'cp1252' ? 'character maps to <undefined>' : 'surrogates not allowed';
  // Replacement text is itself encoded with the codec (two bytes a character in utf-16).
  const emit = (text: string): void => {
    for (const c of text) pushCodePoint(out, unit, c.codePointAt(0) as number);
  };
  // cp1252 is a charmap codec: its errors name "charmap".
  const name = codec === 'cp1252' ? 'charmap' : codec;
  for (let i = 0; i < cps.length;) {
    const cp = cps[i] as number;
    if (encodable(unit, cp)) {
      pushCodePoint(out, unit, cp);
      i++;
      continue;
    }
    // The whole run of characters this codec cannot encode goes to the error handler at once.
    let end = i + 1;
    while (end < cps.length && !encodable(unit, cps[end] as number)) end++;
    switch (errors) {
      case 'strict':
        encodeError(name, cps, i, end, reason);
        break;
      case 'ignore':
        break;
      case 'replace':
        for (let k = i; k < end; k++) emit('?');
        break;
      case 'backslashreplace':
        for (let k = i; k < end; k++) emit(escapeChar(cps[k] as number));
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < end; k++) emit(`&#${cps[k] as number};`);
        break;
      case 'surrogateescape':
        for (let k = i; k < end; k++) {
          const c = cps[k] as number;
          if (c < 0xdc80 || c > 0xdcff) encodeError(name, cps, k, k + 1, reason);
          out.push(c - 0xdc00);
        }
        break;
      case 'surrogatepass':
        if (!unit.startsWith('utf-')) encodeError(name, cps, i, end, reason);
        for (let k = i; k < end; k++) {
          const c = cps[k] as number;
          if (unit === 'utf-8') out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
          else if (unit.startsWith('utf-16')) pushUnit(out, c, 2, unit === 'utf-16-be');
          else pushUnit(out, c, 4, unit === 'utf-32-be');
        }
        break;
      default:
        unknownHandler(errors);
    }
    i = end;
  }
  return Uint8Array.from(out);
}

// ---- decoding ------------------------------------------------------------------------------------

/** One UTF-8 sequence at i: its code point and length, or the invalid part's length and why. */
function utf8At(b: Uint8Array, i: number): { cp: number; len: number } | { bad: number; reason: string } {
  const x = b[i] as number;
  if (x < 0x80) return { cp: x, len: 1 };
  if (x < 0xc2 || x > 0xf4) return { bad: 1, reason: 'invalid start byte' };
  const need = x < 0xe0 ? 1 : x < 0xf0 ? 2 : 3;
  // The allowed range of the second byte excludes overlong forms, surrogates and > U+10FFFF.
  const lo = x === 0xe0 ? 0xa0 : x === 0xf0 ? 0x90 : 0x80;
  const hi = x === 0xed ? 0x9f : x === 0xf4 ? 0x8f : 0xbf;
  let cp = x & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return { bad: k, reason: 'unexpected end of data' };
    const c = b[i + k] as number;
    const ok = k === 1 ? c >= lo && c <= hi : c >= 0x80 && c <= 0xbf;
    if (!ok) return { bad: k, reason: 'invalid continuation byte' };
    cp = (cp << 6) | (c & 0x3f);
  }
  return { cp, len: need + 1 };
}

function decodeFailure(codec: string, b: Uint8Array, start: number, end: number, reason: string, errors: string, out: number[]): void {
  switch (errors) {
    case 'strict':
      decodeError(codec, b, start, end, reason);
      break;
    case 'ignore':
      break;
    case 'replace':
      out.push(0xfffd);
      break;
    case 'backslashreplace':
      for (let k = start; k < end; k++) for (const c of escapeChar(b[k] as number)) out.push(c.charCodeAt(0));
      break;
    case 'surrogateescape':
      for (let k = start; k < end; k++) {
        const v = b[k] as number;
        if (v < 0x80) decodeError(codec, b, k, k + 1, reason);
        out.push(0xdc00 + v);
      }
      break;
    default:
      unknownHandler(errors);
  }
}

function readUnit(b: Uint8Array, i: number, size: 2 | 4, big: boolean): number {
  let v = 0;
  for (let k = 0; k < size; k++) {
    const byte = b[i + (big ? k : size - 1 - k)] as number;
    v = v * 256 + byte;
  }
  return v;
}

/** bytes.decode(encoding, errors). */
export function decodeText(b: Uint8Array, encoding: string, errors: string): string {
  const codec = lookupCodec(encoding);
  const out: number[] = [];
  if (codec === 'utf-8') {
    for (let i = 0; i < b.length;) {
      const r = utf8At(b, i);
      if ('cp' in r) {
        out.push(r.cp);
        i += r.len;
      } else {
        decodeFailure('utf-8', b, i, i + r.bad, r.reason, errors, out);
        i += r.bad;
      }
    }
  } else if (codec === 'ascii' || codec === 'latin-1' || codec === 'cp1252') {
    for (let i = 0; i < b.length; i++) {
      const x = b[i] as number;
      let cp = x;
      if (codec === 'ascii' && x >= 0x80) cp = -1;
      if (codec === 'cp1252' && x >= 0x80 && x < 0xa0) cp = CP1252_HIGH[x - 0x80] as number;
      if (cp >= 0) out.push(cp);
      else decodeFailure(codec === 'cp1252' ? 'charmap' : codec, b, i, i + 1, codec === 'ascii' ? 'ordinal not in range(128)' : 'character maps to <undefined>', errors, out);
    }
  } else {
    const size = codec.startsWith('utf-16') ? 2 : 4;
    let big = codec.endsWith('-be');
    let i = 0;
    if (codec === 'utf-16' || codec === 'utf-32') {
      // A byte order mark picks the order (and is dropped); without one, little-endian.
      if (b.length >= size && readUnit(b, 0, size, false) === 0xfeff) i = size;
      else if (b.length >= size && readUnit(b, 0, size, true) === 0xfeff) {
        big = true;
        i = size;
      }
    }
    while (i < b.length) {
      if (i + size > b.length) {
        decodeFailure(codec, b, i, b.length, 'truncated data', errors, out);
        break;
      }
      const u = readUnit(b, i, size, big);
      if (size === 4) {
        if (u > 0x10ffff || isSurrogate(u)) decodeFailure(codec, b, i, i + 4, u > 0x10ffff ? 'code point not in range(0x110000)' : 'code point in surrogate code point range(0xd800, 0xe000)', errors, out);
        else out.push(u);
        i += 4;
        continue;
      }
      if (u < 0xd800 || u > 0xdfff) {
        out.push(u);
        i += 2;
      } else if (u <= 0xdbff && i + 4 <= b.length && (readUnit(b, i + 2, 2, big) & 0xfc00) === 0xdc00) {
        out.push(0x10000 + ((u - 0xd800) << 10) + (readUnit(b, i + 2, 2, big) - 0xdc00));
        i += 4;
      } else if (u <= 0xdbff && i + 4 > b.length) {
        decodeFailure(codec, b, i, b.length, 'unexpected end of data', errors, out);
        break;
      } else {
        decodeFailure(codec, b, i, i + 2, u <= 0xdbff ? 'illegal UTF-16 surrogate' : 'illegal encoding', errors, out);
        i += 2;
      }
    }
  }
  let s = '';
  for (let k = 0; k < out.length; k += 4096) s += String.fromCodePoint(...out.slice(k, k + 4096));
  return s;
}
