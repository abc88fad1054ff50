/**
 * The instance layout of classes defined in Python (CPython's type_new_descriptors and
 * subtype_dealloc): whether instances get a __dict__ and weak references, __slots__ (member
 * descriptors; their values are released in sorted slot order, most derived class first, before
 * the __dict__), and subclasses of builtin types (a list subclass's instance is a list with a
 * __dict__; it dies as the subclass's instance, then as a list).
 */
import { cpythonAtLeast } from '../profile';
import { GC_TRACKED, PyObject, type Visit } from './object';
import {
  makeStaticType, TPFLAGS_MANAGED_DICT, TPFLAGS_WEAKREFABLE, typeLookup, type KwNames, type PyType,
} from './type';
import { decref, gcTrack, incref, newref, xdecref } from './heap';
import { dictForEach, dictGetItem, type PyDict } from './dict';
import { PyStr, StrType } from './str';
import { PyInt, IntType } from './int';
import { PyFloat, FloatType } from './float';
import { PyTuple, TupleType } from './tuple';
import { ListType, listSteal } from './list';
import { DictType, dictNew } from './dict';
import { BytesType, PyBytes } from './bytes';
import { ComplexType, PyComplex } from './complex';
import { SetType, FrozenSetType } from './set';
import { WeakrefType } from './weakref';
import { PyInstance } from './instance';
import { raise, typeError } from './errors';
import { AttributeError, ValueError } from './exceptions';
import { iterateToArray, call } from './abstract';
import { recorder, L_ATTR } from '../trace/recorder';
import { traceItemsAdded } from '../trace/containers';
import { builtinFunction, defMethod, PyGetSetDescr } from './builtin';
import { None } from './singletons';

/** Objects that may carry __slots__ values (instances, and instances of builtin subclasses). */
interface SlotHolder {
  slots?: (PyObject | null)[];
  dict?: PyDict | null;
}

interface SlotInfo {
  /** This class's own slot names, sorted (CPython sorts them). */
  readonly own: readonly string[];
  /** Where this class's slots start in the instance's slot array. */
  readonly offset: number;
}

const slotInfo = new WeakMap<PyType, SlotInfo>();

/** Builtin types a class statement may derive from, beyond object, type and the exceptions. */
let subclassable: Set<PyType> | null = null;

/**
 * Builtins whose tp_new makes an empty object that their own tp_init fills (property), registered
 * at startup from modules this one cannot import without a cycle.
 */
const initFilled = new Set<PyType>();

export function registerInitFilledBase(t: PyType): void {
  isSubclassable(t);
  (subclassable as Set<PyType>).add(t);
  initFilled.add(t);
}

function isSubclassable(t: PyType): boolean {
  // Built lazily: the types come from modules that may still be loading when this one is.
  subclassable ??= new Set([ListType, DictType, SetType, FrozenSetType, IntType, FloatType, ComplexType, StrType, TupleType, BytesType, WeakrefType]);
  return subclassable.has(t);
}

function staticBase(t: PyType): PyType {
  for (const m of t.tp_mro) if (!m.isHeapType()) return m;
  return t;
}

/** How many __slots__ values instances of `t` carry (its own and its heap bases'). */
export function totalSlots(t: PyType): number {
  let n = 0;
  for (let c: PyType | null = t; c !== null && c.isHeapType(); c = c.tp_base) n += slotInfo.get(c)?.own.length ?? 0;
  return n;
}

// ---- member descriptors -------------------------------------------------------------------------

export const MemberDescrType = makeStaticType('member_descriptor', 'descriptor');

class PyMember extends PyObject {
  constructor(readonly name: string, readonly index: number, readonly owner: PyType) {
    super(MemberDescrType);
  }
}

function missingSlot(obj: PyObject, name: string): never {
  raise(AttributeError, `'${obj.ob_type.tp_name}' object has no attribute '${name}'`);
}

