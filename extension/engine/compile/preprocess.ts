/**
 * CPython's AST preprocessing (Python/ast_preprocess.c), which runs before the symbol table:
 *   - PEP 765: SyntaxWarning for `return`, `break` and `continue` that leave a `finally` block;
 *   - folding that changes what code generation sees: `__debug__` becomes the constant True,
 *     `-1`, `1 + 2j` in match patterns become constants, and `'%s' % (x,)` with simple %s/%r/%a
 *     units becomes an f-string.
 * The tree is not rewritten: the folds are recorded as facts that the codegen checks consult.
 */
import { cpythonAtLeast } from '../profile';
import type {
  arguments as Arguments,
  BinOp,
  comprehension,
  expr,
  keyword,
  Module,
  pattern,
  stmt,
  type_param,
} from '../syntax/ast';
import { locOf, syntaxWarningAt, type CompileWarning } from './location';
import { formatFoldsToFString } from './format-fold';
import { addOrSubtract, negate, type PyConst } from './pyconst';

export interface Folds {
  /** Expressions the compiler treats as constants. */
  readonly constants: ReadonlyMap<expr, PyConst>;
  /** `str % tuple` expressions the compiler treats as f-strings (JoinedStr). */
  readonly joined: ReadonlySet<BinOp>;
}

interface FinallyContext {
  readonly inFinally: boolean;
  readonly inFunction: boolean;
  readonly inLoop: boolean;
}

class Preprocessor {
  readonly constants = new Map<expr, PyConst>();
  readonly joined = new Set<BinOp>();
  private readonly contexts: FinallyContext[] = [];

  constructor(
    private readonly warnings: CompileWarning[],
    private readonly futureAnnotations: boolean,
  ) {}

  private within(context: FinallyContext, body: readonly stmt[]): void {
    this.contexts.push(context);
    this.stmts(body);
    this.contexts.pop();
  }

  /** PEP 765: the innermost of finally / function body / loop body decides. */
  private leavesFinally(s: stmt, keyword: string, stoppedBy: 'inFunction' | 'inLoop'): void {
    const top = this.contexts[this.contexts.length - 1];
    // The warning is new in 3.14.
    if (top !== undefined && top.inFinally && !top[stoppedBy] && cpythonAtLeast(14)) {
      this.warnings.push(syntaxWarningAt(`'${keyword}' in a 'finally' block`, locOf(s)));
    }
  }

  stmts(body: readonly stmt[]): void {
    for (const s of body) this.stmt(s);
  }

