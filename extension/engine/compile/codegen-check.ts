/**
 * Code generation's checks on statements and scopes (Python/codegen.c), walking the module as
 * codegen does: decorators and defaults before a function's scopes, a class body before its
 * bases, annotations of a module or class at the end of its body, loops and try statements
 * pushing frame blocks that `return`, `break` and `continue` must unwind.
 */
import type {
  AnnAssign,
  AsyncFunctionDef,
  AsyncWith,
  ClassDef,
  expr,
  FunctionDef,
  Module,
  Return,
  stmt,
  Try,
  TryStar,
  type_param,
  TypeAlias,
  With,
} from '../syntax/ast';
import type { Block, SymbolTable } from './block';
import { visitArguments, visitExpr, visitExprs } from './codegen-expr';
import { visitMatch } from './codegen-pattern';
import { CodegenState, type FBlock } from './codegen-state';
import { isDocstring } from './docstring';
import { fail, locOf, NO_LOCATION, type CompileWarning, type Loc } from './location';
import type { Folds } from './preprocess';

/** Runs code generation's checks over a module whose symbol table is built; throws CompileError. */
export function checkCodegen(tree: Module, table: SymbolTable, folds: Folds, warnings: CompileWarning[]): void {
  const cg = new CodegenState(table, folds, warnings);
  cg.inScope(table.top, 'module', () => visitBody(cg, tree.body));
}

/** A module or class body: docstring aside, its statements, then its deferred annotations (PEP 649). */
function visitBody(cg: CodegenState, body: readonly stmt[]): void {
  visitStmts(cg, cg.block.hasDocstring && isDocstring(body) ? body.slice(1) : body);
  const deferred = cg.deferredAnnotations;
  if (cg.futureAnnotations || deferred.length === 0) return;
  cg.inScope(cg.block.annotationBlock ?? undefined, 'annotations', () => {
    for (const s of deferred) visitExpr(cg, s.annotation);
  });
}

function visitStmts(cg: CodegenState, body: readonly stmt[]): void {
  for (const s of body) visitStmt(cg, s);
}

function visitStmt(cg: CodegenState, s: stmt): void {
  switch (s.kind) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      visitFunction(cg, s);
      break;
    case 'ClassDef':
      visitClass(cg, s);
      break;
    case 'TypeAlias':
      visitTypeAlias(cg, s);
      break;
    case 'Return':
      visitReturn(cg, s);
      break;
    case 'Delete':
      visitExprs(cg, s.targets);
      break;
    case 'Assign':
      visitExpr(cg, s.value);
      visitExprs(cg, s.targets);
      break;
    case 'AugAssign':
      visitAugTarget(cg, s.target);
      visitExpr(cg, s.value);
      break;
    case 'AnnAssign':
      visitAnnAssign(cg, s);
      break;
    case 'For':
      cg.pushFBlock(locOf(s), 'forLoop');
      visitExpr(cg, s.iter);
      visitExpr(cg, s.target);
      visitStmts(cg, s.body);
      cg.popFBlock('forLoop');
      visitStmts(cg, s.orelse);
      break;
    case 'AsyncFor':
      visitExpr(cg, s.iter);
      cg.pushFBlock(locOf(s), 'forLoop');
      visitExpr(cg, s.target);
      visitStmts(cg, s.body);
      cg.popFBlock('forLoop');
      visitStmts(cg, s.orelse);
      break;
    case 'While':
      cg.pushFBlock(locOf(s), 'whileLoop');
      visitExpr(cg, s.test);
      visitStmts(cg, s.body);
      cg.popFBlock('whileLoop');
      visitStmts(cg, s.orelse);
      break;
    case 'If':
      visitExpr(cg, s.test);
      visitStmts(cg, s.body);
      visitStmts(cg, s.orelse);
      break;
    case 'Match':
      visitMatch(cg, s, (body) => visitStmts(cg, body));
      break;
    case 'Raise':
      if (s.exc !== null) {
        visitExpr(cg, s.exc);
        if (s.cause !== null) visitExpr(cg, s.cause);
      }
      break;
    case 'Try':
    case 'TryStar':
      if (s.finalbody.length > 0) visitTryFinally(cg, s);
      else visitTryExcept(cg, s);
      break;
    case 'Assert':
      if (s.test.kind === 'Tuple' && s.test.elts.length > 0) {
        cg.warn('assertion is always true, perhaps remove parentheses?', locOf(s));
      }
      visitExpr(cg, s.test);
      if (s.msg !== null) visitExpr(cg, s.msg);
      break;
    case 'Import':
    case 'ImportFrom':
    case 'Global':
    case 'Nonlocal':
    case 'Pass':
      break;
    case 'Expr':
      // A constant statement compiles to nothing.
      if (!cg.isConstant(s.value)) visitExpr(cg, s.value);
      break;
    case 'Break':
      visitLoopExit(cg, locOf(s), "'break' outside loop");
      break;
    case 'Continue':
      visitLoopExit(cg, locOf(s), "'continue' not properly in loop");
      break;
    case 'With':
    case 'AsyncWith':
      visitWith(cg, s, 0);
      break;
    default: {
      const unreachable: never = s;
      throw new Error(`unknown statement ${String(unreachable)}`);
    }
  }
}

