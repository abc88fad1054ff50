/** Static methods on builtin types (str.maketrans): a staticmethod wrapping a builtin function. */
import type { PyType } from './type';
import { immortalize } from './heap';
import { builtinFunction, type NativeFn } from './builtin';
import { PyWrapper, StaticMethodType } from './descr';

export function defStaticMethod(type: PyType, name: string, fn: NativeFn): void {
  type.tp_dict.set(name, immortalize(new PyWrapper(StaticMethodType, builtinFunction(name, fn))));
}

export { defMethod, type NativeFn } from './builtin';
