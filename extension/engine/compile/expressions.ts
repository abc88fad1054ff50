/**
 * Expressions → bytecode, in CPython's evaluation order (which fixes when temporaries are
 * created and released). Comprehensions are inlined as PEP 709 does: their variables become
 * fast locals of the enclosing code, saved before and restored after.
 */
import { bytesConstant } from '../runtime/bytes';
import { complexConstant } from '../runtime/complex';
import { SET_DISPLAY_CONSTANT } from '../runtime/set-display';
import type * as ast from '../syntax/ast';
import type { Compiler } from './compiler';
import { binopNumber } from './compiler';
import { Op } from './opcodes';
import type { PyObject } from '../runtime/object';
import { None, Ellipsis } from '../runtime/singletons';
import { False, True, newInt } from '../runtime/int';
import { PyFloat } from '../runtime/float';
import { intern } from '../runtime/str';
import { tupleSteal } from '../runtime/tuple';
import { immortalize, newref } from '../runtime/heap';
import { CELL, LOCAL } from './flags';
import { foldExpr } from './fold';
import { breaksBorrow } from './borrow';
import { compileAwait, compileGeneratorExp, compileYield, compileYieldFrom } from './generators';

export class Unsupported extends Error {
  constructor(readonly what: string, readonly lineno: number) {
    super(`not supported yet: ${what} (line ${lineno})`);
  }
}

/**
 * A Python object for a constant. Strings are interned (immortal). A literal number or bytes is
 * owned by the code object and by the parser's arena, which `python FILE` frees only after the
 * module has run (pyrun_file), so sys.getrefcount counts two references beyond the program's; a
 * folded constant (`literal` false) has only the code object's.
 */
export function compileConstant(v: ast.Constant['value'], lineno: number, literal = true): PyObject {
  if (v === null) return None;
  if (typeof v === 'boolean') return v ? True : False;
  if (typeof v === 'string') return intern(v);
  if (typeof v !== 'object' && typeof v !== 'bigint' && typeof v !== 'number') return Ellipsis;
  if (typeof v === 'object' && v.kind === 'ellipsis') return Ellipsis;
  void lineno;
  const o = typeof v === 'bigint' ? newInt(v) : typeof v === 'number' ? new PyFloat(v) : v.kind === 'bytes' ? bytesConstant(v.value) : complexConstant(v.imag);
  // Small ints and the shared bytes are immortal already; a fresh object starts at one reference.
  if (o.ob_refcnt === 1 && literal) o.ob_refcnt = 2;
  return o;
}

/**
 * The co_consts index of an expression CPython 3.14's optimizer turns into a constant: a literal,
 * an operator on constants (fold.ts), a tuple of such; null for anything else. Folded objects are
 * owned by the code object (a reference sys.getrefcount counts), not immortal like literals.
 */
function constantIndex(c: Compiler, e: ast.expr): number | null {
  const a = c.asm;
  if (e.kind === 'Constant') return a.constIdx(constKey(e.value), () => compileConstant(e.value, e.lineno));
  if (e.kind === 'Tuple') {
    if (e.elts.length === 0 || e.elts.some((x) => x.kind === 'Starred')) return null;
    const items: number[] = [];
    for (const x of e.elts) {
      const i = constantIndex(c, x);
      if (i === null) return null;
      items.push(i);
    }
    return a.constIdx('t:' + items.join(','), () => tupleSteal(items.map((i) => newref(a.consts[i] as PyObject))));
  }
  if (e.kind !== 'BinOp' && e.kind !== 'UnaryOp') return null;
  const v = foldExpr(e);
  if (v === null) return null;
  return a.constIdx(typeof v === 'bigint' ? 'i:' + String(v) : constKey(v), () => compileConstant(v, e.lineno, false));
}

/** Emits LOAD_CONST for an expression CPython folds into a constant; false when it does not. */
function loadFolded(c: Compiler, e: ast.BinOp | ast.UnaryOp | ast.Tuple): boolean {
  const i = constantIndex(c, e);
  if (i === null) return false;
  c.asm.loc = e;
  c.asm.emit(Op.LOAD_CONST, i);
  return true;
}