function visitAugTarget(cg: CodegenState, target: expr): void {
  // The target is read without the Load checks of a plain subscript.
  if (target.kind === 'Attribute') {
    visitExpr(cg, target.value);
  } else if (target.kind === 'Subscript') {
    visitExpr(cg, target.value);
    visitExpr(cg, target.slice);
  }
}

function visitAnnAssign(cg: CodegenState, s: AnnAssign): void {
  if (s.value !== null) {
    visitExpr(cg, s.value);
    visitExpr(cg, s.target);
  }
  const target = s.target;
  switch (target.kind) {
    case 'Name':
      // A simple name's annotation in a module or class goes to its __annotate__, compiled last.
      if (s.simple && (cg.scopeType === 'module' || cg.scopeType === 'class') && !cg.futureAnnotations) {
        cg.deferredAnnotations.push(s);
      }
      break;
    case 'Attribute':
      if (s.value === null) visitExpr(cg, target.value);
      break;
    case 'Subscript':
      if (s.value === null) {
        visitExpr(cg, target.value);
        visitAnnotatedSubscript(cg, target.slice);
      }
      break;
    default:
      break;
  }
}

/** `a[i]: T` without a value still evaluates `a` and `i` (each part of a slice or tuple of slices). */
function visitAnnotatedSubscript(cg: CodegenState, e: expr): void {
  if (e.kind === 'Slice') {
    if (e.lower !== null) visitExpr(cg, e.lower);
    if (e.upper !== null) visitExpr(cg, e.upper);
    if (e.step !== null) visitExpr(cg, e.step);
  } else if (e.kind === 'Tuple') {
    for (const elt of e.elts) visitAnnotatedSubscript(cg, elt);
  } else {
    visitExpr(cg, e);
  }
}

function visitFunction(cg: CodegenState, s: FunctionDef | AsyncFunctionDef): void {
  visitExprs(cg, s.decorator_list);
  visitExprs(cg, s.args.defaults);
  visitExprs(cg, s.args.kw_defaults);
  const inner = (): void => {
    visitParameterAnnotations(cg, s);
    const block = cg.table.lookup(s);
    cg.inScope(block, s.kind === 'AsyncFunctionDef' ? 'asyncFunction' : 'function', () => {
      const generatorLike = block !== undefined && (block.generator || block.coroutine);
      // Generators and coroutines run inside an implicit StopIteration handler: one frame block.
      if (generatorLike) cg.pushFBlock(NO_LOCATION, 'stopIteration');
      visitStmts(cg, cg.block.hasDocstring ? s.body.slice(1) : s.body);
      if (generatorLike) cg.popFBlock('stopIteration');
    });
  };
  if (s.type_params.length > 0) {
    cg.inScope(cg.table.lookup(s.type_params), 'annotations', () => {
      visitTypeParams(cg, s.type_params);
      inner();
    });
  } else {
    inner();
  }
}

