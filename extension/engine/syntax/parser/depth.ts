/**
 * How deep CPython's parser nests its rules, estimated: CPython gives up past MAXSTACK levels
 * with a MemoryError, and the parser tracks an estimate of its depth (Parser.depth) to do the
 * same for deeply nested input.
 */

/** CPython's MAXSTACK: how deep its parser's rules may nest before it gives up. */
export const MAXSTACK = 6000;

/**
 * Thrown when the estimated depth of CPython's parser reaches MAXSTACK: CPython then abandons
 * the parse with "MemoryError: Parser stack overflowed - Python source too complex to parse".
 */
export class ParserStackOverflow extends Error {
  constructor() {
    super('Parser stack overflowed - Python source too complex to parse');
  }
}

/**
 * How many levels of CPython's parser each construct nests (measured on CPython 3.14 by finding
 * where MemoryError starts), in the first pass and in the second, whose invalid rules nest
 * deeper: `base` at an expression in a top-level statement, `block` per indented block, each
 * kind of bracket (the outermost one `discount` less), and each level of a chain.
 */
export const LEVELS = {
  first: { base: 33, block: 6, paren: 28, list: 29, brace: 29, call: 24, subscript: 24, fstring: 33, discount: 18, unary: 1, conditional: 1, lambda: 2, lambdaParams: 8, power: 2 },
  second: { base: 36, block: 6, paren: 31, list: 32, brace: 31, call: 27, subscript: 27, fstring: 36, discount: 20, unary: 1, conditional: 2, lambda: 2, lambdaParams: 8, power: 2 },
} as const;

export type Levels = (typeof LEVELS)['first'] | (typeof LEVELS)['second'];
