/**
 * try/except* (CPython's codegen_try_star_except): the handlers run in turn on what is left of the
 * group ([prev_exc, orig, raised list, rest] on the stack), each on its CHECK_EG_MATCH part; what
 * the bodies raise and what no clause matched go to the list, and PREP_RERAISE_STAR decides what
 * leaves the statement (runtime/exception-group.ts).
 */
import type * as ast from '../syntax/ast';
import type { Compiler } from './compiler';
import { compileExpr } from './expressions';
import { Op } from './opcodes';

export function compileTryStar(c: Compiler, s: ast.TryStar): void {
  const a = c.asm;
  const u = c.unit;
  const end = c.tryBody(s);
  const cleanup = a.label();
  const reraiseStar = a.label();
  a.pushHandler(cleanup, true);
  a.emit(Op.PUSH_EXC_INFO);
  s.handlers.forEach((h, i) => {
    const next = a.label();
    const noMatch = a.label();
    const withError = a.label();
    a.loc = h;
    if (i === 0) {
      a.emit(Op.BUILD_LIST, 0);
      a.emit(Op.COPY, 2);
    }
    if (h.type !== null) {
      compileExpr(c, h.type);
      a.loc = h;
      a.emit(Op.CHECK_EG_MATCH);
      a.emit(Op.COPY, 1);
      a.emit(Op.POP_JUMP_IF_NONE, noMatch);
    }
    if (h.name !== null) c.nameOp(h.name, 'Store');
    else a.emit(Op.POP_TOP);
    const cleanupEnd = a.label();
    a.pushHandler(cleanupEnd, true);
    u.fblocks.push({ kind: 'handlerCleanup', name: h.name });
    c.stmts(h.body);
    u.fblocks.pop();
    a.popHandler();
    a.loc = null;
    clearHandlerName(c, h.name);
    a.emit(Op.JUMP, next);
    // An exception raised in the body joins the list.
    a.bind(cleanupEnd);
    clearHandlerName(c, h.name);
    a.emit(Op.LIST_APPEND, 3);
    a.emit(Op.POP_TOP);
    a.emit(Op.JUMP, withError);
    a.bind(next);
    a.emit(Op.JUMP, withError);
    a.bind(noMatch);
    a.emit(Op.POP_TOP);
    a.bind(withError);
    if (i === s.handlers.length - 1) {
      // What no clause matched (or None) joins the list too.
      a.emit(Op.LIST_APPEND, 1);
      a.emit(Op.JUMP, reraiseStar);
    }
  });
  const reraise = a.label();
  a.bind(reraiseStar);
  a.emit(Op.PREP_RERAISE_STAR);
  a.emit(Op.COPY, 1);
  a.emit(Op.POP_JUMP_IF_NOT_NONE, reraise);
  a.emit(Op.POP_TOP);
  a.popHandler();
  a.emit(Op.POP_EXCEPT);
  a.emit(Op.JUMP, end);
  a.bind(reraise);
  a.emit(Op.SWAP, 2);
  a.emit(Op.POP_EXCEPT);
  a.emit(Op.RERAISE, 0);
  a.bind(cleanup);
  a.emit(Op.COPY, 3);
  a.emit(Op.POP_EXCEPT);
  a.emit(Op.RERAISE, 1);
  a.bind(end);
}

/** `name = None; del name` after an `except* … as name` body. */
function clearHandlerName(c: Compiler, name: string | null): void {
  if (name === null) return;
  c.loadNone();
  c.nameOp(name, 'Store');
  c.nameOp(name, 'Del');
}
