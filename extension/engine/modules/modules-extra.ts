/** Registers the standard-library modules implemented in TypeScript with the import system. */
import { moduleRegistry } from '../vm/support';
import { makeMath } from './math';
import { makeItertools } from './itertools';
import { makeFunctools } from './functools';
import { makeRandom } from './random';
import { makeOperator } from './operator';

export function installModules(): void {
  moduleRegistry.set('math', makeMath);
  moduleRegistry.set('itertools', makeItertools);
  moduleRegistry.set('functools', makeFunctools);
  moduleRegistry.set('random', makeRandom);
  moduleRegistry.set('operator', makeOperator);
}
