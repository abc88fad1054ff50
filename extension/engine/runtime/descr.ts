/** property, classmethod, staticmethod and super. */
import { PyObject, type Visit } from './object';
import { makeStaticType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, PyType, typeLookup, isSubtype, type KwNames } from './type';
import { decref, gcFree, gcTrack, gcUntrack, incref, newref, xdecref } from './heap';
import { None } from './singletons';
import { False, True } from './int';
import { attributeMissing, call, getAttrOrNull, isTrue, pyRepr, setAttr } from './abstract';
import { clinic, oneArg, positional } from './args';
import { raise, Raised, typeError } from './errors';
import { AttributeError } from './exceptions';
import { methodNew } from './function';
import { recorder, L_INTERNAL } from '../trace/recorder';
import { genericGetAttr } from './objecttype';
import { defGetSet, defMethod } from './builtin';

function wrapperDealloc(o: PyObject): void {
  gcUntrack(o);
  if (recorder.on) recorder.edge(o, (o as PyWrapper).callable, L_INTERNAL, '__func__', false);
  decref((o as PyWrapper).callable);
  gcFree(o);
}

export const StaticMethodType = makeStaticType('staticmethod', 'descriptor', { flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE, dealloc: wrapperDealloc });
export const ClassMethodType = makeStaticType('classmethod', 'descriptor', { flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE, dealloc: wrapperDealloc });

export class PyWrapper extends PyObject {
  constructor(type: PyType, readonly callable: PyObject) {
    super(type);
  }
}

function wrapperNew(type: PyType, args: readonly PyObject[]): PyObject {
  if (args.length !== 1) typeError(`${type.tp_name} expected 1 argument, got ${args.length}`);
  const w = new PyWrapper(type, newref(args[0] as PyObject));
  recorder.alloc(w);
  if (recorder.on) recorder.edge(w, w.callable, L_INTERNAL, '__func__', true);
  gcTrack(w);
  return w;
}
for (const t of [StaticMethodType, ClassMethodType]) {
  t.tp_new = wrapperNew;
  t.tp_traverse = (o: PyObject, visit: Visit) => visit((o as PyWrapper).callable);
}
StaticMethodType.tp_descr_get = (d) => newref((d as PyWrapper).callable);
StaticMethodType.tp_call = (d, args, kw) => call((d as PyWrapper).callable, args, kw);
ClassMethodType.tp_descr_get = (d, obj, type) => methodNew((d as PyWrapper).callable, obj === null ? type : obj.ob_type);

export const PropertyType = makeStaticType('property', 'descriptor', {
  flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  dealloc: (o) => {
    gcUntrack(o);
    // property_dealloc's order.
    const p = o as PyProperty;
    for (const field of PROPERTY_FIELDS) setField(p, field, null);
    gcFree(o);
  },
});

export class PyProperty extends PyObject {
  fget: PyObject | null = null;
  fset: PyObject | null = null;
  fdel: PyObject | null = null;
  /** The docstring; getterDoc when it was taken from fget (a copy then re-reads the new getter's). */
  doc: PyObject | null = null;
  getterDoc = false;
  /** Set by __set_name__ when the class body is finished (3.13+); error messages use it. */
  name: PyObject | null = null;
}

const orNull = (o: PyObject | undefined): PyObject | null => (o === undefined || o === None ? null : o);
const PROPERTY_ARGS = { names: ['fget', 'fset', 'fdel', 'doc'], posOnly: 0, required: 0 };

/** property.__new__ makes an empty property; __init__ (property_init) fills it. */
PropertyType.tp_new = (t) => {
  const p = new PyProperty(t);
  recorder.alloc(p);
  gcTrack(p);
  return p;
};

type PropertyField = 'fget' | 'fset' | 'fdel' | 'doc' | 'name';
const PROPERTY_FIELDS: readonly PropertyField[] = ['fget', 'fset', 'fdel', 'doc', 'name'];

/** Every change of a property's fields goes through here, so the trace sees each reference it holds. */
function setField(p: PyProperty, field: PropertyField, v: PyObject | null): void {
  const old = p[field];
  p[field] = v;
  if (recorder.on) {
    if (old !== null) recorder.edge(p, old, L_INTERNAL, field, false);
    if (v !== null) recorder.edge(p, v, L_INTERNAL, field, true);
  }
  xdecref(old);
}

