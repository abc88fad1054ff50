/**
 * AST → bytecode (CPython's Python/codegen.c, for the constructs supported so far). Statements
 * are compiled here, expressions in expressions.ts. Names are resolved with the symbol table:
 * fast locals, cells and free variables in functions; the namespace dict in module and class
 * bodies. Constructs not supported yet stop compilation with "not supported yet: X (line N)".
 */
import type * as ast from '../syntax/ast';
import type { SymbolTable, Block } from './symtable';
import { CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL } from './flags';
import { mangle } from './mangle';
import { Op } from './opcodes';
import type { Label } from './assembler';
import { Unit, type FBlock } from './unit';
import { CO_COROUTINE, CO_GENERATOR, CO_NAME_LOCALS, CO_VARARGS, CO_VARKEYWORDS, codeDocstrings, statementOfCall, type Code } from './code';

/** Docstrings of the function units being compiled. */
const docstrings = new WeakMap<Unit, string>();
import { generatorEpilogue, generatorPrologue } from './generators';
import { callExitWithNones, compileWith } from './with';
import { compileMatch } from './match';
import { compileTryStar } from './try-star';
import { compileExpr, Unsupported, compileCall, compileStoreTarget } from './expressions';
import { None } from '../runtime/singletons';
import { PyCode } from '../runtime/codeobject';
import { intern } from '../runtime/str';
import { newInt } from '../runtime/int';
import { boundNames, deletedNames } from './borrow';
import { tupleSteal } from '../runtime/tuple';
import { immortalize } from '../runtime/heap';

export type CompileOutcome = { ok: true; code: Code } | { ok: false; message: string; lineno: number };

export { Unsupported };

export class Compiler {
  unit: Unit;
  private readonly units: Unit[] = [];

  constructor(readonly table: SymbolTable, readonly filename: string) {
    this.unit = new Unit('module', table.top, '', null);
  }

  get asm(): Unit['asm'] {
    return this.unit.asm;
  }

  // ---- names ---------------------------------------------------------------------------------

  mangled(name: string): string {
    return mangle(this.unit.privateName, name);
  }

  /** Emits the load/store/delete of a name as the symbol table scopes it (compiler_nameop). */
  nameOp(rawName: string, ctx: ast.expr_context): void {
    const name = this.mangled(rawName);
    const u = this.unit;
    const a = u.asm;
    if (u.compCells.has(name)) {
      a.emit(ctx === 'Load' ? Op.LOAD_DEREF : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF, u.slot(name));
      return;
    }
    if (u.compLocals.has(name)) {
      a.emit(ctx === 'Load' ? Op.LOAD_FAST_CHECK : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST, u.slot(name));
      return;
    }
    const scope = u.block.scope(name);
    if (scope === FREE || scope === CELL) {
      if (u.kind === 'class' && ctx === 'Load' && scope === FREE) {
        a.emit(Op.LOAD_FROM_DICT_OR_DEREF, u.slot(name));
        a.emit(Op.NOP, a.nameIdx(name));
        return;
      }
      a.emit(ctx === 'Load' ? Op.LOAD_DEREF : ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF, u.slot(name));
      return;
    }
    if (u.kind === 'function' && scope === LOCAL) {
      a.emit(ctx === 'Load' ? Op.LOAD_FAST_CHECK : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST, u.slot(name));
      return;
    }
    if (scope === GLOBAL_EXPLICIT || (scope === GLOBAL_IMPLICIT && u.kind === 'function') || (scope === 0 && u.kind === 'function')) {
      a.emit(ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, a.nameIdx(name));
      return;
    }
    a.emit(ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, a.nameIdx(name));
  }

  loadConst(key: unknown, make: () => import('../runtime/object').PyObject): void {
    this.asm.emit(Op.LOAD_CONST, this.asm.constIdx(key, make));
  }

  loadNone(): void {
    this.loadConst(null, () => None);
  }

  // ---- units ---------------------------------------------------------------------------------

  enterUnit(kind: Unit['kind'], block: Block, qualname: string, privateName: string | null, firstLine: number): void {
    this.units.push(this.unit);
    this.unit = new Unit(kind, block, qualname, privateName);
    this.unit.asm.firstLine = firstLine;
  }

