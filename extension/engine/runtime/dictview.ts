/** dict_keys / dict_values / dict_items: live views over a dict. */
import { PyObject } from './object';
import { makeStaticType, type PyType } from './type';
import { decref, gcFree } from './heap';
import type { PyDict } from './dict';
import { seqIterNew, type IterKind } from './iter';
import { iterateToArray, pyRepr } from './abstract';

function viewDealloc(o: PyObject): void {
  decref((o as PyDictView).dict);
  gcFree(o);
}

export const DictViewType: Record<'dictkeys' | 'dictvalues' | 'dictitems', PyType> = {
  dictkeys: makeStaticType('dict_keys', 'other', { dealloc: viewDealloc }),
  dictvalues: makeStaticType('dict_values', 'other', { dealloc: viewDealloc }),
  dictitems: makeStaticType('dict_items', 'other', { dealloc: viewDealloc }),
};

export class PyDictView extends PyObject {
  constructor(type: PyType, readonly dict: PyDict, readonly kind: IterKind) {
    super(type);
  }
}

for (const t of Object.values(DictViewType)) {
  t.tp_iter = (o) => seqIterNew((o as PyDictView).dict, (o as PyDictView).kind);
  t.mp_length = (o) => (o as PyDictView).dict.used;
  t.tp_repr = (o) => {
    const items = iterateToArray(o);
    const s = `${o.ob_type.tp_name}([${items.map((x) => pyRepr(x)).join(', ')}])`;
    for (const x of items) decref(x);
    return s;
  };
}
