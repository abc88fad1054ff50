/**
 * dict_keys / dict_values / dict_items: live views over a dict. Keys and items views behave as
 * sets (`in`, comparison, & | - ^ producing sets, isdisjoint); values views only iterate.
 */
import { PyObject, type Visit } from './object';
import { makeStaticType, TPFLAGS_HAVE_GC, type PyType } from './type';
import { decref, gcFree, gcTrack, gcUntrack, incref, newref } from './heap';
import { dictForEach, dictGetItem, type PyDict } from './dict';
import { seqIterNew, type IterKind } from './iter';
import { iterateToArray, pyRepr, reprEnter, reprLeave, richCompareBool, richCompare } from './abstract';
import { PyTuple } from './tuple';
import { NotImplemented } from './singletons';
import { NB_AND, NB_OR, NB_SUBTRACT, NB_XOR, PY_EQ } from './ops';
import { recorder } from '../trace/recorder';
import { SetType, setNew, isAnySet } from './set';
import { defMethod } from './builtin';
import { oneArg } from './args';
import { pyBool } from './int';

function viewDealloc(o: PyObject): void {
  gcUntrack(o);
  decref((o as PyDictView).dict);
  gcFree(o);
}

export const DictViewType: Record<'dictkeys' | 'dictvalues' | 'dictitems', PyType> = {
  dictkeys: makeStaticType('dict_keys', 'other', { flags: TPFLAGS_HAVE_GC, dealloc: viewDealloc }),
  dictvalues: makeStaticType('dict_values', 'other', { flags: TPFLAGS_HAVE_GC, dealloc: viewDealloc }),
  dictitems: makeStaticType('dict_items', 'other', { flags: TPFLAGS_HAVE_GC, dealloc: viewDealloc }),
};

export class PyDictView extends PyObject {
  constructor(type: PyType, readonly dict: PyDict, readonly kind: IterKind) {
    super(type);
    recorder.alloc(this);
    gcTrack(this);
  }
}

function viewContains(v: PyDictView, x: PyObject): boolean {
  if (v.kind === 'dictkeys') return dictGetItem(v.dict, x) !== null;
  if (v.kind === 'dictitems') {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const found = dictGetItem(v.dict, x.items[0] as PyObject);
    if (found === null) return false;
    incref(found);
    try {
      return richCompareBool(found, x.items[1] as PyObject, PY_EQ);
    } finally {
      decref(found);
    }
  }
  const values: PyObject[] = [];
  dictForEach(v.dict, (_k, val) => {
    values.push(val);
  });
  return values.some((y) => y === x || richCompareBool(y, x, PY_EQ));
}

/** A set holding the elements of any iterable (the left operand of a view's set operation). */
function toSet(o: PyObject): PyObject {
  return setNew(SetType, o);
}

for (const t of Object.values(DictViewType)) {
  t.tp_iter = (o) => seqIterNew((o as PyDictView).dict, (o as PyDictView).kind);
  t.mp_length = (o) => (o as PyDictView).dict.used;
  t.tp_traverse = (o: PyObject, visit: Visit) => visit((o as PyDictView).dict);
  t.tp_repr = (o) => {
    if (!reprEnter(o)) return '...';
    try {
      const items = iterateToArray(o);
      try {
        return `${o.ob_type.tp_name}([${items.map((x) => pyRepr(x)).join(', ')}])`;
      } finally {
        for (const x of items) decref(x);
      }
    } finally {
      reprLeave(o);
    }
  };
  t.sq_contains = (o, x) => viewContains(o as PyDictView, x);
}

for (const t of [DictViewType.dictkeys, DictViewType.dictitems]) {
  t.nb_binop = (a, b, op) => {
    const names = [NB_AND, NB_OR, NB_SUBTRACT, NB_XOR];
    if (!names.includes(op)) return NotImplemented;
    if (a.ob_type.tp_iter === null || b.ob_type.tp_iter === null) return NotImplemented;
    // _PyDictView_Intersect and friends: a set of the left operand, updated by the right.
    const left = toSet(a);
    const right = isAnySet(b) ? newref(b) : toSet(b);
    try {
      return (SetType.nb_binop as (x: PyObject, y: PyObject, o: number) => PyObject)(left, right, op);
    } finally {
      decref(left);
      decref(right);
    }
  };
  t.tp_richcompare = (a, b, op) => {
    if (!(b instanceof PyDictView && b.kind !== 'dictvalues') && !isAnySet(b)) return NotImplemented;
    const x = toSet(a);
    const y = toSet(b);
    try {
      return richCompare(x, y, op);
    } finally {
      decref(x);
      decref(y);
    }
  };
  defMethod(t, 'isdisjoint', (self, args, kw) => {
    const other = oneArg(`${t.tp_name}.isdisjoint`, args, kw);
    const items = iterateToArray(other);
    try {
      return pyBool(!items.some((x) => viewContains(self as PyDictView, x)));
    } finally {
      for (const x of items) decref(x);
    }
  });
}