MemberDescrType.tp_descr_get = (d, obj) => {
  const m = d as PyMember;
  if (obj === null) return newref(d);
  const v = (obj as SlotHolder).slots?.[m.index] ?? null;
  if (v === null) missingSlot(obj, m.name);
  return newref(v);
};
MemberDescrType.tp_descr_set = (d, obj, v) => {
  const m = d as PyMember;
  const slots = (obj as SlotHolder).slots;
  if (slots === undefined) typeError(`descriptor '${m.name}' for '${m.owner.tp_name}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`);
  const old = slots[m.index] ?? null;
  if (v === null && old === null) missingSlot(obj, m.name);
  slots[m.index] = v === null ? null : newref(v);
  // A slot is an attribute of the instance in the trace, as an instance-dict entry is.
  if (recorder.on && old !== v) {
    if (old !== null) recorder.edge(obj, old, L_ATTR, m.name, false);
    if (v !== null) recorder.edge(obj, v, L_ATTR, m.name, true);
  }
  xdecref(old);
};
MemberDescrType.tp_repr = (d) => `<member '${(d as PyMember).name}' of '${(d as PyMember).owner.tp_name}' objects>`;

function mangle(cls: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__')) return name;
  const stripped = cls.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

/**
 * type_new's layout decisions for a new heap type: __dict__ and __weakref__ (from __slots__ or
 * by default), the slot member descriptors. `base` is the solid base.
 */
export function layoutHeapType(t: PyType, base: PyType): void {
  const builtin = staticBase(base);
  if (builtin.layout !== 'object' && builtin.layout !== 'exception' && builtin.layout !== 'type' && !isSubclassable(builtin)) {
    typeError(`not supported yet: subclassing the builtin type '${builtin.tp_name}'`);
  }
  // int, tuple and bytes have per-item storage (tp_itemsize): no __weakref__, no nonempty __slots__.
  const variableSize = builtin === IntType || builtin === TupleType || builtin === BytesType;
  const baseHasDict = t.tp_bases.some((b) => (b.tp_flags & TPFLAGS_MANAGED_DICT) !== 0);
  const baseWeak = t.tp_bases.some((b) => (b.tp_flags & TPFLAGS_WEAKREFABLE) !== 0);
  let addDict = !baseHasDict;
  let addWeak = !baseWeak && !variableSize;
  const spec = t.tp_dict.get('__slots__');
  const own: string[] = [];
  if (spec !== undefined) {
    addDict = false;
    addWeak = false;
    const names = spec instanceof PyStr ? [spec.value] : iterateToArray(spec).map((x) => {
      const s = x instanceof PyStr ? x.value : null;
      decref(x);
      if (s === null) typeError(`__slots__ items must be strings, not '${x.ob_type.tp_name}'`);
      return s;
    });
    for (const n of names) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n)) typeError('__slots__ must be identifiers');
      if (n === '__dict__') {
        if (baseHasDict || addDict) typeError('__dict__ slot disallowed: we already got one');
        addDict = true;
      } else if (n === '__weakref__') {
        if (baseWeak || addWeak) typeError(`__weakref__ slot disallowed: ${cpythonAtLeast(12) ? 'we already got one' : 'either we already got one, or __itemsize__ != 0'}`);
        addWeak = true;
      } else {
        const m = mangle(t.tp_name, n);
        if (t.tp_dict.has(m)) raise(ValueError, `'${m}' in __slots__ conflicts with class variable`);
        own.push(m);
      }
    }
    if (names.some((n) => n !== '__dict__') && variableSize) typeError(`nonempty __slots__ not supported for subtype of '${builtin.tp_name}'`);
    own.sort();
  }
  if (baseHasDict || addDict) t.tp_flags |= TPFLAGS_MANAGED_DICT;
  if (baseWeak || addWeak) t.tp_flags |= TPFLAGS_WEAKREFABLE;
  // The class that adds weak references has the __weakref__ descriptor (the first ref, or None).
  if (addWeak && !t.tp_dict.has('__weakref__')) t.tp_dict.set('__weakref__', weakrefDescr(t));
  const offset = t.tp_base !== null ? totalSlots(t.tp_base) : 0;
  slotInfo.set(t, { own, offset });
  own.forEach((name, i) => {
    const d = new PyMember(name, offset + i, t);
    recorder.alloc(d);
    t.tp_dict.set(name, d);
  });
}

