/**
 * Code generation's checks on expressions (codegen_visit_expr and friends in Python/codegen.c),
 * in the order codegen visits them: its SyntaxErrors (yield outside a function, misplaced
 * starred expressions, repeated keywords, ...) and its SyntaxWarnings for code that is valid but
 * almost certainly wrong (`x is 1`, `(1)(2)`, `[1][2]["k"]`, ...).
 */
import type {
  Call,
  comprehension,
  Compare,
  DictComp,
  expr,
  GeneratorExp,
  keyword,
  ListComp,
  SetComp,
  Subscript,
} from '../syntax/ast';
import type { CodegenState } from './codegen-state';
import { fail, locOf } from './location';
import { typeName, type PyConst } from './pyconst';

export function visitExprs(cg: CodegenState, exprs: readonly (expr | null)[]): void {
  for (const e of exprs) if (e !== null) visitExpr(cg, e);
}

/** Elements of a display or call, where `*x` contributes x. */
function visitUnpacked(cg: CodegenState, elts: readonly expr[]): void {
  for (const elt of elts) visitExpr(cg, elt.kind === 'Starred' ? elt.value : elt);
}

export function visitExpr(cg: CodegenState, e: expr): void {
  switch (e.kind) {
    case 'NamedExpr':
      visitExpr(cg, e.value);
      visitExpr(cg, e.target);
      break;
    case 'BoolOp':
      visitExprs(cg, e.values);
      break;
    case 'BinOp':
      visitExpr(cg, e.left);
      visitExpr(cg, e.right);
      break;
    case 'UnaryOp':
      visitExpr(cg, e.operand);
      break;
    case 'Lambda':
      visitExprs(cg, e.args.defaults);
      visitExprs(cg, e.args.kw_defaults);
      cg.inScope(cg.table.lookup(e), 'lambda', () => visitExpr(cg, e.body));
      break;
    case 'IfExp':
      visitExpr(cg, e.test);
      visitExpr(cg, e.body);
      visitExpr(cg, e.orelse);
      break;
    case 'Dict':
      // Key and value pairwise, in source order (a `**` entry has only its value).
      e.values.forEach((value, i) => {
        const key = (e.keys as readonly (expr | null)[])[i] ?? null;
        if (key !== null) visitExpr(cg, key);
        visitExpr(cg, value);
      });
      break;
    case 'Set':
      visitUnpacked(cg, e.elts);
      break;
    case 'GeneratorExp':
    case 'ListComp':
    case 'SetComp':
      visitComprehension(cg, e, e.elt, null);
      break;
    case 'DictComp':
      visitComprehension(cg, e, e.key, e.value);
      break;
    case 'Yield':
      if (!cg.block.isFunctionLike) fail("'yield' outside function", locOf(e));
      if (e.value !== null) visitExpr(cg, e.value);
      break;
    case 'YieldFrom':
      if (!cg.block.isFunctionLike) fail("'yield from' outside function", locOf(e));
      if (cg.scopeType === 'asyncFunction') fail("'yield from' inside async function", locOf(e));
      visitExpr(cg, e.value);
      break;
    case 'Await':
      visitExpr(cg, e.value);
      break;
    case 'Compare':
      checkCompare(cg, e);
      visitExpr(cg, e.left);
      visitExprs(cg, e.comparators);
      break;
    case 'Call':
      visitCall(cg, e);
      break;
    case 'Constant':
      break;
    case 'JoinedStr':
    case 'TemplateStr':
      visitExprs(cg, e.values);
      break;
    case 'FormattedValue':
    case 'Interpolation':
      visitExpr(cg, e.value);
      if (e.format_spec !== null) visitExpr(cg, e.format_spec);
      break;
    case 'Attribute':
      visitExpr(cg, e.value);
      break;
    case 'Subscript':
      visitSubscript(cg, e);
      break;
    case 'Starred':
      // Legitimate starred expressions are handled by their list, tuple, set or call.
      if (e.ctx === 'Store') fail('starred assignment target must be in a list or tuple', locOf(e));
      fail("can't use starred expression here", locOf(e));
      break;
    case 'Slice':
      if (e.lower !== null) visitExpr(cg, e.lower);
      if (e.upper !== null) visitExpr(cg, e.upper);
      if (e.step !== null) visitExpr(cg, e.step);
      break;
    case 'Name':
      break;
    case 'List':
    case 'Tuple':
      if (e.ctx === 'Store') {
        checkUnpackTargets(e.elts, locOf(e));
        visitUnpacked(cg, e.elts);
      } else if (e.ctx === 'Load') {
        visitUnpacked(cg, e.elts);
      } else {
        visitExprs(cg, e.elts);
      }
      break;
    default: {
      const unreachable: never = e;
      throw new Error(`unknown expression ${String(unreachable)}`);
    }
  }
}

