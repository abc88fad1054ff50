/**
 * BaseExceptionGroup and ExceptionGroup (CPython's Objects/exceptions.c): construction with its
 * checks, `message`/`exceptions`, derive/split/subgroup (metadata copied onto each part), and the
 * two operations `except*` compiles to: CHECK_EG_MATCH (exception_group_match) and
 * PREP_RERAISE_STAR (_PyExc_PrepReraiseStar).
 */
import type { PyObject } from './object';
import { ObjectType, TPFLAGS_BASETYPE, makeStaticType, isSubtype, PyType, type KwNames } from './type';
import { BaseException, Exception, PyBaseException, excSetLink } from './exceptions';
import { decref, newref, xdecref } from './heap';
import { PyTuple, tupleNew, tupleSteal } from './tuple';
import { PyList, listSteal } from './list';
import { PyStr, newStr } from './str';
import { None } from './singletons';
import { typeError, valueError } from './errors';
import { call, getAttrOrNull, iterateToArray, isTrue, pyRepr, setAttr, typeName } from './abstract';
import { defGetSet, defMethod } from './builtin';
import { allocInstance } from './subtype';
import { recorder, L_EXCEPTION } from '../trace/recorder';

export const BaseExceptionGroup = makeStaticType('BaseExceptionGroup', 'exception', { base: BaseException, flags: TPFLAGS_BASETYPE, dealloc: BaseException.tp_dealloc });
export const ExceptionGroup = makeStaticType('ExceptionGroup', 'exception', { base: BaseExceptionGroup, flags: TPFLAGS_BASETYPE, dealloc: BaseException.tp_dealloc });
// ExceptionGroup(BaseExceptionGroup, Exception): the one builtin exception with two bases.
ExceptionGroup.tp_bases = [BaseExceptionGroup, Exception];
ExceptionGroup.tp_mro = [ExceptionGroup, BaseExceptionGroup, Exception, BaseException, ObjectType];
Exception.subclasses.push(ExceptionGroup);

export function isExceptionGroup(o: PyObject): o is PyBaseException {
  return isSubtype(o.ob_type, BaseExceptionGroup);
}

function isException(o: PyObject): boolean {
  return isSubtype(o.ob_type, Exception);
}

