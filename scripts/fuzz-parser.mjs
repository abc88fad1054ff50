#!/usr/bin/env node
// Differential fuzzing of the parser against CPython 3.14 (Pyodide): random mutants of the corpus's
// valid files (test/syntax/parser-fuzz-mutate.ts) are parsed as strings by both, and the results
// must agree exactly: the same ast.dump(include_attributes=True), or the same SyntaxError with the
// same type, message and positions, and the same SyntaxWarnings in the same order. As ast.parse
// does, the engine also runs the future-import checks on a tree.
//
// Usage: node --import tsx scripts/fuzz-parser.mjs [--seed N] [--count N] [--seconds S]
//                                                  [--save DIR] [--minimize] [--quiet]
// Prints agreement counts by kind of disagreement; with --save, writes each disagreeing mutant
// (minimized with --minimize) and both results to DIR.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCPython } from './oracle/pyodide.mjs';
import { parse } from '../extension/engine/syntax/parser.ts';
import { dump } from '../extension/engine/syntax/dump.ts';
import { checkFutureImports } from '../extension/engine/compile/future.ts';
import { mutate, rng } from '../test/syntax/parser-fuzz-mutate.ts';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const seed = Number(opt('seed', '1'));
const count = Number(opt('count', '2000'));
const seconds = Number(opt('seconds', '0'));
const saveDir = opt('save', null);
const minimize = args.includes('--minimize');
const quiet = args.includes('--quiet');

const CORPUS = 'test/syntax/corpus/valid';
const seeds = readdirSync(CORPUS).filter((f) => f.endsWith('.py')).sort()
  .map((f) => readFileSync(join(CORPUS, f), 'utf8'))
  .filter((s) => s.length < 20000);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const py = await loadCPython();
py.runPython(`
import ast, json, warnings
def _oracle(batch):
    out = []
    for src in json.loads(batch):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                r = ["ok", ast.dump(ast.parse(src), include_attributes=True)]
            except SyntaxError as e:
                r = ["error", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
            except Exception as e:
                r = ["exception", type(e).__name__, str(e)]
        ws = [[w.lineno, str(w.message)] for w in caught if issubclass(w.category, SyntaxWarning)]
        out.append([r, ws])
    return json.dumps(out)
`);
const oracleFn = py.globals.get('_oracle');
const oracle = (sources) => JSON.parse(oracleFn(JSON.stringify(sources)));

function engine(src) {
  const t0 = performance.now();
  let r;
  let ws = [];
  try {
    const res = parse(src);
    ws = res.warnings.map((w) => [w.lineno, w.msg]);
    const error = res.ok ? checkFutureImports(res.tree) : res.error;
    r = error === null
      ? ['ok', dump(res.tree)]
      : ['error', error.type, error.msg, error.lineno, error.offset, error.endLineno, error.endOffset];
  } catch (e) {
    r = ['exception', 'JS', String(e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e)];
  }
  const ms = performance.now() - t0;
  if (ms > 1000) r = ['exception', 'SLOW', `${ms.toFixed(0)} ms`];
  return [r, ws];
}

function kindOf(e, o) {
  const [er, ew] = e;
  const [or, ow] = o;
  if (JSON.stringify(er) === JSON.stringify(or)) return JSON.stringify(ew) === JSON.stringify(ow) ? null : 'warnings';
  if (er[0] === 'exception') return `engine ${er[1]}`;
  if (er[0] !== or[0]) return `${or[0]} vs engine ${er[0]}`;
  if (er[0] === 'ok') return 'tree';
  if (er[1] !== or[1] || er[2] !== or[2]) return 'message';
  return 'position';
}

/** Shrinks a disagreeing mutant while the disagreement stays of the same kind. */
function shrink(src, kind) {
  const same = (s) => kindOf(engine(s), oracle([s])[0]) === kind;
  let cur = src;
  for (const unit of ['\n', '']) {
    let changed = true;
    while (changed) {
      changed = false;
      const parts = unit === '\n' ? cur.split('\n') : [...cur];
      for (let i = 0; i < parts.length; i++) {
        const cand = [...parts.slice(0, i), ...parts.slice(i + 1)].join(unit);
        if (cand !== cur && !LONE_SURROGATE.test(cand) && same(cand)) {
          cur = cand;
          changed = true;
          break;
        }
      }
    }
  }
  return cur;
}

const r = rng(seed);
const kinds = new Map();
let total = 0;
let agree = 0;
const started = Date.now();
const examples = [];
if (saveDir) mkdirSync(saveDir, { recursive: true });
while (seconds > 0 ? Date.now() - started < seconds * 1000 : total < count) {
  const batch = [];
  while (batch.length < 200) {
    const m = mutate(r, seeds[Math.floor(r() * seeds.length)]);
    if (!LONE_SURROGATE.test(m)) batch.push(m);
  }
  const expected = oracle(batch);
  batch.forEach((src, i) => {
    total++;
    const got = engine(src);
    const kind = kindOf(got, expected[i]);
    if (kind === null) {
      agree++;
      return;
    }
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    if (examples.length < 300) examples.push({ src, kind });
  });
}

console.log(`fuzz-parser: seed ${seed}, ${total} mutants, ${agree} agree (${((100 * agree) / total).toFixed(2)}%)`);
for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${kind}`);
examples.forEach((ex, i) => {
  const src = minimize ? shrink(ex.src, ex.kind) : ex.src;
  const got = engine(src);
  const want = oracle([src])[0];
  if (saveDir) {
    writeFileSync(join(saveDir, `${String(i).padStart(3, '0')}.py`), src);
    writeFileSync(join(saveDir, `${String(i).padStart(3, '0')}.json`), JSON.stringify({ kind: ex.kind, cpython: want, engine: got }, null, 1));
  }
  if (!quiet && i < 20) {
    console.log(`--- ${ex.kind}: ${JSON.stringify(src).slice(0, 300)}`);
    console.log(`  cpython ${JSON.stringify(want).slice(0, 300)}`);
    console.log(`  engine  ${JSON.stringify(got).slice(0, 300)}`);
  }
});