function constKey(v: ast.Constant['value']): unknown {
  if (v === null) return null;
  if (typeof v === 'string') return 's:' + v;
  if (typeof v === 'number') return Object.is(v, -0) ? 'f:-0' : 'f:' + String(v);
  if (typeof v === 'bigint') return 'i:' + String(v);
  if (typeof v === 'boolean') return v;
  return v;
}

const CMP: Record<ast.cmpop, [Op, number]> = {
  Lt: [Op.COMPARE_OP, 0], LtE: [Op.COMPARE_OP, 1], Eq: [Op.COMPARE_OP, 2], NotEq: [Op.COMPARE_OP, 3],
  Gt: [Op.COMPARE_OP, 4], GtE: [Op.COMPARE_OP, 5], Is: [Op.IS_OP, 0], IsNot: [Op.IS_OP, 1],
  In: [Op.CONTAINS_OP, 0], NotIn: [Op.CONTAINS_OP, 1],
};

export function compileExpr(c: Compiler, e: ast.expr): void {
  const a = c.asm;
  a.loc = e;
  switch (e.kind) {
    case 'Constant':
      a.emit(Op.LOAD_CONST, a.constIdx(constKey(e.value), () => compileConstant(e.value, e.lineno)));
      return;
    case 'Name':
      c.nameOp(e.id, 'Load');
      return;
    case 'BinOp':
      if (loadFolded(c, e)) return;
      compileExpr(c, e.left);
      compileExpr(c, e.right);
      a.loc = e;
      a.emit(Op.BINARY_OP, binopNumber(e.op));
      return;
    case 'UnaryOp':
      if (loadFolded(c, e)) return;
      compileExpr(c, e.operand);
      a.loc = e;
      if (e.op === 'Not') a.emit(Op.UNARY_NOT);
      else a.emit(Op.UNARY_OP, e.op === 'USub' ? 0 : e.op === 'UAdd' ? 1 : 2);
      return;
    case 'BoolOp': {
      const end = a.label();
      for (let i = 0; i < e.values.length; i++) {
        compileExpr(c, e.values[i] as ast.expr);
        if (i < e.values.length - 1) {
          a.loc = e;
          a.emit(Op.COPY, 1);
          a.emit(e.op === 'And' ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE, end);
          a.emit(Op.POP_TOP);
        }
      }
      a.bind(end);
      return;
    }
    case 'Compare':
      compileCompare(c, e);
      return;
    case 'IfExp': {
      const orelse = a.label();
      const end = a.label();
      c.jumpIf(e.test, false, orelse);
      compileExpr(c, e.body);
      a.emit(Op.JUMP, end);
      a.bind(orelse);
      compileExpr(c, e.orelse);
      a.bind(end);
      return;
    }
    case 'Call':
      compileCallExpr(c, e);
      return;
    case 'Attribute':
      compileExpr(c, e.value);
      a.loc = e;
      a.emit(Op.LOAD_ATTR, a.nameIdx(c.mangled(e.attr)));
      return;
    case 'Subscript':
      compileExpr(c, e.value);
      compileExpr(c, e.slice);
      a.loc = e;
      a.emit(Op.BINARY_SUBSCR);
      return;
    case 'Slice':
      for (const part of [e.lower, e.upper]) {
        if (part === null) c.loadNone();
        else compileExpr(c, part);
      }
      if (e.step !== null) compileExpr(c, e.step);
      a.loc = e;
      a.emit(Op.BUILD_SLICE, e.step === null ? 2 : 3);
      return;
    case 'Tuple':
    case 'List':
      if (e.kind === 'Tuple' && loadFolded(c, e)) return;
      compileSequence(c, e.elts, e.kind === 'Tuple' ? Op.BUILD_TUPLE : Op.BUILD_LIST, e);
      return;
    case 'Set':
      for (const x of e.elts) {
        if (x.kind === 'Starred') throw new Unsupported('starred set display', e.lineno);
        compileExpr(c, x);
      }
      a.loc = e;
      // CPython folds an all-constant display into a frozenset constant (see runtime/set-display.ts).
      a.emit(Op.BUILD_SET, e.elts.length | (e.elts.every(isFoldedConstant) ? SET_DISPLAY_CONSTANT : 0));
      return;
    case 'Dict': {
      let n = 0;
      let built = false;
      for (let i = 0; i < e.keys.length; i++) {
        const k = e.keys[i] as ast.expr | null;
        if (k === null) {
          if (!built) {
            a.emit(Op.BUILD_MAP, n);
            built = true;
          } else if (n) {
            a.emit(Op.BUILD_MAP, n);
            a.emit(Op.DICT_UPDATE, 1);
          }
          n = 0;
          compileExpr(c, e.values[i] as ast.expr);
          a.emit(Op.DICT_UPDATE, 1);
          continue;
        }
        compileExpr(c, k);
        compileExpr(c, e.values[i] as ast.expr);
        n++;
      }
      a.loc = e;
      if (!built) a.emit(Op.BUILD_MAP, n);
      else if (n) {
        a.emit(Op.BUILD_MAP, n);
        a.emit(Op.DICT_UPDATE, 1);
      }
      return;
    }
    case 'JoinedStr': {
      let n = 0;
      for (const v of e.values) {
        if (v.kind === 'Constant') compileExpr(c, v);
        else compileExpr(c, v);
        n++;
      }
      a.loc = e;
      if (n !== 1) a.emit(Op.BUILD_STRING, n);
      return;
    }
    case 'FormattedValue':
      compileExpr(c, e.value);
      a.loc = e;
      if (e.conversion !== -1) a.emit(Op.CONVERT_VALUE, e.conversion);
      if (e.format_spec !== null) {
        compileExpr(c, e.format_spec);
        a.emit(Op.FORMAT_WITH_SPEC);
      } else a.emit(Op.FORMAT_SIMPLE);
      return;
    case 'Lambda':
      c.makeFunction(e, '<lambda>', e.args, (inner) => {
        compileExpr(inner, e.body);
        inner.asm.emit(Op.RETURN_VALUE);
      });
      return;
    case 'NamedExpr':
      compileExpr(c, e.value);
      a.emit(Op.COPY, 1);
      compileStoreTarget(c, e.target);
      return;
    case 'ListComp':
      compileInlinedComprehension(c, e, Op.BUILD_LIST, e.generators, () => {
        compileExpr(c, e.elt);
        return Op.LIST_APPEND;
      });
      return;
    case 'SetComp':
      compileInlinedComprehension(c, e, Op.BUILD_SET, e.generators, () => {
        compileExpr(c, e.elt);
        return Op.SET_ADD;
      });
      return;
    case 'DictComp':
      compileInlinedComprehension(c, e, Op.BUILD_MAP, e.generators, () => {
        compileExpr(c, e.key);
        compileExpr(c, e.value);
        return Op.MAP_ADD;
      });
      return;
    case 'GeneratorExp':
      compileGeneratorExp(c, e);
      return;
    case 'Yield':
      compileYield(c, e);
      return;
    case 'YieldFrom':
      compileYieldFrom(c, e);
      return;
    case 'Await':
      compileAwait(c, e);
      return;
    case 'Starred':
      throw new Unsupported('starred expression here', e.lineno);
    case 'TemplateStr':
    case 'Interpolation':
      throw new Unsupported('template strings', e.lineno);
    default: {
      const never: never = e;
      throw new Error(`unknown expression ${(never as ast.expr).kind}`);
    }
  }
}

