/**
 * Reading Python-level structure off the graph: an instance attribute (an 'attr' edge, or an entry
 * of a '__dict__' the instance holds), an object's kind by type name (the weakref module is Python
 * code, so its containers are ordinary instances recognised by their class names and layout).
 */
import type { HeapView } from './heap-view';
import type { TraceIndex } from './trace-index';
import type { Trace } from '../../../protocol/trace';
import { EV, OF, hasFlag, isWeakFlags, labelKindOf, shortTypeName } from './schema';
import { objectEvents } from './object-events';

/** The object `obj.name` refers to here, or -1. */
export function attribute(view: HeapView, obj: number, name: string): number {
  for (const e of view.out(obj)) {
    if (view.isWeak(e)) continue;
    const kind = view.labelKind(e);
    if (kind === 'attr' && view.label(e) === name) return view.to(e);
  }
  for (const e of view.out(obj)) {
    if (view.isWeak(e) || view.labelKind(e) !== 'dict') continue;
    const d = view.to(e);
    for (const x of view.out(d)) {
      if (!view.isWeak(x) && view.labelKind(x) === 'value' && (view.label(x) === `'${name}'` || view.label(x) === `"${name}"`)) return view.to(x);
    }
  }
  return -1;
}

export type WeakContainerKind = 'WeakValueDictionary' | 'WeakKeyDictionary' | 'WeakSet';

export function weakContainerKind(trace: Trace, id: number): WeakContainerKind | null {
  const t = shortTypeName(trace, id);
  if (t === 'WeakValueDictionary' || t === 'WeakKeyDictionary' || t === 'WeakSet') return t;
  if (!hasFlag(trace, id, OF.isWeakContainer)) return null;
  // A subclass: its class name says nothing, its layout does (see weakContainers()).
  return null;
}

export function isWeakref(trace: Trace, id: number): boolean {
  const t = shortTypeName(trace, id);
  return hasFlag(trace, id, OF.isWeakref) || t === 'ReferenceType' || t === 'KeyedRef' || t === 'WeakMethod' || t === 'ref';
}

export function isProxy(trace: Trace, id: number): boolean {
  const t = shortTypeName(trace, id);
  return t === 'ProxyType' || t === 'CallableProxyType' || t === 'weakproxy' || t === 'weakcallableproxy';
}

export function isBoundMethod(trace: Trace, id: number): boolean {
  return shortTypeName(trace, id) === 'method';
}

export function isFinalize(trace: Trace, id: number): boolean {
  return hasFlag(trace, id, OF.isFinalize) || shortTypeName(trace, id) === 'finalize';
}

export function isFrame(trace: Trace, id: number): boolean {
  return hasFlag(trace, id, OF.isFrame);
}

export function isModule(trace: Trace, id: number): boolean {
  return hasFlag(trace, id, OF.isModule);
}

const moduleDictCache = new WeakMap<TraceIndex, ReadonlySet<number>>();

/** The dicts modules hold as their __dict__: globals are 'name' edges from them. */
export function moduleDicts(index: TraceIndex): ReadonlySet<number> {
  let known = moduleDictCache.get(index);
  if (known === undefined) {
    const trace = index.trace;
    const { events } = trace;
    const found = new Set<number>();
    for (let i = 0; i < events.count; i++) {
      if (events.kind[i] !== EV.edge_add || labelKindOf(events.d[i] as number) !== 'dict') continue;
      if (hasFlag(trace, events.a[i] as number, OF.isModule)) found.add(events.b[i] as number);
    }
    known = found;
    moduleDictCache.set(index, known);
  }
  return known;
}

const NAMESPACE_FLAGS = OF.isFrame | OF.isModule;

/** Whether names bound in `id` are variables: a frame's locals, a module's (or its __dict__'s) globals. */
export function isNamespace(index: TraceIndex, id: number): boolean {
  return ((index.trace.objects.flags[id] as number) & NAMESPACE_FLAGS) !== 0 || moduleDicts(index).has(id);
}

/** The module named `__main__`, or -1. */
export function mainModule(trace: Trace): number {
  for (let id = 0; id < trace.objects.count; id++) {
    if (hasFlag(trace, id, OF.isModule) && trace.strings[trace.objects.repr[id] as number] === "<module '__main__'>") return id;
  }
  return -1;
}

/**
 * The object a weakref (or proxy) refers to, dead or alive, and the event at which it was cleared
 * (events.count if never): its weak edge, or — when only the removal was recorded — that removal.
 */
export function weakReferentOf(index: TraceIndex, ref: number): { referent: number; cleared: number } {
  const { events } = index.trace;
  for (const i of objectEvents(index).of(ref)) {
    if (events.a[i] !== ref || !isWeakFlags(events.d[i] as number)) continue;
    if (events.kind[i] === EV.edge_add) return { referent: events.b[i] as number, cleared: index.edgeEnd(i) };
    if (events.kind[i] === EV.edge_remove) return { referent: events.b[i] as number, cleared: i };
  }
  return { referent: -1, cleared: index.eventCount };
}

/** The module whose __dict__ `id` is, or `id` itself (so a global's holder reads as its module). */
export function namespaceOwner(index: TraceIndex, id: number): number {
  if (!moduleDicts(index).has(id)) return id;
  const { events } = index.trace;
  for (const i of objectEvents(index).of(id)) {
    if (events.kind[i] === EV.edge_add && events.b[i] === id && labelKindOf(events.d[i] as number) === 'dict' && hasFlag(index.trace, events.a[i] as number, OF.isModule)) return events.a[i] as number;
  }
  return id;
}