/** An unpacking target takes at most one starred name, with fewer than 256 names before it. */
function checkUnpackTargets(elts: readonly expr[], loc: Parameters<typeof fail>[1]): void {
  let seenStar = false;
  elts.forEach((elt, i) => {
    if (elt.kind !== 'Starred') return;
    if (seenStar) fail('multiple starred expressions in assignment', loc);
    // UNPACK_EX packs the counts before and after the star in one oparg.
    if (i >= 1 << 8 || elts.length - i - 1 >= 0x7fffffff >> 8) {
      fail('too many expressions in star-unpacking assignment', loc);
    }
    seenStar = true;
  });
}

export function checkKeywordsRepeated(keywords: readonly keyword[]): void {
  keywords.forEach((k, i) => {
    if (k.arg === null) return;
    for (const other of keywords.slice(i + 1)) {
      if (other.arg === k.arg) fail(`keyword argument repeated: ${k.arg}`, locOf(other));
    }
  });
}

/** A call's (or class's) positional then keyword arguments. */
export function visitArguments(cg: CodegenState, args: readonly expr[], keywords: readonly keyword[]): void {
  checkKeywordsRepeated(keywords);
  visitUnpacked(cg, args);
  for (const k of keywords) visitExpr(cg, k.value);
}

/** Names whose call on a single generator expression codegen inlines, keeping a normal call as fallback. */
const INLINED_BUILTINS = new Set(['all', 'any', 'tuple']);

function visitCall(cg: CodegenState, e: Call): void {
  checkKeywordsRepeated(e.keywords);
  checkCaller(cg, e.func);
  visitExpr(cg, e.func);
  const only = e.args[0];
  if (e.func.kind === 'Name' && INLINED_BUILTINS.has(e.func.id) && e.args.length === 1 && e.keywords.length === 0
    && only !== undefined && only.kind === 'GeneratorExp') {
    // The fast path compiles the generator expression once, the fallback call once more.
    visitExpr(cg, only);
  }
  visitArguments(cg, e.args, e.keywords);
}

/** The type CPython infers for a literal-like expression, or null when it does not guess. */
function inferType(cg: CodegenState, e: expr): string | null {
  const constant = cg.constantOf(e);
  if (constant !== undefined) return typeName(constant);
  if (cg.isJoined(e)) return 'str';
  switch (e.kind) {
    case 'Tuple':
      return 'tuple';
    case 'List':
    case 'ListComp':
      return 'list';
    case 'Dict':
    case 'DictComp':
      return 'dict';
    case 'Set':
    case 'SetComp':
      return 'set';
    case 'GeneratorExp':
      return 'generator';
    case 'Lambda':
      return 'function';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'str';
    // tp_name of these types is qualified with their module.
    case 'TemplateStr':
      return 'string.templatelib.Template';
    case 'Interpolation':
      return 'string.templatelib.Interpolation';
    default:
      return null;
  }
}

/** Like inferType, for the kinds a check applies to ('joined' for f-strings however written). */
function literalKind(cg: CodegenState, e: expr): expr['kind'] | 'folded' {
  if (cg.isJoined(e)) return 'JoinedStr';
  if (e.kind !== 'Constant' && cg.isConstant(e)) return 'folded';
  return e.kind;
}

function checkCaller(cg: CodegenState, e: expr): void {
  switch (literalKind(cg, e)) {
    case 'Constant':
    case 'folded':
    case 'Tuple':
    case 'List':
    case 'ListComp':
    case 'Dict':
    case 'DictComp':
    case 'Set':
    case 'SetComp':
    case 'GeneratorExp':
    case 'JoinedStr':
    case 'TemplateStr':
    case 'FormattedValue':
    case 'Interpolation':
      cg.warn(`'${inferType(cg, e) ?? ''}' object is not callable; perhaps you missed a comma?`, locOf(e));
      break;
    default:
      break;
  }
}

function isNumberOrNone(v: PyConst): boolean {
  const t = typeName(v);
  return t === 'NoneType' || t === 'ellipsis' || t === 'int' || t === 'bool' || t === 'float' || t === 'complex';
}

function checkSubscripter(cg: CodegenState, e: expr): void {
  const constant = cg.constantOf(e);
  const subscriptable = constant !== undefined
    ? !isNumberOrNone(constant)
    : !(e.kind === 'Set' || e.kind === 'SetComp' || e.kind === 'GeneratorExp' || e.kind === 'Lambda'
      || e.kind === 'TemplateStr' || e.kind === 'Interpolation');
  if (!subscriptable) cg.warn(`'${inferType(cg, e) ?? ''}' object is not subscriptable; perhaps you missed a comma?`, locOf(e));
}