/** Expressions CPython 3.14's optimizer turns into constants before it folds set displays. */
function isFoldedConstant(x: ast.expr): boolean {
  if (x.kind === 'Constant') return true;
  if (x.kind === 'UnaryOp' && x.op !== 'Not' && x.operand.kind === 'Constant') {
    const v = x.operand.value;
    if (typeof v === 'bigint' || typeof v === 'boolean') return true;
    if (typeof v === 'number') return x.op !== 'Invert' || Number.isInteger(v);
    return typeof v === 'object' && v !== null && v.kind === 'complex' && x.op !== 'Invert';
  }
  if (x.kind === 'Tuple') return x.elts.every(isFoldedConstant);
  return false;
}

function compileSequence(c: Compiler, elts: readonly ast.expr[], build: Op, node: ast.expr): void {
  const a = c.asm;
  if (!elts.some((x) => x.kind === 'Starred')) {
    for (const x of elts) compileExpr(c, x);
    a.loc = node;
    a.emit(build, elts.length);
    return;
  }
  let n = 0;
  let started = false;
  for (const x of elts) {
    if (x.kind === 'Starred') {
      if (!started) {
        a.emit(Op.BUILD_LIST, n);
        started = true;
      } else if (n) throw new Unsupported('mixed starred display', node.lineno);
      n = 0;
      compileExpr(c, x.value);
      a.loc = node;
      a.emit(Op.LIST_EXTEND, 1);
    } else {
      compileExpr(c, x);
      if (started) {
        a.emit(Op.LIST_APPEND, 1);
      } else n++;
    }
  }
  a.loc = node;
  if (build === Op.BUILD_TUPLE) a.emit(Op.LIST_TO_TUPLE);
}

