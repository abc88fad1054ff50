/** enumerate and zip: lazy iterators holding their sources, as CPython's are. */
import { PyObject, type Visit } from '../runtime/object';
import { makeStaticType, TPFLAGS_HAVE_GC, TPFLAGS_BASETYPE, type PyType } from '../runtime/type';
import { decref, gcFree, gcTrack, gcUntrack, newref } from '../runtime/heap';
import { getIter, iterNext } from '../runtime/abstract';
import { newInt, PyInt } from '../runtime/int';
import { tupleSteal } from '../runtime/tuple';
import { splitKwargs } from '../runtime/builtin';
import { recorder } from '../trace/recorder';

class PyMultiIter extends PyObject {
  count = 0;
  constructor(type: PyType, readonly sources: PyObject[]) {
    super(type);
  }
}

function dealloc(o: PyObject): void {
  gcUntrack(o);
  const m = o as PyMultiIter;
  for (let i = m.sources.length - 1; i >= 0; i--) decref(m.sources[i] as PyObject);
  m.sources.length = 0;
  gcFree(o);
}

const EnumerateType = makeStaticType('enumerate', 'iter', { flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE, dealloc });
const ZipType = makeStaticType('zip', 'iter', { flags: TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE, dealloc });

for (const t of [EnumerateType, ZipType]) {
  t.tp_iter = (o) => newref(o);
  t.tp_traverse = (o: PyObject, visit: Visit) => {
    for (const s of (o as PyMultiIter).sources) visit(s);
  };
}

EnumerateType.tp_new = (t, args, kwnames) => {
  const { pos, kw } = splitKwargs(args, kwnames);
  const m = new PyMultiIter(t, [getIter(pos[0] as PyObject)]);
  const start = pos[1] ?? kw.get('start');
  if (start instanceof PyInt) m.count = Number(start.value);
  recorder.alloc(m);
  gcTrack(m);
  return m;
};
EnumerateType.tp_iternext = (o) => {
  const m = o as PyMultiIter;
  const v = iterNext(m.sources[0] as PyObject);
  if (v === null) return null;
  return tupleSteal([newInt(m.count++), v]);
};

ZipType.tp_new = (t, args) => {
  const its: PyObject[] = [];
  for (const a of args) its.push(getIter(a));
  const m = new PyMultiIter(t, its);
  recorder.alloc(m);
  gcTrack(m);
  return m;
};
ZipType.tp_iternext = (o) => {
  const m = o as PyMultiIter;
  if (m.sources.length === 0) return null;
  const items: PyObject[] = [];
  for (const s of m.sources) {
    const v = iterNext(s);
    if (v === null) {
      for (const x of items) decref(x);
      return null;
    }
    items.push(v);
  }
  return tupleSteal(items);
};

export function iterTypeZipEnumerate(): [string, PyType][] {
  return [['enumerate', EnumerateType], ['zip', ZipType]];
}
