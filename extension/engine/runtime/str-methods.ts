/**
 * str's searching, splitting, joining, stripping and replacing methods (Objects/unicodeobject.c
 * and stringlib), with CPython's argument conventions and messages. Where CPython returns the
 * very same str (nothing stripped, nothing replaced, no separator found) so does this, which
 * keeps identities and lifetimes as CPython's.
 */
import type { PyObject } from './object';
import { PyStr, StrType, newStr } from './str';
import { PyList, listSteal } from './list';
import { PyTuple, tupleSteal } from './tuple';
import { newInt, pyBool } from './int';
import { None } from './singletons';
import { decref, newref } from './heap';
import { typeError, valueError } from './errors';
import { iterateToArray, typeName } from './abstract';
import { defMethod, type NativeFn } from './builtin';
import { clinic, indexArg, noArgs, oneArg, positional } from './args';
import { adjustBounds, cpLength, cpToUnit, hasSurrogates, unitToCp } from './ucs';

/** Python's str.isspace() characters (not JS's \s, which differs at U+FEFF, U+001C..U+001F, U+0085). */
export const PY_WHITESPACE = '\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
const WS = new Set(PY_WHITESPACE);

export function isPySpace(c: string): boolean {
  return WS.has(c);
}

const sv = (o: PyObject): string => (o as PyStr).value;

/** The same str object when the result is unchanged, as CPython returns for exact strs. */
function sameOrNew(self: PyObject, result: string): PyObject {
  return result === sv(self) && self.ob_type === StrType ? newref(self) : newStr(result);
}

function sliceIndex(o: PyObject | undefined): number | null {
  if (o === undefined || o === None) return null;
  if (o.ob_type.nb_index === null) typeError('slice indices must be integers or None or have an __index__ method');
  return indexArg(o);
}

function subArg(name: string, o: PyObject): string {
  if (!(o instanceof PyStr)) typeError(`${name}() argument 1 must be str, not ${typeName(o)}`);
  return o.value;
}

/** The code-point bounds [start, end) of a find-style call, plus the UTF-16 offsets for them. */
function bounds(s: string, args: readonly PyObject[]): { a: number; b: number; ua: number; ub: number; len: number } {
  const len = cpLength(s);
  const [a, b] = adjustBounds(len, sliceIndex(args[1]), sliceIndex(args[2]));
  if (len === s.length) return { a, b, ua: a, ub: b, len };
  return { a, b, ua: cpToUnit(s, Math.min(a, len)), ub: cpToUnit(s, Math.max(b, 0)), len };
}

function findIn(s: string, sub: string, args: readonly PyObject[], reverse: boolean): number {
  const { a, b, ua, ub, len } = bounds(s, args);
  if (a > len || b - a < 0 || (sub.length > 0 && b - a < cpLength(sub))) return -1;
  if (sub.length === 0) return reverse ? b : a;
  const i = reverse ? s.lastIndexOf(sub, ub - sub.length) : s.indexOf(sub, ua);
  if (i < 0 || i < ua || i + sub.length > ub) return -1;
  return unitToCp(s, i);
}

function finder(name: string, reverse: boolean, raiseMissing: boolean): NativeFn {
  return (self, args, kw) => {
    positional(name, `str.${name}`, args, kw, 1, 3);
    const i = findIn(sv(self), subArg(name, args[0] as PyObject), args, reverse);
    if (i < 0 && raiseMissing) valueError('substring not found');
    return newInt(i);
  };
}
defMethod(StrType, 'find', finder('find', false, false));
defMethod(StrType, 'rfind', finder('rfind', true, false));
defMethod(StrType, 'index', finder('index', false, true));
defMethod(StrType, 'rindex', finder('rindex', true, true));

defMethod(StrType, 'count', (self, args, kw) => {
  positional('count', 'str.count', args, kw, 1, 3);
  const s = sv(self);
  const sub = subArg('count', args[0] as PyObject);
  const { a, b, ua, ub, len } = bounds(s, args);
  if (a > len || b < a) return newInt(0);
  if (sub.length === 0) return newInt(b - a + 1);
  let n = 0;
  for (let i = s.indexOf(sub, ua); i >= 0 && i + sub.length <= ub; i = s.indexOf(sub, i + sub.length)) n++;
  return newInt(n);
});

