/**
 * The operator module: the operators as functions (add, lt, getitem...) and the callables
 * itemgetter, attrgetter and methodcaller, with their reprs.
 */
import { PyObject, type Visit } from '../runtime/object';
import { makeStaticType, TPFLAGS_HAVE_GC } from '../runtime/type';
import { decref, gcFree, gcTrack, gcUntrack, newref } from '../runtime/heap';
import { moduleNew, type PyModule } from '../runtime/module';
import { builtinFunction, type NativeFn } from '../runtime/builtin';
import { dictSetStr } from '../runtime/dict';
import { pyBool, newInt } from '../runtime/int';
import { PyStr } from '../runtime/str';
import { tupleSteal } from '../runtime/tuple';
import { None } from '../runtime/singletons';
import { typeError } from '../runtime/errors';
import {
  binaryOp, call, contains, delItem, getAttr, getItem, isTrue, pyRepr, richCompare, setItem, unaryOp,
} from '../runtime/abstract';
import { positional, indexValue } from '../runtime/args';
import { NB_INPLACE } from '../runtime/ops';
import { recorder } from '../trace/recorder';

const BINOPS: [string, number][] = [
  ['add', 0], ['and_', 1], ['floordiv', 2], ['lshift', 3], ['matmul', 4], ['mul', 5], ['mod', 6], ['or_', 7],
  ['pow', 8], ['rshift', 9], ['sub', 10], ['truediv', 11], ['xor', 12],
];
const CMPS: [string, number][] = [['lt', 0], ['le', 1], ['eq', 2], ['ne', 3], ['gt', 4], ['ge', 5]];

/** itemgetter / attrgetter / methodcaller: a callable holding its arguments. */
class PyGetter extends PyObject {
  constructor(type: typeof ItemGetterType, readonly items: PyObject[], readonly kwnames: string[] | null) {
    super(type);
  }
}

function getterType(name: string): ReturnType<typeof makeStaticType> {
  const t = makeStaticType(`operator.${name}`, 'other', {
    flags: TPFLAGS_HAVE_GC,
    dealloc: (o) => {
      gcUntrack(o);
      const items = (o as PyGetter).items;
      for (let i = items.length - 1; i >= 0; i--) decref(items[i] as PyObject);
      gcFree(o);
    },
  });
  t.tp_traverse = (o: PyObject, visit: Visit) => {
    for (const x of (o as PyGetter).items) visit(x);
  };
  return t;
}

const ItemGetterType = getterType('itemgetter');
const AttrGetterType = getterType('attrgetter');
const MethodCallerType = getterType('methodcaller');

function makeGetter(t: typeof ItemGetterType, items: readonly PyObject[], kwnames: string[] | null = null): PyObject {
  const g = new PyGetter(t, items.map((x) => newref(x)), kwnames);
  recorder.alloc(g);
  gcTrack(g);
  return g;
}

ItemGetterType.tp_new = (t, args, kw) => {
  if (kw !== null && kw.length) typeError('itemgetter() takes no keyword arguments');
  if (args.length === 0) typeError('itemgetter expected 1 argument, got 0');
  return makeGetter(t, args);
};
ItemGetterType.tp_call = (o, args, kw) => {
  positional('itemgetter', 'itemgetter', args, kw, 1, 1);
  const items = (o as PyGetter).items;
  const obj = args[0] as PyObject;
  if (items.length === 1) return getItem(obj, items[0] as PyObject);
  return tupleSteal(items.map((k) => getItem(obj, k)));
};
ItemGetterType.tp_repr = (o) => `operator.itemgetter(${(o as PyGetter).items.map((x) => pyRepr(x)).join(', ')})`;

/** Resolves a dotted attribute path ("a.b.c"). */
function dotted(obj: PyObject, path: string): PyObject {
  let cur = newref(obj);
  for (const part of path.split('.')) {
    const next = getAttr(cur, part);
    decref(cur);
    cur = next;
  }
  return cur;
}

AttrGetterType.tp_new = (t, args, kw) => {
  if (kw !== null && kw.length) typeError('attrgetter() takes no keyword arguments');
  if (args.length === 0) typeError('attrgetter expected 1 argument, got 0');
  for (const a of args) if (!(a instanceof PyStr)) typeError('attribute name must be a string');
  return makeGetter(t, args);
};
AttrGetterType.tp_call = (o, args, kw) => {
  positional('attrgetter', 'attrgetter', args, kw, 1, 1);
  const names = (o as PyGetter).items as PyStr[];
  const obj = args[0] as PyObject;
  if (names.length === 1) return dotted(obj, (names[0] as PyStr).value);
  return tupleSteal(names.map((n) => dotted(obj, n.value)));
};
AttrGetterType.tp_repr = (o) => `operator.attrgetter(${(o as PyGetter).items.map((x) => pyRepr(x)).join(', ')})`;

