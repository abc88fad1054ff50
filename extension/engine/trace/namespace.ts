/**
 * A class's namespace (PyType.tp_dict of heap types) that reports its changes to the trace: many
 * modules set and delete class attributes directly on the Map (type.__setattr__, __classcell__,
 * __slots__ descriptors), and each change is an 'attr' edge of the class. Changes are reported
 * before the caller releases what it replaced, and only once the class is in the trace.
 */
import type { PyObject } from '../runtime/object';
import { recorder, L_ATTR } from './recorder';

export class TracedNamespace extends Map<string, PyObject> {
  /** Set when the class has entered the trace (its initial entries are recorded then). */
  live = false;

  constructor(readonly owner: PyObject) {
    super();
  }

  override set(key: string, value: PyObject): this {
    if (this.live && recorder.on) {
      const old = super.get(key);
      if (old !== value) {
        if (old !== undefined) recorder.edge(this.owner, old, L_ATTR, key, false);
        recorder.edge(this.owner, value, L_ATTR, key, true);
      }
    }
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    if (this.live && recorder.on) {
      const old = super.get(key);
      if (old !== undefined) recorder.edge(this.owner, old, L_ATTR, key, false);
    }
    return super.delete(key);
  }

  override clear(): void {
    if (this.live && recorder.on) for (const [k, v] of this) recorder.edge(this.owner, v, L_ATTR, k, false);
    super.clear();
  }

  /** The class entered the trace: its entries so far become edges, and later changes are reported. */
  start(): void {
    if (recorder.on) for (const [k, v] of this) recorder.edge(this.owner, v, L_ATTR, k, true);
    this.live = true;
  }
}
