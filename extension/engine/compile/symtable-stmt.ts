/**
 * The symbol table's first pass over statements (symtable_visit_stmt and its helpers in
 * Python/symtable.c): definitions, declarations and imports, in CPython's visiting order
 * (annotation and type-parameter scopes are in symtable-scopes.ts).
 */
import type {
  alias,
  AsyncFunctionDef,
  ClassDef,
  FunctionDef,
  Global,
  ImportFrom,
  Nonlocal,
  stmt,
  TypeAlias,
} from '../syntax/ast';
import { isDocstring } from './docstring';
import { DEF_ANNOT, DEF_GLOBAL, DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, USE } from './flags';
import { fail, locOf } from './location';
import type { Builder } from './symtable-builder';
import { checkKeywords, visitExpr, visitExprs, visitParameters, visitPattern } from './symtable-expr';
import { enterTypeParamBlock, visitParameterAnnotations, visitTypeParam, visitVariableAnnotation } from './symtable-scopes';

export function visitStmts(st: Builder, body: readonly stmt[]): void {
  for (const s of body) visitStmt(st, s);
}

/** Runs `visit` with the current block marked as inside a conditionally executed statement. */
function conditionally(st: Builder, visit: () => void): void {
  const block = st.cur;
  const saved = block.inConditionalBlock;
  block.inConditionalBlock = true;
  visit();
  block.inConditionalBlock = saved;
}

export function visitStmt(st: Builder, s: stmt): void {
  switch (s.kind) {
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      visitFunctionDef(st, s);
      break;
    case 'ClassDef':
      visitClassDef(st, s);
      break;
    case 'TypeAlias':
      visitTypeAlias(st, s);
      break;
    case 'Return':
      if (s.value !== null) {
        visitExpr(st, s.value);
        st.cur.returnsValue = true;
      }
      break;
    case 'Delete':
      visitExprs(st, s.targets);
      break;
    case 'Assign':
      visitExprs(st, s.targets);
      visitExpr(st, s.value);
      break;
    case 'AnnAssign':
      st.cur.annotationsUsed = true;
      if (s.target.kind === 'Name') {
        const name = s.target.id;
        const cur = st.lookup(name);
        if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) !== 0 && st.cur.type !== 'module' && s.simple) {
          const what = (cur & DEF_GLOBAL) !== 0 ? 'global' : 'nonlocal';
          fail(`annotated name '${name}' can't be ${what}`, locOf(s));
        }
        if (s.simple) st.addDef(name, DEF_ANNOT | DEF_LOCAL, locOf(s.target));
        if (s.value !== null) st.addDef(name, DEF_LOCAL, locOf(s.target));
      } else {
        visitExpr(st, s.target);
      }
      visitVariableAnnotation(st, s.annotation);
      if (s.value !== null) visitExpr(st, s.value);
      break;
    case 'AugAssign':
      visitExpr(st, s.target);
      visitExpr(st, s.value);
      break;
    case 'For':
      visitExpr(st, s.target);
      visitExpr(st, s.iter);
      conditionally(st, () => {
        visitStmts(st, s.body);
        visitStmts(st, s.orelse);
      });
      break;
    case 'While':
    case 'If':
      visitExpr(st, s.test);
      conditionally(st, () => {
        visitStmts(st, s.body);
        visitStmts(st, s.orelse);
      });
      break;
    case 'Match':
      visitExpr(st, s.subject);
      conditionally(st, () => {
        for (const c of s.cases) {
          visitPattern(st, c.pattern);
          if (c.guard !== null) visitExpr(st, c.guard);
          visitStmts(st, c.body);
        }
      });
      break;
    case 'Raise':
      if (s.exc !== null) {
        visitExpr(st, s.exc);
        if (s.cause !== null) visitExpr(st, s.cause);
      }
      break;
    case 'Try':
    case 'TryStar':
      conditionally(st, () => {
        visitStmts(st, s.body);
        for (const h of s.handlers) {
          if (h.type !== null) visitExpr(st, h.type);
          if (h.name !== null) st.addDef(h.name, DEF_LOCAL, locOf(h));
          visitStmts(st, h.body);
        }
        visitStmts(st, s.orelse);
        visitStmts(st, s.finalbody);
      });
      break;
    case 'Assert':
      visitExpr(st, s.test);
      if (s.msg !== null) visitExpr(st, s.msg);
      break;
    case 'Import':
      for (const a of s.names) visitAlias(st, a);
      break;
    case 'ImportFrom':
      for (const a of s.names) visitAlias(st, a);
      checkImportFrom(st, s);
      break;
    case 'Global':
    case 'Nonlocal':
      visitDeclaration(st, s);
      break;
    case 'Expr':
      visitExpr(st, s.value);
      break;
    case 'Pass':
    case 'Break':
    case 'Continue':
      break;
    case 'With':
      conditionally(st, () => {
        for (const item of s.items) {
          visitExpr(st, item.context_expr);
          if (item.optional_vars !== null) visitExpr(st, item.optional_vars);
        }
        visitStmts(st, s.body);
      });
      break;
    case 'AsyncWith':
      if (!st.cur.coroutine) fail("'async with' outside async function", locOf(s));
      conditionally(st, () => {
        for (const item of s.items) {
          visitExpr(st, item.context_expr);
          if (item.optional_vars !== null) visitExpr(st, item.optional_vars);
        }
        visitStmts(st, s.body);
      });
      break;
    case 'AsyncFor':
      if (!st.cur.coroutine) fail("'async for' outside async function", locOf(s));
      visitExpr(st, s.target);
      visitExpr(st, s.iter);
      conditionally(st, () => {
        visitStmts(st, s.body);
        visitStmts(st, s.orelse);
      });
      break;
    default: {
      const unreachable: never = s;
      throw new Error(`unknown statement ${String(unreachable)}`);
    }
  }
}

