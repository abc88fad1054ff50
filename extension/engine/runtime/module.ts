/** Module objects: a name and a namespace dict (module_dealloc releases the dict, nothing more). */
import { PyObject, type Visit } from './object';
import { makeStaticType, TPFLAGS_HAVE_GC, TPFLAGS_WEAKREFABLE } from './type';
import { decref, gcFree, gcTrack, gcUntrack, newref } from './heap';
import { dictGetStr, dictNewUntracked, dictSetStr, type PyDict } from './dict';
import { newStr } from './str';
import { clearWeakrefs } from './weakref';
import { call } from './abstract';
import { recorder, L_DICT, L_NAME } from '../trace/recorder';

export const ModuleType = makeStaticType('module', 'module', {
  flags: TPFLAGS_HAVE_GC | TPFLAGS_WEAKREFABLE,
  dealloc: (o) => {
    gcUntrack(o);
    if (o.ob_weaklist !== null) clearWeakrefs(o);
    if (recorder.on) recorder.edge(o, (o as PyModule).md_dict, L_DICT, '__dict__', false);
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
  // The dict is tracked after the module (CPython tracks a module dict once it first holds a
  // container): the collector's scan order depends on it.
  const d = dictNewUntracked();
  // A module's globals are names (the trace labels them so), held by the dict, which can outlive it.
  d.traceKind = L_NAME;
  const name_ = newStr(name);
  dictSetStr(d, '__name__', name_);
  decref(name_);
  const m = new PyModule(name, d);
  recorder.alloc(m);
  gcTrack(m);
  gcTrack(d);
  if (recorder.on) recorder.edge(m, d, L_DICT, '__dict__', true);
  return m;
}

ModuleType.tp_traverse = (o: PyObject, visit: Visit) => visit((o as PyModule).md_dict);
ModuleType.tp_getattro = (o, name) => {
  const v = dictGetStr((o as PyModule).md_dict, name);
  if (v !== null) return newref(v);
  if (name === '__dict__') return newref((o as PyModule).md_dict);
  // PEP 562: a module-level __getattr__ answers for names the module does not define.
  const getattr = dictGetStr((o as PyModule).md_dict, '__getattr__');
  if (getattr !== null) {
    const key = newStr(name);
    try {
      return call(getattr, [key]);
    } finally {
      decref(key);
    }
  }
  return null;
};
ModuleType.tp_setattro = (o, name, v) => {
  if (v === null) return;
  dictSetStr((o as PyModule).md_dict, name, v);
};
ModuleType.tp_repr = (o) => `<module '${(o as PyModule).md_name}'>`;
