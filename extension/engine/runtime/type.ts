/**
 * Type objects: the slot table every object's behaviour dispatches through (CPython's
 * PyTypeObject), the MRO (C3), and attribute lookup along it. Builtin types are immortal statics;
 * classes made by `class` statements are heap types with refcounts, traversed by the collector.
 */
import { PyObject, type Visit } from './object';

/** Keyword names of a call, trailing the positional values in `args` (vectorcall convention). */
export type KwNames = readonly string[] | null;

export type Dealloc = (o: PyObject) => void;
export type Traverse = (o: PyObject, visit: Visit) => void;
export type Clear = (o: PyObject) => void;
export type CallSlot = (callable: PyObject, args: readonly PyObject[], kwnames: KwNames) => PyObject;
export type NewSlot = (type: PyType, args: readonly PyObject[], kwnames: KwNames) => PyObject;
export type InitSlot = (self: PyObject, args: readonly PyObject[], kwnames: KwNames) => void;
/** Returns a new reference, or null when the attribute is missing (the caller raises). */
export type GetAttrSlot = (o: PyObject, name: string) => PyObject | null;
/** value null means delete. */
export type SetAttrSlot = (o: PyObject, name: string, value: PyObject | null) => void;
export type DescrGet = (descr: PyObject, obj: PyObject | null, type: PyType) => PyObject;
export type DescrSet = (descr: PyObject, obj: PyObject, value: PyObject | null) => void;
/** Binary number slot; called with either operand of this type; returns NotImplemented to decline. */
export type BinarySlot = (a: PyObject, b: PyObject, op: number) => PyObject;
export type RichCompare = (a: PyObject, b: PyObject, op: number) => PyObject;

/** Py_TPFLAGS_* that matter here. */
export const TPFLAGS_HEAPTYPE = 1 << 9;
export const TPFLAGS_BASETYPE = 1 << 10;
export const TPFLAGS_HAVE_GC = 1 << 14;
export const TPFLAGS_IMMUTABLETYPE = 1 << 8;
/** Instances may be weakly referenced (CPython: tp_weaklistoffset != 0). */
export const TPFLAGS_WEAKREFABLE = 1 << 1;
/** Instances carry a __dict__ (CPython: Py_TPFLAGS_MANAGED_DICT). */
export const TPFLAGS_MANAGED_DICT = 1 << 4;

/** Which JS class instances of the type (and its subclasses) are: the C struct layout. */
export type Layout =
  | 'object' | 'type' | 'int' | 'float' | 'str' | 'tuple' | 'list' | 'dict' | 'function' | 'builtin'
  | 'method' | 'cell' | 'weakref' | 'module' | 'exception' | 'frame' | 'traceback' | 'code' | 'iter'
  | 'range' | 'slice' | 'generator' | 'descriptor' | 'set' | 'other';

export class PyType extends PyObject {
  tp_name: string;
  tp_flags: number;
  tp_base: PyType | null;
  tp_bases: PyType[];
  tp_mro: PyType[] = [];
  /** The type's own namespace. Owned references. */
  tp_dict = new Map<string, PyObject>();
  layout: Layout;
  tp_dealloc: Dealloc;
  tp_traverse: Traverse | null = null;
  tp_clear: Clear | null = null;
  /** __del__ (PEP 442); called at most once per object. */
  tp_finalize: ((o: PyObject) => void) | null = null;
  tp_repr: ((o: PyObject) => string) | null = null;
  tp_str: ((o: PyObject) => string) | null = null;
  /** null means unhashable (__hash__ = None). */
  tp_hash: ((o: PyObject) => number) | null = null;
  tp_richcompare: RichCompare | null = null;
  tp_iter: ((o: PyObject) => PyObject) | null = null;
  /** A new reference to the next item, or null when exhausted (no StopIteration allocated). */
  tp_iternext: ((o: PyObject) => PyObject | null) | null = null;
  tp_call: CallSlot | null = null;
  tp_new: NewSlot | null = null;
  tp_init: InitSlot | null = null;
  tp_getattro: GetAttrSlot | null = null;
  tp_setattro: SetAttrSlot | null = null;
  tp_descr_get: DescrGet | null = null;
  tp_descr_set: DescrSet | null = null;
  nb_bool: ((o: PyObject) => boolean) | null = null;
  nb_binop: BinarySlot | null = null;
  nb_inplace: BinarySlot | null = null;
  nb_unary: ((o: PyObject, op: number) => PyObject) | null = null;
  nb_index: ((o: PyObject) => PyObject) | null = null;
  mp_length: ((o: PyObject) => number) | null = null;
  mp_subscript: ((o: PyObject, key: PyObject) => PyObject) | null = null;
  mp_ass_subscript: ((o: PyObject, key: PyObject, value: PyObject | null) => void) | null = null;
  sq_contains: ((o: PyObject, item: PyObject) => boolean) | null = null;
  /** Heap types: the qualified name and module shown by repr(). */
  qualname: string;
  module: string | null = null;
  /** Bumped on every change to this type's or a base's namespace; invalidates slot caches. */
  version = 0;
  readonly subclasses: PyType[] = [];

  constructor(metatype: PyType | null, name: string, base: PyType | null, layout: Layout, flags: number, dealloc: Dealloc) {
    // The metatype of `type` is itself; it is filled in by the bootstrap below.
    super(metatype ?? (null as unknown as PyType));
    this.tp_name = name;
    this.qualname = name;
    this.tp_base = base;
    this.tp_bases = base ? [base] : [];
    this.layout = layout;
    this.tp_flags = flags;
    this.tp_dealloc = dealloc;
  }

