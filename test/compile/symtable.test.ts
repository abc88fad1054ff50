/**
 * The symbol table and compile-time checks against CPython 3.14, for every program of
 * test/compile/cases/ as scripts/record-symtable-cases.mjs recorded it: the SyntaxError of
 * compile(), its SyntaxWarnings, the raw blocks of `_symtable`, and the code objects' cells,
 * free variables and generator/coroutine flags.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import type { AsyncFunctionDef, FunctionDef, Module } from '../../extension/engine/syntax/ast';
import type { ConstantValue } from '../../extension/engine/syntax/constant';
import { buildSymtable, type Block, type SymbolTable } from '../../extension/engine/compile/symtable';
import { runCompileChecks } from '../../extension/engine/compile/check';
import { formatCompileWarning } from '../../extension/engine/compile/format-warning';
import { BLOCK_TYPE_NUMBER, FREE, SCOPE_OFFSET, DEF_ANNOT } from '../../extension/engine/compile/flags';

interface RecordedError {
  type: string;
  msg: string;
  lineno: number;
  offset: number;
  endLineno: number;
  endOffset: number;
}

interface RecordedBlock {
  name: string;
  type: number;
  lineno: number;
  nested: boolean;
  symbols: [string, number][];
  varnames: string[];
  children: RecordedBlock[];
}

interface RecordedCode {
  name: string;
  firstlineno: number;
  flags: string[];
  cellvars: string[];
  freevars: string[];
}

interface RecordedCase {
  source: string;
  ast: Module;
  error: RecordedError | null;
  warnings: { msg: string; lineno: number; printed: string; position?: RecordedError | null }[];
  symtable: RecordedBlock | null;
  symtableError: RecordedError | null;
  codes: RecordedCode[] | null;
}

/** Turns the recording's tagged constants back into the engine's ConstantValue shapes. */
function revive(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const tagged = value as Record<string, unknown>;
  if (typeof tagged.$int === 'string') return BigInt(tagged.$int);
  if (typeof tagged.$float === 'string') return parseFloatRepr(tagged.$float);
  if (typeof tagged.$complex === 'string') return { kind: 'complex', imag: parseFloatRepr(tagged.$complex) } satisfies ConstantValue;
  if (typeof tagged.$bytes === 'string') {
    const hex = tagged.$bytes;
    const bytes = new Uint8Array(hex.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
    return { kind: 'bytes', value: bytes } satisfies ConstantValue;
  }
  if (tagged.$ellipsis === true) return { kind: 'ellipsis' } satisfies ConstantValue;
  return value;
}

function parseFloatRepr(text: string): number {
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return NaN;
  return Number(text);
}

// SYMTABLE_CASES names another recording (scripts/record-symtable-cases.mjs --out) to check against.
const otherRecording = process.env.SYMTABLE_CASES;
const recorded = JSON.parse(readFileSync(otherRecording ?? 'test/compile/symtable-cases.json', 'utf8'), revive) as { cases: Record<string, RecordedCase> };
const caseFiles = readdirSync('test/compile/cases').filter((f) => f.endsWith('.py')).sort();

test('every case is recorded, and there are enough of them', { skip: otherRecording !== undefined }, () => {
  assert.ok(caseFiles.length >= 80, `only ${caseFiles.length} cases`);
  for (const f of caseFiles) {
    assert.ok(f in recorded.cases, `${f} is not recorded: run node scripts/record-symtable-cases.mjs`);
    assert.equal(recorded.cases[f]?.source, readFileSync(`test/compile/cases/${f}`, 'utf8'), `${f} changed since it was recorded`);
  }
});

function errorOf(e: { type: string; msg: string; lineno: number; offset: number; endLineno: number; endOffset: number }): RecordedError {
  return { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset, endLineno: e.endLineno, endOffset: e.endOffset };
}

/** A block as `_symtable` shows it. Names CPython adds from its (hash-ordered) free set go last, sorted. */
function dumpBlock(block: Block): RecordedBlock {
  return {
    name: block.name,
    type: BLOCK_TYPE_NUMBER[block.type],
    lineno: block.lineno,
    nested: block.nested,
    symbols: normalizeSymbols([...block.symbols]),
    varnames: [...block.varnames],
    children: block.children.map(dumpBlock),
  };
}

const PASSED_THROUGH = FREE << SCOPE_OFFSET;

function normalizeSymbols(symbols: [string, number][]): [string, number][] {
  const ordered = symbols.filter(([, raw]) => raw !== PASSED_THROUGH);
  const added = symbols.filter(([, raw]) => raw === PASSED_THROUGH).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [...ordered, ...added];
}

function normalizeRecorded(block: RecordedBlock): RecordedBlock {
  return { ...block, symbols: normalizeSymbols(block.symbols), children: block.children.map(normalizeRecorded) };
}

/**
 * The code objects a module compiles to, as far as the symbol table decides them. With
 * `from __future__ import annotations` a function's parameter annotations still compile to an
 * `__annotate__` (returning strings), whose block is kept out of the tree: found from the AST.
 */
function codesOf(table: SymbolTable, tree: Module): RecordedCode[] {
  const futureAnnotations = table.future.annotations;
  const out: RecordedCode[] = [];
  const visit = (block: Block, parent: Block | null): void => {
    if (compiles(block, parent, futureAnnotations)) out.push(codeOf(block, parent));
    for (const child of block.children) visit(child, block);
  };
  visit(table.top, null);
  if (futureAnnotations) {
    for (const node of functionNodes(tree)) {
      const block = table.lookup(node.args);
      if (block?.annotationsUsed) out.push(codeOf(block, null));
    }
  }
  return sortCodes(out);
}

function functionNodes(tree: unknown): (FunctionDef | AsyncFunctionDef)[] {
  const found: (FunctionDef | AsyncFunctionDef)[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
    } else if (value !== null && typeof value === 'object') {
      const kind = (value as { kind?: unknown }).kind;
      if (kind === 'FunctionDef' || kind === 'AsyncFunctionDef') found.push(value as FunctionDef | AsyncFunctionDef);
      Object.values(value).forEach(walk);
    }
  };
  walk(tree);
  return found;
}