/** BaseExceptionGroup.__new__(cls, message, exceptions). */
function egNew(type: PyType, args: readonly PyObject[], kwnames: KwNames): PyObject {
  if (kwnames !== null && kwnames.length !== 0) typeError(`${type.tp_name}() takes no keyword arguments`);
  if (args.length !== 2) typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, seq] = args as [PyObject, PyObject];
  if (!(message instanceof PyStr)) typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`);
  if (!(seq instanceof PyList || seq instanceof PyTuple) && getAttrOrNull(seq, '__getitem__') === null) {
    typeError('second argument (exceptions) must be a sequence');
  }
  const items = iterateToArray(seq);
  try {
    if (items.length === 0) valueError('second argument (exceptions) must be a non-empty sequence');
    items.forEach((x, i) => {
      if (!(x instanceof PyBaseException)) valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    });
    const allExceptions = items.every(isException);
    let cls = type;
    if (type === BaseExceptionGroup) {
      if (allExceptions) cls = ExceptionGroup;
    } else if (type === ExceptionGroup) {
      if (!allExceptions) typeError('Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (!allExceptions && isSubtype(type, Exception)) {
      typeError(`Cannot nest BaseExceptions in '${type.tp_name}'`);
    }
    const e = allocInstance(cls) as PyBaseException;
    setEgFields(e, newref(message), tupleSteal(items.splice(0)), tupleNew(args));
    return e;
  } finally {
    for (const x of items) decref(x);
  }
}

/** Stores message, exceptions and args (new references), with the trace's edges. */
function setEgFields(e: PyBaseException, message: PyObject, excs: PyTuple, args: PyTuple): void {
  e.egMessage = message;
  e.egExceptions = excs;
  if (recorder.on) {
    recorder.edge(e, message, L_EXCEPTION, 'message', true);
    recorder.edge(e, excs, L_EXCEPTION, 'exceptions', true);
  }
  const old = e.args;
  e.args = args;
  if (recorder.on) recorder.edge(e, args, L_EXCEPTION, 'args', true);
  decref(old);
}

function excsOf(e: PyObject): readonly PyObject[] {
  return (e as PyBaseException).egExceptions?.items ?? [];
}

BaseExceptionGroup.tp_new = egNew;
BaseExceptionGroup.tp_str = (o) => {
  const n = excsOf(o).length;
  const msg = (o as PyBaseException).egMessage;
  return `${msg instanceof PyStr ? msg.value : ''} (${n} sub-exception${n === 1 ? '' : 's'})`;
};
BaseExceptionGroup.tp_repr = (o) => {
  const e = o as PyBaseException;
  const given = e.args.items[1];
  const seq = given instanceof PyList || given instanceof PyTuple ? pyRepr(given) : pyRepr(e.egExceptions as PyTuple);
  return `${o.ob_type.qualname}(${pyRepr(e.egMessage ?? None)}, ${seq})`;
};
defMethod(BaseExceptionGroup, '__str__', (self) => newStr((BaseExceptionGroup.tp_str as (o: PyObject) => string)(self)));
defMethod(BaseExceptionGroup, '__repr__', (self) => newStr((BaseExceptionGroup.tp_repr as (o: PyObject) => string)(self)));
defGetSet(BaseExceptionGroup, 'message', (o) => newref((o as PyBaseException).egMessage ?? None));
defGetSet(BaseExceptionGroup, 'exceptions', (o) => newref((o as PyBaseException).egExceptions ?? None));

defMethod(BaseExceptionGroup, 'derive', (self, args) => {
  if (args.length !== 1) typeError(`BaseExceptionGroup.derive() takes exactly one argument (${args.length} given)`);
  return call(BaseExceptionGroup, [(self as PyBaseException).egMessage ?? None, args[0] as PyObject]);
});

type Matcher = (e: PyObject) => boolean;

/** The condition of split()/subgroup(): an exception type, a tuple of them, or a predicate. */
function matcherOf(cond: PyObject): Matcher {
  const isExcType = (t: PyObject): boolean => t instanceof PyType && isSubtype(t, BaseException);
  if (isExcType(cond)) return (e) => isSubtype(e.ob_type, cond as PyType);
  if (cond instanceof PyTuple && cond.items.every(isExcType)) return (e) => cond.items.some((t) => isSubtype(e.ob_type, t as PyType));
  if (!(cond instanceof PyType) && cond.ob_type.tp_call !== null) {
    return (e) => {
      const r = call(cond, [e]);
      try {
        return isTrue(r);
      } finally {
        decref(r);
      }
    };
  }
  return typeError('expected an exception type, a tuple of exception types, or a callable (other than a class)');
}

/** exceptiongroup_subset: derive() a group of `excs` carrying the original's metadata. */
function subset(orig: PyBaseException, excs: PyObject[]): PyObject | null {
  if (excs.length === 0) return null;
  const list = listSteal(excs.map((x) => newref(x)));
  const derive = getAttrOrNull(orig, 'derive') as PyObject;
  const eg = call(derive, [list]);
  decref(derive);
  decref(list);
  if (!(eg instanceof PyBaseException) || !isExceptionGroup(eg)) {
    decref(eg);
    typeError('derive must return an instance of BaseExceptionGroup');
  }
  excSetLink(eg, 'context', orig.context === null ? null : newref(orig.context));
  excSetLink(eg, 'cause', orig.cause === null ? null : newref(orig.cause));
  const tb = getAttrOrNull(orig, '__traceback__');
  if (tb !== null) {
    setAttr(eg, '__traceback__', tb);
    decref(tb);
  }
  const notes = getAttrOrNull(orig, '__notes__');
  if (notes !== null) {
    const copy = listSteal(iterateToArray(notes));
    setAttr(eg, '__notes__', copy);
    decref(copy);
    decref(notes);
  }
  return eg;
}

/** exceptiongroup_split_recursive: [match, rest], either may be null. */
function splitRecursive(e: PyObject, match: Matcher, withRest: boolean): [PyObject | null, PyObject | null] {
  if (match(e)) return [newref(e), null];
  if (!isExceptionGroup(e)) return [null, withRest ? newref(e) : null];
  const matched: PyObject[] = [];
  const rest: PyObject[] = [];
  try {
    for (const x of excsOf(e)) {
      const [m, r] = splitRecursive(x, match, withRest);
      if (m !== null) matched.push(m);
      if (r !== null) rest.push(r);
    }
    return [subset(e, matched), withRest ? subset(e, rest) : null];
  } finally {
    for (const x of matched) decref(x);
    for (const x of rest) decref(x);
  }
}

defMethod(BaseExceptionGroup, 'split', (self, args) => {
  if (args.length !== 1) typeError(`BaseExceptionGroup.split() takes exactly one argument (${args.length} given)`);
  const [m, r] = splitRecursive(self, matcherOf(args[0] as PyObject), true);
  return tupleSteal([m ?? newref(None), r ?? newref(None)]);
});
defMethod(BaseExceptionGroup, 'subgroup', (self, args) => {
  if (args.length !== 1) typeError(`BaseExceptionGroup.subgroup() takes exactly one argument (${args.length} given)`);
  const [m] = splitRecursive(self, matcherOf(args[0] as PyObject), false);
  return m ?? newref(None);
});

/** _PyEval_CheckExceptStarTypeValid. */
function checkStarType(t: PyObject): void {
  if (t instanceof PyTuple) {
    for (const x of t.items) checkStarType(x);
    return;
  }
  if (!(t instanceof PyType) || !isSubtype(t, BaseException)) typeError('catching classes that do not inherit from BaseException is not allowed');
  if (isSubtype(t, BaseExceptionGroup)) typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
}

/**
 * CHECK_EG_MATCH (exception_group_match): [match, rest] as new references. A naked exception that
 * matches is wrapped in a group of its own (carrying its traceback); a group is split().
 */
export function exceptionGroupMatch(x: PyObject, t: PyObject): [PyObject, PyObject] {
  checkStarType(t);
  if (x === None) return [newref(None), newref(None)];
  const matches = matcherOf(t)(x);
  if (matches) {
    if (isExceptionGroup(x)) return [newref(x), newref(None)];
    const wrapped = newGroup(tupleNew([x]));
    const tb = getAttrOrNull(x, '__traceback__');
    if (tb !== null) {
      setAttr(wrapped, '__traceback__', tb);
      decref(tb);
    }
    return [wrapped, newref(None)];
  }
  if (isExceptionGroup(x)) {
    const split = getAttrOrNull(x, 'split') as PyObject;
    const pair = call(split, [t]);
    decref(split);
    if (!(pair instanceof PyTuple) || pair.items.length !== 2) {
      decref(pair);
      typeError(`${x.ob_type.tp_name}.split must return a 2-tuple, got ${typeName(pair)}`);
    }
    const [m, r] = pair.items as [PyObject, PyObject];
    const out: [PyObject, PyObject] = [newref(m), newref(r)];
    decref(pair);
    return out;
  }
  return [newref(None), newref(x)];
}

/** The leaves of a group (or the exception itself), depth first. */
function leaves(e: PyObject, out: Set<PyObject>): Set<PyObject> {
  if (isExceptionGroup(e)) for (const x of excsOf(e)) leaves(x, out);
  else out.add(e);
  return out;
}

/** is_same_exception_metadata: a part split off `orig` shares its notes, traceback, cause, context. */
function sameMetadata(e: PyBaseException, orig: PyBaseException): boolean {
  const attr = (o: PyObject, name: string): PyObject | null => {
    const v = getAttrOrNull(o, name);
    if (v !== null) decref(v);
    return v;
  };
  return attr(e, '__notes__') === attr(orig, '__notes__') && e.traceback === orig.traceback && e.cause === orig.cause && e.context === orig.context;
}

/**
 * PREP_RERAISE_STAR (_PyExc_PrepReraiseStar): what leaves the try/except* statement — the parts of
 * the original group that were re-raised (rebuilt from the original's structure), plus the
 * exceptions the handlers raised, grouped; None when everything was handled.
 */
export function prepReraiseStar(orig: PyObject, excs: PyObject): PyObject {
  const items = (excs as PyList).items.filter((x) => x !== None);
  if (items.length === 0) return newref(None);
  if (!isExceptionGroup(orig)) return newref(items[0] as PyObject);
  const origEg = orig as PyBaseException;
  const raised: PyObject[] = [];
  const reraisedLeaves = new Set<PyObject>();
  for (const e of items) {
    if (e instanceof PyBaseException && sameMetadata(e, origEg)) leaves(e, reraisedLeaves);
    else raised.push(e);
  }
  let reraised: PyObject | null = null;
  if (reraisedLeaves.size !== 0) [reraised] = splitRecursive(orig, (e) => reraisedLeaves.has(e), false);
  if (raised.length === 0) return reraised ?? newref(None);
  const all = [...raised];
  if (reraised !== null) all.push(reraised);
  if (all.length === 1) return newref(all[0] as PyObject);
  const list = listSteal(all.map((x) => newref(x)));
  xdecref(reraised);
  return newGroup(list);
}

/** BaseExceptionGroup('', excs), taking the reference to `excs`. */
function newGroup(excs: PyObject): PyBaseException {
  const empty = newStr('');
  try {
    return call(BaseExceptionGroup, [empty, excs]) as PyBaseException;
  } finally {
    decref(empty);
    decref(excs);
  }
}

export const EXCEPTION_GROUP_TYPES: readonly PyType[] = [BaseExceptionGroup, ExceptionGroup];
