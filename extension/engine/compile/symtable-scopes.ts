/**
 * The symbol table's first pass for the lazily evaluated scopes of PEP 649 and PEP 695: the
 * `__annotate__` scopes of annotations, a generic's type-parameter scope, and the scopes of
 * TypeVar bounds, constraints and defaults.
 */
import type { arg, arguments as Arguments, expr, stmt, type_param } from '../syntax/ast';
import { DEF_LOCAL, DEF_PARAM, DEF_TYPE_PARAM, USE } from './flags';
import { fail, locOf, type Loc } from './location';
import type { Builder } from './symtable-builder';
import { visitExpr } from './symtable-expr';

/**
 * The scope holding a generic's type parameters. Defaults are evaluated outside it and passed
 * in as `.defaults`/`.kwdefaults`; a generic class builds `.type_params` and `.generic_base` here.
 */
export function enterTypeParamBlock(
  st: Builder,
  name: string,
  key: readonly type_param[],
  loc: Loc,
  how: { defaults: boolean; kwDefaults: boolean; isClass: boolean },
): void {
  const inClass = st.cur.type === 'class';
  const block = st.enterBlock(name, 'typeParameters', key, loc);
  if (inClass) {
    block.canSeeClassScope = true;
    st.addDef('__classdict__', USE, loc);
  }
  if (how.isClass) {
    st.addDef('.type_params', DEF_LOCAL, loc);
    st.addDef('.type_params', USE, loc);
    st.addDef('.generic_base', DEF_LOCAL, loc);
    st.addDef('.generic_base', USE, loc);
  }
  if (how.defaults) st.addDef('.defaults', DEF_PARAM, loc);
  if (how.kwDefaults) st.addDef('.kwdefaults', DEF_PARAM, loc);
}

export function visitTypeParam(st: Builder, tp: type_param): void {
  st.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, locOf(tp));
  switch (tp.kind) {
    case 'TypeVar': {
      const info = tp.bound === null ? null : tp.bound.kind === 'Tuple' ? 'a TypeVar constraint' : 'a TypeVar bound';
      visitBoundOrDefault(st, tp.bound, tp, false, info);
      visitBoundOrDefault(st, tp.default_value, tp, true, 'a TypeVar default');
      break;
    }
    case 'TypeVarTuple':
      visitBoundOrDefault(st, tp.default_value, tp, false, 'a TypeVarTuple default');
      break;
    case 'ParamSpec':
      visitBoundOrDefault(st, tp.default_value, tp, false, 'a ParamSpec default');
      break;
    default: {
      const unreachable: never = tp;
      throw new Error(`unknown type parameter ${String(unreachable)}`);
    }
  }
}

/** A bound, constraint tuple or default is a lazily evaluated scope of its own. */
function visitBoundOrDefault(st: Builder, e: expr | null, tp: type_param, isDefaultKey: boolean, info: string | null): void {
  if (tp.name === '__classdict__') fail("reserved name '__classdict__' cannot be used for type parameter", locOf(tp));
  if (e === null) return;
  const inClass = st.cur.canSeeClassScope;
  const block = st.enterBlock(tp.name, 'typeVariable', tp, locOf(e), isDefaultKey);
  block.canSeeClassScope = inClass;
  if (inClass) st.addDef('__classdict__', USE, locOf(e));
  block.scopeInfo = info;
  visitExpr(st, e);
  st.exitBlock();
}

/**
 * A variable annotation (`x: T`) goes to its block's single `__annotate__` scope (PEP 649).
 * Inside a function it is never evaluated: visited for errors only, it binds and uses nothing.
 */
export function visitVariableAnnotation(st: Builder, annotation: expr): void {
  const parent = st.cur;
  const unevaluated = parent.type === 'function';
  // Annotations that may not run are tracked at run time, in __conditional_annotations__: a
  // class's inside if/for/while/try/with/match, and every module-level one (a module's code can
  // stop part-way, on an exception, and __annotate__ must then skip what never ran).
  if (((parent.type === 'class' && parent.inConditionalBlock) || parent.type === 'module')
    && !parent.hasConditionalAnnotations) {
    parent.hasConditionalAnnotations = true;
    st.addDef('__conditional_annotations__', USE, locOf(annotation));
  }
  if (parent.annotationBlock === null) {
    const parentType = parent.type;
    // CPython keys this scope by its parent's id + 1: here, the parent's annotationBlock field.
    const block = st.enterBlock('__annotate__', 'annotation', {}, locOf(annotation));
    parent.annotationBlock = block;
    if (parentType === 'class' && !st.future.annotations) {
      block.canSeeClassScope = true;
      st.addDef('__classdict__', USE, locOf(annotation));
    }
  } else {
    // One __annotate__ per block, however many annotations: it is listed once among the children.
    st.enterExisting(parent.annotationBlock, false);
  }
  if (unevaluated) st.cur.inUnevaluatedAnnotation = true;
  visitExpr(st, annotation);
  if (unevaluated) st.cur.inUnevaluatedAnnotation = false;
  st.exitBlock();
}

/** A function's parameter and return annotations: one `__annotate__` scope per function. */
export function visitParameterAnnotations(st: Builder, s: stmt, a: Arguments, returns: expr | null): void {
  const inClass = st.cur.canSeeClassScope || st.cur.type === 'class';
  const block = st.enterBlock('__annotate__', 'annotation', a, locOf(s));
  if (inClass) {
    block.canSeeClassScope = true;
    st.addDef('__classdict__', USE, locOf(s));
  }
  const annotate = (arg: arg | null): void => {
    if (arg === null || arg.annotation === null) return;
    block.annotationsUsed = true;
    visitExpr(st, arg.annotation);
  };
  a.posonlyargs.forEach(annotate);
  a.args.forEach(annotate);
  annotate(a.vararg);
  annotate(a.kwarg);
  a.kwonlyargs.forEach(annotate);
  if (returns !== null) {
    block.annotationsUsed = true;
    visitExpr(st, returns);
  }
  st.exitBlock();
}