/** Every recorded code object is one of ours; dead code CPython drops makes ours a superset. */
function assertCodesInclude(mine: RecordedCode[], recordedCodes: RecordedCode[]): void {
  const remaining = mine.map((c) => JSON.stringify(c));
  for (const code of sortCodes(recordedCodes)) {
    const key = JSON.stringify(code);
    const at = remaining.indexOf(key);
    assert.ok(at >= 0, `no block compiles to ${key}; ours: ${remaining.join(' ')}`);
    remaining.splice(at, 1);
  }
}

function codeOf(block: Block, parent: Block | null): RecordedCode {
  const flags: string[] = [];
  if (block.isFunctionLike) {
    if (block.generator && !block.coroutine) flags.push('generator');
    if (block.coroutine && !block.generator) flags.push('coroutine');
    if (block.generator && block.coroutine) flags.push('asyncGenerator');
    if (block.nested) flags.push('nested');
    if (block.varargs) flags.push('varargs');
    if (block.varkeywords) flags.push('varkeywords');
    if (block.hasDocstring) flags.push('hasDocstring');
    if (block.method) flags.push('method');
  } else if (block.coroutine && !block.generator) {
    flags.push('coroutine');
  }
  const freevars = block.freevars();
  // Codegen itself adds this free variable: a class's __annotate__ reads which conditional
  // annotations ran from the class's cell.
  if (parent !== null && parent.type === 'class' && parent.annotationBlock === block && parent.hasConditionalAnnotations) {
    freevars.push('__conditional_annotations__');
  }
  return { name: codeName(block), firstlineno: 0, flags: flags.sort(), cellvars: block.cellvars().sort(), freevars: freevars.sort() };
}

function compiles(block: Block, parent: Block | null, futureAnnotations: boolean): boolean {
  if (block.type !== 'annotation') return true;
  if (futureAnnotations) return false;
  // A module's or class's annotations compile to one __annotate__ when it annotates a simple name.
  if (parent !== null && parent.annotationBlock === block) {
    // (A function's own variable annotations are never evaluated.)
    return !parent.isFunctionLike && [...parent.symbols.values()].some((raw) => (raw & DEF_ANNOT) !== 0);
  }
  return block.annotationsUsed;
}

function codeName(block: Block): string {
  switch (block.type) {
    case 'module':
      return '<module>';
    case 'typeParameters':
      return `<generic parameters of ${block.name}>`;
    case 'function':
      return block.name === 'lambda' || block.comprehension !== null ? `<${block.name}>` : block.name;
    default:
      return block.name;
  }
}

function sortCodes(codes: RecordedCode[]): RecordedCode[] {
  const key = (c: RecordedCode): string => JSON.stringify([c.name, c.cellvars, c.freevars, c.flags]);
  return codes.map((c) => ({ ...c, firstlineno: 0, flags: [...c.flags].sort(), cellvars: [...c.cellvars].sort(), freevars: [...c.freevars].sort() }))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

for (const [name, c] of Object.entries(recorded.cases)) {
  test(`symtable ${name}`, () => {
    const result = buildSymtable(c.ast, c.source);
    if (c.symtable === null) {
      assert.equal(result.ok, false, 'CPython rejects it');
      if (!result.ok) assert.deepEqual(errorOf(result.error), c.symtableError);
      return;
    }
    if (!result.ok) assert.fail(`unexpected error ${JSON.stringify(result.error)}`);
    assert.deepEqual(dumpBlock(result.table.top), normalizeRecorded(c.symtable));
    if (c.codes !== null) {
      assertCodesInclude(codesOf(result.table, c.ast), c.codes);
    }
  });

  test(`compile check ${name}`, () => {
    const result = runCompileChecks(c.ast, c.source);
    assert.deepEqual(result.error === null ? null : errorOf(result.error), c.error);
    assert.deepEqual(result.warnings.map((w) => ({ msg: w.msg, lineno: w.lineno })), c.warnings.map((w) => ({ msg: w.msg, lineno: w.lineno })));
    for (const [i, w] of c.warnings.entries()) {
      const mine = result.warnings[i];
      assert.ok(mine !== undefined);
      assert.equal(formatCompileWarning('f.py', c.source, mine), w.printed);
      if (w.position === undefined || w.position === null) continue;
      assert.deepEqual(errorOf({ ...mine, type: 'SyntaxError' }), w.position);
    }
  });
}
