/**
 * The behaviour of list, tuple, str and dict beyond allocation: indexing, comparison, repr,
 * concatenation and their common methods. Each mutating method releases what it removes only
 * after the container is consistent again, as CPython does (a __del__ may look at it).
 */
import type { PyObject } from './object';
import { PyList, ListType, listSteal, listClear } from './list';
import { PyTuple, TupleType, tupleSteal } from './tuple';
import { PyStr, StrType, newStr } from './str';
import { PyDict, DictType, dictClear, dictDelItem, dictForEach, dictGetItem, dictNew, dictSetItem } from './dict';
import { PyInt, newInt, True, False } from './int';
import { None, NotImplemented } from './singletons';
import { decref, incref, newref } from './heap';
import { typeError, valueError, indexError } from './errors';
import { KeyError } from './exceptions';
import { PySlice, sliceIndices } from './slice';
import { seqIterNew } from './iter';
import { checkArgs, defMethod, splitKwargs } from './builtin';
import { call, isTrue, iterateToArray, pyRepr, pyStr, reprEnter, reprLeave, richCompare, richCompareBool, hashObject } from './abstract';
import { NB_ADD, NB_MULTIPLY, NB_REMAINDER, PY_EQ, PY_NE, PY_LT } from './ops';
import type { PyType } from './type';

function index(k: PyObject, len: number, what: string): number {
  if (!(k instanceof PyInt)) typeError(`${what} indices must be integers or slices, not ${k.ob_type.tp_name}`);
  let i = Number(k.value);
  if (i < 0) i += len;
  return i;
}

function seqRepr(items: readonly PyObject[], open: string, close: string, self: PyObject): string {
  if (!reprEnter(self)) return open + '...' + close;
  try {
    const parts = items.map((x) => pyRepr(x));
    if (open === '(' && parts.length === 1) return `(${parts[0] as string},)`;
    return open + parts.join(', ') + close;
  } finally {
    reprLeave(self);
  }
}

/** Lexicographic comparison of two item arrays (list_richcompare / tuplerichcompare). */
function seqCompare(a: readonly PyObject[], b: readonly PyObject[], op: number): PyObject {
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    if (!richCompareBool(a[i] as PyObject, b[i] as PyObject, PY_EQ)) break;
  }
  if (i >= a.length || i >= b.length) {
    const la = a.length;
    const lb = b.length;
    const r = [la < lb, la <= lb, la === lb, la !== lb, la > lb, la >= lb][op] as boolean;
    return r ? True : False;
  }
  if (op === PY_EQ) return False;
  if (op === PY_NE) return True;
  return richCompare(a[i] as PyObject, b[i] as PyObject, op);
}

// ---- list --------------------------------------------------------------------------------------

ListType.tp_iter = (o) => seqIterNew(o, 'list');
ListType.tp_repr = (o) => seqRepr((o as PyList).items, '[', ']', o);
ListType.tp_hash = null;
ListType.tp_richcompare = (a, b, op) => (b instanceof PyList ? seqCompare((a as PyList).items, b.items, op) : NotImplemented);
ListType.sq_contains = (o, x) => (o as PyList).items.some((y) => y === x || richCompareBool(y, x, PY_EQ));
ListType.mp_subscript = (o, k) => {
  const items = (o as PyList).items;
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, items.length);
    const out: PyObject[] = [];
    for (let i = 0, j = start; i < n; i++, j += step) out.push(newref(items[j] as PyObject));
    return listSteal(out);
  }
  const i = index(k, items.length, 'list');
  if (i < 0 || i >= items.length) indexError('list index out of range');
  return newref(items[i] as PyObject);
};
ListType.mp_ass_subscript = (o, k, v) => {
  const l = o as PyList;
  if (k instanceof PySlice) {
    const [start, stop, step, n] = sliceIndices(k, l.items.length);
    if (step !== 1) typeError('not supported yet: extended slice assignment');
    const removed = l.items.slice(start, start + n);
    const added = v === null ? [] : iterateToArray(v);
    l.items.splice(start, Math.max(0, Math.min(stop, l.items.length) - start > 0 ? n : 0), ...added);
    for (const x of removed) decref(x);
    return;
  }
  const i = index(k, l.items.length, 'list');
  if (i < 0 || i >= l.items.length) indexError(v === null ? 'list assignment index out of range' : 'list assignment index out of range');
  const old = l.items[i] as PyObject;
  if (v === null) l.items.splice(i, 1);
  else {
    incref(v);
    l.items[i] = v;
  }
  decref(old);
};
ListType.nb_binop = (a, b, op) => {
  if (op === NB_ADD && a instanceof PyList && b instanceof PyList) {
    const items = [...a.items, ...b.items];
    for (const x of items) incref(x);
    return listSteal(items);
  }
  if (op === NB_MULTIPLY) {
    const [l, n] = a instanceof PyList ? [a, b] : [b as PyList, a];
    if (!(l instanceof PyList) || !(n instanceof PyInt)) return NotImplemented;
    const items: PyObject[] = [];
    for (let i = 0; i < Number(n.value); i++) for (const x of l.items) items.push(newref(x));
    return listSteal(items);
  }
  return NotImplemented;
};
ListType.nb_inplace = (a, b, op) => {
  if (op !== NB_ADD) return NotImplemented;
  const items = iterateToArray(b);
  (a as PyList).items.push(...items);
  return newref(a);
};
ListType.tp_new = (_t, args) => {
  checkArgs('list', args, null, 0, 1);
  return listSteal(args.length === 0 ? [] : iterateToArray(args[0] as PyObject));
};

