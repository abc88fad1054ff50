/**
 * Creating classes as CPython 3.14 does: __build_class__ (the most derived metaclass, its
 * __prepare__, the class body run in the namespace, then metaclass(name, bases, ns, **kwds)),
 * and type.__new__'s work after the type object exists: the __class__ cell, __set_name__ on the
 * namespace's descriptors, then the parent's __init_subclass__(**kwds). Also type's own
 * __new__/__init__/__call__/__prepare__/mro/__subclasses__, which metaclasses reach via super().
 */
import type { PyObject } from '../runtime/object';
import { isSubtype, PyType, TPFLAGS_MANAGED_DICT, TPFLAGS_WEAKREFABLE, TypeType, typeLookup, type KwNames } from '../runtime/type';
import { decref, gcUntrack, immortalize, incref, newref } from '../runtime/heap';
import { None } from '../runtime/singletons';
import { PyStr } from '../runtime/str';
import { PyTuple, tupleSteal } from '../runtime/tuple';
import { listSteal } from '../runtime/list';
import { PyDict, dictNew, dictGetStr } from '../runtime/dict';
import { PyFunction, PyCell } from '../runtime/function';
import { builtinFunction, defGetSet, defMethod, splitKwargs, type NativeFn } from '../runtime/builtin';
import { instanceDict } from '../runtime/objecttype';
import { call, getAttrOrNull, pyRepr, setTypeSubscript, typeName } from '../runtime/abstract';
import { Raised, raise, typeError } from '../runtime/errors';
import * as exc from '../runtime/exceptions';
import { typeNew, typeCall } from '../runtime/classes';
import { StaticMethodType, ClassMethodType, superNew } from '../runtime/descr';
import { Frame } from './frame';
import { installBuiltinSubclassing, slotCount } from '../runtime/layout';
import { genericAlias, installClassGetItem } from '../runtime/genericalias';
import { ListType } from '../runtime/list';
import { DictType } from '../runtime/dict';
import { TupleType } from '../runtime/tuple';
import { SetType, FrozenSetType } from '../runtime/set';
import { WeakrefType } from '../runtime/weakref';
import { GeneratorType } from './genobject';
import { evalFrame } from './eval';
import { recorder } from '../trace/recorder';
import { traceCellContents } from '../trace/hooks';