  exitUnit(): void {
    this.unit = this.units.pop() as Unit;
  }

  /** _PyCompile_MaybeAddStaticAttributeToClass: the innermost enclosing class unit records it. */
  addStaticAttribute(name: string): void {
    for (let i = this.units.length; i >= 0; i--) {
      const u = i === this.units.length ? this.unit : (this.units[i] as Unit);
      if (u.kind === 'class') {
        u.staticAttributes.add(name);
        return;
      }
    }
  }

  /** The qualified name of a definition in the current unit (compiler_set_qualname). */
  qualnameFor(name: string): string {
    const u = this.unit;
    if (u.kind === 'module') return name;
    if (u.kind === 'function') return `${u.qualname}.<locals>.${name}`;
    return `${u.qualname}.${name}`;
  }

  finishUnit(name: string, flags: number, argcount: number, posonly: number, kwonly: number): Code {
    const u = this.unit;
    return u.asm.finish({
      name, qualname: u.qualname || name, filename: this.filename, flags, argcount, posonlyargcount: posonly,
      kwonlyargcount: kwonly, localsplusnames: [...u.slots], nlocals: u.nlocals, ncells: u.cellvars.length,
      nfree: u.freevars.length, cell2arg: [],
    });
  }

  /** Lays out cells and free variables after the fast locals, and emits MAKE_CELL/COPY_FREE_VARS. */
  layoutClosure(): void {
    const u = this.unit;
    u.cellvars = u.block.cellvars();
    u.freevars = u.block.freevars();
    for (const c of u.cellvars) u.addSlot(c);
    for (const f of u.freevars) u.addSlot(f);
    for (const c of u.cellvars) u.asm.emit(Op.MAKE_CELL, u.slot(c));
    if (u.freevars.length !== 0) u.asm.emit(Op.COPY_FREE_VARS, u.freevars.length);
  }

  // ---- module --------------------------------------------------------------------------------

  compileModule(tree: ast.Module): Code {
    const u = this.unit;
    u.asm.firstLine = 1;
    this.layoutClosure();
    u.asm.emit(Op.RESUME, 0);
    this.body(tree.body, true);
    u.asm.loc = null;
    this.loadNone();
    u.asm.emit(Op.RETURN_VALUE);
    return this.finishUnit('<module>', CO_NAME_LOCALS, 0, 0, 0);
  }

  /** A statement list; a leading string constant becomes __doc__ in module and class bodies. */
  body(stmts: readonly ast.stmt[], docstring: boolean): void {
    let start = 0;
    const first = stmts[0];
    if (docstring && first !== undefined && first.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string') {
      this.asm.loc = first;
      compileExpr(this, first.value);
      this.nameOp('__doc__', 'Store');
      start = 1;
    }
    const bound = this.unit.kind === 'function' ? this.unit.bound : null;
    for (let i = start; i < stmts.length; i++) {
      const s = stmts[i] as ast.stmt;
      if (bound !== null) for (const n of deletedNames(s)) bound.delete(n);
      this.stmt(s);
      if (bound !== null) for (const n of boundNames(s)) bound.add(n);
    }
  }