MethodCallerType.tp_new = (t, args, kw) => {
  const nkw = kw === null ? 0 : kw.length;
  if (args.length - nkw < 1) typeError('methodcaller needs at least one argument, the method name');
  if (!(args[0] instanceof PyStr)) typeError('method name must be a string');
  return makeGetter(t, args, kw === null ? null : [...kw]);
};
MethodCallerType.tp_call = (o, args, kw) => {
  positional('methodcaller', 'methodcaller', args, kw, 1, 1);
  const g = o as PyGetter;
  const m = getAttr(args[0] as PyObject, (g.items[0] as PyStr).value);
  try {
    return call(m, g.items.slice(1), g.kwnames);
  } finally {
    decref(m);
  }
};
MethodCallerType.tp_repr = (o) => {
  const g = o as PyGetter;
  const nkw = g.kwnames === null ? 0 : g.kwnames.length;
  const pos = g.items.slice(1, g.items.length - nkw).map((x) => pyRepr(x));
  const kws = (g.kwnames ?? []).map((k, i) => `${k}=${pyRepr(g.items[g.items.length - nkw + i] as PyObject)}`);
  return `operator.methodcaller(${[pyRepr(g.items[0] as PyObject), ...pos, ...kws].join(', ')})`;
};

export function makeOperator(): PyModule {
  const m = moduleNew('operator');
  const fn = (name: string, f: NativeFn): void => dictSetStr(m.md_dict, name, builtinFunction(name, f));
  for (const [name, op] of BINOPS) {
    fn(name, (_s, a, k) => {
      positional(name, name, a, k, 2, 2);
      return binaryOp(a[0] as PyObject, a[1] as PyObject, op);
    });
    const iname = name.endsWith('_') ? `i${name.slice(0, -1)}` : `i${name}`;
    fn(iname, (_s, a, k) => {
      positional(iname, iname, a, k, 2, 2);
      return binaryOp(a[0] as PyObject, a[1] as PyObject, op + NB_INPLACE);
    });
  }
  for (const [name, op] of CMPS) {
    fn(name, (_s, a, k) => {
      positional(name, name, a, k, 2, 2);
      return richCompare(a[0] as PyObject, a[1] as PyObject, op);
    });
  }
  fn('neg', (_s, a, k) => (positional('neg', 'neg', a, k, 1, 1), unaryOp(a[0] as PyObject, 0)));
  fn('pos', (_s, a, k) => (positional('pos', 'pos', a, k, 1, 1), unaryOp(a[0] as PyObject, 1)));
  fn('invert', (_s, a, k) => (positional('invert', 'invert', a, k, 1, 1), unaryOp(a[0] as PyObject, 2)));
  fn('inv', (_s, a, k) => (positional('inv', 'inv', a, k, 1, 1), unaryOp(a[0] as PyObject, 2)));
  fn('not_', (_s, a, k) => (positional('not_', 'not_', a, k, 1, 1), pyBool(!isTrue(a[0] as PyObject))));
  fn('truth', (_s, a, k) => (positional('truth', 'truth', a, k, 1, 1), pyBool(isTrue(a[0] as PyObject))));
  fn('is_', (_s, a, k) => (positional('is_', 'is_', a, k, 2, 2), pyBool(a[0] === a[1])));
  fn('is_not', (_s, a, k) => (positional('is_not', 'is_not', a, k, 2, 2), pyBool(a[0] !== a[1])));
  fn('contains', (_s, a, k) => (positional('contains', 'contains', a, k, 2, 2), pyBool(contains(a[0] as PyObject, a[1] as PyObject))));
  fn('getitem', (_s, a, k) => (positional('getitem', 'getitem', a, k, 2, 2), getItem(a[0] as PyObject, a[1] as PyObject)));
  fn('setitem', (_s, a, k) => {
    positional('setitem', 'setitem', a, k, 3, 3);
    setItem(a[0] as PyObject, a[1] as PyObject, a[2] as PyObject);
    return None;
  });
  fn('delitem', (_s, a, k) => {
    positional('delitem', 'delitem', a, k, 2, 2);
    delItem(a[0] as PyObject, a[1] as PyObject);
    return None;
  });
  fn('index', (_s, a, k) => (positional('index', 'index', a, k, 1, 1), newInt(indexValue(a[0] as PyObject))));
  fn('concat', (_s, a, k) => (positional('concat', 'concat', a, k, 2, 2), binaryOp(a[0] as PyObject, a[1] as PyObject, 0)));
  dictSetStr(m.md_dict, 'itemgetter', ItemGetterType);
  dictSetStr(m.md_dict, 'attrgetter', AttrGetterType);
  dictSetStr(m.md_dict, 'methodcaller', MethodCallerType);
  return m;
}
