#!/usr/bin/env node
// Checks the parser conformance corpus (test/syntax/corpus/) against CPython 3.14 (Pyodide):
//   valid/*.py   must compile: compile(bytes, path, 'exec'), with no SyntaxWarning either
//   invalid/*.py must fail to compile with a SyntaxError (or IndentationError / TabError)
// Files are passed to Python as the raw bytes on disk (CRLF endings, missing final newline and
// UTF-8 kept as they are). Prints one line per problem and a summary; exit status 1 on problems.
// Usage: node scripts/check-corpus.mjs [--verbose] [--coverage] [substring-filter...]
//   --verbose   print the error CPython reports for each invalid file
//   --coverage  print, for each syntax construct the corpus must exercise, how many valid files
//               contain it (a regular-expression count over the source, so approximate)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCPython } from './oracle/pyodide.mjs';

// Regular expressions for --coverage, run in Pyodide so they keep Python's regex semantics.
const COVERAGE_PY = String.raw`
import re

checks = [
 ("decorator with arguments", r"^\s*@[\w.]+\(.*\)\s*(#.*)?$"),
 ("stacked decorators", r"^\s*@.*\n\s*@"),
 ("class with bases", r"^\s*class \w+(\[.*\])?\(\s*\w"),
 ("class keyword metaclass=", r"metaclass="),
 ("class other keywords", r"^\s*class \w+\(.*\b(?!metaclass)\w+=.*\):"),
 ("default params", r"def \w+.*\(.*\w+\s*(:\s*[^=,)]+)?\s*=\s*[^=]"),
 ("keyword-only params (*,)", r"def \w+.*[(,]\s*\*\s*,"),
 ("positional-only params (/)", r"(def \w+|lambda).*[(,\s]/\s*[,):]"),
 ("*args", r"def \w+.*\*\w+"),
 ("**kwargs", r"def \w+.*\*\*\w+"),
 ("param annotations", r"def \w+.*\(\w+: "),
 ("return annotations", r"\) -> "),
 ("lambda", r"\blambda\b"),
 ("list comprehension", r"\[[^\]\n]*\bfor\b[^\]\n]*\bin\b"),
 ("set/dict comprehension", r"\{[^}\n]*\bfor\b[^}\n]*\bin\b"),
 ("dict comprehension", r"\{[^}\n:]+:[^}\n]*\bfor\b"),
 ("generator expression", r"\([^()\n]*\bfor\b[^()\n]*\bin\b[^()\n]*\)"),
 ("comprehension with 2+ for", r"\bfor\b[^\n\]]*\bfor\b[^\n]*\bin\b"),
 ("comprehension with if", r"[\[{(][^\n]*\bfor\b[^\n]*\bif\b"),
 ("async comprehension", r"[\[{(][^\n]*\basync for\b"),
 ("yield", r"\byield\b(?! from)"),
 ("yield from", r"\byield from\b"),
 ("global", r"^\s*global\b"),
 ("nonlocal", r"^\s*nonlocal\b"),
 ("global in nested function", r"^        +global\b"),
 ("del", r"^\s*del\b"),
 ("assert with message", r"^\s*assert .+, "),
 ("raise ... from ...", r"\braise\b.+\bfrom\b"),
 ("raise ... from None", r"\braise\b.+\bfrom None"),
 ("try/except", r"^\s*except\b"),
 ("try/else", r"^\s*try:(?:.|\n)*?^\s*else:"),
 ("finally", r"^\s*finally:"),
 ("except*", r"^\s*except\*"),
 ("except A, B: (PEP 758)", r"^\s*except\*? *[\w.]+\s*,\s*[\w.]+.*:"),
 ("with several items", r"^\s*(async )?with [^\n]+ as \w+, [^\n]+:\s*$|^\s*(async )?with \w+, \w+"),
 ("parenthesized multi-line with", r"^\s*(async )?with \(\s*$"),
 ("walrus :=", r":="),
 ("starred assignment target", r"^\s*[\w\[(, ]*\*\w+\s*[,\])].*=|^\s*\*\w+, "),
 ("f(*args, **kw) call", r"\w\(\*\w+.*\*\*\w+"),
 ("slice [a:b]", r"\[[^\]\n]*\w:\w[^\]\n]*\]"),
 ("slice [::step]", r"\[::"),
 ("slice [:]", r"\[:\]"),
 ("extended slice a:b:c", r"\[[^\]\n:]*:[^\]\n:]*:[^\]\n]*\]"),
 ("multi-dim slice [a:b, ::c]", r"\[[^\]\n]*:[^\]\n]*,[^\]\n]*:[^\]\n]*\]"),
 ("chained comparison", r"\w+\s*(<|<=|>|>=|==|!=)\s*[\w.()\[\]]+\s*(<|<=|>|>=|==|!=)\s*\w"),
 ("conditional expression", r"[=(,\[]\s*[^\n#]+\bif\b[^\n]+\belse\b"),
 *[(f"augmented {op}", r"[\w\])]\s*" + re.escape(op) + r"\s") for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^=", "@="]],
 ("annotated assignment without value", r"^\s*[\w.]+: [\w\[\]., |\"']+\s*$"),
 ("annotated assignment with value", r"^\s*[\w.]+: [^=\n]+ = "),
 ("annotated attribute (self.x: T)", r"^\s*self\.\w+: "),
 ("annotated subscript (d[k]: T)", r"^\s*[\w.]+(\[[^\]\n]+\])+: "),
 ("f-string", r"\b[fF][rR]?[\"']|\b[rR][fF][\"']"),
 ("t-string", r"\b[tT][rR]?[\"']|\b[rR][tT][\"']"),
 ("nested f-string", r"f[\"'][^\n]*\{[^\n]*f[\"']"),
 ("same-quote nesting in f-string", r"f\"[^\"\n]*\{[^}\n]*\"[^\n]*\"[^\n]*\}"),
 ("format spec with nested field", r"\{[^{}\n]*:[^{}\n]*\{[^{}\n]*\}[^{}\n]*\}"),
 ("= debug specifier", r"\{[^{}\n]*\w\s*=\s*(![rsa])?(:[^}]*)?\}"),
 ("!r conversion", r"!r[}:]"),
 ("!s conversion", r"!s[}:]"),
 ("!a conversion", r"!a[}:]"),
 ("triple-quoted f-string", r"\b[fFtT][rR]?(\"\"\"|''')"),
 ("backslash in replacement field", r"f\"[^\"\n]*\{[^}\n]*\\\\"),
 ("bytes literal", r"\b[bB][rR]?[\"']|\b[rR][bB][\"']"),
 ("raw string", r"\b[rR][\"']"),
 ("implicit string concatenation", r"[\"']\s+[rbfRBF]?[\"'][^\"']"),
 ("hex literal", r"\b0[xX][0-9a-fA-F_]+"),
 ("octal literal", r"\b0[oO][0-7_]+"),
 ("binary literal", r"\b0[bB][01_]+"),
 ("underscore in number", r"\b\d+_\d"),
 ("float exponent", r"\b\d[\d_]*\.?\d*[eE][-+]?\d"),
 ("imaginary literal", r"\b\d[\d_.]*(e[-+]?\d+)?[jJ]\b"),
 ("very large int (25+ digits)", r"\b\d{25,}\b"),
 ("backslash continuation", r"\\\r?\n"),
 ("async def", r"\basync def\b"),
 ("await", r"\bawait\b"),
 ("async for (statement)", r"^\s*async for\b"),
 ("async with", r"^\s*async with\b"),
 ("match statement", r"^\s*match .+:\s*(#.*)?$"),
 ("case literal pattern", r"^\s*case (-?\d|\"|'|None|True|False|b\")"),
 ("case capture pattern", r"^\s*case [a-z]\w*( if .*)?:"),
 ("case wildcard _", r"^\s*case _\s*(if .*)?:"),
 ("case value pattern (dotted)", r"^\s*case [\w]+\.[\w.]+\s*[:|]"),
 ("case group pattern", r"^\s*case \((?![^)]*,)[^)]*\)( as \w+)?\s*:"),
 ("case sequence pattern", r"^\s*case \[|^\s*case \(.*,.*\)\s*:|^\s*case \w+, "),
 ("case star pattern", r"^\s*case .*\*\w"),
 ("case mapping pattern", r"^\s*case \{"),
 ("case mapping **rest", r"^\s*case \{.*\*\*\w+"),
 ("case class positional", r"^\s*case [\w.]+\([^=)]+\)"),
 ("case class keyword", r"^\s*case [\w.]+\(\w+="),
 ("case or-pattern", r"^\s*case .*\|"),
 ("case as-pattern", r"^\s*case .* as \w+"),
 ("case guard", r"^\s*case .* if .+:"),
 ("def with type params", r"def \w+\["),
 ("class with type params", r"class \w+\["),
 ("type param bound T: int", r"(def|class|type) \w+\[[^\]]*\w: \w"),
 ("type param *Ts", r"(def|class|type) \w+\[[^\]]*\*\w"),
 ("type param **P", r"(def|class|type) \w+\[[^\]]*\*\*\w"),
 ("type param default", r"(def|class|type) \w+\[[^\]]*\w\s*=\s*"),
 ("type alias statement", r"^\s*type \w+(\[.*\])? = "),
 ("soft keyword as name (match/type/case/_ =)", r"^\s*(match|type|case|_)\s*=\s"),
 ("unicode identifier", r"^[^#\"'\n]*\b[^\W\d_\x00-\x7f]\w*\s*="),
 ("non-ASCII in strings", r"[\"'][^\"'\n]*[^\x00-\x7f][^\"'\n]*[\"']"),
 ("emoji", r"[\U0001F300-\U0001FAFF]"),
 ("tab inside a line", r"\S[^\n]*\t"),
 ("semicolons", r";\s*\w"),
 ("whitespace-only line", r"\n[ \t\f]+\r?\n"),
 ("CRLF line endings", r"\r\n"),
 ("very long line (>200 chars)", r"^[^\n]{200,}$"),
 ("deep brackets (8+)", r"[(\[{]{8,}"),
 ("__slots__", r"__slots__"),
 ("property", r"@property|= property\("),
 ("classmethod", r"@classmethod"),
 ("staticmethod", r"@staticmethod"),
 ("dunder method", r"def __\w+__\("),
 ('if __name__ == "__main__"', r"if __name__ == [\"']__main__[\"']"),
 ("comments", r"#"),
 ("weakref usage", r"\bweakref\b"),
 ("WeakValueDictionary", r"WeakValueDictionary"),
 ("WeakKeyDictionary", r"WeakKeyDictionary"),
 ("WeakSet", r"WeakSet"),
 ("WeakMethod", r"WeakMethod"),
 ("weakref.finalize", r"finalize\("),
 ("weakref.proxy", r"proxy\("),
 ("__del__", r"def __del__"),
 ("gc module", r"\bgc\.\w+"),
]


class _Coverage:
    """How many valid files contain each construct (regular expressions over the source text)."""

    def __init__(self):
        self.counts = [0] * len(checks)
        self.patterns = [re.compile(rx, re.M) for _, rx in checks]
        self.no_final_newline = 0
        self.files = 0

    def add(self, b):
        b = bytes(b)
        text = b.decode("utf-8")
        self.files += 1
        self.no_final_newline += not b.endswith(b"\n")
        for i, pat in enumerate(self.patterns):
            if pat.search(text):
                self.counts[i] += 1

    def report(self):
        rows = [(name, n) for (name, _), n in zip(checks, self.counts)]
        rows.append(("file without final newline", self.no_final_newline))
        width = max(len(name) for name, _ in rows)
        lines = [f"{name:<{width}} {n:>4}{'  <-- fewer than 3 files' if n < 3 else ''}" for name, n in rows]
        return "\n".join(lines + [f"(counts of valid files, out of {self.files})"])

_Coverage
`;