/** The function's __annotate__: args, then positional-only, *args, keyword-only, **kwargs, return. */
function visitParameterAnnotations(cg: CodegenState, s: FunctionDef | AsyncFunctionDef): void {
  const block = cg.table.lookup(s.args);
  if (block === undefined || !block.annotationsUsed) return;
  cg.inScope(block, 'annotations', () => {
    if (cg.futureAnnotations) return;
    const a = s.args;
    const annotations = [
      ...a.args.map((arg) => arg.annotation),
      ...a.posonlyargs.map((arg) => arg.annotation),
      a.vararg?.annotation ?? null,
      ...a.kwonlyargs.map((arg) => arg.annotation),
      a.kwarg?.annotation ?? null,
      s.returns,
    ];
    for (const annotation of annotations) {
      if (annotation === null) continue;
      // `*args: *Ts` evaluates Ts.
      visitExpr(cg, annotation.kind === 'Starred' ? annotation.value : annotation);
    }
  });
}

function visitTypeParams(cg: CodegenState, params: readonly type_param[]): void {
  let seenDefault = false;
  for (const tp of params) {
    if (tp.kind === 'TypeVar' && tp.bound !== null) visitBoundOrDefault(cg, tp.bound, cg.table.lookup(tp), false);
    if (tp.default_value !== null) {
      const block = tp.kind === 'TypeVar' ? cg.table.lookupDefault(tp) : cg.table.lookup(tp);
      visitBoundOrDefault(cg, tp.default_value, block, tp.kind === 'TypeVarTuple');
      seenDefault = true;
    } else if (seenDefault) {
      fail(`non-default type parameter '${tp.name}' follows default type parameter`, locOf(tp));
    }
  }
}

function visitBoundOrDefault(cg: CodegenState, e: expr, block: Block | undefined, allowStarred: boolean): void {
  cg.inScope(block, 'annotations', () => visitExpr(cg, allowStarred && e.kind === 'Starred' ? e.value : e));
}

function visitClass(cg: CodegenState, s: ClassDef): void {
  visitExprs(cg, s.decorator_list);
  const rest = (): void => {
    cg.inScope(cg.table.lookup(s), 'class', () => visitBody(cg, s.body));
    visitArguments(cg, s.bases, s.keywords);
  };
  if (s.type_params.length > 0) {
    cg.inScope(cg.table.lookup(s.type_params), 'annotations', () => {
      visitTypeParams(cg, s.type_params);
      rest();
    });
  } else {
    rest();
  }
}

function visitTypeAlias(cg: CodegenState, s: TypeAlias): void {
  const value = (): void => cg.inScope(cg.table.lookup(s), 'annotations', () => visitExpr(cg, s.value));
  if (s.type_params.length > 0) {
    cg.inScope(cg.table.lookup(s.type_params), 'annotations', () => {
      visitTypeParams(cg, s.type_params);
      value();
    });
  } else {
    value();
  }
}

function visitReturn(cg: CodegenState, s: Return): void {
  const block = cg.block;
  if (!block.isFunctionLike) fail("'return' outside function", locOf(s));
  if (s.value !== null && block.coroutine && block.generator) fail("'return' with value in async generator", locOf(s));
  const value = s.value;
  const preserveValue = value !== null && !cg.isConstant(value);
  // The unwinding below reports at the constant's location when the constant is on the line.
  let loc = locOf(s);
  if (preserveValue) visitExpr(cg, value);
  else if (value !== null) loc = locOf(value);
  if (value === null || value.lineno !== s.lineno) loc = locOf(s);
  unwindFBlockStack(cg, loc, preserveValue, false);
}

function visitLoopExit(cg: CodegenState, loc: Loc, outsideLoop: string): void {
  const loop = unwindFBlockStack(cg, loc, false, true);
  if (loop === null) fail(outsideLoop, loc);
}

/**
 * Leaves the frame blocks between here and the target (the function's end, or the innermost
 * loop when `toLoop`), as codegen_unwind_fblock_stack emits the exits: `finally` bodies are
 * compiled again on the way, `with` exits make the location artificial (line -1), and no path
 * may leave an except* handler. Returns the loop reached, if any.
 */
