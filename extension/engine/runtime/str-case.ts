/**
 * str's case mappings, character classification (isdigit, isalpha...), padding (center, ljust,
 * rjust, zfill) and translation (translate, maketrans), following Unicode as CPython does
 * (JS regex property escapes stand in for CPython's unicodedata tables).
 */
import type { PyObject } from './object';
import { PyStr, StrType, newStr, newStrFresh } from './str';
import { PyInt, newInt, pyBool } from './int';
import { PyDict, dictForEach, dictNew, dictSetItem } from './dict';
import { None } from './singletons';
import { decref, newref } from './heap';
import { Raised, typeError, valueError } from './errors';
import { LookupError } from './exceptions';
import { getItem, typeName } from './abstract';
import { defMethod, defStaticMethod, type NativeFn } from './builtin-extra';
import { indexArg, noArgs, oneArg, positional } from './args';
import { cpLength } from './ucs';
import { isPySpace } from './str-methods';
import { isSubtype } from './type';

const sv = (o: PyObject): string => (o as PyStr).value;

function sameOrNew(self: PyObject, result: string): PyObject {
  return result === sv(self) && self.ob_type === StrType ? newref(self) : newStr(result);
}

const RE_LOWER = /\p{Lowercase}/u;
const RE_UPPER = /\p{Uppercase}/u;
const RE_TITLE = /\p{Lt}/u;
const RE_ALPHA = /\p{L}/u;
const RE_DECIMAL = /\p{Nd}/u;
const RE_NUMERIC = /\p{N}/u;
// Characters with Numeric_Type=Digit that are not decimal (superscripts, circled digits...).
const RE_DIGIT_EXTRA = /[\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]/u;
// CJK ideographs that have numeric values (Numeric_Type=Numeric) but are letters.
const CJK_NUMERIC = new Set('〇一二三四五六七八九十百千万億兆零壹贰叁肆伍陆柒捌玖拾佰仟'.split(''));
const RE_NONPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const RE_IDENT = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

export const isCased = (c: string): boolean => RE_LOWER.test(c) || RE_UPPER.test(c) || RE_TITLE.test(c);
const isLower = (c: string): boolean => RE_LOWER.test(c);
/** Upper or title case: what islower/istitle treat as "not lower" (Py_UNICODE_ISUPPER || ISTITLE). */
const isUpper = (c: string): boolean => RE_UPPER.test(c) || RE_TITLE.test(c);
const isUpperOnly = (c: string): boolean => RE_UPPER.test(c);
const RE_CASED = /\p{Cased}/u;
const RE_CASE_IGNORABLE = /\p{Case_Ignorable}/u;

/**
 * lower_ucs4 for the character at i of cps: capital sigma becomes final sigma after a cased
 * letter that no cased letter follows (case-ignorable characters skipped both ways).
 */
function lowerAt(cps: readonly string[], i: number): string {
  const c = cps[i] as string;
  if (c !== '\u03a3') return c.toLowerCase();
  let j = i - 1;
  while (j >= 0 && RE_CASE_IGNORABLE.test(cps[j] as string)) j--;
  let final = j >= 0 && RE_CASED.test(cps[j] as string);
  if (final && i + 1 < cps.length) {
    let k = i + 1;
    while (k < cps.length && RE_CASE_IGNORABLE.test(cps[k] as string)) k++;
    final = k === cps.length || !RE_CASED.test(cps[k] as string);
  }
  return final ? '\u03c2' : '\u03c3';
}
export const isAlpha = (c: string): boolean => RE_ALPHA.test(c);
export const isDecimal = (c: string): boolean => RE_DECIMAL.test(c);
export const isDigit = (c: string): boolean => RE_DECIMAL.test(c) || RE_DIGIT_EXTRA.test(c);
export const isNumeric = (c: string): boolean => RE_NUMERIC.test(c) || CJK_NUMERIC.has(c);
const isAlnum = (c: string): boolean => isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c);

/** Title-case mapping of one character (differs from upper for digraphs and ligatures). */
function titleChar(c: string): string {
  switch (c) {
    case 'ß': return 'Ss';
    case 'ǆ': case 'ǅ': case 'Ǆ': return 'ǅ';
    case 'ǉ': case 'ǈ': case 'Ǉ': return 'ǈ';
    case 'ǌ': case 'ǋ': case 'Ǌ': return 'ǋ';
    case 'ǳ': case 'ǲ': case 'Ǳ': return 'ǲ';
    case 'ﬀ': return 'Ff';
    case 'ﬁ': return 'Fi';
    case 'ﬂ': return 'Fl';
    case 'ﬃ': return 'Ffi';
    case 'ﬄ': return 'Ffl';
    case 'ﬅ': case 'ﬆ': return 'St';
    default: return c.toUpperCase();
  }
}

