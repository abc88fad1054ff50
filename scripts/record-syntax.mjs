#!/usr/bin/env node
// Records what CPython 3.14 says about every file of the parser corpus (test/syntax/corpus/):
//   valid/NAME.py   → valid/NAME.py.ast: ast.dump(ast.parse(bytes), include_attributes=True)
//   invalid/NAME.py → invalid/NAME.py.expected.json: stdout, stderr and exit status of
//                     `python3.14 invalid/NAME.py` (the SyntaxError as the interpreter prints it)
//   warnings/NAME.py → warnings/NAME.py.expected.json: stdout, stderr and exit status of
//                     `python3.14 warnings/NAME.py`, a valid file whose compilation warns (the
//                     SyntaxWarnings on stderr; the body prints nothing and raises nothing)
// Usage: node scripts/record-syntax.mjs [substring-filter...]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCPython } from './oracle/pyodide.mjs';
import { runFiles } from './oracle/run-file.mjs';

const CORPUS = 'test/syntax/corpus';
const filters = process.argv.slice(2);
// Pyodide takes typed arrays but not Node's Buffer subclass.
const readBytes = (path) => {
  const b = readFileSync(path);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
};
const pick = (dir) => (existsSync(join(CORPUS, dir)) ? readdirSync(join(CORPUS, dir)) : [])
  .filter((f) => f.endsWith('.py'))
  .map((f) => join(CORPUS, dir, f))
  .filter((p) => filters.length === 0 || filters.some((x) => p.includes(x)))
  .sort();

const valid = pick('valid');
const py = await loadCPython();
py.runPython('import ast');
const dumpBytes = py.runPython('lambda b: ast.dump(ast.parse(bytes(b)), include_attributes=True)');
let failed = 0;
for (const path of valid) {
  try {
    const text = dumpBytes(readBytes(path));
    writeFileSync(`${path}.ast`, text + '\n');
  } catch (e) {
    failed++;
    console.error(`${path}: CPython 3.14 does not parse it: ${String(e).split('\n').slice(-2).join(' ')}`);
  }
}
console.log(`recorded ${valid.length - failed} syntax trees`);

const invalid = pick('invalid');
// Whether ast.parse itself rejects the file (a parser error) or only the compiler does
// (symtable and codegen errors, which `weakscope ast` does not report, like ast.parse).
const parserRejects = py.runPython(`
def _rejects(b):
    try:
        ast.parse(bytes(b))
        return False
    except SyntaxError:
        return True
_rejects`);
let done = 0;
await runFiles(invalid, (path, result) => {
  result.parserRejects = parserRejects(readBytes(path));
  if (result.status !== 1 || !/(SyntaxError|IndentationError|TabError)/.test(result.stderr)) {
    console.error(`${path}: expected a syntax error, got status ${result.status}: ${result.stderr}`);
  }
  writeFileSync(`${path}.expected.json`, JSON.stringify(result, null, 2) + '\n');
  done++;
});
console.log(`recorded ${done} syntax errors`);

const warned = pick('warnings');
let recordedWarnings = 0;
await runFiles(warned, (path, result) => {
  if (result.status !== 0 || result.stdout !== '' || !result.stderr.includes('SyntaxWarning')) {
    console.error(`${path}: expected a clean run with SyntaxWarnings, got status ${result.status}: ${result.stdout}${result.stderr}`);
  }
  writeFileSync(`${path}.expected.json`, JSON.stringify(result, null, 2) + '\n');
  recordedWarnings++;
});
console.log(`recorded ${recordedWarnings} warning runs`);
