/**
 * Constant folding of operators on constants, as CPython 3.14's flowgraph does (fold_const_binop,
 * fold_const_unaryop): `10 ** 30`, `"col" + "our"`, `-7` become constants of the code object, so
 * they share identity with equal constants (`"col" + "our" is "colour"`) and a folded big int is
 * owned by the code object (sys.getrefcount counts that reference). Only ints and strs are folded
 * here, with CPython's size guards (safe_multiply, safe_power, safe_lshift); anything that would
 * raise, or that CPython leaves to run time (`%` on str, true division), stays an operation.
 */
import type * as ast from '../syntax/ast';

/** A folded value: an int (bigint), a float (number, unary minus only) or a str. */
export type Folded = bigint | number | string;

const MAX_INT_SIZE = 128; // bits
const MAX_STR_SIZE = 4096;

function bits(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length - (v === 0n ? 1 : 0);
}

function operand(e: ast.expr): Folded | null {
  if (e.kind === 'Constant') {
    const v = e.value;
    // bool is an int subclass whose &, |, ^ stay bool: leave bools to run time.
    if (typeof v === 'bigint' || typeof v === 'string' || typeof v === 'number') return v;
    return null;
  }
  return foldExpr(e);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function intOp(op: ast.operator, a: bigint, b: bigint): bigint | null {
  switch (op) {
    case 'Add': return a + b;
    case 'Sub': return a - b;
    case 'Mult': return a !== 0n && b !== 0n && bits(a) + bits(b) > MAX_INT_SIZE ? null : a * b;
    case 'FloorDiv': return b === 0n ? null : floorDiv(a, b);
    case 'Mod': return b === 0n ? null : a - b * floorDiv(a, b);
    case 'Pow': return b < 0n || (bits(a) > 0 && BigInt(bits(a)) * b > BigInt(MAX_INT_SIZE)) ? null : a ** b;
    case 'LShift': return b < 0n || b > BigInt(MAX_INT_SIZE) || bits(a) > MAX_INT_SIZE - Number(b) ? null : a << b;
    case 'RShift': return b < 0n ? null : a >> b;
    case 'BitAnd': return a & b;
    case 'BitOr': return a | b;
    case 'BitXor': return a ^ b;
    default: return null;
  }
}

function binop(e: ast.BinOp): Folded | null {
  const l = operand(e.left);
  if (l === null) return null;
  const r = operand(e.right);
  if (r === null) return null;
  if (typeof l === 'bigint' && typeof r === 'bigint') return intOp(e.op, l, r);
  if (e.op === 'Add' && typeof l === 'string' && typeof r === 'string') return l + r;
  if (e.op === 'Mult') {
    const [s, n] = typeof l === 'string' && typeof r === 'bigint' ? [l, r] : typeof r === 'string' && typeof l === 'bigint' ? [r, l] : [null, 0n];
    if (s === null) return null;
    if (n <= 0n) return '';
    return BigInt(s.length) * n > BigInt(MAX_STR_SIZE) ? null : s.repeat(Number(n));
  }
  return null;
}

function unaryop(e: ast.UnaryOp): Folded | null {
  const v = operand(e.operand);
  if (v === null || typeof v === 'string') return null;
  switch (e.op) {
    case 'USub': return typeof v === 'bigint' ? -v : -v;
    case 'UAdd': return v;
    case 'Invert': return typeof v === 'bigint' ? -v - 1n : null;
    default: return null;
  }
}

/** The value `e` folds to, or null when it is not folded. */
export function foldExpr(e: ast.expr): Folded | null {
  if (e.kind === 'BinOp') return binop(e);
  if (e.kind === 'UnaryOp') return unaryop(e);
  return null;
}
