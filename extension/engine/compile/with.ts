/**
 * The with statement as CPython 3.14's codegen emits it: __exit__ is looked up before __enter__
 * (LOAD_SPECIAL), both stay on the stack as [exit_func, exit_self]; the body runs under a handler
 * that calls __exit__(type, value, traceback) and re-raises unless it returns true; a normal exit
 * (or return/break/continue out of the body) calls __exit__(None, None, None). Several items nest.
 */
import type * as ast from '../syntax/ast';
import type { Compiler } from './compiler';
import { compileExpr, compileStoreTarget, Unsupported } from './expressions';
import { Op } from './opcodes';

/** LOAD_SPECIAL's argument (CPython's SPECIAL___ENTER__, SPECIAL___EXIT__). */
export const SPECIAL_ENTER = 0;
export const SPECIAL_EXIT = 1;

export function compileWith(c: Compiler, s: ast.With | ast.AsyncWith, pos = 0): void {
  if (s.kind === 'AsyncWith') throw new Unsupported('async with', s.lineno);
  const a = c.asm;
  const item = s.items[pos] as ast.withitem;
  const loc = item.context_expr;
  compileExpr(c, loc);
  a.loc = loc;
  a.emit(Op.COPY, 1);
  a.emit(Op.LOAD_SPECIAL, SPECIAL_EXIT);
  a.emit(Op.SWAP, 2);
  a.emit(Op.SWAP, 3);
  a.emit(Op.LOAD_SPECIAL, SPECIAL_ENTER);
  a.emit(Op.CALL, 0);
  const final = a.label();
  const exit = a.label();
  // SETUP_WITH: the handler unwinds to [exit_func, exit_self], below the __enter__ result.
  a.pushHandler(final, true, 1);
  c.unit.fblocks.push({ kind: 'with', loc });
  if (item.optional_vars !== null) compileStoreTarget(c, item.optional_vars);
  else {
    a.loc = loc;
    a.emit(Op.POP_TOP);
  }
  if (pos + 1 === s.items.length) c.stmts(s.body);
  else compileWith(c, s, pos + 1);
  c.unit.fblocks.pop();
  a.popHandler();
  callExitWithNones(c, loc);
  a.emit(Op.POP_TOP);
  a.emit(Op.JUMP, exit);

  // The exceptional exit: [exit_func, exit_self, lasti, exc].
  a.bind(final);
  const cleanup = a.label();
  const suppress = a.label();
  a.loc = loc;
  a.pushHandler(cleanup, true);
  a.emit(Op.PUSH_EXC_INFO);
  a.emit(Op.WITH_EXCEPT_START);
  a.loc = null;
  a.emit(Op.TO_BOOL);
  a.emit(Op.POP_JUMP_IF_TRUE, suppress);
  a.emit(Op.RERAISE, 2);
  a.bind(suppress);
  a.emit(Op.POP_TOP);
  a.popHandler();
  a.emit(Op.POP_EXCEPT);
  a.emit(Op.POP_TOP);
  a.emit(Op.POP_TOP);
  a.emit(Op.POP_TOP);
  a.emit(Op.JUMP, exit);
  a.bind(cleanup);
  a.emit(Op.COPY, 3);
  a.emit(Op.POP_EXCEPT);
  a.emit(Op.RERAISE, 1);
  a.bind(exit);
}

/** __exit__(None, None, None) for [exit_func, exit_self] on the stack; leaves its result. */
export function callExitWithNones(c: Compiler, loc: ast.expr): void {
  c.asm.loc = loc;
  c.loadNone();
  c.loadNone();
  c.loadNone();
  c.asm.loc = loc;
  c.asm.emit(Op.CALL, 3);
}