const CORPUS = 'test/syntax/corpus';
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const coverage = args.includes('--coverage');
const filters = args.filter((a) => !a.startsWith('--'));
const pick = (dir) => {
  let names;
  try {
    names = readdirSync(join(CORPUS, dir));
  } catch {
    return [];
  }
  return names
    .filter((f) => f.endsWith('.py'))
    .map((f) => join(CORPUS, dir, f))
    .filter((p) => filters.length === 0 || filters.some((x) => p.includes(x)))
    .sort();
};

const py = await loadCPython();
const check = py.runPython(`
import traceback
import warnings

def _check(b, path):
    """(kind, class name, message, line, column, warnings) for compiling the bytes b.

    For a SyntaxError the message is the last line the interpreter would print, which is where
    CPython 3.14 adds its keyword suggestions ("invalid syntax. Did you mean 'while'?")."""
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter('always')
        try:
            compile(bytes(b), path, 'exec', dont_inherit=True)
        except SyntaxError as e:
            printed = ''.join(traceback.format_exception_only(e)).strip().splitlines()[-1]
            return ['error', type(e).__name__, printed.partition(': ')[2], e.lineno or 0, e.offset or 0,
                    [str(w.message) for w in seen]]
        except Exception as e:
            return ['other', type(e).__name__, str(e), 0, 0, [str(w.message) for w in seen]]
    return ['ok', '', '', 0, 0, [f'{w.category.__name__}: {w.message} (line {w.lineno})' for w in seen]]
_check`);

