#!/usr/bin/env node
// Records what CPython 3.14 says about every program of test/compile/cases/*.py, for the symbol
// table and compile-time checks (extension/engine/compile/), into test/compile/symtable-cases.json:
//   ast          the tree of ast.parse, as JSON in the shapes of extension/engine/syntax/ast.ts
//                (constants that JSON cannot hold are tagged: {"$int": "12"}, {"$float": "0.5"},
//                {"$complex": "2.0"} (the imaginary part), {"$bytes": "hex"}, {"$ellipsis": true})
//   error        compile(source, 'f.py', 'exec')'s SyntaxError (msg, lineno, offset, end_*), or null
//   warnings     the SyntaxWarnings that compile emitted, in order (message and line, and the text
//                `python f.py` prints for it); for the first of each (message, line) also its full
//                position, read by turning it into an error
//   symtable     _symtable.symtable(source)'s raw blocks (name, type, lineno, nested, symbols with
//                CPython's flag values, varnames, children), or symtableError when it fails
//   codes        for compiled programs, every code object's name, flags, cellvars and freevars
// Usage: node scripts/record-symtable-cases.mjs [--dir DIR --out FILE] [substring-filter...]
// (--dir/--out record another set of programs, e.g. the parser corpus, for a one-off comparison:
// SYMTABLE_CASES=FILE node --import tsx --test test/compile/symtable.test.ts)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCPython } from './oracle/pyodide.mjs';

const args = process.argv.slice(2);
function option(name, fallback) {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [, value] = args.splice(at, 2);
  return value;
}
const CASES = option('--dir', 'test/compile/cases');
const OUT = option('--out', 'test/compile/symtable-cases.json');
const filters = args;

const files = readdirSync(CASES).filter((f) => f.endsWith('.py')).sort();
const picked = files.filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));

const py = await loadCPython();
const record = py.runPython(String.raw`
import ast, json, linecache, re, types, warnings, _symtable, inspect

ENUMS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)

def constant(v):
    if v is None or isinstance(v, bool) or isinstance(v, str):
        return v
    if isinstance(v, int):
        return {'$int': str(v)}
    if isinstance(v, float):
        return {'$float': repr(v)}
    if isinstance(v, complex):
        assert v.real == 0.0, v
        return {'$complex': repr(v.imag)}
    if isinstance(v, bytes):
        return {'$bytes': v.hex()}
    if v is Ellipsis:
        return {'$ellipsis': True}
    raise TypeError(repr(v))

def node(n):
    if isinstance(n, list):
        return [node(x) for x in n]
    if isinstance(n, ENUMS):
        return type(n).__name__
    if isinstance(n, ast.AST):
        d = {'kind': type(n).__name__}
        for f in n._fields:
            v = getattr(n, f, None)
            if isinstance(n, ast.Constant) and f == 'kind':
                d['constantKind'] = v
            elif isinstance(n, (ast.Constant, ast.MatchSingleton)) and f == 'value':
                d[f] = constant(v)
            else:
                d[f] = node(v)
        for a in n._attributes:
            d[a] = getattr(n, a, None)
        return d
    return n

def error(e):
    return {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
            'endLineno': e.end_lineno, 'endOffset': e.end_offset}

def block(e):
    return {'name': e.name, 'type': e.type, 'lineno': e.lineno, 'nested': bool(e.nested),
            'symbols': [[k, v] for k, v in e.symbols.items()], 'varnames': list(e.varnames),
            'children': [block(c) for c in e.children]}

CO = {'generator': inspect.CO_GENERATOR, 'coroutine': inspect.CO_COROUTINE,
      'asyncGenerator': inspect.CO_ASYNC_GENERATOR, 'nested': inspect.CO_NESTED,
      'varargs': inspect.CO_VARARGS, 'varkeywords': inspect.CO_VARKEYWORDS,
      'hasDocstring': inspect.CO_HAS_DOCSTRING, 'method': inspect.CO_METHOD}

def codes(co, out):
    out.append({'name': co.co_name, 'firstlineno': co.co_firstlineno,
                'flags': [k for k, bit in CO.items() if co.co_flags & bit],
                'cellvars': list(co.co_cellvars), 'freevars': list(co.co_freevars)})
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            codes(c, out)
    return out

def compile_with(src, setup):
    with warnings.catch_warnings(record=True) as caught:
        setup()
        try:
            return compile(src, 'f.py', 'exec', dont_inherit=True), None, caught
        except SyntaxError as e:
            return None, e, caught

def tree_of(src):
    try:
        return node(ast.parse(src))
    except SyntaxError:
        # ast.parse already runs the future-statement checks; the same tree with a module name of
        # the same length is what the compiler would see, so parse that and name it back.
        other = src.replace('__future__', '__futurX__')
        t = json.dumps(node(ast.parse(other)))
        return json.loads(t.replace('"__futurX__"', '"__future__"'))

def record(src):
    # The warnings are also printed the way \`python f.py\` prints them (linecache reads the file).
    with open('f.py', 'w', encoding='utf-8', newline='') as f:
        f.write(src)
    linecache.clearcache()
    out = {'ast': tree_of(src)}
    code, err, caught = compile_with(src, lambda: warnings.simplefilter('always'))
    out['error'] = None if err is None else error(err)
    ws = []
    positions = {}
    for w in caught:
        if w.category is not SyntaxWarning:
            continue
        msg, lineno = str(w.message), w.lineno
        entry = {'msg': msg, 'lineno': lineno,
                 'printed': warnings.formatwarning(w.message, w.category, w.filename, w.lineno)}
        if (msg, lineno) not in positions:
            def as_error(msg=msg, lineno=lineno):
                warnings.simplefilter('ignore')
                warnings.filterwarnings('error', message='^' + re.escape(msg) + '$',
                                        category=SyntaxWarning, lineno=lineno)
            _, e, _ = compile_with(src, as_error)
            positions[(msg, lineno)] = True
            entry['position'] = None if e is None else error(e)
        ws.append(entry)
    out['warnings'] = ws
    try:
        out['symtable'] = block(_symtable.symtable(src, 'f.py', 'exec'))
        out['symtableError'] = None
    except SyntaxError as e:
        out['symtable'] = None
        out['symtableError'] = error(e)
    out['codes'] = None if code is None else codes(code, [])
    return json.dumps(out)

record
`);

const previous = existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : { cases: {} };
const cases = filters.length === 0 ? {} : previous.cases;
let failed = 0;
for (const f of picked) {
  const source = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(CASES, f)));
  try {
    cases[f] = { source, ...JSON.parse(record(source)) };
  } catch (e) {
    // Every case must at least parse: the tests run the compile checks on CPython's tree.
    failed++;
    console.error(`${f}: ${String(e.message ?? e).trim().split('\n').slice(-2).join(' ')}`);
  }
}
const sorted = Object.fromEntries(Object.entries(cases).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
// One case per line: compact, and a re-recording's diff shows which programs changed.
const lines = Object.entries(sorted).map(([name, c]) => `  ${JSON.stringify(name)}: ${JSON.stringify(c)}`);
writeFileSync(OUT, `{"cases": {\n${lines.join(',\n')}\n}}\n`);
const errors = Object.values(sorted).filter((c) => c.error !== null).length;
if (failed > 0) process.exitCode = 1;
console.log(`recorded ${picked.length - failed} programs (${Object.keys(sorted).length} in all, ${errors} with a SyntaxError)`);
