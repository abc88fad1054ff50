/**
 * str.format and str.format_map (CPython's Objects/stringlib/unicode_format.h): literal text with
 * {{ }} escapes, replacement fields `{name.attr[key]!conv:spec}` with automatic or manual
 * numbering, nested fields inside the spec, and the messages for each misuse.
 */
import type { PyObject } from './object';
import { PyStr, StrType, newStr } from './str';
import { newInt } from './int';
import { decref } from './heap';
import { raise, valueError } from './errors';
import { IndexError, KeyError } from './exceptions';
import { exceptionArgs } from './exceptionargs';
import { getAttr, getItem, pyRepr, pyStr } from './abstract';
import { defMethod } from './builtin';
import { splitKwargs } from './builtin';
import { oneArg } from './args';
import { formatObject } from './format-spec';
import { asciiRepr } from './ascii';

interface Source {
  args: readonly PyObject[];
  /** Keyword arguments (str.format) or the mapping (format_map). */
  kwargs: Map<string, PyObject> | null;
  mapping: PyObject | null;
  auto: number;
  /** 0: not yet known, 1: automatic numbering, 2: manual. */
  mode: number;
}

/** Splits "name.attr[key]..." into the first part and its accessors. */
function parseFieldName(field: string): { first: string; rest: { attr: boolean; key: string }[] } {
  let i = 0;
  while (i < field.length && field[i] !== '.' && field[i] !== '[') i++;
  const first = field.slice(0, i);
  const rest: { attr: boolean; key: string }[] = [];
  while (i < field.length) {
    if (field[i] === '.') {
      let j = ++i;
      while (j < field.length && field[j] !== '.' && field[j] !== '[') j++;
      if (j === i) valueError('Empty attribute in format string');
      rest.push({ attr: true, key: field.slice(i, j) });
      i = j;
    } else if (field[i] === '[') {
      const j = field.indexOf(']', i);
      if (j < 0) valueError("Missing ']' in format string");
      if (j === i + 1) valueError('Empty attribute in format string');
      rest.push({ attr: false, key: field.slice(i + 1, j) });
      i = j + 1;
      if (i < field.length && field[i] !== '.' && field[i] !== '[') valueError('Only \'.\' or \'[\' may follow \']\' in format field specifier');
    } else break;
  }
  return { first, rest };
}

const isDigits = (s: string): boolean => /^[0-9]+$/.test(s);

/** The object a field names: a new reference. */
function lookupField(src: Source, field: string): PyObject {
  const { first, rest } = parseFieldName(field);
  let obj: PyObject;
  if (first === '') {
    if (src.mode === 2) valueError('cannot switch from manual field specification to automatic field numbering');
    src.mode = 1;
    const i = src.auto++;
    if (src.mapping !== null && src.args.length === 0) valueError('Format string contains positional fields');
    if (i >= src.args.length) raise(IndexError, `Replacement index ${i} out of range for positional args tuple`);
    obj = src.args[i] as PyObject;
    obj.ob_refcnt++;
  } else if (isDigits(first)) {
    if (src.mode === 1) valueError('cannot switch from automatic field numbering to manual field specification');
    src.mode = 2;
    const i = Number(first);
    if (src.mapping !== null && src.args.length === 0) valueError('Format string contains positional fields');
    if (i >= src.args.length) raise(IndexError, `Replacement index ${i} out of range for positional args tuple`);
    obj = src.args[i] as PyObject;
    obj.ob_refcnt++;
  } else if (src.mapping !== null) {
    const key = newStr(first);
    try {
      obj = getItem(src.mapping, key);
    } finally {
      decref(key);
    }
  } else {
    const v = src.kwargs?.get(first);
    if (v === undefined) {
      throw exceptionArgs(KeyError, [newStr(first)]);
    }
    obj = v;
    obj.ob_refcnt++;
  }
  for (const r of rest) {
    let next: PyObject;
    try {
      if (r.attr) next = getAttr(obj, r.key);
      else {
        const key = isDigits(r.key) ? newInt(Number(r.key)) : newStr(r.key);
        try {
          next = getItem(obj, key);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(obj);
    }
    obj = next;
  }
  return obj;
}

function render(src: Source, fmt: string, depth: number): string {
  if (depth <= 0) valueError('Max string recursion exceeded');
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i] as string;
    if (c === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      valueError("Single '}' encountered in format string");
    }
    if (c !== '{') {
      out += c;
      i++;
      continue;
    }
    if (i + 1 >= n) valueError("Single '{' encountered in format string");
    if (fmt[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    // A replacement field, scanned as MarkupIterator_next does: the name up to '!', ':' or '}',
    // then an optional one-character conversion, then a spec whose braces must balance.
    let j = i + 1;
    while (j < n && fmt[j] !== '}' && fmt[j] !== '!' && fmt[j] !== ':') {
      if (fmt[j] === '{') valueError("unexpected '{' in field name");
      if (fmt[j] === '[') {
        while (j < n && fmt[j] !== ']') j++;
      }
      j++;
    }
    if (j >= n) valueError("expected '}' before end of string");
    const name = fmt.slice(i + 1, j);
    let conv = '';
    let spec = '';
    let delim = fmt[j++] as string;
    if (delim === '!') {
      if (j >= n) valueError('end of string while looking for conversion specifier');
      conv = fmt[j++] as string;
      if (j >= n) valueError("unmatched '{' in format spec");
      delim = fmt[j++] as string;
      if (delim !== ':' && delim !== '}') valueError("expected ':' after conversion specifier");
    }
    if (delim === ':') {
      const start = j;
      let level = 1;
      while (j < n) {
        const c2 = fmt[j++];
        if (c2 === '{') level++;
        else if (c2 === '}' && --level === 0) break;
      }
      if (level !== 0) valueError("unmatched '{' in format spec");
      spec = fmt.slice(start, j - 1);
    }
    i = j;
    const obj = lookupField(src, name);
    let value: PyObject;
    try {
      if (conv === '') value = obj;
      else if (conv === 'r') value = newStr(pyRepr(obj));
      else if (conv === 's') value = newStr(pyStr(obj));
      else if (conv === 'a') value = newStr(asciiRepr(obj));
      else valueError(`Unknown conversion specifier ${conv}`);
      if (value !== obj) {
        decref(obj);
      }
    } catch (e) {
      decref(obj);
      throw e;
    }
    try {
      const fullSpec = spec.includes('{') ? render(src, spec, depth - 1) : spec;
      const r = formatObject(value, fullSpec);
      out += r.value;
      decref(r);
    } finally {
      decref(value);
    }
  }
  return out;
}

defMethod(StrType, 'format', (self, args, kwnames) => {
  const { pos, kw } = splitKwargs(args, kwnames);
  return newStr(render({ args: pos, kwargs: kw, mapping: null, auto: 0, mode: 0 }, (self as PyStr).value, 2));
});

defMethod(StrType, 'format_map', (self, args, kwnames) => {
  const m = oneArg('str.format_map', args, kwnames);
  return newStr(render({ args: [], kwargs: null, mapping: m, auto: 0, mode: 0 }, (self as PyStr).value, 2));
});
