/** The Python-visible code object: an immortal wrapper around a compiled Code. */
import { PyObject } from './object';
import { IMMORTAL_REFCNT, makeStaticType, TPFLAGS_WEAKREFABLE } from './type';
import type { Code } from '../compile/code';

// Code objects carry co_weakreflist; here they are immortal, so such refs never fire.
export const CodeType = makeStaticType('code', 'code', { flags: TPFLAGS_WEAKREFABLE });

export class PyCode extends PyObject {
  constructor(readonly code: Code) {
    super(CodeType);
    this.ob_refcnt = IMMORTAL_REFCNT;
  }
}

CodeType.tp_repr = (o) => {
  const c = (o as PyCode).code;
  return `<code object ${c.name} at 0x${(0x7f0000000000 + o.ob_id * 16).toString(16)}, file "${c.filename}", line ${c.firstlineno}>`;
};
