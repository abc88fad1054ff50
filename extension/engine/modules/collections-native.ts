/**
 * The native half of `collections` (CPython's _collections): deque, defaultdict and the
 * namedtuple field descriptor. modules/py/collections.py builds the rest on top of them.
 */
import { dictSetStr } from '../runtime/dict';
import { moduleNew, type PyModule } from '../runtime/module';
import { registerInitFilledBase } from '../runtime/layout';
import { installClassGetItem } from '../runtime/genericalias';
import { installContainerWrappers } from '../runtime/slot-wrappers';
import { DequeType } from './deque';
import { DefaultDictType } from './defaultdict';
import { TupleGetterType } from './tuplegetter';
import { NB_ADD, NB_MULTIPLY } from '../runtime/ops';

let ready = false;

/** Python subclasses, __class_getitem__ and the slot wrappers: once, when first imported. */
function prepare(): void {
  if (ready) return;
  ready = true;
  registerInitFilledBase(DequeType);
  registerInitFilledBase(DefaultDictType);
  installClassGetItem([DequeType]);
  installContainerWrappers(DequeType, true, [NB_ADD, NB_MULTIPLY], [NB_ADD, NB_MULTIPLY]);
}

export function makeCollectionsNative(): PyModule {
  prepare();
  const mod = moduleNew('_collections');
  dictSetStr(mod.md_dict, 'deque', DequeType);
  dictSetStr(mod.md_dict, 'defaultdict', DefaultDictType);
  dictSetStr(mod.md_dict, '_tuplegetter', TupleGetterType);
  return mod;
}
