/**
 * Small node helpers shared by the grammar rules: names (with CPython's NFKC normalization of
 * identifiers), and the names CPython's error messages give to expressions
 * (_PyPegen_get_expr_name).
 */
import type { expr, expr_context, Name } from '../ast';
import type { Token } from '../tokens';

/** An identifier as CPython stores it: non-ASCII identifiers are NFKC-normalized (PEP 3131). */
export function identifier(t: Token): string {
  const s = t.string;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) return s.normalize('NFKC');
  }
  return s;
}

export function nameNode(t: Token, ctx: expr_context): Name {
  return { kind: 'Name', id: identifier(t), ctx, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
}

/** _PyPegen_check_legacy_stmt: the Python 2 statements `print` and `exec`. */
export function isLegacyName(e: expr): boolean {
  return e.kind === 'Name' && (e.id === 'print' || e.id === 'exec');
}

/** _PyPegen_get_expr_name: what an expression is called in "cannot assign to ..." messages. */
export function exprName(e: expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp':
      return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield':
    case 'YieldFrom':
      return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr':
    case 'FormattedValue':
      return 'f-string expression';
    case 'TemplateStr':
    case 'Interpolation':
      return 't-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === false) return 'False';
      if (v === true) return 'True';
      if (typeof v === 'object' && v.kind === 'ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice':
      // CPython raises SystemError here ("unexpected expression in assignment"); no grammar path reaches it.
      return 'slice';
    default: {
      const unreachable: never = e;
      return String(unreachable);
    }
  }
}
