/** property, classmethod, staticmethod and super. */
import { PyObject, type Visit } from './object';
import { makeStaticType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, PyType, typeLookup, isSubtype } from './type';
import { decref, gcFree, gcTrack, gcUntrack, incref, newref, xdecref } from './heap';
import { None } from './singletons';
import { attributeMissing, call } from './abstract';
import { raise, typeError } from './errors';
import { AttributeError } from './exceptions';
import { methodNew } from './function';
import { recorder } from '../trace/recorder';
import { splitKwargs } from './builtin';
import { genericGetAttr } from './objecttype';

function wrapperDealloc(o: PyObject): void {
  gcUntrack(o);
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
    const p = o as PyProperty;
    xdecref(p.fget);
    xdecref(p.fset);
    xdecref(p.fdel);
    gcFree(o);
  },
});

export class PyProperty extends PyObject {
  constructor(readonly fget: PyObject | null, readonly fset: PyObject | null, readonly fdel: PyObject | null) {
    super(PropertyType);
  }
}

function propertyNew(fget: PyObject | null, fset: PyObject | null, fdel: PyObject | null): PyProperty {
  for (const f of [fget, fset, fdel]) if (f !== null) incref(f);
  const p = new PyProperty(fget, fset, fdel);
  recorder.alloc(p);
  gcTrack(p);
  return p;
}
const orNull = (o: PyObject | undefined): PyObject | null => (o === undefined || o === None ? null : o);
PropertyType.tp_new = (_t, args, kwnames) => {
  const { pos, kw } = splitKwargs(args, kwnames);
  return propertyNew(orNull(pos[0] ?? kw.get('fget')), orNull(pos[1] ?? kw.get('fset')), orNull(pos[2] ?? kw.get('fdel')));
};
PropertyType.tp_traverse = (o: PyObject, visit: Visit) => {
  const p = o as PyProperty;
  for (const f of [p.fget, p.fset, p.fdel]) if (f !== null) visit(f);
};
PropertyType.tp_descr_get = (d, obj) => {
  const p = d as PyProperty;
  if (obj === null) return newref(d);
  if (p.fget === null) raise(AttributeError, 'property has no getter');
  return call(p.fget, [obj]);
};
PropertyType.tp_descr_set = (d, obj, v) => {
  const p = d as PyProperty;
  const f = v === null ? p.fdel : p.fset;
  if (f === null) raise(AttributeError, `property of '${obj.ob_type.tp_name}' object has no ${v === null ? 'deleter' : 'setter'}`);
  decref(v === null ? call(f, [obj]) : call(f, [obj, v]));
};
import { defMethod } from './builtin';
defMethod(PropertyType, 'setter', (self, args) => propertyNew((self as PyProperty).fget, args[0] as PyObject, (self as PyProperty).fdel));
defMethod(PropertyType, 'getter', (self, args) => propertyNew(args[0] as PyObject, (self as PyProperty).fset, (self as PyProperty).fdel));
defMethod(PropertyType, 'deleter', (self, args) => propertyNew((self as PyProperty).fget, (self as PyProperty).fset, args[0] as PyObject));

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
