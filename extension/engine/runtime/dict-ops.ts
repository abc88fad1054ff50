/**
 * dict's slots and methods (Objects/dictobject.c): lookup, assignment, deletion, comparison,
 * the constructor and update's three input forms, pop/popitem/setdefault/fromkeys, and `|`.
 * A replaced value is released after the new one is stored; a popped key is released at once
 * and its value handed to the caller.
 */
import type { PyObject } from './object';
import { PyDict, DictType, dictClear, dictDelItem, dictForEach, dictGetItem, dictNew, dictSetItem } from './dict';
import { newStr } from './str';
import { True, False, newInt } from './int';
import { PyTuple, tupleSteal } from './tuple';
import { PyList } from './list';
import { None, NotImplemented } from './singletons';
import { decref, incref, newref } from './heap';
import { raise, typeError, valueError } from './errors';
import { KeyError } from './exceptions';
import { exceptionArgs } from './exceptionargs';
import { call, getAttrOrNull, getItem, getIter, iterNext, iterateToArray, pyRepr, reprEnter, reprLeave, richCompareBool, typeName } from './abstract';
import { defMethod, defClassMethod, splitKwargs } from './builtin';
import { noArgs, oneArg, positional } from './args';
import { NB_OR, PY_EQ, PY_NE } from './ops';
import { seqIterNew } from './iter';
import { DictViewType, PyDictView } from './dictview';
import { setHashKey } from './set';
import type { PyType } from './type';

export function keyError(k: PyObject): never {
  incref(k);
  throw exceptionArgs(KeyError, [k]);
}

/** dict lookups hash the key first; an unhashable key is reported as CPython 3.14 words it. */
function checkKey(k: PyObject): void {
  const t = k.ob_type;
  if (t.tp_hash === null) setHashKey(k, 'a dict key');
}

DictType.tp_iter = (o) => seqIterNew(o, 'dictkeys');
DictType.tp_hash = null;
DictType.tp_repr = (o) => {
  if (!reprEnter(o)) return '{...}';
  try {
    const parts: string[] = [];
    const entries: PyObject[] = [];
    dictForEach(o as PyDict, (k, v) => {
      entries.push(k, v);
    });
    for (const x of entries) incref(x);
    try {
      for (let i = 0; i < entries.length; i += 2) parts.push(`${pyRepr(entries[i] as PyObject)}: ${pyRepr(entries[i + 1] as PyObject)}`);
    } finally {
      for (const x of entries) decref(x);
    }
    return '{' + parts.join(', ') + '}';
  } finally {
    reprLeave(o);
  }
};
DictType.sq_contains = (o, k) => {
  checkKey(k);
  return dictGetItem(o as PyDict, k) !== null;
};
DictType.mp_subscript = (o, k) => {
  checkKey(k);
  const v = dictGetItem(o as PyDict, k);
  if (v === null) keyError(k);
  return newref(v);
};
DictType.mp_ass_subscript = (o, k, v) => {
  checkKey(k);
  if (v === null) {
    if (!dictDelItem(o as PyDict, k)) keyError(k);
  } else dictSetItem(o as PyDict, k, v);
};
DictType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyDict) || (op !== PY_EQ && op !== PY_NE)) return NotImplemented;
  const x = a as PyDict;
  let eq = x.used === b.used;
  if (eq) {
    const entries: PyObject[] = [];
    dictForEach(x, (k, v) => {
      entries.push(k, v);
    });
    for (let i = 0; i < entries.length && eq; i += 2) {
      const k = entries[i] as PyObject;
      const v = entries[i + 1] as PyObject;
      const w = dictGetItem(b, k);
      if (w === null) eq = false;
      else {
        incref(v);
        incref(w);
        try {
          eq = richCompareBool(v, w, PY_EQ);
        } finally {
          decref(v);
          decref(w);
        }
      }
    }
  }
  return eq === (op === PY_EQ) ? True : False;
};

