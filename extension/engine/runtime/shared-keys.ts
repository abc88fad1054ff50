/**
 * CPython's shared keys (split dicts, 3.14's inline values): a class whose instances keep their
 * attributes inline has one table of attribute names, seeded at class creation from
 * `__static_attributes__` (the sorted `self.X` names the compiler saw), then grown as instances
 * get new attributes, up to SHARED_KEYS_MAX_SIZE. Each name has a slot index, and an instance's
 * values are released in slot order when it dies (clear_inline_values), not in insertion order —
 * the order `__del__` methods of attribute values observe.
 */
import type { PyType } from './type';
import { PyStr, StrType } from './str';
import { PyTuple } from './tuple';
import { cpythonAtLeast } from '../profile';

const SHARED_KEYS_MAX_SIZE = 30;

export type SharedKeys = Map<string, number>;

const tables = new WeakMap<PyType, SharedKeys>();

/** The class's shared keys (made on first use from its own __static_attributes__). */
export function sharedKeysOf(t: PyType): SharedKeys {
  let keys = tables.get(t);
  if (keys === undefined) {
    keys = new Map();
    // Seeding from __static_attributes__ is 3.14's; before, the table grew in first-assignment order.
    const attrs = cpythonAtLeast(14) ? t.tp_dict.get('__static_attributes__') : undefined;
    if (attrs instanceof PyTuple) {
      for (const a of attrs.items) {
        if (keys.size >= SHARED_KEYS_MAX_SIZE) break;
        if (a.ob_type === StrType && !keys.has((a as PyStr).value)) keys.set((a as PyStr).value, keys.size);
      }
    }
    tables.set(t, keys);
  }
  return keys;
}

/** insert_split_key: the name's slot, or -1 when the table is full (the dict becomes combined). */
export function splitKeyIndex(keys: SharedKeys, name: string): number {
  const i = keys.get(name);
  if (i !== undefined) return i;
  if (keys.size >= SHARED_KEYS_MAX_SIZE) return -1;
  keys.set(name, keys.size);
  return keys.size - 1;
}
