/** Module objects: a name and a namespace dict (module_dealloc releases the dict, nothing more). */
import { PyObject, type Visit } from './object';
import { makeStaticType, TPFLAGS_HAVE_GC, TPFLAGS_WEAKREFABLE } from './type';
import { decref, gcFree, gcTrack, gcUntrack, newref } from './heap';
import { dictGetStr, dictNew, dictSetStr, type PyDict } from './dict';
import { newStr } from './str';
import { clearWeakrefs } from './weakref';
import { recorder } from '../trace/recorder';

export const ModuleType = makeStaticType('module', 'module', {
  flags: TPFLAGS_HAVE_GC | TPFLAGS_WEAKREFABLE,
  dealloc: (o) => {
    gcUntrack(o);
    if (o.ob_weaklist !== null) clearWeakrefs(o);
    decref((o as PyModule).md_dict);
    gcFree(o);
  },
});

export class PyModule extends PyObject {
  constructor(readonly md_name: string, readonly md_dict: PyDict) {
    super(ModuleType);
  }
}

export function moduleNew(name: string): PyModule {
  const d = dictNew();
  const name_ = newStr(name);
  dictSetStr(d, '__name__', name_);
  decref(name_);
  const m = new PyModule(name, d);
  recorder.alloc(m);
  gcTrack(m);
  return m;
}

ModuleType.tp_traverse = (o: PyObject, visit: Visit) => visit((o as PyModule).md_dict);
ModuleType.tp_getattro = (o, name) => {
  const v = dictGetStr((o as PyModule).md_dict, name);
  if (v !== null) return newref(v);
  if (name === '__dict__') return newref((o as PyModule).md_dict);
  return null;
};
ModuleType.tp_setattro = (o, name, v) => {
  if (v === null) return;
  dictSetStr((o as PyModule).md_dict, name, v);
};
ModuleType.tp_repr = (o) => `<module '${(o as PyModule).md_name}'>`;
