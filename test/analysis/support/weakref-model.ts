/**
 * The weakref module's Python objects as the trace shows them (extension/engine/modules/py/
 * weakref.py and _weakrefset.py), built on the model heap: finalize with its _Info record in the
 * class registry, WeakValueDictionary / WeakKeyDictionary / WeakSet with their `data` and
 * `_remove`, proxies, WeakMethod. For lints and views the engine cannot run yet.
 */
import { ObjectFlags } from '../../../extension/protocol/trace';
import type { Program } from './program';

export class WeakrefModel {
  private registry = -1;
  private readonly removeOf = new Map<number, number>();

  constructor(private readonly p: Program) {}

  /** weakref.finalize(obj, func, *args): returns the finalize object. */
  finalize(obj: number, func: number, args: readonly number[] = []): number {
    const h = this.p.h;
    if (this.registry < 0) {
      this.registry = h.new('dict', { repr: '' });
      h.incExt(this.registry); // finalize._registry, a class attribute
    }
    const f = h.new('finalize', { flags: ObjectFlags.isFinalize, repr: '<finalize object>' });
    const info = h.new('finalize._Info', { repr: '<finalize._Info object>' });
    const w = h.weakref(obj, f);
    h.setattr(info, 'weakref', w);
    h.setattr(info, 'func', func);
    const tuple = h.new('tuple', { repr: '' });
    args.forEach((a) => h.append(tuple, a));
    h.setattr(info, 'args', tuple);
    h.setitem(this.registry, `<finalize #${f}>`, info, f);
    h.onCall.set(f, () => {
      h.delitem(this.registry, `<finalize #${f}>`);
    });
    return f;
  }

  private container(type: 'WeakValueDictionary' | 'WeakKeyDictionary' | 'WeakSet'): number {
    const h = this.p.h;
    const c = h.new(type, { flags: ObjectFlags.isWeakContainer, repr: `<${type} object>` });
    const data = h.new(type === 'WeakSet' ? 'set' : 'dict', { repr: '' });
    h.setattr(c, 'data', data);
    const remove = h.new('function', { repr: '<function remove>' });
    h.setattr(c, '_remove', remove);
    this.removeOf.set(c, remove);
    return c;
  }

  wvd(): number {
    return this.container('WeakValueDictionary');
  }

  wkd(): number {
    return this.container('WeakKeyDictionary');
  }

  weakset(): number {
    return this.container('WeakSet');
  }

  /** d[key] = value: data[key] = KeyedRef(value, d._remove, key). */
  wvdSet(d: number, keyRepr: string, value: number): number {
    const h = this.p.h;
    const data = h.target(d, 'data');
    const remove = this.removeOf.get(d) as number;
    const r = h.weakref(value, remove, 'KeyedRef');
    h.setitem(data, keyRepr, r);
    h.onCall.set(remove, (ref) => {
      const entry = h.obj(data).out.find((e) => e.kind === 'value' && e.to === ref);
      if (entry !== undefined) h.delitem(data, entry.label);
    });
    return r;
  }

  /** d[key] = value: data[ref(key, d._remove)] = value. */
  wkdSet(d: number, key: number, value: number): number {
    const h = this.p.h;
    const data = h.target(d, 'data');
    const remove = this.removeOf.get(d) as number;
    const r = h.weakref(key, remove);
    const label = `<weakref.ReferenceType #${r}>`;
    h.setitem(data, label, value, r);
    h.onCall.set(remove, (ref) => h.delitem(data, `<weakref.ReferenceType #${ref}>`));
    return r;
  }

  /** s.add(item): data.add(ref(item, s._remove)). */
  wsAdd(s: number, item: number): number {
    const h = this.p.h;
    const data = h.target(s, 'data');
    const remove = this.removeOf.get(s) as number;
    const r = h.weakref(item, remove);
    h.add(data, r);
    h.onCall.set(remove, (ref) => h.discard(data, ref));
    return r;
  }

  proxy(obj: number): number {
    return this.p.h.weakref(obj, -1, 'weakref.ProxyType');
  }

  /** weakref.WeakMethod(obj.m): a ref to obj plus a ref to the function. */
  weakMethod(obj: number, func: number): number {
    const h = this.p.h;
    const wm = h.weakref(obj, -1, 'WeakMethod');
    h.setattr(wm, '_func_ref', h.weakref(func));
    return wm;
  }
}