/** _PyType_CalculateMetaclass. */
function calculateMetaclass(meta: PyType, bases: readonly PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const t = b.ob_type;
    if (isSubtype(winner, t)) continue;
    if (isSubtype(t, winner)) {
      winner = t;
      continue;
    }
    typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

function kwArgs(kw: Map<string, PyObject>): { values: PyObject[]; names: string[] | null } {
  if (kw.size === 0) return { values: [], names: null };
  return { values: [...kw.values()], names: [...kw.keys()] };
}

/** builtins.__build_class__(func, name, *bases, metaclass=..., **kwds). */
const buildClass: NativeFn = (_self, args, kwnames) => {
  const { pos, kw } = splitKwargs(args, kwnames);
  if (pos.length < 2) typeError('__build_class__: not enough arguments');
  const func = pos[0] as PyObject;
  if (!(func instanceof PyFunction)) typeError('__build_class__: func must be a function');
  const name = pos[1] as PyObject;
  if (!(name instanceof PyStr)) typeError('__build_class__: name is not a string');
  const bases = pos.slice(2);
  const kwds = new Map(kw);
  const explicit = kwds.get('metaclass');
  kwds.delete('metaclass');
  let meta: PyObject = explicit ?? (bases.length !== 0 ? (bases[0] as PyObject).ob_type : TypeType);
  if (meta instanceof PyType) meta = calculateMetaclass(meta, bases);
  incref(meta);
  const basesTuple = tupleSteal(bases.map((b) => newref(b)));
  const extra = kwArgs(kwds);
  let ns: PyObject;
  try {
    const prepare = getAttrOrNull(meta, '__prepare__');
    if (prepare === null) ns = dictNew();
    else {
      try {
        ns = call(prepare, [name, basesTuple, ...extra.values], extra.names);
      } finally {
        decref(prepare);
      }
      if (ns.ob_type.mp_subscript === null) {
        const what = meta instanceof PyType ? `${meta.tp_name}.__prepare__()` : '<metaclass>.__prepare__()';
        decref(ns);
        typeError(`${what} must return a mapping, not ${typeName(ns)}`);
      }
    }
  } catch (e) {
    decref(basesTuple);
    decref(meta);
    throw e;
  }
  let cls: PyObject;
  try {
    if (!(ns instanceof PyDict)) typeError('not supported yet: a class namespace that is not a dict');
    const f = new Frame(func.code, func, func.globals as PyDict, ns);
    incref(func);
    incref(ns);
    decref(evalFrame(f));
    cls = call(meta, [name, basesTuple, ns, ...extra.values], extra.names);
    const cell = dictGetStr(ns, '__classcell__');
    if (cell instanceof PyCell && cls instanceof PyType && cell.ref !== cls) {
      if (cell.ref === null) {
        decref(cls);
        raise(exc.RuntimeError, `__class__ not set defining ${pyRepr(name)} as ${pyRepr(cls)}. Was __classcell__ propagated to type.__new__?`);
      }
      const msg = `__class__ set to ${pyRepr(cell.ref)} defining ${pyRepr(name)} as ${pyRepr(cls)}`;
      decref(cls);
      typeError(msg);
    }
  } finally {
    decref(ns);
    decref(basesTuple);
    decref(meta);
  }
  return cls;
};

/** type.__new__(metatype, name, bases, namespace, **kwds). */
function typeNewFull(meta: PyType, args: readonly PyObject[], kwnames: KwNames): PyObject {
  const { pos, kw } = splitKwargs(args, kwnames);
  if (pos.length === 1 && kw.size === 0 && meta === TypeType) return newref((pos[0] as PyObject).ob_type);
  if (pos.length !== 3) typeError('type() takes 1 or 3 arguments');
  const [name, bases, ns] = pos as [PyObject, PyObject, PyObject];
  if (!(name instanceof PyStr)) typeError(`type.__new__() argument 1 must be str, not ${typeName(name)}`);
  if (!(bases instanceof PyTuple)) typeError(`type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
  if (!(ns instanceof PyDict)) typeError(`type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
  for (const b of bases.items) if (!(b instanceof PyType)) typeError(`bases must be types`);
  // A metaclass of a base may be more derived than the one called.
  const winner = calculateMetaclass(meta, bases.items);
  if (winner !== meta && winner.tp_new !== TypeType.tp_new) return (winner.tp_new as NonNullable<PyType['tp_new']>)(winner, args, kwnames);
  const t = typeNew(winner, name.value, [...(bases.items as PyType[])], ns);
  // __new__ is a static method, __init_subclass__ and __class_getitem__ class methods, implicitly.
  wrapImplicit(t, '__new__', StaticMethodType);
  wrapImplicit(t, '__init_subclass__', ClassMethodType);
  wrapImplicit(t, '__class_getitem__', ClassMethodType);
  try {
    setClassCell(t);
    setNames(t);
    initSubclass(t, kw);
  } catch (e) {
    decref(t);
    throw e;
  }
  return t;
}

function wrapImplicit(t: PyType, name: string, wrapper: PyType): void {
  const f = t.tp_dict.get(name);
  if (!(f instanceof PyFunction)) return;
  const w = call(wrapper, [f]);
  t.tp_dict.set(name, w);
  decref(f);
}

/** type_new_set_classcell: the class body's __class__ cell now holds the class. */
function setClassCell(t: PyType): void {
  const cell = t.tp_dict.get('__classcell__');
  if (cell === undefined) return;
  if (!(cell instanceof PyCell)) typeError(`__classcell__ must be a nonlocal cell, not ${pyRepr(cell.ob_type)}`);
  const old = cell.ref;
  cell.ref = newref(t);
  if (recorder.on) traceCellContents(cell, old, t);
  if (old !== null) decref(old);
  t.tp_dict.delete('__classcell__');
  decref(cell);
}

/** type_new_set_names: value.__set_name__(cls, name) for each namespace entry that has one. */
function setNames(t: PyType): void {
  for (const [key, value] of [...t.tp_dict]) {
    const setName = typeLookup(value.ob_type, '__set_name__');
    if (setName === null) continue;
    incref(value);
    const k = new PyStr(key);
    try {
      const bound = getAttrOrNull(value, '__set_name__');
      if (bound === null) continue;
      try {
        decref(call(bound, [t, k]));
      } finally {
        decref(bound);
      }
    } catch (e) {
      if (e instanceof Raised) {
        // 3.12+ adds a note naming the descriptor and the class.
        const x = e.exc;
        const addNote = getAttrOrNull(x, 'add_note');
        if (addNote !== null) {
          const note = new PyStr(`Error calling __set_name__ on '${value.ob_type.tp_name}' instance '${key}' in '${t.tp_name}'`);
          try {
            decref(call(addNote, [note]));
          } finally {
            decref(addNote);
          }
        }
      }
      throw e;
    } finally {
      decref(value);
    }
  }
}

/** type_new_init_subclass: super(cls, cls).__init_subclass__(**kwds). */
function initSubclass(t: PyType, kw: Map<string, PyObject>): void {
  const sup = superNew(t, t);
  let f: PyObject;
  try {
    f = (sup.ob_type.tp_getattro as NonNullable<PyType['tp_getattro']>)(sup, '__init_subclass__') as PyObject;
  } finally {
    decref(sup);
  }
  try {
    const extra = kwArgs(kw);
    decref(call(f, extra.values, extra.names));
  } finally {
    decref(f);
  }
}

/** object.__init_subclass__: takes no arguments. */
const objectInitSubclass: NativeFn = (_self, args, kwnames) => {
  // Bound as a class method: args[0] is the class.
  const cls = args[0] as PyType;
  if (kwnames !== null && kwnames.length !== 0) typeError(`${cls.qualname}.__init_subclass__() takes no keyword arguments`);
  if (args.length > 1) typeError(`${cls.qualname}.__init_subclass__() takes no arguments (${args.length - 1} given)`);
  return None;
};

/** Installs __build_class__ and type's methods; called once the builtins exist. */
export function installClassMachinery(builtins: PyDict): void {
  const bc = builtinFunction('__build_class__', buildClass);
  builtins.keys.forEach((k, i) => {
    if (k instanceof PyStr && k.value === '__build_class__') {
      const old = builtins.values[i] as PyObject;
      builtins.values[i] = bc;
      decref(old);
    }
  });
  TypeType.tp_new = typeNewFull;
  TypeType.tp_dict.set('__new__', builtinFunction('__new__', (_s, a, k) => {
    const meta = a[0];
    if (!(meta instanceof PyType) || !isSubtype(meta, TypeType)) typeError('type.__new__(X): X is not a type object');
    return typeNewFull(meta, a.slice(1), k);
  }));
  defMethod(TypeType, '__init__', (_self, args, kwnames) => {
    const n = args.length - (kwnames?.length ?? 0);
    if (n !== 1 && n !== 3) typeError('type.__init__() takes 1 or 3 arguments');
    return None;
  });
  defMethod(TypeType, '__call__', (self, args, kwnames) => typeCall(self, args, kwnames));
  defMethod(TypeType, 'mro', (self) => listSteal((self as PyType).tp_mro.map((t) => newref(t))));
  defMethod(TypeType, '__subclasses__', (self) => listSteal((self as PyType).subclasses.filter((t) => t.ob_refcnt > 0).map((t) => newref(t))));
  TypeType.tp_dict.set('__prepare__', builtinFunction('__prepare__', () => dictNew()));
  const ois = builtinFunction('__init_subclass__', objectInitSubclass);
  // A class method of object: bound to the class it is looked up through.
  const cm = immortalize(call(ClassMethodType, [ois]));
  gcUntrack(cm);
  const objectType = TypeType.tp_base as PyType;
  objectType.tp_dict.set('__init_subclass__', cm);
  installBuiltinSubclassing();
  setTypeSubscript((t, key) => genericAlias(t, key));
  // obj.__dict__ exists only where the class gives instances a dict (not with __slots__ alone).
  defGetSet(objectType, '__dict__', (o) => {
    const d = instanceDict(o, true);
    if (d === null) raise(exc.AttributeError, `'${typeName(o)}' object has no attribute '__dict__'`);
    return newref(d);
  }, (o, v) => {
    if (!(v instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${v === null ? 'NoneType' : typeName(v)}'`);
    const holder = o as PyObject & { dict?: PyDict | null };
    if (instanceDict(o, false) === null && holder.dict === undefined) raise(exc.AttributeError, `'${typeName(o)}' object has no attribute '__dict__'`);
    const old = holder.dict ?? null;
    holder.dict = newref(v);
    if (old !== null) decref(old);
  });
  // obj.__class__ = Other: both classes written in Python, with the same instance layout.
  defGetSet(objectType, '__class__', (o) => newref(o.ob_type), (o, v) => {
    if (v === null) typeError("can't delete __class__ attribute");
    if (!(v instanceof PyType)) typeError(`__class__ must be set to a class, not '${typeName(v)}' object`);
    const old = o.ob_type;
    if (!v.isHeapType() || !old.isHeapType()) {
      typeError(`__class__ assignment only supported for mutable types or ModuleType subclasses`);
    }
    if (!sameLayout(old, v)) typeError(`__class__ assignment: '${v.tp_name}' object layout differs from '${old.tp_name}'`);
    incref(v);
    o.ob_type = v;
    decref(old);
  });
  // Classes (and builtin types) can be weakly referenced.
  TypeType.tp_flags |= TPFLAGS_WEAKREFABLE;
  installClassGetItem([ListType, DictType, TupleType, SetType, FrozenSetType, WeakrefType, GeneratorType]);
}

/** compatible_for_assignment, roughly: same builtin base, same __dict__/__weakref__ and __slots__. */
function sameLayout(a: PyType, b: PyType): boolean {
  const base = (t: PyType): PyType => t.tp_mro.find((m) => !m.isHeapType()) as PyType;
  const flags = TPFLAGS_WEAKREFABLE | TPFLAGS_MANAGED_DICT;
  return base(a) === base(b) && (a.tp_flags & flags) === (b.tp_flags & flags) && slotCount(a) === slotCount(b);
}
