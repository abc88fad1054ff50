/**
 * The introspection attributes of builtin callables and descriptors: __name__, __qualname__,
 * __self__, __module__, __objclass__, __doc__ (None: the engine keeps no docstrings), as
 * CPython's meth_get__qualname__ and descr_get_qualname compute them.
 */
import type { PyObject } from './object';
import { PyType } from './type';
import { newref } from './heap';
import { None } from './singletons';
import { newStr } from './str';
import { dictForEach } from './dict';
import type { PyModule } from './module';
import {
  BuiltinType, ClassMethodDescrType, GetSetDescrType, MethodDescrType, PyBuiltin, PyClassMethodDescr, PyGetSetDescr,
  PyMethodDescr, defGetSet,
} from './builtin';

/** The module each module-level builtin function belongs to (set when its module is made). */
const moduleOf = new WeakMap<PyBuiltin, string>();

/** Records md_name as the __module__ of the module's builtin functions. */
export function tagModuleFunctions(mod: PyModule): PyModule {
  dictForEach(mod.md_dict, (_k, v) => {
    if (v instanceof PyBuiltin && v.self === None && !moduleOf.has(v)) moduleOf.set(v, mod.md_name);
  });
  return mod;
}

/** meth_get__qualname__: a bound method is "Type.name" (the type itself for a class method). */
function builtinQualname(b: PyBuiltin): string {
  if (b.self === None || b.owner === null) return b.name;
  const t = b.self instanceof PyType ? b.self : b.self.ob_type;
  return `${t.qualname}.${b.name}`;
}

export function installBuiltinAttrs(): void {
  defGetSet(BuiltinType, '__name__', (o) => newStr((o as PyBuiltin).name));
  defGetSet(BuiltinType, '__qualname__', (o) => newStr(builtinQualname(o as PyBuiltin)));
  defGetSet(BuiltinType, '__self__', (o) => newref((o as PyBuiltin).self));
  defGetSet(BuiltinType, '__module__', (o) => {
    const b = o as PyBuiltin;
    if (b.self !== None && b.owner !== null) return newref(None);
    return newStr(moduleOf.get(b) ?? 'builtins');
  });
  defGetSet(BuiltinType, '__doc__', () => newref(None));
  defGetSet(BuiltinType, '__text_signature__', () => newref(None));
  for (const t of [MethodDescrType, ClassMethodDescrType, GetSetDescrType]) {
    const owner = (o: PyObject): PyType => (o as PyMethodDescr | PyClassMethodDescr | PyGetSetDescr).owner;
    const name = (o: PyObject): string => (o as PyMethodDescr | PyClassMethodDescr | PyGetSetDescr).name;
    defGetSet(t, '__name__', (o) => newStr(name(o)));
    defGetSet(t, '__qualname__', (o) => newStr(`${owner(o).qualname}.${name(o)}`));
    defGetSet(t, '__objclass__', (o) => newref(owner(o)));
    defGetSet(t, '__doc__', () => newref(None));
  }
}