/** How many __slots__ values instances of t have (all classes of its chain). */
export function slotCount(t: PyType): number {
  return totalSlots(t);
}

/** A new instance's slot array (all empty), if its class has slots anywhere. */
export function initSlots(o: PyObject, t: PyType): void {
  const n = totalSlots(t);
  if (n !== 0) (o as SlotHolder).slots = new Array<PyObject | null>(n).fill(null);
}

/** clear_slots for each class from the most derived: values in sorted slot order. */
export function clearHeapSlots(o: PyObject): void {
  const slots = (o as SlotHolder).slots;
  if (slots === undefined) return;
  for (let c: PyType | null = o.ob_type; c !== null && c.isHeapType(); c = c.tp_base) {
    const info = slotInfo.get(c);
    if (info === undefined) continue;
    for (let i = 0; i < info.own.length; i++) {
      const v = slots[info.offset + i] ?? null;
      if (v !== null) {
        slots[info.offset + i] = null;
        if (recorder.on) recorder.edge(o, v, L_ATTR, info.own[i] as string, false);
        decref(v);
      }
    }
  }
}

export function traverseHeapSlots(o: PyObject, visit: Visit): void {
  const slots = (o as SlotHolder).slots;
  if (slots === undefined) return;
  for (let c: PyType | null = o.ob_type; c !== null && c.isHeapType(); c = c.tp_base) {
    const info = slotInfo.get(c);
    if (info === undefined) continue;
    for (let i = 0; i < info.own.length; i++) {
      const v = slots[info.offset + i] ?? null;
      if (v !== null) visit(v);
    }
  }
}

// ---- instances of builtin subclasses ------------------------------------------------------------

export { builtinSubclassDict } from './extradict';

/** Whether `o` is an instance of a class derived (in Python) from a builtin other than object. */
export function isBuiltinSubclassInstance(o: PyObject): boolean {
  // Also classes whose metaclass is written in Python: they die as a class, then as the instance.
  return !(o instanceof PyInstance) && o.ob_type.isHeapType();
}

/** The part of subtype_dealloc after the finalizer and weakrefs: slots, dict, the builtin's own dealloc. */
export function deallocBuiltinSubclass(o: PyObject): void {
  const type = o.ob_type;
  const h = o as SlotHolder;
  if (h.dict !== undefined && h.dict !== null) {
    const d = h.dict;
    h.dict = null;
    decref(d);
  }
  const base = staticBase(type);
  // weakref_dealloc releases the subclass itself (weakref objects hold their heap type).
  base.tp_dealloc(o);
  if (base !== WeakrefType) decref(type);
}

export function traverseBuiltinSubclass(o: PyObject, visit: Visit): void {
  const d = (o as SlotHolder).dict;
  if (d !== undefined && d !== null) dictForEach(d, (_k, v) => visit(v));
  const tr = staticBase(o.ob_type).tp_traverse;
  if (tr !== null) tr(o, visit);
}

export function clearBuiltinSubclass(o: PyObject): void {
  const h = o as SlotHolder;
  if (h.dict !== undefined && h.dict !== null) {
    const d = h.dict;
    h.dict = null;
    decref(d);
  }
  const cl = staticBase(o.ob_type).tp_clear;
  if (cl !== null) cl(o);
}

/** Gives a fresh builtin object its subclass: the type (a reference), a __dict__, slots, tracking. */
function adopt(o: PyObject, t: PyType): PyObject {
  if (o.ob_type !== t) {
    o.ob_type = t;
    incref(t);
  } else if (staticBase(t) !== WeakrefType) incref(t);
  if ((t.tp_flags & TPFLAGS_MANAGED_DICT) !== 0) (o as SlotHolder).dict = null;
  initSlots(o, t);
  if ((o.gc_flags & GC_TRACKED) === 0) gcTrack(o);
  return o;
}

