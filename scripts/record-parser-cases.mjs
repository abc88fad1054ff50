#!/usr/bin/env node
// Records what CPython 3.14 says about each parser test case: the cases are the snippets of
// test/syntax/parser-cases.txt (separated by lines holding only `#====`), and for each the
// recording in test/syntax/parser-cases.json holds what ast.parse(src) (compile() with
// PyCF_ONLY_AST) gives: {"dump": ast.dump(tree, include_attributes=True)} or {"error": the
// exception's type, msg, lineno, offset, end_lineno, end_offset} (a parser stack overflow is a
// MemoryError without a location), plus "warnings": the SyntaxWarnings emitted, as [lineno, msg].
// CPython runs in a worker with a large stack, so deeply nested cases behave as in python3.14.
// Usage: node scripts/record-parser-cases.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const IN = 'test/syntax/parser-cases.txt';
const OUT = 'test/syntax/parser-cases.json';

function readCases(text) {
  return text.split(/^#====\n/m).map((s) => s.replace(/\n$/, ''));
}

if (isMainThread) {
  const sources = readCases(readFileSync(IN, 'utf8'));
  const worker = new Worker(new URL(import.meta.url), {
    workerData: sources,
    resourceLimits: { stackSizeMb: 1024, maxOldGenerationSizeMb: 4096 },
  });
  worker.once('message', (records) => {
    const cases = sources.map((source, i) => ({ source, expected: JSON.parse(records[i]) }));
    writeFileSync(OUT, JSON.stringify(cases, null, 1) + '\n');
    console.log(`recorded ${cases.length} cases`);
    void worker.terminate();
  });
  worker.once('error', (e) => {
    console.error(e);
    process.exitCode = 1;
  });
} else {
  const { loadCPython } = await import('./oracle/pyodide.mjs');
  const py = await loadCPython();
  py.runPython(`
import ast, json, sys, warnings
sys.setrecursionlimit(100000)
def _record(src):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            r = {"dump": ast.dump(ast.parse(src), include_attributes=True)}
        except SyntaxError as e:
            r = {"error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
                "offset": e.offset, "endLineno": e.end_lineno, "endOffset": e.end_offset}}
        except MemoryError as e:
            r = {"error": {"type": "MemoryError", "msg": str(e), "lineno": None,
                "offset": None, "endLineno": None, "endOffset": None}}
    found = [[w.lineno, str(w.message)] for w in caught if issubclass(w.category, SyntaxWarning)]
    if found:
        r["warnings"] = found
    return json.dumps(r)
`);
  const record = py.globals.get('_record');
  parentPort.postMessage(workerData.map((source) => record(source)));
}
