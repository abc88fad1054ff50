/**
 * The symbol table's first pass over expressions (symtable_visit_expr and the comprehension,
 * lambda and walrus handling of Python/symtable.c), in CPython's visiting order: the order
 * decides which error is reported first.
 */
import type {
  arguments as Arguments,
  pattern,
  comprehension,
  DictComp,
  expr,
  GeneratorExp,
  keyword,
  ListComp,
  Name,
  NamedExpr,
  SetComp,
} from '../syntax/ast';
import { DEF_COMP_ITER, DEF_GLOBAL, DEF_LOCAL, DEF_NONLOCAL, DEF_PARAM, USE } from './flags';
import { fail, locOf } from './location';
import { checkName, type Builder } from './symtable-builder';

export function visitExprs(st: Builder, exprs: readonly (expr | null)[]): void {
  for (const e of exprs) if (e !== null) visitExpr(st, e);
}

export function visitExpr(st: Builder, e: expr): void {
  switch (e.kind) {
    case 'NamedExpr':
      st.raiseIfAnnotationBlock('named expression', e);
      handleNamedExpr(st, e);
      break;
    case 'BoolOp':
      visitExprs(st, e.values);
      break;
    case 'BinOp':
      visitExpr(st, e.left);
      visitExpr(st, e.right);
      break;
    case 'UnaryOp':
      visitExpr(st, e.operand);
      break;
    case 'Lambda':
      visitExprs(st, e.args.defaults);
      visitExprs(st, e.args.kw_defaults);
      st.enterBlock('lambda', 'function', e, locOf(e));
      visitParameters(st, e.args);
      visitExpr(st, e.body);
      st.exitBlock();
      break;
    case 'IfExp':
      visitExpr(st, e.test);
      visitExpr(st, e.body);
      visitExpr(st, e.orelse);
      break;
    case 'Dict':
      // All keys first, then all values (a `**` entry has no key).
      visitExprs(st, e.keys as readonly (expr | null)[]);
      visitExprs(st, e.values);
      break;
    case 'Set':
      visitExprs(st, e.elts);
      break;
    case 'GeneratorExp':
    case 'ListComp':
    case 'SetComp':
      handleComprehension(st, e, e.elt, null);
      break;
    case 'DictComp':
      handleComprehension(st, e, e.key, e.value);
      break;
    case 'Yield':
    case 'YieldFrom':
      st.raiseIfAnnotationBlock('yield expression', e);
      if (e.value !== null) visitExpr(st, e.value);
      st.cur.generator = true;
      if (st.cur.comprehension !== null) {
        fail(`'yield' inside ${COMPREHENSION_NAMES[st.cur.comprehension]}`, locOf(e));
      }
      break;
    case 'Await':
      st.raiseIfAnnotationBlock('await expression', e);
      // (Top-level await is only for the REPL and `compile(..., PyCF_ALLOW_TOP_LEVEL_AWAIT)`.)
      if (!st.cur.isFunctionLike) fail("'await' outside function", locOf(e));
      if (!st.isAsyncDef() && st.cur.comprehension === null) fail("'await' outside async function", locOf(e));
      visitExpr(st, e.value);
      st.cur.coroutine = true;
      break;
    case 'Compare':
      visitExpr(st, e.left);
      visitExprs(st, e.comparators);
      break;
    case 'Call':
      visitExpr(st, e.func);
      visitExprs(st, e.args);
      checkKeywords(e.keywords);
      for (const k of e.keywords) visitExpr(st, k.value);
      break;
    case 'FormattedValue':
      visitExpr(st, e.value);
      if (e.format_spec !== null) visitExpr(st, e.format_spec);
      break;
    case 'Interpolation':
      visitExpr(st, e.value);
      if (e.format_spec !== null) visitExpr(st, e.format_spec);
      break;
    case 'JoinedStr':
    case 'TemplateStr':
      visitExprs(st, e.values);
      break;
    case 'Constant':
      break;
    case 'Attribute':
      checkName(e.attr, locOf(e), e.ctx);
      visitExpr(st, e.value);
      break;
    case 'Subscript':
      visitExpr(st, e.value);
      visitExpr(st, e.slice);
      break;
    case 'Starred':
      visitExpr(st, e.value);
      break;
    case 'Slice':
      if (e.lower !== null) visitExpr(st, e.lower);
      if (e.upper !== null) visitExpr(st, e.upper);
      if (e.step !== null) visitExpr(st, e.step);
      break;
    case 'Name':
      visitName(st, e);
      break;
    case 'List':
    case 'Tuple':
      visitExprs(st, e.elts);
      break;
    default: {
      const unreachable: never = e;
      throw new Error(`unknown expression ${String(unreachable)}`);
    }
  }
}