function affix(name: string, atEnd: boolean): NativeFn {
  return (self, args, kw) => {
    positional(name, `str.${name}`, args, kw, 1, 3);
    const s = sv(self);
    const x = args[0] as PyObject;
    const { a, b, ua, ub, len } = bounds(s, args);
    const test = (p: string): boolean => {
      if (a > len) return false;
      if (b - a < cpLength(p)) return false;
      return atEnd ? s.slice(ua, ub).endsWith(p) : s.slice(ua, ub).startsWith(p);
    };
    if (x instanceof PyTuple) {
      for (const p of x.items) {
        if (!(p instanceof PyStr)) typeError(`tuple for ${name} must only contain str, not ${typeName(p)}`);
        if (test(p.value)) return pyBool(true);
      }
      return pyBool(false);
    }
    if (!(x instanceof PyStr)) typeError(`${name} first arg must be str or a tuple of str, not ${typeName(x)}`);
    return pyBool(test(x.value));
  };
}
defMethod(StrType, 'startswith', affix('startswith', false));
defMethod(StrType, 'endswith', affix('endswith', true));

// ---- split ------------------------------------------------------------------------------------

const SPLIT_SPEC = { names: ['sep', 'maxsplit'], posOnly: 0, required: 0 };

function splitArgs(name: string, args: readonly PyObject[], kw: readonly string[] | null): { sep: string | null; max: number } {
  const [sepObj, maxObj] = clinic(name, args, kw, SPLIT_SPEC);
  let sep: string | null = null;
  if (sepObj !== undefined && sepObj !== None) {
    if (!(sepObj instanceof PyStr)) typeError(`must be str or None, not ${typeName(sepObj)}`);
    if (sepObj.value === '') valueError('empty separator');
    sep = sepObj.value;
  }
  const max = maxObj === undefined ? -1 : indexArg(maxObj);
  return { sep, max: max < 0 ? Infinity : max };
}

/** Whitespace split, left to right; the unsplit remainder keeps its trailing whitespace. */
export function splitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && WS.has(s[i] as string)) i++;
    if (i >= n) break;
    if (out.length >= max) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !WS.has(s[j] as string)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let j = s.length;
  while (j > 0) {
    while (j > 0 && WS.has(s[j - 1] as string)) j--;
    if (j <= 0) break;
    if (out.length >= max) {
      out.push(s.slice(0, j));
      break;
    }
    let i = j;
    while (i > 0 && !WS.has(s[i - 1] as string)) i--;
    out.push(s.slice(i, j));
    j = i;
  }
  return out.reverse();
}

function splitResult(self: PyObject, parts: string[]): PyList {
  if (parts.length === 1 && parts[0] === sv(self) && self.ob_type === StrType) return listSteal([newref(self)]);
  return listSteal(parts.map((p) => newStr(p)));
}

defMethod(StrType, 'split', (self, args, kw) => {
  const { sep, max } = splitArgs('split', args, kw);
  const s = sv(self);
  if (sep === null) return splitResult(self, splitWhitespace(s, max));
  const parts: string[] = [];
  let i = 0;
  while (parts.length < max) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    parts.push(s.slice(i, j));
    i = j + sep.length;
  }
  parts.push(s.slice(i));
  return splitResult(self, parts);
});

defMethod(StrType, 'rsplit', (self, args, kw) => {
  const { sep, max } = splitArgs('rsplit', args, kw);
  const s = sv(self);
  if (sep === null) return splitResult(self, rsplitWhitespace(s, max));
  const parts: string[] = [];
  let j = s.length;
  while (parts.length < max) {
    const i = j - sep.length < 0 ? -1 : s.lastIndexOf(sep, j - sep.length);
    if (i < 0) break;
    parts.push(s.slice(i + sep.length, j));
    j = i;
  }
  parts.push(s.slice(0, j));
  return splitResult(self, parts.reverse());
});

const LINE_BREAKS = new Set(['\n', '\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']);

defMethod(StrType, 'splitlines', (self, args, kw) => {
  const [keepObj] = clinic('splitlines', args, kw, { names: ['keepends'], posOnly: 0, required: 0 });
  const keep = keepObj !== undefined && indexArg(keepObj) !== 0;
  const s = sv(self);
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && !LINE_BREAKS.has(s[j] as string)) j++;
    let eol = j;
    if (j < s.length) {
      eol = s[j] === '\r' && s[j + 1] === '\n' ? j + 2 : j + 1;
    }
    out.push(s.slice(i, keep ? eol : j));
    i = eol;
  }
  return splitResult(self, out.length === 1 && out[0] === s ? out : out.length === 0 ? [] : out);
});

defMethod(StrType, 'join', (self, args, kw) => {
  const it = oneArg('str.join', args, kw);
  let items: PyObject[];
  let temp: PyObject | null = null;
  if (it instanceof PyList || it instanceof PyTuple) items = it.items;
  else {
    if (it.ob_type.tp_iter === null) typeError('can only join an iterable');
    // PySequence_Fast materializes other iterables into a list first.
    temp = listSteal(iterateToArray(it));
    items = (temp as PyList).items;
  }
  try {
    if (items.length === 1 && (items[0] as PyObject).ob_type === StrType) return newref(items[0] as PyObject);
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const x = items[i] as PyObject;
      if (!(x instanceof PyStr)) typeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
      parts.push(x.value);
    }
    return newStr(parts.join(sv(self)));
  } finally {
    if (temp !== null) decref(temp);
  }
});