  private stmt(s: stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.typeParams(s.type_params);
        this.arguments(s.args);
        this.within({ inFinally: false, inFunction: true, inLoop: false }, s.body);
        this.exprs(s.decorator_list);
        if (!this.futureAnnotations) this.optional(s.returns);
        break;
      case 'ClassDef':
        this.typeParams(s.type_params);
        this.exprs(s.bases);
        this.keywords(s.keywords);
        this.stmts(s.body);
        this.exprs(s.decorator_list);
        break;
      case 'Return':
        this.leavesFinally(s, 'return', 'inFunction');
        this.optional(s.value);
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'AnnAssign':
        this.expr(s.target);
        if (!this.futureAnnotations) this.expr(s.annotation);
        this.optional(s.value);
        break;
      case 'TypeAlias':
        this.expr(s.name);
        this.typeParams(s.type_params);
        this.expr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        this.expr(s.target);
        this.expr(s.iter);
        this.within({ inFinally: false, inFunction: false, inLoop: true }, s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
        this.expr(s.test);
        this.within({ inFinally: false, inFunction: false, inLoop: true }, s.body);
        this.stmts(s.orelse);
        break;
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          this.expr(item.context_expr);
          this.optional(item.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        this.optional(s.exc);
        this.optional(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) {
          this.optional(h.type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.within({ inFinally: true, inFunction: false, inLoop: false }, s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        this.optional(s.msg);
        break;
      case 'Expr':
        this.expr(s.value);
        break;
      case 'Match':
        this.expr(s.subject);
        for (const c of s.cases) {
          this.pattern(c.pattern);
          this.optional(c.guard);
          this.stmts(c.body);
        }
        break;
      case 'Break':
        this.leavesFinally(s, 'break', 'inLoop');
        break;
      case 'Continue':
        this.leavesFinally(s, 'continue', 'inLoop');
        break;
      case 'Import':
      case 'ImportFrom':
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
        break;
      default: {
        const unreachable: never = s;
        throw new Error(`unknown statement ${String(unreachable)}`);
      }
    }
  }

  private typeParams(params: readonly type_param[]): void {
    for (const tp of params) {
      if (tp.kind === 'TypeVar') this.optional(tp.bound);
      this.optional(tp.default_value);
    }
  }

  private arguments(a: Arguments): void {
    const annotation = (e: expr | null): void => {
      if (!this.futureAnnotations) this.optional(e);
    };
    for (const arg of a.posonlyargs) annotation(arg.annotation);
    for (const arg of a.args) annotation(arg.annotation);
    annotation(a.vararg?.annotation ?? null);
    for (const arg of a.kwonlyargs) annotation(arg.annotation);
    for (const d of a.kw_defaults) this.optional(d);
    annotation(a.kwarg?.annotation ?? null);
    this.exprs(a.defaults);
  }

  private keywords(keywords: readonly keyword[]): void {
    for (const k of keywords) this.expr(k.value);
  }

  private comprehensions(generators: readonly comprehension[]): void {
    for (const g of generators) {
      this.expr(g.target);
      this.expr(g.iter);
      this.exprs(g.ifs);
    }
  }

  private optional(e: expr | null): void {
    if (e !== null) this.expr(e);
  }

  private exprs(es: readonly (expr | null)[]): void {
    for (const e of es) if (e !== null) this.expr(e);
  }

  private expr(e: expr): void {
    switch (e.kind) {
      case 'BoolOp':
        this.exprs(e.values);
        break;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        if (e.op === 'Mod' && e.left.kind === 'Constant' && typeof e.left.value === 'string'
          && e.right.kind === 'Tuple' && !e.right.elts.some((elt) => elt.kind === 'Starred')
          && formatFoldsToFString(e.left.value, e.right.elts.length)) {
          this.joined.add(e);
        }
        break;
      case 'UnaryOp':
        this.expr(e.operand);
        break;
      case 'Lambda':
        this.arguments(e.args);
        this.expr(e.body);
        break;
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case 'Dict':
        this.exprs(e.keys as readonly (expr | null)[]);
        this.exprs(e.values);
        break;
      case 'Set':
        this.exprs(e.elts);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.expr(e.elt);
        this.comprehensions(e.generators);
        break;
      case 'DictComp':
        this.expr(e.key);
        this.expr(e.value);
        this.comprehensions(e.generators);
        break;
      case 'Await':
      case 'YieldFrom':
        this.expr(e.value);
        break;
      case 'Yield':
        this.optional(e.value);
        break;
      case 'Compare':
        this.expr(e.left);
        this.exprs(e.comparators);
        break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        this.keywords(e.keywords);
        break;
      case 'FormattedValue':
      case 'Interpolation':
        this.expr(e.value);
        this.optional(e.format_spec);
        break;
      case 'JoinedStr':
      case 'TemplateStr':
        this.exprs(e.values);
        break;
      case 'Attribute':
        this.expr(e.value);
        break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case 'Starred':
        this.expr(e.value);
        break;
      case 'Slice':
        this.optional(e.lower);
        this.optional(e.upper);
        this.optional(e.step);
        break;
      case 'List':
      case 'Tuple':
        this.exprs(e.elts);
        break;
      case 'Name':
        // Without -O, __debug__ is the constant True.
        if (e.ctx === 'Load' && e.id === '__debug__') this.constants.set(e, true);
        break;
      case 'NamedExpr':
        this.expr(e.value);
        break;
      case 'Constant':
        break;
      default: {
        const unreachable: never = e;
        throw new Error(`unknown expression ${String(unreachable)}`);
      }
    }
  }

  private pattern(p: pattern): void {
    switch (p.kind) {
      case 'MatchValue':
        this.foldPatternValue(p.value);
        break;
      case 'MatchSingleton':
      case 'MatchStar':
        break;
      case 'MatchSequence':
      case 'MatchOr':
        for (const sub of p.patterns) this.pattern(sub);
        break;
      case 'MatchMapping':
        for (const key of p.keys) this.foldPatternValue(key);
        for (const sub of p.patterns) this.pattern(sub);
        break;
      case 'MatchClass':
        this.expr(p.cls);
        for (const sub of p.patterns) this.pattern(sub);
        for (const sub of p.kwd_patterns) this.pattern(sub);
        break;
      case 'MatchAs':
        if (p.pattern !== null) this.pattern(p.pattern);
        break;
      default: {
        const unreachable: never = p;
        throw new Error(`unknown pattern ${String(unreachable)}`);
      }
    }
  }

  constantOf(e: expr): PyConst | undefined {
    if (e.kind === 'Constant') return e.value;
    return this.constants.get(e);
  }

  /** `-1`, `1.5 - 2j`: the signed and complex literals of patterns become constants. */
  private foldPatternValue(e: expr): void {
    if (e.kind === 'UnaryOp') {
      const operand = e.operand.kind === 'Constant' ? e.operand.value : undefined;
      if (e.op === 'USub' && operand !== undefined) {
        const folded = negate(operand);
        if (folded !== null) this.constants.set(e, folded);
      }
    } else if (e.kind === 'BinOp') {
      if ((e.op === 'Add' || e.op === 'Sub') && e.right.kind === 'Constant') {
        this.foldPatternValue(e.left);
        const left = this.constantOf(e.left);
        if (left !== undefined) {
          const folded = addOrSubtract(left, e.right.value, e.op === 'Sub');
          if (folded !== null) this.constants.set(e, folded);
        }
      }
    }
  }
}

/** Runs the preprocessing pass: appends its warnings, returns the folds. */
export function preprocess(tree: Module, warnings: CompileWarning[], futureAnnotations: boolean): Folds {
  const p = new Preprocessor(warnings, futureAnnotations);
  p.stmts(tree.body);
  return { constants: p.constants, joined: p.joined };
}
