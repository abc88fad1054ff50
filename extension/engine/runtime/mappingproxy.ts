/**
 * type.__dict__ / vars(cls): a read-only mappingproxy over the class namespace. The namespace
 * here is a JS Map, so the proxy holds a dict built from it when it is asked for.
 */
import { PyObject, type Visit } from './object';
import { makeStaticType, TPFLAGS_HAVE_GC, TypeType, type PyType } from './type';
import { decref, gcFree, gcTrack, gcUntrack } from './heap';
import { PyDict, DictType, dictNew, dictSetItem } from './dict';
import { intern } from './str';
import { getAttr, call, getIter, pyRepr } from './abstract';
import { defGetSet, defMethod, type NativeFn } from './builtin';
import { typeError } from './errors';
import { recorder } from '../trace/recorder';

export const MappingProxyType = makeStaticType('mappingproxy', 'other', {
  flags: TPFLAGS_HAVE_GC,
  dealloc: (o) => {
    gcUntrack(o);
    decref((o as PyMappingProxy).mapping);
    gcFree(o);
  },
});

class PyMappingProxy extends PyObject {
  constructor(readonly mapping: PyDict) {
    super(MappingProxyType);
  }
}

export function mappingProxyOf(t: PyType): PyObject {
  const d = dictNew();
  for (const [k, v] of t.tp_dict) dictSetItem(d, intern(k), v);
  const p = new PyMappingProxy(d);
  recorder.alloc(p);
  gcTrack(p);
  return p;
}

const inner = (o: PyObject): PyDict => (o as PyMappingProxy).mapping;
MappingProxyType.tp_traverse = (o: PyObject, visit: Visit) => visit(inner(o));
MappingProxyType.tp_repr = (o) => `mappingproxy(${pyRepr(inner(o))})`;
MappingProxyType.mp_length = (o) => inner(o).used;
MappingProxyType.mp_subscript = (o, k) => (DictType.mp_subscript as (d: PyObject, k: PyObject) => PyObject)(inner(o), k);
MappingProxyType.sq_contains = (o, k) => (DictType.sq_contains as (d: PyObject, k: PyObject) => boolean)(inner(o), k);
MappingProxyType.tp_iter = (o) => getIter(inner(o));
MappingProxyType.mp_ass_subscript = () => typeError("'mappingproxy' object does not support item assignment");

/** Delegates a method to the wrapped dict. */
function forward(name: string): NativeFn {
  return (self, args, kw) => {
    const m = getAttr(inner(self), name);
    try {
      return call(m, args, kw);
    } finally {
      decref(m);
    }
  };
}
for (const name of ['keys', 'values', 'items', 'get', 'copy']) defMethod(MappingProxyType, name, forward(name));

defGetSet(TypeType, '__dict__', (o) => mappingProxyOf(o as PyType));