defMethod(ListType, 'append', (self, args, kw) => {
  checkArgs('list.append', args, kw, 1, 1);
  (self as PyList).items.push(newref(args[0] as PyObject));
  return None;
});
defMethod(ListType, 'extend', (self, args, kw) => {
  checkArgs('list.extend', args, kw, 1, 1);
  (self as PyList).items.push(...iterateToArray(args[0] as PyObject));
  return None;
});
defMethod(ListType, 'insert', (self, args, kw) => {
  checkArgs('insert', args, kw, 2, 2);
  const items = (self as PyList).items;
  let i = index(args[0] as PyObject, items.length, 'list');
  i = Math.max(0, Math.min(i, items.length));
  items.splice(i, 0, newref(args[1] as PyObject));
  return None;
});
defMethod(ListType, 'pop', (self, args, kw) => {
  checkArgs('pop', args, kw, 0, 1);
  const items = (self as PyList).items;
  if (items.length === 0) indexError('pop from empty list');
  const i = args.length === 0 ? items.length - 1 : index(args[0] as PyObject, items.length, 'list');
  if (i < 0 || i >= items.length) indexError('pop index out of range');
  return items.splice(i, 1)[0] as PyObject;
});
defMethod(ListType, 'remove', (self, args, kw) => {
  checkArgs('list.remove', args, kw, 1, 1);
  const items = (self as PyList).items;
  for (let i = 0; i < items.length; i++) {
    if (richCompareBool(items[i] as PyObject, args[0] as PyObject, PY_EQ)) {
      const [old] = items.splice(i, 1);
      decref(old as PyObject);
      return None;
    }
  }
  return valueError('list.remove(x): x not in list');
});
defMethod(ListType, 'clear', (self, args, kw) => {
  checkArgs('list.clear', args, kw, 0, 0);
  listClear(self);
  return None;
});
defMethod(ListType, 'copy', (self) => {
  const items = (self as PyList).items.slice();
  for (const x of items) incref(x);
  return listSteal(items);
});
defMethod(ListType, 'reverse', (self) => {
  (self as PyList).items.reverse();
  return None;
});
defMethod(ListType, 'index', (self, args, kw) => {
  checkArgs('index', args, kw, 1, 1);
  const i = (self as PyList).items.findIndex((x) => richCompareBool(x, args[0] as PyObject, PY_EQ));
  if (i < 0) valueError(`${pyRepr(args[0] as PyObject)} is not in list`);
  return newInt(i);
});
defMethod(ListType, 'count', (self, args, kw) => {
  checkArgs('count', args, kw, 1, 1);
  return newInt((self as PyList).items.filter((x) => richCompareBool(x, args[0] as PyObject, PY_EQ)).length);
});
defMethod(ListType, 'sort', (self, args, kwnames) => {
  const { pos, kw } = splitKwargs(args, kwnames);
  if (pos.length) typeError('sort() takes no positional arguments');
  sortItems((self as PyList).items, kw.get('key') ?? None, isTrue(kw.get('reverse') ?? False));
  return None;
});

