// Records what CPython 3.14's tokenizer makes of each test/syntax/tokens/*.py, into
// test/syntax/tokens/expected.json, for test/syntax/tokenizer.test.ts to compare against.
// Run from the repo root: node scripts/record-tokens.mjs
//
// For each file, CPython (Pyodide) gives:
//  - the tokens, from _tokenize.TokenizerIter(..., extra_tokens=False): the C tokenizer in the
//    mode the parser uses (no COMMENT/NL, exact operator types, which we fold into OP);
//  - the error, from compile(source, 'f.py', 'exec'), when that tokenizer stopped on one (the
//    parser turns some tokenizer states into its own messages, e.g. "'(' was never closed").
//
// Two things TokenizerIter reports differently from the token the parser receives, both fixed
// here and both visible in CPython's own output (compile errors, AST positions):
//  - a NEWLINE's end column: the parser's token ends after the newline character (compile('x =\n')
//    reports invalid syntax at offsets 4..5), the iterator's before it;
//  - a FSTRING_MIDDLE/TSTRING_MIDDLE cut at a doubled brace (`{{`, `}}`): its text holds one
//    brace, and the parser's token ends after the second (ast of f'a{{{x}' gives the constant
//    'a{' end_col_offset 5), the iterator's after the first.
// It also records the SyntaxWarnings that compile() issues from the tokenizer (picked by their
// text: a `\{` in a plain string would warn from the parser with the same text, so the inputs
// keep those to f-strings).
// For fieldtext_*.py (one f-string with an `=` debug field, or one t-string field) it also
// records the field text the parser built: the debug text, or the Interpolation's str.
// Columns come from the iterator as characters; they are stored as UTF-8 bytes, as the AST
// counts them. Sources with \r are tokenized with newlines translated, as compile() does.
import fs from 'node:fs';
import path from 'node:path';
import { loadCPython } from './oracle/pyodide.mjs';

const dir = path.resolve('test/syntax/tokens');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

const py = await loadCPython();
py.runPython(String.raw`
import _tokenize, token, io, json, re, ast, warnings

TOKENIZER_WARNING = re.compile(r'invalid \w+ literal$|"\\[{}]" is an invalid escape sequence')

KEEP = {'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT', 'ENDMARKER',
        'FSTRING_START', 'FSTRING_MIDDLE', 'FSTRING_END',
        'TSTRING_START', 'TSTRING_MIDDLE', 'TSTRING_END'}

def _error(e):
    return {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
            'endLineno': e.end_lineno, 'endOffset': e.end_offset}

def record(file, src):
    text = src.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')

    def bytecol(lineno, col):
        if col < 0 or not 0 < lineno <= len(lines):
            return col
        line = lines[lineno - 1]
        # Past the line's text is its newline (one byte).
        return len(line[:col].encode('utf-8')) + max(0, col - len(line))

    raw = []
    tok_error = None
    try:
        for t in _tokenize.TokenizerIter(io.StringIO(text).readline, extra_tokens=False):
            raw.append(t)
    except SyntaxError as e:
        tok_error = _error(e)

    tokens = []
    for i, (typ, string, (l1, c1), (l2, c2), _line) in enumerate(raw):
        name = token.tok_name[typ]
        kind = name if name in KEEP else 'OP'
        if kind == 'NEWLINE':
            c2 += 1
        elif kind in ('FSTRING_MIDDLE', 'TSTRING_MIDDLE'):
            gap = lines[l2 - 1][c2:c2 + 1] if 0 < l2 <= len(lines) else ''
            if gap in ('{', '}') and string.endswith(gap):
                # The next token starts after the skipped brace (a \N{...} escape ends with a
                # brace too, but then the next token starts right at the gap).
                if i + 1 < len(raw):
                    doubled = raw[i + 1][2] == (l2, c2 + 1)
                else:
                    doubled = not re.search(r'\\N\{[^{}]*\}$', string)
                if doubled:
                    c2 += 1
        tokens.append([kind, string, l1, bytecol(l1, c1), l2, bytecol(l2, c2)])

    compile_error = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            compile(src, 'f.py', 'exec')
        except SyntaxError as e:
            compile_error = _error(e)
    # The SyntaxWarnings that come from the tokenizer (the parser issues others).
    tokenizer_warnings = [[str(w.message), w.lineno] for w in caught
                          if TOKENIZER_WARNING.match(str(w.message))]

    error = None
    if tok_error is not None:
        error = compile_error
        # compile() refuses NUL characters before tokenizing, without a position; running a
        # file reports the tokenizer's own error, which the iterator gives.
        if error is None or error['msg'] == 'source code string cannot contain null bytes':
            error = tok_error
    result = {'tokens': tokens, 'error': error, 'compileError': compile_error}
    if tokenizer_warnings:
        result['warnings'] = tokenizer_warnings
    if file.startswith('fieldtext_'):
        # One f-string (with an = debug specifier) or t-string with one field: what the parser
        # made of the field's expression text.
        value = ast.parse(src).body[0].value
        if isinstance(value, ast.TemplateStr):
            result['fieldText'] = next(v.str for v in value.values if isinstance(v, ast.Interpolation))
        else:
            result['fieldText'] = value.values[0].value
    return json.dumps(result, ensure_ascii=False)
`);
const record = py.globals.get('record');

const out = {};
for (const file of files) {
  const source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(fs.readFileSync(path.join(dir, file)));
  out[file] = JSON.parse(record(file, source));
}
record.destroy();

// One token per line keeps the file readable and its diffs small.
const lines = ['{'];
const names = Object.keys(out);
names.forEach((name, i) => {
  const { tokens, error, compileError, fieldText, warnings } = out[name];
  lines.push(`  ${JSON.stringify(name)}: {`);
  if (warnings !== undefined) lines.push(`    "warnings": ${JSON.stringify(warnings)},`);
  if (fieldText !== undefined) lines.push(`    "fieldText": ${JSON.stringify(fieldText)},`);
  lines.push(`    "error": ${JSON.stringify(error)},`);
  lines.push(`    "compileError": ${JSON.stringify(compileError)},`);
  lines.push('    "tokens": [');
  tokens.forEach((t, j) => lines.push(`      ${JSON.stringify(t)}${j + 1 < tokens.length ? ',' : ''}`));
  lines.push('    ]');
  lines.push(`  }${i + 1 < names.length ? ',' : ''}`);
});
lines.push('}');
fs.writeFileSync(path.join(dir, 'expected.json'), lines.join('\n') + '\n');
console.log(`recorded ${names.length} token streams into ${path.relative(process.cwd(), path.join(dir, 'expected.json'))}`);