/** dict_merge / dict_update_arg: a dict, an object with keys(), or an iterable of pairs. */
export function dictUpdateFrom(d: PyDict, other: PyObject): void {
  if (other instanceof PyDict) {
    const entries: PyObject[] = [];
    dictForEach(other, (k, v) => {
      entries.push(k, v);
    });
    for (const x of entries) incref(x);
    try {
      for (let i = 0; i < entries.length; i += 2) dictSetItem(d, entries[i] as PyObject, entries[i + 1] as PyObject);
    } finally {
      for (const x of entries) decref(x);
    }
    return;
  }
  const keysMeth = getAttrOrNull(other, 'keys');
  if (keysMeth !== null) {
    let keys: PyObject;
    try {
      keys = call(keysMeth, []);
    } finally {
      decref(keysMeth);
    }
    const it = getIter(keys);
    decref(keys);
    try {
      for (let k = iterNext(it); k !== null; k = iterNext(it)) {
        try {
          const v = getItem(other, k);
          dictSetItem(d, k, v);
          decref(v);
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(it);
    }
    return;
  }
  dictMergeFromSeq2(d, other);
}

function dictMergeFromSeq2(d: PyDict, seq: PyObject): void {
  const it = getIter(seq);
  try {
    let i = 0;
    for (let item = iterNext(it); item !== null; item = iterNext(it), i++) {
      try {
        if (item.ob_type.tp_iter === null) typeError('object is not iterable');
        const kv = item instanceof PyTuple || item instanceof PyList ? item.items.map((x) => newref(x)) : iterateToArray(item);
        try {
          if (kv.length !== 2) valueError(`dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
          checkKey(kv[0] as PyObject);
          dictSetItem(d, kv[0] as PyObject, kv[1] as PyObject);
        } finally {
          for (const x of kv) decref(x);
        }
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

export function updateWithKwargs(name: string, d: PyDict, args: readonly PyObject[], kwnames: readonly string[] | null): void {
  const { pos, kw } = splitKwargs(args, kwnames);
  if (pos.length > 1) typeError(`${name} expected at most 1 argument, got ${pos.length}`);
  if (pos.length) {
    const src = pos[0] as PyObject;
    if (!(src instanceof PyDict) && src.ob_type.tp_iter === null && getAttrOrNull(src, 'keys') === null) {
      typeError(`'${typeName(src)}' object is not iterable`);
    }
    dictUpdateFrom(d, src);
  }
  for (const [k, v] of kw) {
    const key = newStr(k);
    dictSetItem(d, key, v);
    decref(key);
  }
}

DictType.tp_new = (_t, args, kwnames) => {
  const d = dictNew();
  try {
    updateWithKwargs('dict', d, args, kwnames);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
};
DictType.tp_init = () => undefined;

DictType.nb_binop = (a, b, op) => {
  if (op !== NB_OR || !(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
  const d = dictNew();
  dictUpdateFrom(d, a);
  dictUpdateFrom(d, b);
  return d;
};
DictType.nb_inplace = (a, b, op) => {
  if (op !== NB_OR) return NotImplemented;
  dictUpdateFrom(a as PyDict, b);
  return newref(a);
};

function dictView(d: PyDict, kind: 'dictkeys' | 'dictvalues' | 'dictitems'): PyObject {
  incref(d);
  return new PyDictView(DictViewType[kind] as PyType, d, kind);
}

defMethod(DictType, 'get', (self, args, kw) => {
  positional('get', 'dict.get', args, kw, 1, 2);
  const k = args[0] as PyObject;
  checkKey(k);
  return newref(dictGetItem(self as PyDict, k) ?? args[1] ?? None);
});
defMethod(DictType, 'setdefault', (self, args, kw) => {
  positional('setdefault', 'dict.setdefault', args, kw, 1, 2);
  const k = args[0] as PyObject;
  checkKey(k);
  const v = dictGetItem(self as PyDict, k);
  if (v !== null) return newref(v);
  const dflt = args[1] ?? None;
  dictSetItem(self as PyDict, k, dflt);
  return newref(dflt);
});
defMethod(DictType, 'pop', (self, args, kw) => {
  positional('pop', 'dict.pop', args, kw, 1, 2);
  const k = args[0] as PyObject;
  checkKey(k);
  const d = self as PyDict;
  const v = dictGetItem(d, k);
  if (v === null) {
    if (args.length > 1) return newref(args[1] as PyObject);
    keyError(k);
  }
  incref(v);
  dictDelItem(d, k);
  // dictDelItem released the dict's reference to the value; ours goes to the caller.
  return v;
});
defMethod(DictType, 'popitem', (self, args, kw) => {
  noArgs('dict.popitem', args, kw);
  const d = self as PyDict;
  if (d.used === 0) raise(KeyError, 'popitem(): dictionary is empty');
  let i = d.keys.length - 1;
  while (i >= 0 && (d.keys[i] === null || d.keys[i] === undefined)) i--;
  const k = d.keys[i] as PyObject;
  const v = d.values[i] as PyObject;
  incref(k);
  incref(v);
  const res = tupleSteal([k, v]);
  dictDelItem(d, k);
  return res;
});
defMethod(DictType, 'keys', (self, args, kw) => {
  noArgs('dict.keys', args, kw);
  return dictView(self as PyDict, 'dictkeys');
});
defMethod(DictType, 'values', (self, args, kw) => {
  noArgs('dict.values', args, kw);
  return dictView(self as PyDict, 'dictvalues');
});
defMethod(DictType, 'items', (self, args, kw) => {
  noArgs('dict.items', args, kw);
  return dictView(self as PyDict, 'dictitems');
});
defMethod(DictType, 'update', (self, args, kwnames) => {
  updateWithKwargs('update', self as PyDict, args, kwnames);
  return None;
});
defMethod(DictType, 'clear', (self, args, kw) => {
  noArgs('dict.clear', args, kw);
  dictClear(self);
  return None;
});
defMethod(DictType, 'copy', (self, args, kw) => {
  noArgs('dict.copy', args, kw);
  const c = dictNew();
  dictUpdateFrom(c, self);
  return c;
});
defMethod(DictType, '__contains__', (self, args, kw) => {
  const k = oneArg('dict.__contains__', args, kw);
  checkKey(k);
  return dictGetItem(self as PyDict, k) !== null ? True : False;
});
defMethod(DictType, '__getitem__', (self, args, kw) => {
  const k = oneArg('dict.__getitem__', args, kw);
  return (DictType.mp_subscript as (o: PyObject, k: PyObject) => PyObject)(self, k);
});
defMethod(DictType, '__len__', (self, args, kw) => {
  noArgs('dict.__len__', args, kw);
  return newInt((self as PyDict).used);
});
defClassMethod(DictType, 'fromkeys', (_cls, args, kw) => {
  positional('fromkeys', 'dict.fromkeys', args, kw, 1, 2);
  const value = args[1] ?? None;
  const d = dictNew();
  try {
    const it = getIter(args[0] as PyObject);
    try {
      for (let k = iterNext(it); k !== null; k = iterNext(it)) {
        try {
          checkKey(k);
          dictSetItem(d, k, value);
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(it);
    }
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
});
