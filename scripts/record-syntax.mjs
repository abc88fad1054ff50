#!/usr/bin/env node
// Records what CPython 3.14 says about every file of the parser corpus (test/syntax/corpus/):
//   valid/NAME.py   → valid/NAME.py.ast: ast.dump(ast.parse(bytes), include_attributes=True)
//   invalid/NAME.py → invalid/NAME.py.expected.json: stdout, stderr and exit status of
//                     `python3.14 invalid/NAME.py` (the SyntaxError as the interpreter prints it),
//                     and whether ast.parse itself rejects the file (parserRejects)
//   warnings/NAME.py → warnings/NAME.py.expected.json: stdout, stderr and exit status of
//                     `python3.14 warnings/NAME.py`, a valid file whose compilation warns (the
//                     SyntaxWarnings on stderr; the body prints nothing and raises nothing)
// ast.parse runs in a worker with a large stack, as the interpreter runs do, so deeply nested
// files behave as they do in python3.14.
// Usage: node scripts/record-syntax.mjs [substring-filter...]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runFiles } from './oracle/run-file.mjs';

const CORPUS = 'test/syntax/corpus';

if (!isMainThread) {
  // The worker: ast.parse on each file, for its dump (valid files) or whether it is rejected.
  const { loadCPython } = await import('./oracle/pyodide.mjs');
  const py = await loadCPython();
  py.runPython(`
import ast, json, sys
sys.setrecursionlimit(100000)
def _dump(b):
    try:
        return json.dumps({"dump": ast.dump(ast.parse(bytes(b)), include_attributes=True)})
    except BaseException as e:
        return json.dumps({"error": type(e).__name__ + ": " + str(e)})
def _rejects(b):
    try:
        ast.parse(bytes(b))
        return False
    except (SyntaxError, MemoryError):
        return True
`);
  const fn = py.globals.get(workerData.mode === 'dump' ? '_dump' : '_rejects');
  parentPort.postMessage(workerData.paths.map((path) => {
    // Pyodide takes typed arrays but not Node's Buffer subclass.
    const b = readFileSync(path);
    return fn(new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
  }));
} else {
  const filters = process.argv.slice(2);
  const pick = (dir) => (existsSync(join(CORPUS, dir)) ? readdirSync(join(CORPUS, dir)) : [])
    .filter((f) => f.endsWith('.py'))
    .map((f) => join(CORPUS, dir, f))
    .filter((p) => filters.length === 0 || filters.some((x) => p.includes(x)))
    .sort();

  /** ast.parse on each path, in a worker with a large stack. */
  const inWorker = (mode, paths) => new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { mode, paths },
      resourceLimits: { stackSizeMb: 1024, maxOldGenerationSizeMb: 4096 },
    });
    worker.once('message', (m) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });

  const valid = pick('valid');
  const dumps = await inWorker('dump', valid);
  let failed = 0;
  valid.forEach((path, i) => {
    const r = JSON.parse(dumps[i]);
    if (r.dump !== undefined) {
      writeFileSync(`${path}.ast`, r.dump + '\n');
    } else {
      failed++;
      console.error(`${path}: CPython 3.14 does not parse it: ${r.error}`);
    }
  });
  console.log(`recorded ${valid.length - failed} syntax trees`);

  const invalid = pick('invalid');
  // Whether ast.parse itself rejects the file (a parser error) or only the compiler does
  // (symtable and codegen errors, which `weakscope ast` does not report, like ast.parse).
  const rejects = await inWorker('rejects', invalid);
  let done = 0;
  await runFiles(invalid, (path, result) => {
    result.parserRejects = rejects[invalid.indexOf(path)];
    if (result.status !== 1 || !/(SyntaxError|IndentationError|TabError|MemoryError)/.test(result.stderr)) {
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
}
