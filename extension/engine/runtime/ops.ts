/** Operator numbers shared by the compiler and the runtime; CPython's NB_* and Py_LT.. orders. */
export const NB_ADD = 0;
export const NB_AND = 1;
export const NB_FLOOR_DIVIDE = 2;
export const NB_LSHIFT = 3;
export const NB_MATRIX_MULTIPLY = 4;
export const NB_MULTIPLY = 5;
export const NB_REMAINDER = 6;
export const NB_OR = 7;
export const NB_POWER = 8;
export const NB_RSHIFT = 9;
export const NB_SUBTRACT = 10;
export const NB_TRUE_DIVIDE = 11;
export const NB_XOR = 12;
/** BINARY_OP's argument for the in-place form of op k is k + NB_INPLACE. */
export const NB_INPLACE = 13;

/** The symbol CPython prints in "unsupported operand type(s) for +: ..." */
export const NB_SYMBOL = ['+', '&', '//', '<<', '@', '*', '%', '|', '** or pow()', '>>', '-', '/', '^'] as const;
/** Dunder names of each binary op, its reflection and in-place form. */
export const NB_NAMES: readonly (readonly [string, string, string])[] = [
  ['__add__', '__radd__', '__iadd__'],
  ['__and__', '__rand__', '__iand__'],
  ['__floordiv__', '__rfloordiv__', '__ifloordiv__'],
  ['__lshift__', '__rlshift__', '__ilshift__'],
  ['__matmul__', '__rmatmul__', '__imatmul__'],
  ['__mul__', '__rmul__', '__imul__'],
  ['__mod__', '__rmod__', '__imod__'],
  ['__or__', '__ror__', '__ior__'],
  ['__pow__', '__rpow__', '__ipow__'],
  ['__rshift__', '__rrshift__', '__irshift__'],
  ['__sub__', '__rsub__', '__isub__'],
  ['__truediv__', '__rtruediv__', '__itruediv__'],
  ['__xor__', '__rxor__', '__ixor__'],
];

export const PY_LT = 0;
export const PY_LE = 1;
export const PY_EQ = 2;
export const PY_NE = 3;
export const PY_GT = 4;
export const PY_GE = 5;
export const CMP_SYMBOL = ['<', '<=', '==', '!=', '>', '>='] as const;
export const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const;
/** The reflected comparison: a < b is b > a. */
export const CMP_SWAPPED = [PY_GT, PY_GE, PY_EQ, PY_NE, PY_LT, PY_LE] as const;

export const UNARY_NEGATIVE = 0;
export const UNARY_POSITIVE = 1;
export const UNARY_INVERT = 2;
export const UNARY_NAMES = ['__neg__', '__pos__', '__invert__'] as const;
export const UNARY_SYMBOL = ['unary -', 'unary +', 'unary ~'] as const;