/** A stable sort with Python comparisons (list.sort / sorted). */
export function sortItems(items: PyObject[], key: PyObject, reverse: boolean): void {
  const keys = key === None ? items : items.map((x) => call(key, [x]));
  const idx = items.map((_, i) => i);
  idx.sort((i, j) => {
    const a = keys[i] as PyObject;
    const b = keys[j] as PyObject;
    if (reverse) return richCompareBool(b, a, PY_LT) ? -1 : richCompareBool(a, b, PY_LT) ? 1 : 0;
    return richCompareBool(a, b, PY_LT) ? -1 : richCompareBool(b, a, PY_LT) ? 1 : 0;
  });
  const sorted = idx.map((i) => items[i] as PyObject);
  if (key !== None) for (const k of keys) decref(k);
  for (let i = 0; i < sorted.length; i++) items[i] = sorted[i] as PyObject;
}

// ---- tuple -------------------------------------------------------------------------------------

TupleType.tp_iter = (o) => seqIterNew(o, 'tuple');
TupleType.tp_repr = (o) => seqRepr((o as PyTuple).items, '(', ')', o);
TupleType.tp_richcompare = (a, b, op) => (b instanceof PyTuple ? seqCompare((a as PyTuple).items, b.items, op) : NotImplemented);
TupleType.sq_contains = (o, x) => (o as PyTuple).items.some((y) => y === x || richCompareBool(y, x, PY_EQ));
TupleType.tp_hash = (o) => {
  // CPython's xxHash-based tuple hash; only consistency with equality matters for buckets here.
  let h = 0x345678;
  for (const x of (o as PyTuple).items) h = (Math.imul(h ^ hashObject(x), 1000003) + 97531) | 0;
  return h === -1 ? -2 : h;
};
TupleType.mp_subscript = (o, k) => {
  const items = (o as PyTuple).items;
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, items.length);
    const out: PyObject[] = [];
    for (let i = 0, j = start; i < n; i++, j += step) out.push(newref(items[j] as PyObject));
    return tupleSteal(out);
  }
  const i = index(k, items.length, 'tuple');
  if (i < 0 || i >= items.length) indexError('tuple index out of range');
  return newref(items[i] as PyObject);
};
TupleType.nb_binop = (a, b, op) => {
  if (op === NB_ADD && a instanceof PyTuple && b instanceof PyTuple) {
    const items = [...a.items, ...b.items];
    for (const x of items) incref(x);
    return tupleSteal(items);
  }
  return NotImplemented;
};
TupleType.tp_new = (_t, args) => {
  checkArgs('tuple', args, null, 0, 1);
  return tupleSteal(args.length === 0 ? [] : iterateToArray(args[0] as PyObject));
};

// ---- str ---------------------------------------------------------------------------------------

StrType.tp_iter = (o) => seqIterNew(o, 'str');
StrType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyStr)) return NotImplemented;
  const x = (a as PyStr).value;
  const y = b.value;
  return ([x < y, x <= y, x === y, x !== y, x > y, x >= y][op] as boolean) ? True : False;
};
StrType.sq_contains = (o, x) => {
  if (!(x instanceof PyStr)) typeError(`'in <string>' requires string as left operand, not ${x.ob_type.tp_name}`);
  return (o as PyStr).value.includes(x.value);
};
StrType.mp_subscript = (o, k) => {
  const s = (o as PyStr).value;
  if (k instanceof PySlice) {
    const [start, , step, n] = sliceIndices(k, s.length);
    let out = '';
    for (let i = 0, j = start; i < n; i++, j += step) out += s[j] as string;
    return newStr(out);
  }
  const i = index(k, s.length, 'string');
  if (i < 0 || i >= s.length) indexError('string index out of range');
  return newStr(s[i] as string);
};
StrType.nb_binop = (a, b, op) => {
  if (op === NB_ADD && a instanceof PyStr && b instanceof PyStr) return newStr(a.value + b.value);
  if (op === NB_MULTIPLY) {
    const [s, n] = a instanceof PyStr ? [a, b] : [b, a];
    if (s instanceof PyStr && n instanceof PyInt) return newStr(s.value.repeat(Math.max(0, Number(n.value))));
  }
  if (op === NB_REMAINDER && a instanceof PyStr) return newStr(percentFormat(a.value, b));
  return NotImplemented;
};
StrType.tp_new = (_t, args) => {
  checkArgs('str', args, null, 0, 1);
  return args.length === 0 ? newStr('') : newStr(pyStr(args[0] as PyObject));
};

