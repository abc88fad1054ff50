/** CPython's _PyAST_GetDocString: a body's docstring is a leading expression statement of a str constant. */
import type { stmt } from '../syntax/ast';

export function isDocstring(body: readonly stmt[]): boolean {
  const first = body[0];
  return first !== undefined && first.kind === 'Expr' && first.value.kind === 'Constant'
    && typeof first.value.value === 'string';
}