/** property_init: an explicit doc wins; without one the getter's __doc__ is used. */
function propertyInit(self: PyObject, args: readonly PyObject[], kwnames: KwNames): void {
  const [fget, fset, fdel, doc] = clinic('property', args, kwnames, PROPERTY_ARGS).map(orNull) as (PyObject | null)[];
  const p = self as PyProperty;
  setField(p, 'fget', fget === null || fget === undefined ? null : newref(fget));
  setField(p, 'fset', fset === null || fset === undefined ? null : newref(fset));
  setField(p, 'fdel', fdel === null || fdel === undefined ? null : newref(fdel));
  setField(p, 'doc', null);
  setField(p, 'name', null);
  p.getterDoc = false;
  let propDoc: PyObject | null = null;
  if (doc !== null && doc !== undefined) propDoc = newref(doc);
  else if (p.fget !== null) {
    const d = getAttrOrNull(p.fget, '__doc__');
    if (d === None) decref(d);
    else if (d !== null) {
      propDoc = d;
      p.getterDoc = true;
    }
  }
  if (p.ob_type === PropertyType) {
    setField(p, 'doc', propDoc);
    return;
  }
  // A subclass instance keeps __doc__ in its own __dict__: the class's __doc__ would shadow the slot.
  try {
    setAttr(p, '__doc__', propDoc ?? None);
  } catch (e) {
    if (p.getterDoc || !(e instanceof Raised && isSubtype(e.exc.ob_type, AttributeError))) throw e;
    decref(e.exc);
  } finally {
    xdecref(propDoc);
  }
}
PropertyType.tp_init = propertyInit;
defMethod(PropertyType, '__init__', (self, args, kw) => {
  propertyInit(self, args, kw);
  return None;
});
PropertyType.tp_traverse = (o: PyObject, visit: Visit) => {
  const p = o as PyProperty;
  for (const f of [p.fget, p.fset, p.fdel, p.doc, p.name]) if (f !== null) visit(f);
};

/** property.__name__: the name given by __set_name__, else the getter's __name__. */
function propertyName(p: PyProperty): PyObject | null {
  if (p.name !== null) return newref(p.name);
  return p.fget === null ? null : getAttrOrNull(p.fget, '__name__');
}

/** "property 'x' of 'C' object has no setter" (the name is left out when the property has none). */
function noAccessor(p: PyProperty, obj: PyObject, what: string): never {
  const n = propertyName(p);
  const nameText = n === null ? '' : `${pyRepr(n)} `;
  xdecref(n);
  return raise(AttributeError, `property ${nameText}of '${obj.ob_type.qualname}' object has no ${what}`);
}

PropertyType.tp_descr_get = (d, obj) => {
  const p = d as PyProperty;
  if (obj === null) return newref(d);
  if (p.fget === null) noAccessor(p, obj, 'getter');
  return call(p.fget, [obj]);
};
PropertyType.tp_descr_set = (d, obj, v) => {
  const p = d as PyProperty;
  const f = v === null ? p.fdel : p.fset;
  if (f === null) noAccessor(p, obj, v === null ? 'deleter' : 'setter');
  decref(v === null ? call(f, [obj]) : call(f, [obj, v]));
};

/**
 * property_copy: getter/setter/deleter call the property's own type with one accessor replaced,
 * then carry the name over.
 */