function percentFormat(fmt: string, arg: PyObject): string {
  const args = arg instanceof PyTuple ? arg.items : [arg];
  let i = 0;
  return fmt.replace(/%([-0-9.]*)([sdrif%])/g, (_m, flags: string, conv: string) => {
    if (conv === '%') return '%';
    const v = args[i++];
    if (v === undefined) typeError('not enough arguments for format string');
    const x = v as PyObject;
    let s = conv === 'r' ? pyRepr(x) : conv === 's' ? pyStr(x) : conv === 'f' ? Number((x as PyInt).value).toFixed(flags.includes('.') ? Number(flags.split('.')[1]) : 6) : pyStr(x);
    const width = parseInt(flags, 10);
    if (!Number.isNaN(width)) s = width < 0 ? s.padEnd(-width) : s.padStart(width);
    return s;
  });
}

const strMethod = (name: string, fn: (s: string, args: readonly PyObject[]) => PyObject): void =>
  defMethod(StrType, name, (self, args) => fn((self as PyStr).value, args));
const strArg = (o: PyObject | undefined): string => {
  if (!(o instanceof PyStr)) typeError(`must be str, not ${o === undefined ? 'nothing' : o.ob_type.tp_name}`);
  return o.value;
};
strMethod('upper', (s) => newStr(s.toUpperCase()));
strMethod('lower', (s) => newStr(s.toLowerCase()));
strMethod('strip', (s, a) => newStr(a.length ? trim(s, strArg(a[0]), true, true) : s.trim()));
strMethod('lstrip', (s, a) => newStr(a.length ? trim(s, strArg(a[0]), true, false) : s.trimStart()));
strMethod('rstrip', (s, a) => newStr(a.length ? trim(s, strArg(a[0]), false, true) : s.trimEnd()));
strMethod('startswith', (s, a) => (s.startsWith(strArg(a[0])) ? True : False));
strMethod('endswith', (s, a) => (s.endsWith(strArg(a[0])) ? True : False));
strMethod('replace', (s, a) => newStr(s.split(strArg(a[0])).join(strArg(a[1]))));
strMethod('find', (s, a) => newInt(s.indexOf(strArg(a[0]))));
strMethod('count', (s, a) => newInt(s.split(strArg(a[0])).length - 1));
strMethod('join', (s, a) => {
  const items = iterateToArray(a[0] as PyObject);
  try {
    return newStr(items.map((x, i) => {
      if (!(x instanceof PyStr)) typeError(`sequence item ${i}: expected str instance, ${x.ob_type.tp_name} found`);
      return x.value;
    }).join(s));
  } finally {
    for (const x of items) decref(x);
  }
});
strMethod('split', (s, a) => {
  const parts = a.length === 0 || a[0] === None ? s.split(/\s+/).filter((p) => p !== '') : s.split(strArg(a[0]));
  return listSteal(parts.map((p) => newStr(p)));
});
strMethod('format', (s, a) => {
  let auto = 0;
  return newStr(s.replace(/\{(\d*)\}/g, (_m, n: string) => pyStr(a[n === '' ? auto++ : Number(n)] as PyObject)));
});

function trim(s: string, chars: string, left: boolean, right: boolean): string {
  let a = 0;
  let b = s.length;
  while (left && a < b && chars.includes(s[a] as string)) a++;
  while (right && b > a && chars.includes(s[b - 1] as string)) b--;
  return s.slice(a, b);
}

// ---- dict --------------------------------------------------------------------------------------