function compileCompare(c: Compiler, e: ast.Compare): void {
  const a = c.asm;
  compileExpr(c, e.left);
  const n = e.ops.length;
  if (n === 1) {
    compileExpr(c, e.comparators[0] as ast.expr);
    a.loc = e;
    const [op, arg] = CMP[e.ops[0] as ast.cmpop];
    a.emit(op, arg);
    return;
  }
  const cleanup = a.label();
  const end = a.label();
  for (let i = 0; i < n; i++) {
    compileExpr(c, e.comparators[i] as ast.expr);
    a.loc = e;
    const [op, arg] = CMP[e.ops[i] as ast.cmpop];
    if (i < n - 1) {
      a.emit(Op.SWAP, 2);
      a.emit(Op.COPY, 2);
      a.emit(op, arg);
      a.emit(Op.COPY, 1);
      a.emit(Op.POP_JUMP_IF_FALSE, cleanup);
      a.emit(Op.POP_TOP);
    } else a.emit(op, arg);
  }
  a.emit(Op.JUMP, end);
  a.bind(cleanup);
  a.emit(Op.SWAP, 2);
  a.emit(Op.POP_TOP);
  a.bind(end);
}

function compileCallExpr(c: Compiler, e: ast.Call): void {
  const a = c.asm;
  const simpleArgs = !e.args.some((x) => x.kind === 'Starred') && !e.keywords.some((k) => k.arg === null);
  if (e.func.kind === 'Attribute' && simpleArgs) {
    compileExpr(c, e.func.value);
    const receiver = borrowedSlot(c, e.func.value, [...e.args, ...e.keywords.map((k) => k.value)]);
    a.loc = e.func;
    a.emit(Op.LOAD_METHOD, a.nameIdx(c.mangled(e.func.attr)));
    compileCall(c, e, e.args, e.keywords, 0, receiver);
    return;
  }
  compileExpr(c, e.func);
  a.loc = e;
  a.emit(Op.PUSH_NULL);
  compileCall(c, e, e.args, e.keywords, 0);
}

/** The frame slot of an argument or receiver CPython would load as a borrowed reference, or -1. */
function borrowedSlot(c: Compiler, x: ast.expr, rest: readonly ast.expr[]): number {
  const u = c.unit;
  if (x.kind !== 'Name' || u.kind !== 'function' || !(u.bound.has(x.id) || u.compLocals.has(x.id))) return -1;
  const [op, slot] = c.asm.last();
  if (op !== Op.LOAD_FAST_CHECK && op !== Op.LOAD_FAST) return -1;
  return breaksBorrow(rest, x.id) ? -1 : slot;
}