  isHeapType(): boolean {
    return (this.tp_flags & TPFLAGS_HEAPTYPE) !== 0;
  }
}

/** Static objects are never freed: their refcount is far from zero and never reaches it. */
export const IMMORTAL_REFCNT = 2 ** 52;
/** What sys.getrefcount() reports for an immortal object on 64-bit CPython 3.14. */
export const IMMORTAL_REPORTED_REFCNT = 3221225472;

function noDealloc(): void {
  // Immortal statics are never deallocated.
}

/** The metatype. */
export const TypeType = new PyType(null, 'type', null, 'type', TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC, noDealloc);
TypeType.ob_type = TypeType;
TypeType.ob_refcnt = IMMORTAL_REFCNT;

/** The root of every MRO. */
export const ObjectType = new PyType(TypeType, 'object', null, 'object', TPFLAGS_BASETYPE, noDealloc);
ObjectType.ob_refcnt = IMMORTAL_REFCNT;
ObjectType.tp_mro = [ObjectType];
TypeType.tp_base = ObjectType;
TypeType.tp_bases = [ObjectType];
TypeType.tp_mro = [TypeType, ObjectType];

/** A builtin (static, immortal) type deriving from `base` (object by default). */
export function makeStaticType(name: string, layout: Layout, opts: { base?: PyType; flags?: number; dealloc?: Dealloc } = {}): PyType {
  const base = opts.base ?? ObjectType;
  const t = new PyType(TypeType, name, base, layout, (opts.flags ?? 0) | TPFLAGS_IMMUTABLETYPE, opts.dealloc ?? noDealloc);
  t.ob_refcnt = IMMORTAL_REFCNT;
  // "itertools.count": __module__ is the part before the last dot, __qualname__ the rest.
  const dot = name.lastIndexOf('.');
  if (dot > 0) {
    t.module = name.slice(0, dot);
    t.qualname = name.slice(dot + 1);
  }
  t.tp_mro = [t, ...base.tp_mro];
  base.subclasses.push(t);
  staticTypes.push(t);
  return t;
}

const staticTypes: PyType[] = [];

/**
 * A new run starts from the interpreter's own types: the classes a previous run defined are gone
 * from their static bases' subclass lists (a class that outlived its run would otherwise stay
 * reachable from `object` forever, and everything it references with it).
 */
export function forgetHeapSubclasses(): void {
  // `object` itself has no base, so it is not among staticTypes: it is every root's base.
  const all = new Set<PyType>(staticTypes);
  for (const t of staticTypes) if (t.tp_base !== null) all.add(t.tp_base);
  for (const t of all) {
    const kept = t.subclasses.filter((s) => !s.isHeapType());
    if (kept.length !== t.subclasses.length) t.subclasses.splice(0, t.subclasses.length, ...kept);
  }
}

/**
 * Static types are defined across many modules whose slots are assigned after the types are
 * created, so inheritance runs once all of them are loaded (CPython's PyType_Ready at startup).
 */
export function readyStaticTypes(): void {
  for (const t of staticTypes) if (t.tp_base !== null) inheritSlots(t, t.tp_base);
}

/** Slots a type does not define come from its base (CPython's inherit_slots). */
export function inheritSlots(t: PyType, base: PyType): void {
  t.tp_traverse ??= base.tp_traverse;
  t.tp_clear ??= base.tp_clear;
  t.tp_repr ??= base.tp_repr;
  t.tp_str ??= base.tp_str;
  if (t.tp_hash === null && t.tp_richcompare === null) {
    t.tp_hash = base.tp_hash;
    t.tp_richcompare = base.tp_richcompare;
  }
  t.tp_iter ??= base.tp_iter;
  t.tp_iternext ??= base.tp_iternext;
  t.tp_call ??= base.tp_call;
  t.tp_new ??= base.tp_new;
  t.tp_init ??= base.tp_init;
  t.tp_getattro ??= base.tp_getattro;
  t.tp_setattro ??= base.tp_setattro;
  t.tp_descr_get ??= base.tp_descr_get;
  t.tp_descr_set ??= base.tp_descr_set;
  t.nb_bool ??= base.nb_bool;
  t.nb_binop ??= base.nb_binop;
  t.nb_inplace ??= base.nb_inplace;
  t.nb_unary ??= base.nb_unary;
  t.nb_index ??= base.nb_index;
  t.mp_length ??= base.mp_length;
  t.mp_subscript ??= base.mp_subscript;
  t.mp_ass_subscript ??= base.mp_ass_subscript;
  t.sq_contains ??= base.sq_contains;
  t.tp_flags |= base.tp_flags & (TPFLAGS_HAVE_GC | TPFLAGS_WEAKREFABLE | TPFLAGS_MANAGED_DICT);
}

/** _PyType_Lookup: the first definition of `name` along the MRO, borrowed. */
export function typeLookup(type: PyType, name: string): PyObject | null {
  const mro = type.tp_mro;
  for (let i = 0; i < mro.length; i++) {
    const v = (mro[i] as PyType).tp_dict.get(name);
    if (v !== undefined) return v;
  }
  return null;
}

export function isSubtype(a: PyType, b: PyType): boolean {
  if (a === b) return true;
  const mro = a.tp_mro;
  for (let i = 0; i < mro.length; i++) if (mro[i] === b) return true;
  return false;
}

/** C3 linearization; null when the bases admit no consistent order. */
export function c3Mro(type: PyType, bases: readonly PyType[]): PyType[] | null {
  const seqs: PyType[][] = bases.map((b) => [...b.tp_mro]);
  seqs.push([...bases]);
  const result: PyType[] = [type];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let candidate: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0] as PyType;
      if (!nonEmpty.some((other) => other.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) return null;
    result.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}