function checkIndex(cg: CodegenState, e: expr, index: expr): void {
  const indexType = inferType(cg, index);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return;
  const constant = cg.constantOf(e);
  let sequence: boolean;
  if (constant !== undefined) {
    const t = typeName(constant);
    sequence = t === 'str' || t === 'bytes' || t === 'tuple';
  } else {
    switch (literalKind(cg, e)) {
      case 'Tuple':
      case 'List':
      case 'ListComp':
      case 'JoinedStr':
      case 'FormattedValue':
        sequence = true;
        break;
      default:
        sequence = false;
    }
  }
  if (sequence) {
    cg.warn(`${inferType(cg, e) ?? ''} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`, locOf(e));
  }
}

function visitSubscript(cg: CodegenState, e: Subscript): void {
  if (e.ctx === 'Load') {
    checkSubscripter(cg, e.value);
    checkIndex(cg, e.value, e.slice);
  }
  visitExpr(cg, e.value);
  visitExpr(cg, e.slice);
}

/** A constant other than None, True, False and `...` (or a tuple of constants) compared by identity. */
function isLiteralOperand(cg: CodegenState, e: expr): boolean {
  if (e.kind === 'Tuple') return e.elts.every((elt) => cg.isConstant(elt));
  const constant = cg.constantOf(e);
  if (constant === undefined) return false;
  return !(constant === null || typeof constant === 'boolean' || (typeof constant === 'object' && constant.kind === 'ellipsis'));
}

/** `x is 1`: one warning at most per comparison chain, for its first such operand pair. */
function checkCompare(cg: CodegenState, e: Compare): void {
  let leftExpr = e.left;
  let leftLiteral = isLiteralOperand(cg, leftExpr);
  for (const [i, op] of e.ops.entries()) {
    const rightExpr = e.comparators[i] as expr;
    const rightLiteral = isLiteralOperand(cg, rightExpr);
    if ((op === 'Is' || op === 'IsNot') && (leftLiteral || rightLiteral)) {
      const literal = leftLiteral ? leftExpr : rightExpr;
      const type = inferType(cg, literal) ?? '';
      cg.warn(op === 'Is'
        ? `"is" with '${type}' literal. Did you mean "=="?`
        : `"is not" with '${type}' literal. Did you mean "!="?`, locOf(e));
      return;
    }
    leftExpr = rightExpr;
    leftLiteral = rightLiteral;
  }
}

type Comprehension = GeneratorExp | ListComp | SetComp | DictComp;

/**
 * Inlined comprehensions are compiled in the enclosing unit, outermost iterable first; the others
 * get their own unit, and their outermost iterable is compiled after it, in the enclosing unit.
 */
function visitComprehension(cg: CodegenState, e: Comprehension, elt: expr, value: expr | null): void {
  const block = cg.table.lookup(e);
  const inlined = block?.compInlined ?? false;
  const generators = e.generators;
  const first = generators[0] as comprehension;
  if (inlined) {
    visitExpr(cg, first.iter);
    visitGenerators(cg, e, generators, 0, elt, value);
  } else {
    cg.inScope(block, 'comprehension', () => visitGenerators(cg, e, generators, 0, elt, value));
    visitExpr(cg, first.iter);
  }
}

function visitGenerators(
  cg: CodegenState,
  e: Comprehension,
  generators: readonly comprehension[],
  index: number,
  elt: expr,
  value: expr | null,
): void {
  const gen = generators[index] as comprehension;
  if (index > 0) {
    // `for y in [f(x)]` is compiled as an assignment: only the one element is visited.
    const single = gen.iter.kind === 'List' || gen.iter.kind === 'Tuple' ? gen.iter.elts : null;
    const only = single !== null && single.length === 1 ? (single[0] as expr) : null;
    if (!gen.is_async && only !== null && only.kind !== 'Starred') visitExpr(cg, only);
    else visitExpr(cg, gen.iter);
  }
  if (gen.is_async) cg.pushFBlock(locOf(e), 'asyncComprehensionGenerator');
  visitExpr(cg, gen.target);
  visitExprs(cg, gen.ifs);
  if (index + 1 < generators.length) {
    visitGenerators(cg, e, generators, index + 1, elt, value);
  } else {
    visitExpr(cg, elt);
    if (value !== null) visitExpr(cg, value);
  }
  if (gen.is_async) cg.popFBlock('asyncComprehensionGenerator');
}