DictType.tp_iter = (o) => seqIterNew(o, 'dictkeys');
DictType.tp_hash = null;
DictType.tp_repr = (o) => {
  if (!reprEnter(o)) return '{...}';
  try {
    const parts: string[] = [];
    dictForEach(o as PyDict, (k, v) => {
      parts.push(`${pyRepr(k)}: ${pyRepr(v)}`);
    });
    return '{' + parts.join(', ') + '}';
  } finally {
    reprLeave(o);
  }
};
DictType.sq_contains = (o, k) => dictGetItem(o as PyDict, k) !== null;
DictType.mp_subscript = (o, k) => {
  const v = dictGetItem(o as PyDict, k);
  if (v === null) keyError(k);
  return newref(v);
};
DictType.mp_ass_subscript = (o, k, v) => {
  if (v === null) {
    if (!dictDelItem(o as PyDict, k)) keyError(k);
  } else dictSetItem(o as PyDict, k, v);
};
DictType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyDict) || (op !== PY_EQ && op !== PY_NE)) return NotImplemented;
  const x = a as PyDict;
  let eq = x.used === b.used;
  if (eq) {
    dictForEach(x, (k, v) => {
      const w = dictGetItem(b, k);
      if (w === null || !richCompareBool(v, w, PY_EQ)) {
        eq = false;
        return true;
      }
      return false;
    });
  }
  return eq === (op === PY_EQ) ? True : False;
};
DictType.tp_new = (_t, args, kwnames) => {
  const { pos, kw } = splitKwargs(args, kwnames);
  const d = dictNew();
  if (pos.length) dictUpdate(d, pos[0] as PyObject);
  for (const [k, v] of kw) dictSetItem(d, newStr(k), v);
  return d;
};

import { tupleSteal as _t } from './tuple';
import { exceptionArgs } from './exceptionargs';

export function keyError(k: PyObject): never {
  incref(k);
  throw exceptionArgs(KeyError, [k]);
}

function dictUpdate(d: PyDict, other: PyObject): void {
  if (other instanceof PyDict) {
    dictForEach(other, (k, v) => dictSetItem(d, k, v));
    return;
  }
  for (const pair of iterateToArray(other)) {
    const kv = iterateToArray(pair);
    if (kv.length !== 2) valueError(`dictionary update sequence element has length ${kv.length}; 2 is required`);
    dictSetItem(d, kv[0] as PyObject, kv[1] as PyObject);
    for (const x of kv) decref(x);
    decref(pair);
  }
}

const dictMethod = (name: string, fn: (d: PyDict, args: readonly PyObject[]) => PyObject): void =>
  defMethod(DictType, name, (self, args) => fn(self as PyDict, args));
dictMethod('get', (d, a) => newref(dictGetItem(d, a[0] as PyObject) ?? a[1] ?? None));
dictMethod('keys', (d) => dictView(d, 'dictkeys'));
dictMethod('values', (d) => dictView(d, 'dictvalues'));
dictMethod('items', (d) => dictView(d, 'dictitems'));
dictMethod('pop', (d, a) => {
  const v = dictGetItem(d, a[0] as PyObject);
  if (v === null) {
    if (a.length > 1) return newref(a[1] as PyObject);
    keyError(a[0] as PyObject);
  }
  incref(v);
  dictDelItem(d, a[0] as PyObject);
  return v;
});
dictMethod('setdefault', (d, a) => {
  const v = dictGetItem(d, a[0] as PyObject);
  if (v !== null) return newref(v);
  const dflt = a[1] ?? None;
  dictSetItem(d, a[0] as PyObject, dflt);
  return newref(dflt);
});
dictMethod('update', (d, a) => {
  if (a.length) dictUpdate(d, a[0] as PyObject);
  return None;
});
dictMethod('clear', (d) => {
  dictClear(d);
  return None;
});
dictMethod('copy', (d) => {
  const c = dictNew();
  dictForEach(d, (k, v) => dictSetItem(c, k, v));
  return c;
});

import { DictViewType, PyDictView } from './dictview';
function dictView(d: PyDict, kind: 'dictkeys' | 'dictvalues' | 'dictitems'): PyObject {
  incref(d);
  return new PyDictView(DictViewType[kind] as PyType, d, kind);
}
void _t;
