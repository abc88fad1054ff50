/**
 * Generators in bytecode, as CPython 3.14's codegen emits them: a generator function starts with
 * RETURN_GENERATOR (the call returns the generator, the frame stays suspended) and its body is
 * wrapped in a handler that turns an escaping StopIteration into RuntimeError. `yield` is
 * YIELD_VALUE + RESUME; `yield from` loops over SEND with a CLEANUP_THROW handler around the
 * yield; generator expressions are generator functions taking the first iterator as `.0`.
 */
import type * as ast from '../syntax/ast';
import type { Compiler } from './compiler';
import { compileExpr, compileStoreTarget, Unsupported } from './expressions';
import { Op } from './opcodes';
import { CO_GENERATOR } from './code';
import { LOCAL } from './flags';
import { PyCode } from '../runtime/codeobject';
import type { Label } from './assembler';

/** CALL_INTRINSIC_1's argument for the generator's StopIteration guard (CPython's number). */
export const INTRINSIC_STOPITERATION_ERROR = 3;
/** RESUME's argument (CPython's RESUME_AT_FUNC_START, RESUME_AFTER_YIELD, ...; bit 2: only the guard handler is active). */
const RESUME_AFTER_YIELD = 1;
const RESUME_AFTER_YIELD_FROM = 2;
const RESUME_AFTER_AWAIT = 3;
const RESUME_DEPTH1 = 4;

/** The guard handlers of the generator units being compiled, by unit. */
const guards = new WeakMap<object, Label>();

/** RETURN_GENERATOR, POP_TOP, and the StopIteration guard covering everything from RESUME on. */
export function generatorPrologue(c: Compiler): void {
  const a = c.asm;
  a.emit(Op.RETURN_GENERATOR);
  a.emit(Op.POP_TOP);
  const guard = a.label();
  guards.set(c.unit, guard);
  a.pushHandler(guard, true);
}

/** The guard's handler: CALL_INTRINSIC_1 STOPITERATION_ERROR; RERAISE 1. */
export function generatorEpilogue(c: Compiler): void {
  const a = c.asm;
  const guard = guards.get(c.unit);
  if (guard === undefined) throw new Error('generator epilogue without prologue');
  a.popHandler();
  a.loc = null;
  a.bind(guard);
  a.emit(Op.CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR);
  a.emit(Op.RERAISE, 1);
}

function resumeArg(c: Compiler, where: number): number {
  // gen_close() skips throwing GeneratorExit when only the guard would see it.
  return where | (c.asm.saveHandlers().length === 1 ? RESUME_DEPTH1 : 0);
}

function checkGenerator(c: Compiler, e: ast.expr): void {
  if (c.unit.kind !== 'function' || !c.unit.block.generator) throw new Unsupported(`'yield' here`, e.lineno);
  if (c.unit.block.coroutine) throw new Unsupported('async generators', e.lineno);
}

/** `yield value`: the expression's value is what send() passes in. */
export function compileYield(c: Compiler, e: ast.Yield): void {
  checkGenerator(c, e);
  const a = c.asm;
  if (e.value !== null) compileExpr(c, e.value);
  else c.loadNone();
  a.loc = e;
  a.emit(Op.YIELD_VALUE, 0);
  a.emit(Op.RESUME, resumeArg(c, RESUME_AFTER_YIELD));
}

/** `yield from iterable` (codegen_add_yield_from). */
export function compileYieldFrom(c: Compiler, e: ast.YieldFrom): void {
  checkGenerator(c, e);
  const a = c.asm;
  compileExpr(c, e.value);
  a.loc = e;
  a.emit(Op.GET_YIELD_FROM_ITER);
  c.loadNone();
  addYieldFrom(c, RESUME_AFTER_YIELD_FROM);
}