function visitName(st: Builder, e: Name): void {
  // Annotations inside functions are never evaluated, so they bind and use nothing.
  if (st.cur.inUnevaluatedAnnotation) return;
  if (st.folded?.has(e) === true) return;
  st.addDefCtx(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, locOf(e), e.ctx);
  // A bare `super` may become super(__class__, self): it uses the __class__ cell.
  if (e.ctx === 'Load' && st.cur.isFunctionLike && e.id === 'super') st.addDef('__class__', USE, locOf(e));
}

export function checkKeywords(keywords: readonly keyword[]): void {
  for (const k of keywords) if (k.arg !== null) checkName(k.arg, locOf(k), 'Store');
}

const COMPREHENSION_NAMES = {
  list: 'list comprehension',
  set: 'set comprehension',
  dict: 'dict comprehension',
  generator: 'generator expression',
} as const;

/** The parameters of a function or lambda, bound in its (current) block. */
export function visitParameters(st: Builder, a: Arguments): void {
  for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs]) st.addDef(arg.arg, DEF_PARAM, locOf(arg));
  if (a.vararg !== null) {
    st.addDef(a.vararg.arg, DEF_PARAM, locOf(a.vararg));
    st.cur.varargs = true;
  }
  if (a.kwarg !== null) {
    st.addDef(a.kwarg.arg, DEF_PARAM, locOf(a.kwarg));
    st.cur.varkeywords = true;
  }
}

function handleNamedExpr(st: Builder, e: NamedExpr): void {
  if (st.cur.compIterExpr > 0) {
    fail('assignment expression cannot be used in a comprehension iterable expression', locOf(e));
  }
  // Inside a comprehension the target binds in the nearest enclosing function or module.
  if (st.cur.comprehension !== null) extendNamedExprScope(st, e.target as Name);
  visitExpr(st, e.value);
  visitExpr(st, e.target);
}

function extendNamedExprScope(st: Builder, target: Name): void {
  const name = target.id;
  const loc = locOf(target);
  for (const block of st.stackFromTop) {
    if (block.comprehension !== null) {
      const flags = st.lookupIn(block, name);
      if ((flags & DEF_COMP_ITER) !== 0 && (flags & DEF_LOCAL) !== 0) {
        fail(`assignment expression cannot rebind comprehension iteration variable '${name}'`, loc);
      }
      continue;
    }
    switch (block.type) {
      case 'function':
        st.addDef(name, (st.lookupIn(block, name) & DEF_GLOBAL) !== 0 ? DEF_GLOBAL : DEF_NONLOCAL, loc);
        st.recordDirective(name, loc);
        st.addDefIn(name, DEF_LOCAL, block, loc);
        return;
      case 'module':
        st.addDef(name, DEF_GLOBAL, loc);
        st.recordDirective(name, loc);
        st.addDefIn(name, DEF_GLOBAL, block, loc);
        return;
      case 'class':
        fail('assignment expression within a comprehension cannot be used in a class body', loc);
        break;
      case 'typeParameters':
        fail('assignment expression within a comprehension cannot be used within the definition of a generic', loc);
        break;
      case 'typeAlias':
        fail('assignment expression within a comprehension cannot be used in a type alias', loc);
        break;
      case 'typeVariable':
        fail('assignment expression within a comprehension cannot be used in a TypeVar bound', loc);
        break;
      case 'annotation':
        // Not a target scope: keep looking outwards.
        break;
      default: {
        const unreachable: never = block.type;
        throw new Error(`unknown block type ${String(unreachable)}`);
      }
    }
  }
}

