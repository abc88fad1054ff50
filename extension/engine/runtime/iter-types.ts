/**
 * The concrete type of each builtin sequence iterator, as CPython names them (type(iter([])) is
 * list_iterator, iterating an ASCII str gives a str_ascii_iterator...). They share the slots of
 * iter.ts's sequence iterator.
 */
import type { PyObject } from './object';
import { makeStaticType, TPFLAGS_HAVE_GC, type PyType } from './type';
import { SeqIterType, iterTypeHook, type IterKind } from './iter';
import { PyStr } from './str';

function iterType(name: string): PyType {
  const t = makeStaticType(name, 'iter', { flags: TPFLAGS_HAVE_GC, dealloc: SeqIterType.tp_dealloc });
  t.tp_iter = SeqIterType.tp_iter;
  t.tp_iternext = SeqIterType.tp_iternext;
  t.tp_traverse = SeqIterType.tp_traverse;
  for (const [k, v] of SeqIterType.tp_dict) t.tp_dict.set(k, v);
  return t;
}

const TYPES: Record<IterKind, PyType> = {
  list: iterType('list_iterator'),
  tuple: iterType('tuple_iterator'),
  str: iterType('str_iterator'),
  dictkeys: iterType('dict_keyiterator'),
  dictvalues: iterType('dict_valueiterator'),
  dictitems: iterType('dict_itemiterator'),
  range: iterType('range_iterator'),
  reversed: iterType('list_reverseiterator'),
};
const StrAsciiIterType = iterType('str_ascii_iterator');

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

iterTypeHook.fn = (kind: IterKind, seq: PyObject): PyType => {
  if (kind === 'str' && isAscii((seq as PyStr).value)) return StrAsciiIterType;
  return TYPES[kind];
};
