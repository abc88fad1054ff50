/**
 * _collections._tuplegetter: the descriptor namedtuple classes use for their fields (x.field is
 * x[index]). It cannot be assigned or deleted through an instance.
 */
import type { PyObject, Visit } from '../runtime/object';
import { PyObject as PyObjectClass } from '../runtime/object';
import { makeStaticType, TPFLAGS_HAVE_GC, type PyType } from '../runtime/type';
import { gcFree, gcTrack, gcUntrack, newref, xdecref } from '../runtime/heap';
import { None } from '../runtime/singletons';
import { PyTuple, tupleSteal } from '../runtime/tuple';
import { newInt } from '../runtime/int';
import { attributeError, indexError, typeError } from '../runtime/errors';
import { defGetSet, defMethod } from '../runtime/builtin';
import { indexArg, positional } from '../runtime/args';
import { recorder } from '../trace/recorder';

export class PyTupleGetter extends PyObjectClass {
  constructor(type: PyType, readonly index: number, public doc: PyObject | null) {
    super(type);
  }
}

export const TupleGetterType = makeStaticType('_collections._tuplegetter', 'descriptor', {
  flags: TPFLAGS_HAVE_GC,
  dealloc: (o) => {
    gcUntrack(o);
    const g = o as PyTupleGetter;
    const d = g.doc;
    g.doc = null;
    xdecref(d);
    gcFree(o);
  },
});
TupleGetterType.tp_traverse = (o: PyObject, visit: Visit) => {
  const d = (o as PyTupleGetter).doc;
  if (d !== null) visit(d);
};
TupleGetterType.tp_new = (t, args, kw) => {
  positional('_tuplegetter', '_tuplegetter', args, kw, 2, 2);
  const g = new PyTupleGetter(t, indexArg(args[0] as PyObject), newref(args[1] as PyObject));
  recorder.alloc(g);
  gcTrack(g);
  return g;
};
TupleGetterType.tp_init = () => undefined;
TupleGetterType.tp_descr_get = (d, obj) => {
  const g = d as PyTupleGetter;
  if (obj === null) return newref(d);
  if (!(obj instanceof PyTuple)) {
    typeError(`descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${obj.ob_type.tp_name}' object`);
  }
  if (g.index >= obj.items.length) indexError('tuple index out of range');
  return newref(obj.items[g.index] as PyObject);
};
TupleGetterType.tp_descr_set = (_d, _obj, v) => {
  attributeError(v === null ? "can't delete attribute" : "can't set attribute");
};
defGetSet(TupleGetterType, '__doc__', (o) => newref((o as PyTupleGetter).doc ?? None), (o, v) => {
  const g = o as PyTupleGetter;
  const old = g.doc;
  g.doc = v === null ? null : newref(v);
  xdecref(old);
});
defMethod(TupleGetterType, '__reduce__', (self) => {
  const g = self as PyTupleGetter;
  return tupleSteal([newref(self.ob_type), tupleSteal([newInt(g.index), newref(g.doc ?? None)])]);
});