/** Arguments and the CALL for a callable already on the stack as [callable, self_or_null, extra...]. */
export function compileCall(c: Compiler, node: ast.Call | ast.ClassDef, args: readonly ast.expr[], keywords: readonly ast.keyword[], extra: number, receiver = -1): void {
  const a = c.asm;
  const starred = args.some((x) => x.kind === 'Starred') || keywords.some((k) => k.arg === null);
  if (!starred) {
    // [receiver, arguments…]: the frame slots of the borrowed ones (vm/borrowed.ts reads them).
    const borrowed = new Int32Array(args.length + 1).fill(-1);
    borrowed[0] = receiver;
    let anyBorrowed = receiver >= 0;
    args.forEach((x, i) => {
      compileExpr(c, x);
      const slot = borrowedSlot(c, x, [...args.slice(i + 1), ...keywords.map((k) => k.value)]);
      borrowed[i + 1] = slot;
      if (slot >= 0) anyBorrowed = true;
    });
    for (const k of keywords) compileExpr(c, k.value);
    a.loc = node;
    if (keywords.length === 0) {
      a.emit(Op.CALL, args.length + extra);
      if (anyBorrowed) a.borrowed.set(a.here - 1, borrowed);
    } else {
      const names = keywords.map((k) => k.arg as string);
      a.emit(Op.LOAD_CONST, a.constIdx('kw:' + names.join(','), () => immortalize(tupleSteal(names.map((n) => intern(n))))));
      a.emit(Op.CALL_KW, args.length + extra + keywords.length);
    }
    return;
  }
  if (extra !== 0) throw new Unsupported('starred arguments in class bases', node.lineno);
  // f(*args, **kwargs): positional arguments as one tuple, keywords as one dict.
  let n = 0;
  let started = false;
  for (const x of args) {
    if (x.kind === 'Starred') {
      if (!started) {
        a.emit(Op.BUILD_LIST, n);
        started = true;
      }
      compileExpr(c, x.value);
      a.emit(Op.LIST_EXTEND, 1);
    } else {
      compileExpr(c, x);
      if (started) a.emit(Op.LIST_APPEND, 1);
      else n++;
    }
  }
  if (!started) a.emit(Op.BUILD_LIST, n);
  a.emit(Op.LIST_TO_TUPLE);
  if (keywords.length !== 0) {
    a.emit(Op.BUILD_MAP, 0);
    for (const k of keywords) {
      if (k.arg === null) {
        compileExpr(c, k.value);
        a.emit(Op.DICT_MERGE, 1);
      } else {
        a.emit(Op.LOAD_CONST, a.constIdx('s:' + k.arg, () => intern(k.arg as string)));
        compileExpr(c, k.value);
        a.emit(Op.BUILD_MAP, 1);
        a.emit(Op.DICT_MERGE, 1);
      }
    }
  } else a.emit(Op.PUSH_NULL);
  a.loc = node;
  a.emit(Op.CALL_FUNCTION_EX, keywords.length !== 0 ? 1 : 0);
}

export function compileStoreTarget(c: Compiler, t: ast.expr): void {
  const a = c.asm;
  switch (t.kind) {
    case 'Name':
      a.loc = t;
      c.nameOp(t.id, 'Store');
      return;
    case 'Attribute':
      // `self.X = …` anywhere inside a class body names X in the class's __static_attributes__.
      if (t.value.kind === 'Name' && t.value.id === 'self') c.addStaticAttribute(t.attr);
      compileExpr(c, t.value);
      a.loc = t;
      a.emit(Op.STORE_ATTR, a.nameIdx(c.mangled(t.attr)));
      return;
    case 'Subscript':
      compileExpr(c, t.value);
      compileExpr(c, t.slice);
      a.loc = t;
      a.emit(Op.STORE_SUBSCR);
      return;
    case 'Tuple':
    case 'List': {
      a.loc = t;
      const star = t.elts.findIndex((x) => x.kind === 'Starred');
      if (star < 0) a.emit(Op.UNPACK_SEQUENCE, t.elts.length);
      else a.emit(Op.UNPACK_EX, star | ((t.elts.length - star - 1) << 8));
      for (const x of t.elts) compileStoreTarget(c, x.kind === 'Starred' ? x.value : x);
      return;
    }
    case 'Starred':
      throw new Unsupported('starred assignment target here', t.lineno);
    default:
      throw new Unsupported(`assignment to ${t.kind}`, t.lineno);
  }
}

