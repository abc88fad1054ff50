/**
 * Creating classes (type.__new__ for a `class` statement), calling them (type_call), and
 * attribute access on classes (type_getattro / type_setattro).
 */
import { PyObject } from './object';
import {
  c3Mro, ObjectType, PyType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, TPFLAGS_HEAPTYPE, TypeType, typeLookup, isSubtype,
  type KwNames,
} from './type';
import { decref, gcTrack, incref, newref, xdecref } from './heap';
import { dictForEach, type PyDict } from './dict';
import { PyStr, newStr } from './str';
import { None } from './singletons';
import { typeError } from './errors';
import { subtypeClear, subtypeDealloc, subtypeTraverse } from './subtype';
import { updateSlots } from './slots';
import { holdMroSelf, layoutHeapType } from './layout';
import { defGetSet } from './builtin';
import { tupleNew } from './tuple';
import { recorder, L_INTERNAL } from '../trace/recorder';
import { TracedNamespace } from '../trace/namespace';
import { typeQualName } from './objecttype';
import { pyRepr } from './abstract';
import { addSubclass } from './subclass-refs';

/** type.__new__(metatype, name, bases, namespace). */
export function typeNew(metatype: PyType, name: string, bases: PyType[], ns: PyDict): PyType {
  if (bases.length === 0) bases = [ObjectType];
  for (const b of bases) {
    if ((b.tp_flags & TPFLAGS_BASETYPE) === 0) typeError(`type '${b.tp_name}' is not an acceptable base type`);
  }
  const base = solidBase(bases);
  // __dict__ and __weakref__ are decided by layoutHeapType (__slots__, the bases).
  const t = new PyType(metatype, name, bases[0] as PyType, base.layout, TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC, subtypeDealloc);
  // Its namespace reports attribute changes to the trace (many modules set them directly).
  t.tp_dict = new TracedNamespace(t);
  if (metatype.isHeapType()) incref(metatype);
  t.tp_bases = bases;
  for (const b of bases) incref(b);
  const mro = c3Mro(t, bases);
  if (mro === null) {
    typeError(`Cannot create a consistent method resolution order (MRO) for bases ${bases.map((b) => b.tp_name).join(', ')}`);
  }
  t.tp_mro = mro;
  dictForEach(ns, (k, v) => {
    if (!(k instanceof PyStr)) return;
    if (k.value === '__qualname__' && v instanceof PyStr) {
      t.qualname = v.value;
      return;
    }
    if (k.value === '__module__' && v instanceof PyStr) t.module = v.value;
    incref(v);
    t.tp_dict.set(k.value, v);
  });
  if (t.tp_dict.has('__eq__') && !t.tp_dict.has('__hash__')) t.tp_dict.set('__hash__', None);
  layoutHeapType(t, base);
  holdMroSelf(t);
  t.tp_traverse = subtypeTraverse;
  t.tp_clear = subtypeClear;
  updateSlots(t);
  recorder.alloc(t);
  gcTrack(t);
  for (const b of bases) addSubclass(b, t);
  if (recorder.on) for (const b of bases) recorder.edge(t, b, L_INTERNAL, '__bases__', true);
  (t.tp_dict as TracedNamespace).start();
  return t;
}

/** The base whose instance layout the new class extends (CPython's best_base). */
function solidBase(bases: readonly PyType[]): PyType {
  let winner: PyType = ObjectType;
  for (const b of bases) {
    let s: PyType = b;
    while (s.isHeapType() && s.tp_base !== null) s = s.tp_base;
    if (isSubtype(s, winner)) winner = s;
    else if (!isSubtype(winner, s)) typeError('multiple bases have instance lay-out conflict');
  }
  return winner;
}