type Comprehension = GeneratorExp | ListComp | SetComp | DictComp;

const COMPREHENSION_BLOCKS = {
  GeneratorExp: ['genexpr', 'generator'],
  ListComp: ['listcomp', 'list'],
  SetComp: ['setcomp', 'set'],
  DictComp: ['dictcomp', 'dict'],
} as const;

/**
 * A comprehension is a function block (PEP 709 inlines the non-generator ones after analysis):
 * its outermost iterable is evaluated outside, then passed in as the implicit parameter `.0`.
 */
function handleComprehension(st: Builder, e: Comprehension, elt: expr, value: expr | null): void {
  const isGenerator = e.kind === 'GeneratorExp';
  const [first, ...rest] = e.generators as [comprehension, ...comprehension[]];
  st.cur.compIterExpr++;
  visitExpr(st, first.iter);
  st.cur.compIterExpr--;
  const [name, kind] = COMPREHENSION_BLOCKS[e.kind];
  const block = st.enterBlock(name, 'function', e, locOf(e));
  block.comprehension = kind;
  if (first.is_async) block.coroutine = true;
  st.addDef('.0', DEF_PARAM, block.loc);
  block.compIterTarget = true;
  visitExpr(st, first.target);
  block.compIterTarget = false;
  visitExprs(st, first.ifs);
  for (const gen of rest) visitComprehension(st, gen);
  // A dict comprehension's value is visited before its key.
  if (value !== null) visitExpr(st, value);
  visitExpr(st, elt);
  block.generator = isGenerator;
  const isAsync = block.coroutine && !isGenerator;
  st.exitBlock();
  if (isAsync && !st.isAsyncDef() && st.cur.comprehension === null) {
    fail('asynchronous comprehension outside of an asynchronous function', locOf(e));
  }
  if (isAsync) st.cur.coroutine = true;
}

function visitComprehension(st: Builder, gen: comprehension): void {
  st.cur.compIterTarget = true;
  visitExpr(st, gen.target);
  st.cur.compIterTarget = false;
  st.cur.compIterExpr++;
  visitExpr(st, gen.iter);
  st.cur.compIterExpr--;
  visitExprs(st, gen.ifs);
  if (gen.is_async) st.cur.coroutine = true;
}

/** Capture patterns bind names; value patterns and class patterns are expressions. */
export function visitPattern(st: Builder, p: pattern): void {
  switch (p.kind) {
    case 'MatchValue':
      visitExpr(st, p.value);
      break;
    case 'MatchSingleton':
      break;
    case 'MatchSequence':
      for (const sub of p.patterns) visitPattern(st, sub);
      break;
    case 'MatchStar':
      if (p.name !== null) st.addDef(p.name, DEF_LOCAL, locOf(p));
      break;
    case 'MatchMapping':
      visitExprs(st, p.keys);
      for (const sub of p.patterns) visitPattern(st, sub);
      if (p.rest !== null) st.addDef(p.rest, DEF_LOCAL, locOf(p));
      break;
    case 'MatchClass':
      visitExpr(st, p.cls);
      for (const sub of p.patterns) visitPattern(st, sub);
      p.kwd_attrs.forEach((attr, i) => {
        const sub = p.kwd_patterns[i];
        if (sub !== undefined && attr === '__debug__') fail('cannot assign to __debug__', locOf(sub));
      });
      for (const sub of p.kwd_patterns) visitPattern(st, sub);
      break;
    case 'MatchAs':
      if (p.pattern !== null) visitPattern(st, p.pattern);
      if (p.name !== null) st.addDef(p.name, DEF_LOCAL, locOf(p));
      break;
    case 'MatchOr':
      for (const sub of p.patterns) visitPattern(st, sub);
      break;
    default: {
      const unreachable: never = p;
      throw new Error(`unknown pattern ${String(unreachable)}`);
    }
  }
}
