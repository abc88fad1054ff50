#!/usr/bin/env node
// Records what CPython 3.14 says about each parser test case: the cases are the snippets of
// test/syntax/parser-cases.txt (separated by lines holding only `#====`), and for each the
// recording in test/syntax/parser-cases.json holds either ast.dump(ast.parse(src),
// include_attributes=True) or the SyntaxError's type, msg, lineno, offset, end_lineno, end_offset.
// Usage: node scripts/record-parser-cases.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { loadCPython } from './oracle/pyodide.mjs';

const IN = 'test/syntax/parser-cases.txt';
const OUT = 'test/syntax/parser-cases.json';

function readCases(text) {
  return text.split(/^#====\n/m).map((s) => s.replace(/\n$/, ''));
}

const sources = readCases(readFileSync(IN, 'utf8'));
const py = await loadCPython();
py.runPython(`
import ast, json
def _record(src):
    try:
        return json.dumps({"dump": ast.dump(ast.parse(src), include_attributes=True)})
    except SyntaxError as e:
        return json.dumps({"error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
            "offset": e.offset, "endLineno": e.end_lineno, "endOffset": e.end_offset}})
`);
const record = py.globals.get('_record');
const cases = sources.map((source) => ({ source, expected: JSON.parse(record(source)) }));
writeFileSync(OUT, JSON.stringify(cases, null, 1) + '\n');
console.log(`recorded ${cases.length} cases`);