// Pyodide converts a Uint8Array (not a Node Buffer) to Python bytes-like memory.
const bytesOf = (path) => {
  const b = readFileSync(path);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
};

let problems = 0;
const problem = (msg) => {
  problems++;
  console.error(`FAIL ${msg}`);
};

const valid = pick('valid');
let validOk = 0;
for (const path of valid) {
  const [kind, cls, msg, line, col, warns] = check(bytesOf(path), path).toJs();
  if (kind !== 'ok') {
    problem(`${path}: does not compile under CPython 3.14: ${cls}: ${msg} (line ${line}, column ${col})`);
  } else if (warns.length > 0) {
    problem(`${path}: compiles with warnings: ${warns.join('; ')}`);
  } else {
    validOk++;
  }
}

const invalid = pick('invalid');
let invalidOk = 0;
let suggestions = 0;
const byClass = new Map();
for (const path of invalid) {
  const [kind, cls, msg, line, col] = check(bytesOf(path), path).toJs();
  if (kind !== 'error') {
    problem(`${path}: expected a SyntaxError at compile time, got ${kind === 'ok' ? 'none' : `${cls}: ${msg}`}`);
    continue;
  }
  invalidOk++;
  byClass.set(cls, (byClass.get(cls) ?? 0) + 1);
  // CPython 3.14 suggests a keyword for a misspelled one ("invalid syntax. Did you mean 'while'?");
  // those files must be named typo_keyword_*.py (at most 3). "Did you mean print(...)?" is not one.
  if (/Did you mean '[^']+'\?/.test(msg)) {
    suggestions++;
    if (!path.split('/').pop().startsWith('typo_keyword_')) {
      problem(`${path}: CPython suggests a keyword ("${msg}"); only typo_keyword_*.py files may do that`);
    }
  }
  if (verbose) console.log(`${path}:${line}:${col}: ${cls}: ${msg}`);
}
if (suggestions > 3) problem(`${suggestions} invalid files get a keyword suggestion; at most 3 allowed`);

if (coverage) {
  const Coverage = py.runPython(COVERAGE_PY);
  const cov = Coverage();
  for (const path of valid) cov.add(bytesOf(path));
  console.log(cov.report());
}

const classes = [...byClass].map(([c, n]) => `${n} ${c}`).join(', ');
console.log(`valid:   ${validOk}/${valid.length} compile cleanly under CPython ${py.runPython('import sys; sys.version.split()[0]')}`);
console.log(`invalid: ${invalidOk}/${invalid.length} raise a syntax error at compile time${classes ? ` (${classes})` : ''}`);
console.log(problems === 0 ? 'corpus OK' : `${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