/** A copy of an immutable builtin value as an instance of subclass t (cached values stay shared). */
function cloneAs(v: PyObject, t: PyType): PyObject {
  let o: PyObject;
  if (v instanceof PyInt) o = new PyInt(v.value, t);
  else if (v instanceof PyFloat) {
    o = new PyFloat(v.value);
    o.ob_type = t;
  } else if (v instanceof PyStr) {
    o = new PyStr(v.value);
    o.ob_type = t;
  } else if (v instanceof PyTuple) {
    const items = v.items.slice();
    for (const x of items) incref(x);
    o = new PyTuple(items);
    o.ob_type = t;
  } else if (v instanceof PyBytes) o = new PyBytes(t, v.value.slice());
  else if (v instanceof PyComplex) {
    o = new PyComplex(v.real, v.imag);
    o.ob_type = t;
  }
  else return typeError(`not supported yet: subclassing the builtin type '${staticBase(t).tp_name}'`);
  recorder.alloc(o);
  // The copy's items are references of its own, which tuple_dealloc later reports released.
  if (o instanceof PyTuple && recorder.on) traceItemsAdded(o);
  incref(t);
  if ((t.tp_flags & TPFLAGS_MANAGED_DICT) !== 0) (o as SlotHolder).dict = null;
  gcTrack(o);
  return o;
}

/** tp_new of a Python subclass of a builtin that does not define __new__. */
export function builtinSubclassNew(t: PyType, args: readonly PyObject[], kwnames: KwNames): PyObject {
  const base = staticBase(t);
  if (base === ListType) return adopt(listSteal([]), t);
  if (base === DictType) return adopt(dictNew(), t);
  if (base === SetType || initFilled.has(base)) return adopt((base.tp_new as NonNullable<PyType['tp_new']>)(t, [], null), t);
  if (base === FrozenSetType || base === WeakrefType) return adopt((base.tp_new as NonNullable<PyType['tp_new']>)(t, args, kwnames), t);
  const v = (base.tp_new as NonNullable<PyType['tp_new']>)(base, args, kwnames);
  try {
    return cloneAs(v, t);
  } finally {
    decref(v);
  }
}

function dictSubclassSubscript(o: PyObject, key: PyObject): PyObject {
  const v = dictGetItem(o as PyDict, key);
  if (v !== null) return newref(v);
  const missing = typeLookup(o.ob_type, '__missing__') as PyObject;
  return call(missing, [o, key]);
}

/** list/dict/set.__init__: a mutable builtin's contents come from __init__, not __new__. */
function fillInit(self: PyObject, args: readonly PyObject[], kwnames: KwNames): void {
  const base = staticBase(self.ob_type);
  const method = (name: string): PyObject => typeLookup(base, name) as PyObject;
  if (base === ListType) {
    if (args.length > 1) typeError(`list expected at most 1 argument, got ${args.length}`);
    decref(call(method('clear'), [self]));
    if (args.length === 1) decref(call(method('extend'), [self, args[0] as PyObject]));
  } else if (base === DictType) {
    if (args.length - (kwnames?.length ?? 0) > 1) typeError(`dict expected at most 1 argument, got ${args.length}`);
    decref(call(method('update'), [self, ...args], kwnames));
  } else if (base === SetType) {
    decref(call(method('clear'), [self]));
    if (args.length === 1) decref(call(method('update'), [self, args[0] as PyObject]));
  }
}

/** tp_init of a Python subclass of a builtin that does not define __init__. */
export function builtinSubclassInit(self: PyObject, args: readonly PyObject[], kwnames: KwNames): void {
  fillInit(self, args, kwnames);
}

/**
 * updateSlots leaves a builtin subclass the builtin's tp_new/tp_init when the class defines
 * neither; those build a plain builtin, so the subclass gets these instead.
 */