  stmts(stmts: readonly ast.stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  stmt(s: ast.stmt): void {
    const a = this.asm;
    a.loc = s;
    switch (s.kind) {
      case 'Expr':
        compileExpr(this, s.value);
        a.loc = s;
        a.emit(Op.POP_TOP);
        return;
      case 'Assign': {
        if (s.value.kind === 'Call') statementOfCall.set(s.value, s);
        compileExpr(this, s.value);
        for (let i = 0; i < s.targets.length; i++) {
          if (i < s.targets.length - 1) a.emit(Op.COPY, 1);
          compileStoreTarget(this, s.targets[i] as ast.expr);
        }
        return;
      }
      case 'AugAssign':
        this.augAssign(s);
        return;
      case 'AnnAssign':
        // PEP 649 (3.14): annotations are not evaluated at definition time.
        if (s.value !== null) {
          compileExpr(this, s.value);
          compileStoreTarget(this, s.target);
        }
        return;
      case 'Pass':
        a.emit(Op.NOP);
        return;
      case 'Delete':
        for (const t of s.targets) this.deleteTarget(t);
        return;
      case 'If': {
        const orelse = a.label();
        const end = a.label();
        this.jumpIf(s.test, false, orelse);
        this.stmts(s.body);
        if (s.orelse.length !== 0) a.emit(Op.JUMP, end);
        a.bind(orelse);
        this.stmts(s.orelse);
        a.bind(end);
        return;
      }
      case 'While':
        this.whileStmt(s);
        return;
      case 'For':
        this.forStmt(s);
        return;
      case 'Break':
      case 'Continue':
        this.breakContinue(s);
        return;
      case 'Return':
        this.returnStmt(s);
        return;
      case 'FunctionDef':
        this.functionDef(s);
        return;
      case 'ClassDef':
        this.classDef(s);
        return;
      case 'Raise':
        if (s.exc !== null) compileExpr(this, s.exc);
        if (s.cause !== null) compileExpr(this, s.cause);
        a.loc = s;
        a.emit(Op.RAISE_VARARGS, s.exc === null ? 0 : s.cause === null ? 1 : 2);
        return;
      case 'Try':
        if (s.finalbody.length !== 0) this.tryFinally(s);
        else this.tryExcept(s);
        return;
      case 'Assert': {
        const end = a.label();
        this.jumpIf(s.test, true, end);
        a.loc = s;
        a.emit(Op.LOAD_ASSERTION_ERROR);
        if (s.msg !== null) {
          a.emit(Op.PUSH_NULL);
          compileExpr(this, s.msg);
          a.loc = s;
          a.emit(Op.CALL, 1);
        }
        // The traceback points at the failed condition.
        a.loc = s.test;
        a.emit(Op.RAISE_VARARGS, 1);
        a.bind(end);
        return;
      }
      case 'Global':
      case 'Nonlocal':
        return;
      case 'Import':
        for (const alias of s.names) {
          if (alias.name.includes('.')) throw new Unsupported('dotted import', s.lineno);
          a.emit(Op.IMPORT_NAME, a.nameIdx(alias.name));
          this.nameOp(alias.asname ?? alias.name, 'Store');
        }
        return;
      case 'ImportFrom': {
        if (s.module === null || (s.level ?? 0) !== 0 || s.module.includes('.')) throw new Unsupported('relative or dotted import', s.lineno);
        a.emit(Op.IMPORT_NAME, a.nameIdx(s.module));
        for (const alias of s.names) {
          if (alias.name === '*') throw new Unsupported('import *', s.lineno);
          a.emit(Op.IMPORT_FROM, a.nameIdx(alias.name));
          this.nameOp(alias.asname ?? alias.name, 'Store');
        }
        a.emit(Op.POP_TOP);
        return;
      }
      case 'With':
        compileWith(this, s);
        return;
      case 'AsyncFunctionDef':
        this.functionDef(s);
        return;
      case 'AsyncFor':
        throw new Unsupported('async for', s.lineno);
      case 'AsyncWith':
        throw new Unsupported('async with', s.lineno);
      case 'Match':
        compileMatch(this, s);
        return;
      case 'TryStar':
        if (s.finalbody.length !== 0) this.tryFinally(s);
        else compileTryStar(this, s);
        return;
      case 'TypeAlias':
        throw new Unsupported('type alias', s.lineno);
      default: {
        const never: never = s;
        throw new Error(`unknown statement ${(never as ast.stmt).kind}`);
      }
    }
  }

  /** Jumps to `target` when the truth of `e` equals `cond`; evaluates `e` for its truth only. */
  jumpIf(e: ast.expr, cond: boolean, target: ReturnType<Unit['asm']['label']>): void {
    const a = this.asm;
    if (e.kind === 'UnaryOp' && e.op === 'Not') {
      this.jumpIf(e.operand, !cond, target);
      return;
    }
    if (e.kind === 'BoolOp') {
      const isAnd = e.op === 'And';
      if (isAnd === cond) {
        // and-chain jumping on false / or-chain jumping on true: short-circuit to a local label.
        const skip = a.label();
        for (let i = 0; i < e.values.length - 1; i++) this.jumpIf(e.values[i] as ast.expr, !cond, skip);
        this.jumpIf(e.values[e.values.length - 1] as ast.expr, cond, target);
        a.bind(skip);
      } else {
        for (const v of e.values) this.jumpIf(v, cond, target);
      }
      return;
    }
    compileExpr(this, e);
    a.loc = e;
    a.emit(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  }

  private augAssign(s: ast.AugAssign): void {
    const a = this.asm;
    const op = binopNumber(s.op) + 13;
    const t = s.target;
    switch (t.kind) {
      case 'Name':
        a.loc = t;
        this.nameOp(t.id, 'Load');
        compileExpr(this, s.value);
        a.loc = s;
        a.emit(Op.BINARY_OP, op);
        this.nameOp(t.id, 'Store');
        return;
      case 'Attribute':
        compileExpr(this, t.value);
        a.emit(Op.COPY, 1);
        a.loc = t;
        a.emit(Op.LOAD_ATTR, a.nameIdx(this.mangled(t.attr)));
        compileExpr(this, s.value);
        a.loc = s;
        a.emit(Op.BINARY_OP, op);
        a.emit(Op.SWAP, 2);
        a.loc = t;
        a.emit(Op.STORE_ATTR, a.nameIdx(this.mangled(t.attr)));
        return;
      case 'Subscript':
        compileExpr(this, t.value);
        compileExpr(this, t.slice);
        a.emit(Op.COPY, 2);
        a.emit(Op.COPY, 2);
        a.loc = t;
        a.emit(Op.BINARY_SUBSCR);
        compileExpr(this, s.value);
        a.loc = s;
        a.emit(Op.BINARY_OP, op);
        a.emit(Op.SWAP, 3);
        a.emit(Op.SWAP, 2);
        a.loc = t;
        a.emit(Op.STORE_SUBSCR);
        return;
      default:
        throw new Unsupported(`augmented assignment to ${t.kind}`, s.lineno);
    }
  }

  private deleteTarget(t: ast.expr): void {
    const a = this.asm;
    switch (t.kind) {
      case 'Name':
        // A failing delete points at its name (CPython's codegen visits the target with its location).
        a.loc = t;
        this.nameOp(t.id, 'Del');
        return;
      case 'Attribute':
        compileExpr(this, t.value);
        a.loc = t;
        a.emit(Op.DELETE_ATTR, a.nameIdx(this.mangled(t.attr)));
        return;
      case 'Subscript':
        compileExpr(this, t.value);
        compileExpr(this, t.slice);
        a.loc = t;
        a.emit(Op.DELETE_SUBSCR);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.deleteTarget(e);
        return;
      default:
        throw new Unsupported(`del of ${t.kind}`, t.lineno);
    }
  }

  private whileStmt(s: ast.While): void {
    const a = this.asm;
    const top = a.label();
    const orelse = a.label();
    const end = a.label();
    a.bind(top);
    this.jumpIf(s.test, false, orelse);
    this.unit.fblocks.push({ kind: 'loop', cont: top, brk: end, forLoop: false });
    this.stmts(s.body);
    this.unit.fblocks.pop();
    a.loc = s;
    a.emit(Op.JUMP_BACKWARD, top);
    a.bind(orelse);
    this.stmts(s.orelse);
    a.bind(end);
  }

  private forStmt(s: ast.For): void {
    const a = this.asm;
    const top = a.label();
    const exhausted = a.label();
    const end = a.label();
    compileExpr(this, s.iter);
    a.loc = s.iter;
    a.emit(Op.GET_ITER);
    a.bind(top);
    a.loc = s.iter;
    a.emit(Op.FOR_ITER, exhausted);
    compileStoreTarget(this, s.target);
    this.unit.fblocks.push({ kind: 'loop', cont: top, brk: end, forLoop: true });
    this.stmts(s.body);
    this.unit.fblocks.pop();
    a.loc = s.iter;
    a.emit(Op.JUMP_BACKWARD, top);
    a.bind(exhausted);
    this.stmts(s.orelse);
    a.bind(end);
  }

  /** Emits the exits of the blocks from the innermost up to (not including) `stopAt`. */
  private unwindTo(stopAt: number, preserveTos: boolean): void {
    const u = this.unit;
    const a = u.asm;
    const saved = a.saveHandlers();
    for (let i = u.fblocks.length - 1; i > stopAt; i--) {
      const fb = u.fblocks[i] as FBlock;
      this.unwindOne(fb, preserveTos, u.fblocks.slice(0, i));
    }
    a.restoreHandlers(saved);
  }

  private unwindOne(fb: FBlock, preserveTos: boolean, outer: FBlock[]): void {
    const a = this.asm;
    switch (fb.kind) {
      case 'loop':
        if (fb.forLoop) {
          if (preserveTos) a.emit(Op.SWAP, 2);
          a.emit(Op.POP_TOP);
        }
        return;
      case 'tryExcept':
        a.popHandler();
        return;
      case 'finallyTry': {
        a.restoreHandlers(fb.saved);
        // The final body runs with the enclosing blocks only, then unwinding continues.
        const mine = [...this.unit.fblocks];
        this.unit.fblocks.length = 0;
        this.unit.fblocks.push(...outer);
        this.stmts(fb.body);
        this.unit.fblocks.length = 0;
        this.unit.fblocks.push(...mine);
        return;
      }
      case 'finallyEnd':
        if (preserveTos) a.emit(Op.SWAP, 2);
        a.emit(Op.POP_TOP);
        if (preserveTos) a.emit(Op.SWAP, 2);
        a.emit(Op.POP_EXCEPT);
        if (preserveTos) a.emit(Op.SWAP, 2);
        a.emit(Op.POP_TOP);
        a.popHandler();
        return;
      case 'handlerCleanup':
        a.popHandler();
        if (preserveTos) a.emit(Op.SWAP, 2);
        a.emit(Op.POP_EXCEPT);
        if (fb.name !== null) {
          this.loadNone();
          this.nameOp(fb.name, 'Store');
          this.nameOp(fb.name, 'Del');
        }
        return;
      case 'with':
        a.popHandler();
        if (preserveTos) {
          a.emit(Op.SWAP, 3);
          a.emit(Op.SWAP, 2);
        }
        callExitWithNones(this, fb.loc);
        a.emit(Op.POP_TOP);
        return;
      default: {
        const never: never = fb;
        throw new Error(`unknown block ${String(never)}`);
      }
    }
  }

  private breakContinue(s: ast.Break | ast.Continue): void {
    const u = this.unit;
    let i = u.fblocks.length - 1;
    while (i >= 0 && (u.fblocks[i] as FBlock).kind !== 'loop') i--;
    const loop = u.fblocks[i];
    if (loop === undefined || loop.kind !== 'loop') throw new Unsupported(`'${s.kind.toLowerCase()}' outside loop`, s.lineno);
    const saved = this.asm.saveHandlers();
    this.unwindTo(i, false);
    this.asm.loc = s;
    if (s.kind === 'Break') {
      if (loop.forLoop) this.asm.emit(Op.POP_TOP);
      this.asm.emit(Op.JUMP, loop.brk);
    } else this.asm.emit(Op.JUMP_BACKWARD, loop.cont);
    this.asm.restoreHandlers(saved);
  }

  private returnStmt(s: ast.Return): void {
    if (s.value !== null && s.value.kind === 'Call') statementOfCall.set(s.value, s);
    if (s.value !== null) compileExpr(this, s.value);
    else this.loadNone();
    this.unwindTo(-1, true);
    this.asm.loc = s;
    this.asm.emit(Op.RETURN_VALUE);
  }

  /**
   * The protected body and the else block of a try statement, then the start of its handler code
   * (the exception on the stack, no location); returns the label after the whole statement.
   */
  tryBody(s: ast.Try | ast.TryStar): Label {
    const a = this.asm;
    const u = this.unit;
    const handler = a.label();
    const end = a.label();
    a.pushHandler(handler, false);
    u.fblocks.push({ kind: 'tryExcept' });
    this.stmts(s.body);
    u.fblocks.pop();
    a.popHandler();
    this.stmts(s.orelse);
    a.emit(Op.JUMP, end);
    a.bind(handler);
    a.loc = null;
    return end;
  }

  private tryExcept(s: ast.Try): void {
    const a = this.asm;
    const u = this.unit;
    const end = this.tryBody(s);
    const cleanup = a.label();
    a.pushHandler(cleanup, true);
    a.emit(Op.PUSH_EXC_INFO);
    for (const h of s.handlers) {
      const next = a.label();
      a.loc = h;
      if (h.type !== null) {
        compileExpr(this, h.type);
        a.loc = h;
        a.emit(Op.CHECK_EXC_MATCH);
        a.emit(Op.POP_JUMP_IF_FALSE, next);
      }
      if (h.name !== null) {
        this.nameOp(h.name, 'Store');
        const cleanupBody = a.label();
        a.pushHandler(cleanupBody, true);
        u.fblocks.push({ kind: 'handlerCleanup', name: h.name });
        this.stmts(h.body);
        u.fblocks.pop();
        a.popHandler();
        a.loc = null;
        a.emit(Op.POP_EXCEPT);
        this.loadNone();
        this.nameOp(h.name, 'Store');
        this.nameOp(h.name, 'Del');
        a.emit(Op.JUMP, end);
        a.bind(cleanupBody);
        this.loadNone();
        this.nameOp(h.name, 'Store');
        this.nameOp(h.name, 'Del');
        a.emit(Op.RERAISE, 1);
      } else {
        a.emit(Op.POP_TOP);
        // The body stays covered by the cleanup handler, which restores the exception state.
        u.fblocks.push({ kind: 'handlerCleanup', name: null });
        this.stmts(h.body);
        u.fblocks.pop();
        a.loc = null;
        a.emit(Op.POP_EXCEPT);
        a.emit(Op.JUMP, end);
      }
      a.bind(next);
    }
    a.loc = null;
    a.emit(Op.RERAISE, 0);
    a.popHandler();
    a.bind(cleanup);
    a.emit(Op.COPY, 3);
    a.emit(Op.POP_EXCEPT);
    a.emit(Op.RERAISE, 1);
    a.bind(end);
  }

  private tryFinally(s: ast.Try | ast.TryStar): void {
    const a = this.asm;
    const u = this.unit;
    const handler = a.label();
    const end = a.label();
    a.pushHandler(handler, true);
    const saved = a.saveHandlers();
    saved.pop();
    u.fblocks.push({ kind: 'finallyTry', body: s.finalbody, saved });
    if (s.handlers.length === 0) this.stmts(s.body);
    else if (s.kind === 'TryStar') compileTryStar(this, s);
    else this.tryExcept(s);
    u.fblocks.pop();
    a.popHandler();
    this.stmts(s.finalbody);
    a.emit(Op.JUMP, end);

    a.bind(handler);
    a.loc = null;
    const cleanup = a.label();
    a.pushHandler(cleanup, true);
    a.emit(Op.PUSH_EXC_INFO);
    u.fblocks.push({ kind: 'finallyEnd' });
    this.stmts(s.finalbody);
    u.fblocks.pop();
    a.loc = null;
    a.emit(Op.RERAISE, 0);
    a.popHandler();
    a.bind(cleanup);
    a.emit(Op.COPY, 3);
    a.emit(Op.POP_EXCEPT);
    a.emit(Op.RERAISE, 1);
    a.bind(end);
  }

  // ---- definitions ---------------------------------------------------------------------------

  private decorators(list: readonly ast.expr[]): void {
    for (const d of list) {
      compileExpr(this, d);
      this.asm.emit(Op.PUSH_NULL);
    }
  }

  private applyDecorators(list: readonly ast.expr[], s: ast.stmt): void {
    for (let i = list.length - 1; i >= 0; i--) {
      this.asm.loc = list[i] as ast.expr;
      this.asm.emit(Op.CALL, 1);
    }
    this.asm.loc = s;
  }

  private functionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    if (s.type_params.length !== 0) throw new Unsupported('type parameters', s.lineno);
    this.decorators(s.decorator_list);
    this.asm.loc = s;
    this.makeFunction(s, s.name, s.args, (c) => {
      // The docstring is not a statement that runs: it becomes the function's __doc__.
      const first = s.body[0];
      const doc = first !== undefined && first.kind === 'Expr' && first.value.kind === 'Constant' && typeof first.value.value === 'string'
        ? first.value.value : null;
      c.body(doc !== null ? s.body.slice(1) : s.body, false);
      if (doc !== null) docstrings.set(c.unit, doc);
      if (!endsWithReturn(s.body)) {
        c.asm.loc = null;
        c.loadNone();
        c.asm.emit(Op.RETURN_VALUE);
      }
    });
    this.applyDecorators(s.decorator_list, s);
    this.nameOp(s.name, 'Store');
  }

  /** Defaults, kw-defaults, the closure, then MAKE_FUNCTION and SET_FUNCTION_ATTRIBUTE (3.14 order). */
  makeFunction(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda, name: string, args: ast.arguments, bodyFn: (c: Compiler) => void): void {
    const a = this.asm;
    let attrs = 0;
    if (args.defaults.length !== 0) {
      for (const d of args.defaults) compileExpr(this, d);
      a.loc = node;
      a.emit(Op.BUILD_TUPLE, args.defaults.length);
      attrs |= 1;
    }
    const kwPairs = args.kwonlyargs.map((arg, i) => [arg, args.kw_defaults[i] ?? null] as const).filter(([, d]) => d !== null);
    if (kwPairs.length !== 0) {
      for (const [arg, d] of kwPairs) {
        this.loadConst('s:' + arg.arg, () => intern(this.mangled(arg.arg)));
        compileExpr(this, d as ast.expr);
      }
      a.loc = node;
      a.emit(Op.BUILD_MAP, kwPairs.length);
      attrs |= 2;
    }
    const block = this.table.lookup(node);
    if (block === undefined) throw new Error('no symbol table block for function');
    const qualname = this.qualnameFor(name);
    this.enterUnit('function', block, qualname, this.unit.privateName, node.lineno);
    const u = this.unit;
    const params = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    if (args.vararg !== null) params.push(args.vararg);
    if (args.kwarg !== null) params.push(args.kwarg);
    for (const p of params) {
      u.addSlot(this.mangled(p.arg));
      u.bound.add(p.arg);
    }
    for (const [sym] of block.symbols) if (block.scope(sym) === LOCAL) u.addSlot(sym);
    u.nlocals = u.slots.length;
    this.layoutClosure();
    u.asm.loc = null;
    if (block.coroutine && block.generator) throw new Unsupported('async generators', node.lineno);
    // Generators and coroutines start by returning the object that owns their frame.
    if (block.generator || block.coroutine) generatorPrologue(this);
    u.asm.emit(Op.RESUME, 0);
    bodyFn(this);
    let flags = 0;
    if (args.vararg !== null) flags |= CO_VARARGS;
    if (args.kwarg !== null) flags |= CO_VARKEYWORDS;
    if (block.generator || block.coroutine) {
      generatorEpilogue(this);
      flags |= block.coroutine ? CO_COROUTINE : CO_GENERATOR;
    }
    const code = this.finishUnit(name, flags, args.posonlyargs.length + args.args.length, args.posonlyargs.length, args.kwonlyargs.length);
    const doc = docstrings.get(u);
    if (doc !== undefined) codeDocstrings.set(code, intern(doc));
    const freevars = u.freevars;
    this.exitUnit();
    a.loc = node;
    if (freevars.length !== 0) {
      for (const f of freevars) a.emit(Op.LOAD_CLOSURE, this.closureSlot(f));
      a.emit(Op.BUILD_TUPLE, freevars.length);
      attrs |= 8;
    }
    a.emit(Op.LOAD_CONST, a.constIdx(code, () => new PyCode(code)));
    a.emit(Op.MAKE_FUNCTION);
    for (const bit of [8, 2, 1]) if (attrs & bit) a.emit(Op.SET_FUNCTION_ATTRIBUTE, bit);
  }

  /** The slot of the cell for `name` in the current unit, for a nested closure. */
  private closureSlot(name: string): number {
    const u = this.unit;
    if (!u.hasSlot(name)) throw new Error(`no cell for ${name} in ${u.qualname}`);
    return u.slot(name);
  }

  private classDef(s: ast.ClassDef): void {
    if (s.type_params.length !== 0) throw new Unsupported('generic classes', s.lineno);
    const a = this.asm;
    this.decorators(s.decorator_list);
    a.loc = s;
    a.emit(Op.LOAD_BUILD_CLASS);
    a.emit(Op.PUSH_NULL);
    const block = this.table.lookup(s);
    if (block === undefined) throw new Error('no symbol table block for class');
    const qualname = this.qualnameFor(s.name);
    this.enterUnit('class', block, qualname, s.name, s.lineno);
    const u = this.unit;
    this.layoutClosure();
    u.asm.loc = null;
    u.asm.emit(Op.RESUME, 0);
    u.asm.loc = s;
    this.nameOp('__name__', 'Load');
    this.nameOp('__module__', 'Store');
    this.loadConst('s:' + qualname, () => intern(qualname));
    this.nameOp('__qualname__', 'Store');
    const firstLine = BigInt(s.decorator_list[0]?.lineno ?? s.lineno);
    this.loadConst('i:' + String(firstLine), () => immortalize(newInt(firstLine)));
    this.nameOp('__firstlineno__', 'Store');
    this.body(s.body, true);
    u.asm.loc = null;
    // The sorted names of __static_attributes__ seed the shared keys of the class's instances.
    const staticAttrs = [...u.staticAttributes].sort();
    u.asm.emit(Op.LOAD_CONST, u.asm.constIdx('static:' + staticAttrs.join(','), () => immortalize(tupleSteal(staticAttrs.map((n) => intern(n))))));
    u.asm.emit(Op.STORE_NAME, u.asm.nameIdx('__static_attributes__'));
    if (block.needsClassClosure) {
      u.asm.emit(Op.LOAD_CLOSURE, u.slot('__class__'));
      u.asm.emit(Op.STORE_NAME, u.asm.nameIdx('__classcell__'));
    }
    this.loadNone();
    u.asm.emit(Op.RETURN_VALUE);
    const code = this.finishUnit(s.name, CO_NAME_LOCALS, 0, 0, 0);
    const freevars = u.freevars;
    this.exitUnit();
    a.loc = s;
    let attrs = 0;
    if (freevars.length !== 0) {
      for (const f of freevars) a.emit(Op.LOAD_CLOSURE, this.closureSlot(f));
      a.emit(Op.BUILD_TUPLE, freevars.length);
      attrs = 8;
    }
    a.emit(Op.LOAD_CONST, a.constIdx(code, () => new PyCode(code)));
    a.emit(Op.MAKE_FUNCTION);
    if (attrs) a.emit(Op.SET_FUNCTION_ATTRIBUTE, 8);
    this.loadConst('s:' + s.name, () => intern(s.name));
    compileCall(this, s, s.bases, s.keywords, 2);
    this.applyDecorators(s.decorator_list, s);
    this.nameOp(s.name, 'Store');
  }
}

function endsWithReturn(body: readonly ast.stmt[]): boolean {
  const last = body[body.length - 1];
  return last !== undefined && last.kind === 'Return';
}

export function binopNumber(op: ast.operator): number {
  switch (op) {
    case 'Add': return 0;
    case 'BitAnd': return 1;
    case 'FloorDiv': return 2;
    case 'LShift': return 3;
    case 'MatMult': return 4;
    case 'Mult': return 5;
    case 'Mod': return 6;
    case 'BitOr': return 7;
    case 'Pow': return 8;
    case 'RShift': return 9;
    case 'Sub': return 10;
    case 'Div': return 11;
    case 'BitXor': return 12;
    default: {
      const never: never = op;
      throw new Error(`unknown operator ${String(never)}`);
    }
  }
}

/** Compiles a module; an unsupported construct is reported with its line. */
export function compileModule(tree: ast.Module, table: SymbolTable, filename: string): CompileOutcome {
  const c = new Compiler(table, filename);
  try {
    return { ok: true, code: c.compileModule(tree) };
  } catch (e) {
    if (e instanceof Unsupported) return { ok: false, message: `not supported yet: ${e.what} (line ${e.lineno})`, lineno: e.lineno };
    throw e;
  }
}

