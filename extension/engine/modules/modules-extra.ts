/** Registers the standard-library modules implemented in TypeScript with the import system. */
import { moduleRegistry } from '../vm/support';
import { tagModuleFunctions } from '../runtime/builtin-attrs';
import { makeMath } from './math';
import { makeItertools } from './itertools';
import { makeFunctools } from './functools';
import { makeRandom } from './random';
import { makeOperator } from './operator';
import { makeCollectionsNative } from './collections-native';
import { makeHeapq } from './heapq';
import { makeBisect } from './bisect';

export function installModules(): void {
  moduleRegistry.set('math', () => tagModuleFunctions(makeMath()));
  moduleRegistry.set('itertools', () => tagModuleFunctions(makeItertools()));
  moduleRegistry.set('functools', () => tagModuleFunctions(makeFunctools()));
  moduleRegistry.set('random', () => tagModuleFunctions(makeRandom()));
  moduleRegistry.set('operator', () => tagModuleFunctions(makeOperator()));
  moduleRegistry.set('_collections', () => tagModuleFunctions(makeCollectionsNative()));
  moduleRegistry.set('_heapq', () => tagModuleFunctions(makeHeapq()));
  moduleRegistry.set('bisect', () => tagModuleFunctions(makeBisect()));
}