function lowerStr(s: string): string {
  return s.toLowerCase();
}

/**
 * Full case folding: lower(upper(c)) gives the folding for everything but a few characters —
 * dotless i has none, Cherokee folds to its capitals, and sharp s (even after the round trip) is
 * "ss".
 */
function casefold(s: string): string {
  let out = '';
  for (const c of s) {
    const cp = c.codePointAt(0) as number;
    if (cp === 0x131) out += c;
    else if (cp >= 0x13a0 && cp <= 0x13f5) out += c;
    else if (cp >= 0x13f8 && cp <= 0x13fd) out += String.fromCodePoint(cp - 8);
    else if (cp >= 0xab70 && cp <= 0xabbf) out += String.fromCodePoint(cp - 0xab70 + 0x13a0);
    else out += c.toUpperCase().toLowerCase().replace(/\u00df/g, 'ss');
  }
  return out;
}

function title(s: string): string {
  const cps = Array.from(s);
  let out = '';
  let prevCased = false;
  cps.forEach((c, i) => {
    out += prevCased ? lowerAt(cps, i) : titleChar(c);
    prevCased = isCased(c);
  });
  return out;
}

function capitalize(s: string): string {
  const cps = Array.from(s);
  if (cps.length === 0) return s;
  let out = titleChar(cps[0] as string);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

/** do_swapcase: upper (not title) case lowers, lower case uppers, anything else stays. */
function swapcase(s: string): string {
  const cps = Array.from(s);
  let out = '';
  cps.forEach((c, i) => {
    out += isUpperOnly(c) ? lowerAt(cps, i) : isLower(c) ? c.toUpperCase() : c;
  });
  return out;
}

function mapper(name: string, fn: (s: string) => string): NativeFn {
  return (self, args, kw) => {
    noArgs(`str.${name}`, args, kw);
    // Case mappings always build a new str object, even for one character.
    return newStrFresh(fn(sv(self)));
  };
}
defMethod(StrType, 'upper', mapper('upper', (s) => s.toUpperCase()));
defMethod(StrType, 'lower', mapper('lower', lowerStr));
defMethod(StrType, 'casefold', mapper('casefold', casefold));
defMethod(StrType, 'title', mapper('title', title));
defMethod(StrType, 'capitalize', mapper('capitalize', capitalize));
defMethod(StrType, 'swapcase', mapper('swapcase', swapcase));

function predicate(name: string, test: (chars: string[]) => boolean): NativeFn {
  return (self, args, kw) => {
    noArgs(`str.${name}`, args, kw);
    return pyBool(test(Array.from(sv(self))));
  };
}
const all = (f: (c: string) => boolean) => (cs: string[]): boolean => cs.length > 0 && cs.every(f);
defMethod(StrType, 'isalpha', predicate('isalpha', all(isAlpha)));
defMethod(StrType, 'isalnum', predicate('isalnum', all(isAlnum)));
defMethod(StrType, 'isdecimal', predicate('isdecimal', all(isDecimal)));
defMethod(StrType, 'isdigit', predicate('isdigit', all(isDigit)));
defMethod(StrType, 'isnumeric', predicate('isnumeric', all(isNumeric)));
defMethod(StrType, 'isspace', predicate('isspace', all(isPySpace)));
defMethod(StrType, 'isascii', predicate('isascii', (cs) => cs.every((c) => (c.codePointAt(0) as number) < 128)));
defMethod(StrType, 'isprintable', predicate('isprintable', (cs) => cs.every((c) => c === ' ' || !RE_NONPRINTABLE.test(c))));
defMethod(StrType, 'isidentifier', predicate('isidentifier', (cs) => RE_IDENT.test(cs.join(''))));
defMethod(StrType, 'islower', predicate('islower', (cs) => {
  let cased = false;
  for (const c of cs) {
    if (isUpper(c)) return false;
    if (isLower(c)) cased = true;
  }
  return cased;
}));
defMethod(StrType, 'isupper', predicate('isupper', (cs) => {
  let cased = false;
  for (const c of cs) {
    if (isLower(c) || RE_TITLE.test(c)) return false;
    if (isUpperOnly(c)) cased = true;
  }
  return cased;
}));
defMethod(StrType, 'istitle', predicate('istitle', (cs) => {
  let cased = false;
  let prevCased = false;
  for (const c of cs) {
    if (isUpper(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLower(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}));

// ---- padding ----------------------------------------------------------------------------------

function fillArg(name: string, o: PyObject | undefined): string {
  if (o === undefined) return ' ';
  if (!(o instanceof PyStr)) typeError(`${name}() argument 2 must be str, not ${typeName(o)}`);
  if (cpLength(o.value) !== 1) typeError('The fill character must be exactly one character long');
  return o.value;
}

function padder(name: string, place: (marg: number, width: number) => number): NativeFn {
  return (self, args, kw) => {
    positional(name, `str.${name}`, args, kw, 1, 2);
    const width = indexArg(args[0] as PyObject);
    const fill = fillArg(name, args[1]);
    const s = sv(self);
    const len = cpLength(s);
    if (len >= width) return sameOrNew(self, s);
    const marg = width - len;
    const left = place(marg, width);
    return newStr(fill.repeat(left) + s + fill.repeat(marg - left));
  };
}
// CPython's pad(): center puts the odd extra space on the left only when both marg and width are odd.
defMethod(StrType, 'center', padder('center', (marg, width) => (marg >> 1) + (marg & width & 1)));
defMethod(StrType, 'ljust', padder('ljust', () => 0));
defMethod(StrType, 'rjust', padder('rjust', (marg) => marg));

defMethod(StrType, 'zfill', (self, args, kw) => {
  const width = indexArg(oneArg('str.zfill', args, kw));
  const s = sv(self);
  const len = cpLength(s);
  if (len >= width) return sameOrNew(self, s);
  const fill = width - len;
  if (s[0] === '+' || s[0] === '-') return newStr(s[0] + '0'.repeat(fill) + s.slice(1));
  return newStr('0'.repeat(fill) + s);
});

// ---- translate / maketrans --------------------------------------------------------------------

defMethod(StrType, 'translate', (self, args, kw) => {
  const table = oneArg('str.translate', args, kw);
  let out = '';
  for (const c of sv(self)) {
    const key = newInt(c.codePointAt(0) as number);
    let v: PyObject;
    try {
      v = getItem(table, key);
    } catch (e) {
      if (e instanceof Raised && isSubtype(e.exc.ob_type, LookupError)) {
        decref(e.exc);
        out += c;
        continue;
      }
      throw e;
    } finally {
      decref(key);
    }
    try {
      if (v === None) continue;
      if (v instanceof PyInt) {
        const n = Number(v.value);
        if (n < 0 || n > 0x10ffff) valueError('character mapping must be in range(0x110000)');
        out += String.fromCodePoint(n);
      } else if (v instanceof PyStr) out += v.value;
      else typeError('character mapping must return integer, None or str');
    } finally {
      decref(v);
    }
  }
  return sameOrNew(self, out);
});

defStaticMethod(StrType, 'maketrans', (_self, args, kw) => {
  positional('maketrans', 'str.maketrans', args, kw, 1, 3);
  const d = dictNew();
  try {
    if (args.length === 1) {
      const x = args[0] as PyObject;
      if (!(x instanceof PyDict)) typeError('if you give only one argument to maketrans it must be a dict');
      dictForEach(x, (k, v) => {
        if (k instanceof PyStr) {
          if (cpLength(k.value) !== 1) valueError('string keys in translate table must be of length 1');
          const key = newInt(k.value.codePointAt(0) as number);
          dictSetItem(d, key, v);
          decref(key);
        } else if (k instanceof PyInt) dictSetItem(d, k, v);
        else typeError('keys in translate table must be strings or integers');
      });
      return d;
    }
    const x = args[0] as PyObject;
    const y = args[1] as PyObject;
    if (!(x instanceof PyStr)) typeError(`maketrans() argument 1 must be str, not ${typeName(x)}`);
    if (!(y instanceof PyStr)) typeError(`maketrans() argument 2 must be str, not ${typeName(y)}`);
    const xs = Array.from(x.value);
    const ys = Array.from(y.value);
    if (xs.length !== ys.length) valueError('the first two maketrans arguments must have equal length');
    for (let i = 0; i < xs.length; i++) {
      const k = newInt((xs[i] as string).codePointAt(0) as number);
      const v = newInt((ys[i] as string).codePointAt(0) as number);
      dictSetItem(d, k, v);
      decref(k);
      decref(v);
    }
    if (args.length === 3) {
      const z = args[2] as PyObject;
      if (!(z instanceof PyStr)) typeError(`maketrans() argument 3 must be str, not ${typeName(z)}`);
      for (const c of z.value) {
        const k = newInt(c.codePointAt(0) as number);
        dictSetItem(d, k, None);
        decref(k);
      }
    }
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
});