/**
 * PEP 709: [elt for x in it if cond] runs in the enclosing frame. The iteration variables are
 * fast locals whose outer values are saved (LOAD_FAST_AND_CLEAR) and restored afterwards.
 */
function compileInlinedComprehension(
  c: Compiler, e: ast.ListComp | ast.SetComp | ast.DictComp, build: Op, gens: readonly ast.comprehension[], elt: () => Op,
): void {
  const a = c.asm;
  const u = c.unit;
  const block = c.table.lookup(e);
  // Names bound in the comprehension, in symbol order: fast locals, and cells (captured by a
  // nested function or generator expression), which get a fresh cell in their slot.
  const locals: string[] = [];
  const cells = new Set<string>();
  if (block !== undefined) {
    for (const [name] of block.symbols) {
      if (name === '.0') continue;
      if (block.scope(name) === LOCAL) locals.push(name);
      else if (block.scope(name) === CELL) {
        if (!u.hasSlot(name)) throw new Unsupported('closures over comprehension variables here', e.lineno);
        locals.push(name);
        cells.add(name);
      }
    }
  }
  const added: string[] = [];
  const addedCells: string[] = [];
  for (const name of locals) {
    if (cells.has(name)) {
      if (!u.compCells.has(name)) {
        u.compCells.add(name);
        addedCells.push(name);
      }
      continue;
    }
    u.addSlot(name);
    if (!u.compLocals.has(name)) {
      u.compLocals.add(name);
      added.push(name);
    }
  }
  // The first iterable is evaluated in the enclosing scope, before anything else.
  compileExpr(c, (gens[0] as ast.comprehension).iter);
  a.loc = e;
  a.emit(Op.GET_ITER);
  for (const name of locals) {
    a.emit(Op.LOAD_FAST_AND_CLEAR, u.slot(name));
    if (cells.has(name)) a.emit(Op.MAKE_CELL, u.slot(name));
  }
  // Move the iterator above the saved values.
  if (locals.length !== 0) a.emit(Op.SWAP, locals.length + 1);
  a.emit(build, 0);
  a.emit(Op.SWAP, 2);
  const ends: ReturnType<typeof a.label>[] = [];
  const tops: ReturnType<typeof a.label>[] = [];
  for (let g = 0; g < gens.length; g++) {
    const gen = gens[g] as ast.comprehension;
    if (gen.is_async) throw new Unsupported('async comprehensions', e.lineno);
    if (g > 0) {
      compileExpr(c, gen.iter);
      a.loc = e;
      a.emit(Op.GET_ITER);
    }
    const top = a.label();
    const end = a.label();
    a.bind(top);
    a.loc = gen.iter;
    a.emit(Op.FOR_ITER, end);
    compileStoreTarget(c, gen.target);
    for (const cond of gen.ifs) c.jumpIf(cond, false, top);
    tops.push(top);
    ends.push(end);
  }
  const add = elt();
  a.loc = e;
  a.emit(add, gens.length + 1);
  for (let g = gens.length - 1; g >= 0; g--) {
    a.emit(Op.JUMP_BACKWARD, tops[g] as ReturnType<typeof a.label>);
    a.bind(ends[g] as ReturnType<typeof a.label>);
  }
  // Stack: saved..., result. Restore the saved locals.
  for (let i = locals.length - 1; i >= 0; i--) {
    a.emit(Op.SWAP, 2);
    a.emit(Op.STORE_FAST, u.slot(locals[i] as string));
  }
  // Inside the comprehension these names were its own; outside they resolve as before.
  for (const name of added) u.compLocals.delete(name);
  for (const name of addedCells) u.compCells.delete(name);
}