function unwindFBlockStack(cg: CodegenState, loc: Loc, preserveValue: boolean, toLoop: boolean): FBlock | null {
  let current = loc;
  const unwind = (): FBlock | null => {
    const top = cg.topFBlock();
    if (top === undefined) return null;
    if (top.type === 'exceptionGroupHandler') {
      fail("'break', 'continue' and 'return' cannot appear in an except* block", current);
    }
    if (toLoop && (top.type === 'whileLoop' || top.type === 'forLoop')) return top;
    cg.popFBlock(top.type);
    current = unwindFBlock(cg, top, current, preserveValue);
    const loop = unwind();
    cg.restoreFBlock(top);
    return loop;
  };
  return unwind();
}

/** What leaving one frame block compiles; returns the location that codegen uses afterwards. */
function unwindFBlock(cg: CodegenState, f: FBlock, loc: Loc, preserveValue: boolean): Loc {
  switch (f.type) {
    case 'finallyTry':
      if (preserveValue) cg.pushFBlock(loc, 'popValue');
      visitStmts(cg, f.finalbody ?? []);
      if (preserveValue) cg.popFBlock('popValue');
      return NO_LOCATION;
    case 'with':
    case 'asyncWith':
      return NO_LOCATION;
    case 'whileLoop':
    case 'forLoop':
    case 'tryExcept':
    case 'finallyEnd':
    case 'handlerCleanup':
    case 'popValue':
    case 'exceptionHandler':
    case 'exceptionGroupHandler':
    case 'asyncComprehensionGenerator':
    case 'stopIteration':
      return loc;
    default: {
      const unreachable: never = f.type;
      throw new Error(`unknown frame block ${String(unreachable)}`);
    }
  }
}

/** The finally body is compiled twice: after the normal exit, and as the exception handler. */
function visitTryFinally(cg: CodegenState, s: Try | TryStar): void {
  cg.pushFBlock(locOf(s), 'finallyTry', s.finalbody);
  if (s.handlers.length > 0) visitTryExcept(cg, s);
  else visitStmts(cg, s.body);
  cg.popFBlock('finallyTry');
  visitStmts(cg, s.finalbody);
  cg.pushFBlock(NO_LOCATION, 'finallyEnd');
  visitStmts(cg, s.finalbody);
  cg.popFBlock('finallyEnd');
}

function visitTryExcept(cg: CodegenState, s: Try | TryStar): void {
  const loc = locOf(s);
  cg.pushFBlock(loc, 'tryExcept');
  visitStmts(cg, s.body);
  cg.popFBlock('tryExcept');
  const star = s.kind === 'TryStar';
  if (!star) visitStmts(cg, s.orelse);
  cg.pushFBlock(loc, star ? 'exceptionGroupHandler' : 'exceptionHandler');
  s.handlers.forEach((h, i) => {
    if (!star && h.type === null && i < s.handlers.length - 1) fail("default 'except:' must be last", locOf(h));
    if (h.type !== null) visitExpr(cg, h.type);
    cg.pushFBlock(locOf(h), 'handlerCleanup');
    visitStmts(cg, h.body);
    cg.popFBlock('handlerCleanup');
  });
  cg.popFBlock(star ? 'exceptionGroupHandler' : 'exceptionHandler');
  // except* compiles its else block after the handlers.
  if (star) visitStmts(cg, s.orelse);
}

/** Each item of a with statement opens its own frame block around the rest. */
function visitWith(cg: CodegenState, s: With | AsyncWith, index: number): void {
  const item = s.items[index];
  if (item === undefined) return;
  visitExpr(cg, item.context_expr);
  const type = s.kind === 'AsyncWith' ? 'asyncWith' : 'with';
  cg.pushFBlock(locOf(item.context_expr), type);
  if (item.optional_vars !== null) visitExpr(cg, item.optional_vars);
  if (index + 1 === s.items.length) visitStmts(cg, s.body);
  else visitWith(cg, s, index + 1);
  cg.popFBlock(type);
}

