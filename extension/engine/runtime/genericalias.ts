/**
 * types.GenericAlias (list[int]): what a builtin class's __class_getitem__ returns. It records the
 * origin class and the arguments, prints as `list[int]`, creates origin instances when called, and
 * forwards other attribute lookups to the origin.
 */
import { PyObject, type Visit } from './object';
import { makeStaticType, TPFLAGS_BASETYPE, TPFLAGS_HAVE_GC, PyType, type KwNames } from './type';
import { decref, gcFree, gcTrack, gcUntrack, newref } from './heap';
import { PyTuple, tupleSteal } from './tuple';
import { None, Ellipsis } from './singletons';
import { call, getAttrOrNull, pyRepr, richCompareBool } from './abstract';
import { defGetSet } from './builtin';
import { ClassMethodType } from './descr';
import { builtinFunction } from './builtin';
import { recorder } from '../trace/recorder';
import { False, True } from './int';
import { NotImplemented } from './singletons';
import { PY_EQ, PY_NE } from './ops';
import { typeQualName } from './objecttype';

export const GenericAliasType = makeStaticType('types.GenericAlias', 'other', {
  flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE,
  dealloc: (o) => {
    gcUntrack(o);
    const g = o as PyGenericAlias;
    decref(g.origin);
    decref(g.args);
    gcFree(o);
  },
});
GenericAliasType.qualname = 'GenericAlias';
GenericAliasType.module = 'types';

export class PyGenericAlias extends PyObject {
  constructor(readonly origin: PyObject, readonly args: PyTuple) {
    super(GenericAliasType);
  }
}

/** Py_GenericAlias(origin, args): args becomes a tuple. References are taken. */
export function genericAlias(origin: PyObject, args: PyObject): PyGenericAlias {
  const t = args instanceof PyTuple ? newref(args) : tupleSteal([newref(args)]);
  const g = new PyGenericAlias(newref(origin), t);
  recorder.alloc(g);
  gcTrack(g);
  return g;
}

function reprItem(o: PyObject): string {
  if (o === Ellipsis) return '...';
  if (o instanceof PyGenericAlias) return pyRepr(o);
  if (o instanceof PyType) return o.module === null || o.module === 'builtins' ? o.qualname : typeQualName(o);
  return pyRepr(o);
}

GenericAliasType.tp_new = (_t, args: readonly PyObject[], kwnames: KwNames) => {
  void kwnames;
  return genericAlias(args[0] as PyObject, args[1] ?? None);
};
GenericAliasType.tp_repr = (o) => {
  const g = o as PyGenericAlias;
  const items = g.args.items.length === 0 ? '()' : g.args.items.map(reprItem).join(', ');
  return `${reprItem(g.origin)}[${items}]`;
};
GenericAliasType.tp_call = (o, args, kwnames) => call((o as PyGenericAlias).origin, args, kwnames);
GenericAliasType.tp_traverse = (o: PyObject, visit: Visit) => {
  visit((o as PyGenericAlias).origin);
  visit((o as PyGenericAlias).args);
};
GenericAliasType.tp_hash = (o) => {
  const g = o as PyGenericAlias;
  return (g.origin.ob_id * 31) ^ g.args.items.length;
};
GenericAliasType.tp_richcompare = (a, b, op) => {
  if ((op !== PY_EQ && op !== PY_NE) || !(b instanceof PyGenericAlias)) return NotImplemented;
  const x = a as PyGenericAlias;
  const eq = x.origin === b.origin && richCompareBool(x.args, b.args, PY_EQ);
  return eq === (op === PY_EQ) ? True : False;
};
GenericAliasType.tp_getattro = (o, name) => {
  const g = o as PyGenericAlias;
  if (name === '__origin__') return newref(g.origin);
  if (name === '__args__') return newref(g.args);
  if (name === '__class__') return newref(GenericAliasType);
  // Everything else is the origin's (ga_getattro forwards all but a few names).
  return getAttrOrNull(g.origin, name);
};
defGetSet(GenericAliasType, '__parameters__', () => tupleSteal([]));

/** Gives builtin classes `__class_getitem__` (a class method returning a GenericAlias). */
export function installClassGetItem(types: readonly PyType[]): void {
  const f = builtinFunction('__class_getitem__', (_s, args) => genericAlias(args[0] as PyObject, args[1] as PyObject));
  for (const t of types) {
    if (t.tp_dict.has('__class_getitem__')) continue;
    const cm = call(ClassMethodType, [f]);
    gcUntrack(cm);
    cm.ob_refcnt = 2 ** 52;
    t.tp_dict.set('__class_getitem__', cm);
  }
}