function propertyCopy(p: PyProperty, fget: PyObject | null, fset: PyObject | null, fdel: PyObject | null): PyObject {
  const doc = p.getterDoc && fget !== null ? None : (p.doc ?? None);
  const np = call(p.ob_type, [fget ?? None, fset ?? None, fdel ?? None, doc]);
  if (np instanceof PyProperty) setField(np, 'name', p.name === null ? null : newref(p.name));
  return np;
}
defMethod(PropertyType, 'getter', (self, args, kw) => {
  const p = self as PyProperty;
  return propertyCopy(p, orNull(oneArg('getter', args, kw)), p.fset, p.fdel);
});
defMethod(PropertyType, 'setter', (self, args, kw) => {
  const p = self as PyProperty;
  return propertyCopy(p, p.fget, orNull(oneArg('setter', args, kw)), p.fdel);
});
defMethod(PropertyType, 'deleter', (self, args, kw) => {
  const p = self as PyProperty;
  return propertyCopy(p, p.fget, p.fset, orNull(oneArg('deleter', args, kw)));
});
defMethod(PropertyType, '__set_name__', (self, args, kw) => {
  positional('__set_name__', '__set_name__', args, kw, 2, 2);
  setField(self as PyProperty, 'name', newref(args[1] as PyObject));
  return None;
});
defGetSet(PropertyType, 'fget', (o) => newref((o as PyProperty).fget ?? None));
defGetSet(PropertyType, 'fset', (o) => newref((o as PyProperty).fset ?? None));
defGetSet(PropertyType, 'fdel', (o) => newref((o as PyProperty).fdel ?? None));
defGetSet(PropertyType, '__doc__', (o) => newref((o as PyProperty).doc ?? None), (o, v) => {
  const p = o as PyProperty;
  setField(p, 'doc', v === null ? null : newref(v));
  p.getterDoc = false;
});
defGetSet(PropertyType, '__name__', (o) => propertyName(o as PyProperty) ?? raise(AttributeError, "'property' object has no attribute '__name__'"), (o, v) => {
  setField(o as PyProperty, 'name', v === null ? null : newref(v));
});
defGetSet(PropertyType, '__isabstractmethod__', (o) => {
  const p = o as PyProperty;
  for (const f of [p.fget, p.fset, p.fdel]) {
    if (f === null) continue;
    const a = getAttrOrNull(f, '__isabstractmethod__');
    if (a === null) continue;
    const t = isTrue(a);
    decref(a);
    if (t) return newref(True);
  }
  return newref(False);
});

export const SuperType = makeStaticType('super', 'other', {
  flags: TPFLAGS_HAVE_GC,
  dealloc: (o) => {
    gcUntrack(o);
    const s = o as PySuper;
    decref(s.type);
    decref(s.obj);
    gcFree(o);
  },
});

export class PySuper extends PyObject {
  constructor(readonly type: PyType, readonly obj: PyObject, readonly objType: PyType) {
    super(SuperType);
  }
}

export function superNew(type: PyType, obj: PyObject): PySuper {
  let objType: PyType;
  if (obj instanceof PyType && isSubtype(obj, type)) objType = obj;
  else if (isSubtype(obj.ob_type, type)) objType = obj.ob_type;
  else typeError('super(type, obj): obj must be an instance or subtype of type');
  incref(type);
  incref(obj);
  const s = new PySuper(type, obj, objType);
  recorder.alloc(s);
  gcTrack(s);
  return s;
}

SuperType.tp_traverse = (o: PyObject, visit: Visit) => {
  visit((o as PySuper).type);
  visit((o as PySuper).obj);
};
SuperType.tp_getattro = (o, name) => {
  const s = o as PySuper;
  if (name !== '__class__') {
    const mro = s.objType.tp_mro;
    let i = mro.indexOf(s.type) + 1;
    for (; i < mro.length; i++) {
      const v = (mro[i] as PyType).tp_dict.get(name);
      if (v === undefined) continue;
      const get = v.ob_type.tp_descr_get;
      if (get === null) return newref(v);
      return get(v, s.obj === s.objType ? null : s.obj, s.objType);
    }
  }
  return genericGetAttr(o, name) ?? attributeMissing(o, name);
};
SuperType.tp_repr = (o) => `<super: <class '${(o as PySuper).type.tp_name}'>, <${(o as PySuper).objType.tp_name} object>>`;

export { typeLookup };

// classmethod/staticmethod expose what they wrap (namedtuple sets _make.__func__.__doc__).
for (const t of [StaticMethodType, ClassMethodType]) {
  defGetSet(t, '__func__', (o) => newref((o as PyWrapper).callable));
  defGetSet(t, '__wrapped__', (o) => newref((o as PyWrapper).callable));
  defGetSet(t, '__isabstractmethod__', (o) => {
    const a = getAttrOrNull((o as PyWrapper).callable, '__isabstractmethod__');
    if (a === null) return newref(False);
    const r = isTrue(a);
    decref(a);
    return newref(r ? True : False);
  });
}