// ---- strip / replace / partition ----------------------------------------------------------------

function stripper(name: string, left: boolean, right: boolean): NativeFn {
  return (self, args, kw) => {
    positional(name, `str.${name}`, args, kw, 0, 1);
    const c = args[0];
    let set: Set<string>;
    if (c === undefined || c === None) set = WS;
    else if (c instanceof PyStr) set = new Set(Array.from(c.value));
    else typeError(`${name} arg must be None or str`);
    const chars = Array.from(sv(self));
    let a = 0;
    let b = chars.length;
    while (left && a < b && set.has(chars[a] as string)) a++;
    while (right && b > a && set.has(chars[b - 1] as string)) b--;
    return sameOrNew(self, chars.slice(a, b).join(''));
  };
}
defMethod(StrType, 'strip', stripper('strip', true, true));
defMethod(StrType, 'lstrip', stripper('lstrip', true, false));
defMethod(StrType, 'rstrip', stripper('rstrip', false, true));

defMethod(StrType, 'replace', (self, args, kw) => {
  const [o, n, c] = clinic('replace', args, kw, { names: ['', '', 'count'], posOnly: 2, required: 2 });
  if (!(o instanceof PyStr)) typeError(`replace() argument 1 must be str, not ${typeName(o as PyObject)}`);
  if (!(n instanceof PyStr)) typeError(`replace() argument 2 must be str, not ${typeName(n as PyObject)}`);
  let count = c === undefined ? -1 : indexArg(c);
  if (count < 0) count = Infinity;
  const s = sv(self);
  const old = o.value;
  const rep = n.value;
  let out = '';
  if (old === '') {
    const chars = Array.from(s);
    let done = 0;
    for (let i = 0; i <= chars.length; i++) {
      if (done < count) {
        out += rep;
        done++;
      }
      if (i < chars.length) out += chars[i] as string;
    }
    return sameOrNew(self, count === 0 ? s : out);
  }
  let i = 0;
  let done = 0;
  while (done < count) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + rep;
    i = j + old.length;
    done++;
  }
  if (done === 0) return sameOrNew(self, s);
  return newStr(out + s.slice(i));
});

function partitioner(name: string, fromRight: boolean): NativeFn {
  return (self, args, kw) => {
    const sepObj = oneArg(`str.${name}`, args, kw);
    if (!(sepObj instanceof PyStr)) typeError(`must be str, not ${typeName(sepObj)}`);
    const sep = sepObj.value;
    if (sep === '') valueError('empty separator');
    const s = sv(self);
    const i = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
    if (i < 0) {
      const whole = self.ob_type === StrType ? newref(self) : newStr(s);
      return tupleSteal(fromRight ? [newStr(''), newStr(''), whole] : [whole, newStr(''), newStr('')]);
    }
    return tupleSteal([newStr(s.slice(0, i)), newref(sepObj), newStr(s.slice(i + sep.length))]);
  };
}
defMethod(StrType, 'partition', partitioner('partition', false));
defMethod(StrType, 'rpartition', partitioner('rpartition', true));

function remover(name: string, suffix: boolean): NativeFn {
  return (self, args, kw) => {
    const a = oneArg(`str.${name}`, args, kw);
    if (!(a instanceof PyStr)) typeError(`${name}() argument must be str, not ${typeName(a)}`);
    const s = sv(self);
    const p = a.value;
    if (p === '' || !(suffix ? s.endsWith(p) : s.startsWith(p))) return sameOrNew(self, s);
    return newStr(suffix ? s.slice(0, s.length - p.length) : s.slice(p.length));
  };
}
defMethod(StrType, 'removeprefix', remover('removeprefix', false));
defMethod(StrType, 'removesuffix', remover('removesuffix', true));

defMethod(StrType, 'expandtabs', (self, args, kw) => {
  const [t] = clinic('expandtabs', args, kw, { names: ['tabsize'], posOnly: 0, required: 0 });
  const size = t === undefined ? 8 : indexArg(t);
  let out = '';
  let col = 0;
  for (const c of sv(self)) {
    if (c === '\t') {
      if (size > 0) {
        const n = size - (col % size);
        out += ' '.repeat(n);
        col += n;
      }
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return sameOrNew(self, out);
});

export { noArgs, hasSurrogates };
