// CPython 3.14's own syntax tree (via Pyodide) in the engine's kind-tagged shape, so the engine
// can be exercised before (or independently of) its own parser. Dev tool: not used by tests once
// extension/engine/syntax/parser.ts exists.
import { loadCPython } from './pyodide.mjs';

const CONVERTER = `
import ast, json
def conv(n):
    if isinstance(n, ast.AST):
        d = {'kind': type(n).__name__}
        if isinstance(n, (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
            return type(n).__name__
        for f in n._fields:
            if isinstance(n, ast.Constant) and f == 'kind':
                continue
            v = getattr(n, f, None)
            if isinstance(n, ast.Constant) and f == 'value':
                d[f] = const(v)
            else:
                d[f] = conv(v)
        for a in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
            if hasattr(n, a):
                d[a] = getattr(n, a)
        return d
    if isinstance(n, list):
        return [conv(x) for x in n]
    return n
def const(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return {'$int': str(v)}
    if isinstance(v, float):
        return {'$float': repr(v)}
    if v is Ellipsis:
        return {'kind': 'ellipsis'}
    if isinstance(v, bytes):
        return {'$bytes': list(v)}
    if isinstance(v, complex):
        return {'kind': 'complex', 'imag': v.imag}
    return None
def to_json(src):
    try:
        return json.dumps({'ok': True, 'tree': conv(ast.parse(src))})
    except SyntaxError as e:
        return json.dumps({'ok': False, 'error': {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno or 1, 'offset': e.offset or 1, 'endLineno': e.end_lineno or 1, 'endOffset': e.end_offset or 1}})
`;

let py = null;

export async function astParser() {
  if (py === null) {
    py = await loadCPython();
    py.runPython(CONVERTER);
  }
  const toJson = py.globals.get('to_json');
  return (source) => {
    const text = toJson(source);
    return JSON.parse(text, (_k, v) => {
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        if ('$int' in v) return BigInt(v.$int);
        if ('$float' in v) return Number(v.$float === 'inf' ? Infinity : v.$float === 'nan' ? NaN : v.$float);
        if ('$bytes' in v) return { kind: 'bytes', value: Uint8Array.from(v.$bytes) };
      }
      return v;
    });
  };
}