export function fixBuiltinSubclassSlots(t: PyType): void {
  const base = staticBase(t);
  if (!isSubclassable(base)) return;
  if (t.tp_new === base.tp_new) t.tp_new = builtinSubclassNew;
  if (t.tp_init === base.tp_init && !initFilled.has(base)) t.tp_init = builtinSubclassInit;
  // dict_subscript calls a subclass's __missing__ for an absent key.
  if (base === DictType && t.mp_subscript === DictType.mp_subscript && typeLookup(t, '__missing__') !== null) {
    t.mp_subscript = dictSubclassSubscript;
  }
}

/** list.__new__ & co, which a subclass's own __new__ reaches through super(). */
function builtinNewFor(base: PyType): (args: readonly PyObject[], kwnames: KwNames) => PyObject {
  return (args, kwnames) => {
    const t = args[0] as PyType;
    const rest = args.slice(1);
    if (t === base) return (base.tp_new as NonNullable<PyType['tp_new']>)(base, rest, kwnames);
    return builtinSubclassNew(t, rest, kwnames);
  };
}

/** list.__init__ & co: filling a subclass's instance (a plain builtin is filled by its __new__). */
function builtinInitFor(base: PyType): (self: PyObject, args: readonly PyObject[], kwnames: KwNames) => PyObject {
  return (self, args, kwnames) => {
    if (self.ob_type !== base) fillInit(self, args, kwnames);
    return None;
  };
}

/** Gives the subclassable builtins the __new__ and __init__ that super() finds. */
export function installBuiltinSubclassing(): void {
  isSubclassable(ListType);
  for (const t of subclassable as Set<PyType>) {
    if (!t.tp_dict.has('__new__')) {
      const f = builtinNewFor(t);
      t.tp_dict.set('__new__', builtinFunction('__new__', (_s, args, kw) => f(args, kw)));
    }
    if (!t.tp_dict.has('__init__')) defMethod(t, '__init__', builtinInitFor(t));
  }
}

// ---- the class's reference to itself ------------------------------------------------------------

/**
 * A class's __mro__ tuple starts with the class itself, so every class is in a reference cycle:
 * deleting its last name never frees it; the collector does (type_clear drops the __mro__).
 */
const holdsSelf = new WeakSet<PyType>();

export function holdMroSelf(t: PyType): void {
  incref(t);
  holdsSelf.add(t);
  // tp_base and the other __mro__ entries are references too (a subclass adds 3 to its base).
  for (let i = 1; i < t.tp_mro.length; i++) incref(t.tp_mro[i] as PyType);
  if (t.tp_base !== null) incref(t.tp_base);
}

/** type_dealloc's tp_base reference. */
export function releaseTypeBase(t: PyType): void {
  if (t.tp_base !== null) decref(t.tp_base);
}

/** type_dealloc's __mro__ references (the class's own was dropped by the collector's type_clear). */
export function releaseTypeMro(t: PyType): void {
  for (let i = 1; i < t.tp_mro.length; i++) decref(t.tp_mro[i] as PyType);
}

export function visitMroSelf(t: PyType, visit: Visit): void {
  if (holdsSelf.has(t)) visit(t);
  for (let i = 1; i < t.tp_mro.length; i++) visit(t.tp_mro[i] as PyType);
  if (t.tp_base !== null) visit(t.tp_base);
}

export function dropMroSelf(t: PyType): void {
  if (!holdsSelf.delete(t)) return;
  decref(t);
}

const weakrefDescrs = new WeakMap<PyType, PyObject>();

function makeGetSet(name: string, get: (o: PyObject) => PyObject, owner: PyType): PyObject {
  const d = new PyGetSetDescr(name, get, null, owner);
  recorder.alloc(d);
  return d;
}

function weakrefDescr(t: PyType): PyObject {
  let d = weakrefDescrs.get(t);
  if (d === undefined) {
    const owner = t;
    // One getset per class, as CPython's subtype_getweakref descriptor.
    d = makeGetSet('__weakref__', (o) => newref(o.ob_weaklist ?? None), owner);
    weakrefDescrs.set(t, d);
  }
  return d;
}