/** `await awaitable`: the same delegation loop, over what GET_AWAITABLE gives. */
export function compileAwait(c: Compiler, e: ast.Await): void {
  if (c.unit.kind !== 'function' || !c.unit.block.coroutine) throw new Unsupported(`'await' here`, e.lineno);
  if (c.unit.block.generator) throw new Unsupported('async generators', e.lineno);
  const a = c.asm;
  compileExpr(c, e.value);
  a.loc = e;
  a.emit(Op.GET_AWAITABLE, 0);
  c.loadNone();
  addYieldFrom(c, RESUME_AFTER_AWAIT);
}

function addYieldFrom(c: Compiler, resume: number): void {
  const a = c.asm;
  const send = a.label();
  const fail = a.label();
  const exit = a.label();
  a.bind(send);
  a.emit(Op.SEND, exit);
  a.pushHandler(fail, false);
  a.emit(Op.YIELD_VALUE, 1);
  a.popHandler();
  a.emit(Op.RESUME, resume);
  a.emit(Op.JUMP, send);
  a.bind(fail);
  a.emit(Op.CLEANUP_THROW);
  a.bind(exit);
  a.emit(Op.END_SEND);
}

/** A generator expression: a nested generator function called with iter(first iterable). */
export function compileGeneratorExp(c: Compiler, e: ast.GeneratorExp): void {
  const outer = c.asm;
  const block = c.table.lookup(e);
  if (block === undefined) throw new Error('no symbol table block for generator expression');
  const first = e.generators[0] as ast.comprehension;
  if (e.generators.some((g) => g.is_async)) throw new Unsupported('async comprehensions', e.lineno);
  c.enterUnit('function', block, c.qualnameFor('<genexpr>'), c.unit.privateName, e.lineno);
  const u = c.unit;
  u.addSlot('.0');
  for (const [sym] of block.symbols) if (block.scope(sym) === LOCAL) u.addSlot(sym);
  u.nlocals = u.slots.length;
  c.layoutClosure();
  u.asm.loc = null;
  generatorPrologue(c);
  u.asm.emit(Op.RESUME, 0);
  const a = u.asm;
  const loop = (g: number): void => {
    const gen = e.generators[g] as ast.comprehension;
    a.loc = gen.iter;
    if (g === 0) a.emit(Op.LOAD_FAST, u.slot('.0'));
    else {
      compileExpr(c, gen.iter);
      a.loc = gen.iter;
      a.emit(Op.GET_ITER);
    }
    const top = a.label();
    const end = a.label();
    a.bind(top);
    a.loc = gen.iter;
    a.emit(Op.FOR_ITER, end);
    compileStoreTarget(c, gen.target);
    for (const cond of gen.ifs) c.jumpIf(cond, false, top);
    if (g + 1 < e.generators.length) loop(g + 1);
    else {
      compileExpr(c, e.elt);
      a.loc = e.elt;
      a.emit(Op.YIELD_VALUE, 0);
      a.emit(Op.RESUME, resumeArg(c, RESUME_AFTER_YIELD));
      a.emit(Op.POP_TOP);
    }
    a.loc = gen.iter;
    a.emit(Op.JUMP_BACKWARD, top);
    a.bind(end);
  };
  loop(0);
  a.loc = null;
  c.loadNone();
  a.emit(Op.RETURN_VALUE);
  generatorEpilogue(c);
  const code = c.finishUnit('<genexpr>', CO_GENERATOR, 1, 0, 0);
  const freevars = u.freevars;
  c.exitUnit();
  outer.loc = e;
  let closure = false;
  if (freevars.length !== 0) {
    for (const f of freevars) outer.emit(Op.LOAD_CLOSURE, c.unit.slot(f));
    outer.emit(Op.BUILD_TUPLE, freevars.length);
    closure = true;
  }
  outer.emit(Op.LOAD_CONST, outer.constIdx(code, () => new PyCode(code)));
  outer.emit(Op.MAKE_FUNCTION);
  if (closure) outer.emit(Op.SET_FUNCTION_ATTRIBUTE, 8);
  compileExpr(c, first.iter);
  outer.loc = e;
  outer.emit(Op.GET_ITER);
  // The iterator sits in the self slot of the call protocol: it becomes the argument `.0`.
  outer.emit(Op.CALL, 0);
}