function visitDeclaration(st: Builder, s: Global | Nonlocal): void {
  const isGlobal = s.kind === 'Global';
  const word = isGlobal ? 'global' : 'nonlocal';
  for (const name of s.names) {
    const cur = st.lookup(name);
    if ((cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) !== 0) {
      let msg: string;
      if ((cur & DEF_PARAM) !== 0) msg = `name '${name}' is parameter and ${word}`;
      else if ((cur & USE) !== 0) msg = `name '${name}' is used prior to ${word} declaration`;
      else if ((cur & DEF_ANNOT) !== 0) msg = `annotated name '${name}' can't be ${word}`;
      else msg = `name '${name}' is assigned to before ${word} declaration`;
      fail(msg, locOf(s));
    }
    st.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, locOf(s));
    st.recordDirective(name, locOf(s));
  }
}

function visitAlias(st: Builder, a: alias): void {
  // `import a.b.c` binds `a`; `import a.b as c` binds `c`.
  const name = a.asname ?? a.name;
  if (name === '*') {
    if (st.cur.type !== 'module') fail('import * only allowed at module level', locOf(a));
    return;
  }
  const dot = name.indexOf('.');
  st.addDef(dot >= 0 ? name.slice(0, dot) : name, DEF_IMPORT, locOf(a));
}

function checkImportFrom(st: Builder, s: ImportFrom): void {
  const fut = st.future.location;
  if (s.module === '__future__' && (s.level ?? 0) === 0
    && (s.lineno > fut.lineno || (s.lineno === fut.end_lineno && s.col_offset > fut.end_col_offset))) {
    fail('from __future__ imports must occur at the beginning of the file', locOf(s));
  }
}

function visitFunctionDef(st: Builder, s: FunctionDef | AsyncFunctionDef): void {
  const loc = locOf(s);
  st.addDef(s.name, DEF_LOCAL, loc);
  visitExprs(st, s.args.defaults);
  visitExprs(st, s.args.kw_defaults);
  visitExprs(st, s.decorator_list);
  const generic = s.type_params.length > 0;
  if (generic) {
    enterTypeParamBlock(st, s.name, s.type_params, loc, {
      // CPython tests the defaults sequence for NULL, and the parser always makes one: a generic
      // function's type-parameter scope always takes `.defaults`, even when empty.
      defaults: true,
      kwDefaults: s.args.kw_defaults.some((d) => d !== null),
      isClass: false,
    });
    for (const tp of s.type_params) visitTypeParam(st, tp);
  }
  const block = st.newBlock(s.name, 'function', s, loc);
  block.hasDocstring = isDocstring(s.body);
  visitParameterAnnotations(st, s, s.args, s.returns);
  st.enterExisting(block);
  if (s.kind === 'AsyncFunctionDef') block.coroutine = true;
  visitParameters(st, s.args);
  visitStmts(st, s.body);
  st.exitBlock();
  if (generic) st.exitBlock();
}

function visitClassDef(st: Builder, s: ClassDef): void {
  const loc = locOf(s);
  st.addDef(s.name, DEF_LOCAL, loc);
  visitExprs(st, s.decorator_list);
  const savedPrivate = st.privateName;
  const generic = s.type_params.length > 0;
  if (generic) {
    enterTypeParamBlock(st, s.name, s.type_params, loc, { defaults: false, kwDefaults: false, isClass: true });
    // Type parameters are mangled with the class name, so that the body can use `__T`.
    st.privateName = s.name;
    st.cur.mangledNames = new Set();
    for (const tp of s.type_params) visitTypeParam(st, tp);
  }
  visitExprs(st, s.bases);
  checkKeywords(s.keywords);
  for (const k of s.keywords) visitExpr(st, k.value);
  const block = st.enterBlock(s.name, 'class', s, loc);
  st.privateName = s.name;
  if (generic) {
    st.addDef('__type_params__', DEF_LOCAL, loc);
    st.addDef('.type_params', USE, loc);
  }
  block.hasDocstring = isDocstring(s.body);
  visitStmts(st, s.body);
  st.exitBlock();
  if (generic) st.exitBlock();
  st.privateName = savedPrivate;
}

function visitTypeAlias(st: Builder, s: TypeAlias): void {
  visitExpr(st, s.name);
  const name = (s.name as { id: string }).id;
  const inClass = st.cur.type === 'class';
  const generic = s.type_params.length > 0;
  if (generic) {
    enterTypeParamBlock(st, name, s.type_params, locOf(s), { defaults: false, kwDefaults: false, isClass: false });
    for (const tp of s.type_params) visitTypeParam(st, tp);
  }
  const block = st.enterBlock(name, 'typeAlias', s, locOf(s));
  block.canSeeClassScope = inClass;
  if (inClass) st.addDef('__classdict__', USE, locOf(s.value));
  visitExpr(st, s.value);
  st.exitBlock();
  if (generic) st.exitBlock();
}