/** type_call: __new__ then, if it returned an instance of the class, __init__. */
export function typeCall(callable: PyObject, args: readonly PyObject[], kwnames: KwNames): PyObject {
  const type = callable as PyType;
  if (type === TypeType && args.length === 1 && (kwnames === null || kwnames.length === 0)) {
    return newref((args[0] as PyObject).ob_type);
  }
  const tpNew = type.tp_new;
  if (tpNew === null) typeError(`cannot create '${typeQualName(type)}' instances`);
  const obj = tpNew(type, args, kwnames);
  if (!isSubtype(obj.ob_type, type)) return obj;
  const init = obj.ob_type.tp_init;
  if (init !== null) {
    try {
      init(obj, args, kwnames);
    } catch (e) {
      decref(obj);
      throw e;
    }
  }
  return obj;
}

export function typeGetAttr(o: PyObject, name: string): PyObject | null {
  const type = o as PyType;
  const meta = type.ob_type;
  const metaAttr = typeLookup(meta, name);
  if (metaAttr !== null) {
    const mt = metaAttr.ob_type;
    if (mt.tp_descr_get !== null && mt.tp_descr_set !== null) return mt.tp_descr_get(metaAttr, type, meta);
  }
  const attr = typeLookup(type, name);
  if (attr !== null) {
    const get = attr.ob_type.tp_descr_get;
    if (get !== null) return get(attr, null, type);
    return newref(attr);
  }
  if (metaAttr !== null) {
    const get = metaAttr.ob_type.tp_descr_get;
    if (get !== null) return get(metaAttr, type, meta);
    return newref(metaAttr);
  }
  return null;
}

export function typeSetAttr(o: PyObject, name: string, value: PyObject | null): void {
  const type = o as PyType;
  if (!type.isHeapType()) {
    typeError(`cannot set '${name}' attribute of immutable type '${type.tp_name}'`);
  }
  const metaAttr = typeLookup(type.ob_type, name);
  if (metaAttr !== null && metaAttr.ob_type.tp_descr_set !== null) {
    metaAttr.ob_type.tp_descr_set(metaAttr, type, value);
    return;
  }
  const old = type.tp_dict.get(name) ?? null;
  if (value === null) {
    if (old === null) typeError(`type object '${type.tp_name}' has no attribute '${name}'`);
    type.tp_dict.delete(name);
  } else {
    incref(value);
    type.tp_dict.set(name, value);
  }
  if (name.startsWith('__') && name.endsWith('__')) updateSlots(type);
  else type.version++;
  xdecref(old);
}

TypeType.tp_call = typeCall;
TypeType.tp_getattro = typeGetAttr;
TypeType.tp_setattro = typeSetAttr;
TypeType.tp_repr = (o) => `<class '${typeQualName(o as PyType)}'>`;
TypeType.tp_new = (meta, args) => {
  if (args.length !== 3) typeError('type() takes 1 or 3 arguments');
  const [name, bases, ns] = args as [PyObject, PyObject, PyObject];
  if (!(name instanceof PyStr)) typeError('type.__new__() argument 1 must be str');
  const baseList = (bases as PyObject & { items: PyObject[] }).items as PyType[];
  return typeNew(meta, name.value, [...baseList], ns as PyDict);
};

defGetSet(TypeType, '__name__', (o) => {
  // A static type's tp_name may carry its module ("functools.partial"); __name__ is the last part.
  const t = o as PyType;
  return newStr(t.isHeapType() ? t.tp_name : t.tp_name.slice(t.tp_name.lastIndexOf('.') + 1));
});
defGetSet(TypeType, '__qualname__', (o) => newStr((o as PyType).qualname));
defGetSet(TypeType, '__module__', (o) => {
  const t = o as PyType;
  const m = t.tp_dict.get('__module__');
  return m !== undefined ? newref(m) : newStr(t.module ?? 'builtins');
});
defGetSet(TypeType, '__mro__', (o) => tupleNew((o as PyType).tp_mro));
defGetSet(TypeType, '__bases__', (o) => tupleNew((o as PyType).tp_bases));
defGetSet(TypeType, '__base__', (o) => newref((o as PyType).tp_base ?? None));
defGetSet(TypeType, '__doc__', (o) => newref((o as PyType).tp_dict.get('__doc__') ?? None));
defGetSet(ObjectType, '__class__', (o) => newref(o.ob_type));

export function reprOf(o: PyObject): string {
  return pyRepr(o);
}
