/**
 * Hostile programs that CPython 3.14 finishes by itself — with a SyntaxError, a RecursionError,
 * a ValueError or an answer — so what it printed is recorded (scripts/fuzz/record-hostile.mjs
 * into hostile.expected.json) and the engine must print the same, or, where it cannot go as deep
 * as CPython, stop with a limit that names itself and the line (listed in HOST_STACK_LIMITED).
 */

const nest = (open: string, close: string, n: number, inner: string): string => open.repeat(n) + inner + close.repeat(n);

export const ORACLE_CASES: Readonly<Record<string, string>> = {
  parens_10000: `x = ${nest('(', ')', 10_000, '1')}\n`,
  brackets_10000: `x = ${nest('[', ']', 10_000, '')}\n`,
  braces_10000: `x = ${nest('{', '}', 10_000, '')}\n`,
  indentation_10000: Array.from({ length: 10_000 }, (_, i) => ' '.repeat(i) + 'if True:').join('\n') + '\n' + ' '.repeat(10_000) + 'pass\n',
  not_10000: `x = ${'not '.repeat(10_000)}True\n`,
  minus_10000: `x = ${'-'.repeat(10_000)}1\n`,
  lambda_10000: `x = ${'lambda: '.repeat(10_000)}1\n`,
  attribute_chain_10000: `x = a${'.b'.repeat(10_000)}\n`,
  call_chain_10000: `f = lambda: f\nx = f${'()'.repeat(10_000)}\nprint(x is f)\n`,
  subtraction_3000: `x = 1${' - 1'.repeat(3000)}\nprint(x)\n`,
  truncated_def: 'def f(x):\n    return [x,\n',
  truncated_string: 'print("never closed\n',
  truncated_triple: 'x = 1\ns = """abc\n',
  literal_str_10mb: `x = "${'a'.repeat(10_000_000)}"\nprint(len(x))\n`,
  literal_int_5000_digits: `x = ${'9'.repeat(5000)}\nprint(x % 7)\n`,
  literal_hex_100000_digits: `x = 0x${'f'.repeat(100_000)}\nprint(x.bit_length())\n`,
  literal_list_100000: `x = [${Array(100_000).fill('1').join(',')}]\nprint(len(x))\n`,
  str_of_huge_int: 'x = 10 ** 100000\nprint(x.bit_length())\ns = str(x)\n',
  callbacks_raise_while_collecting: [
    'import gc, weakref',
    'class C:',
    '    pass',
    'class Boom:',
    '    def __init__(self, n):',
    '        self.n = n',
    '    def __call__(self, r):',
    '        raise ValueError(f"callback {self.n}")',
    '    def __repr__(self):',
    '        return f"<Boom {self.n}>"',
    'objs = [C() for i in range(3)]',
    'for o in objs:',
    '    o.me = o',
    'refs = [weakref.ref(o, Boom(i)) for i, o in enumerate(objs)]',
    'del o, objs',
    'print("collected", gc.collect())',
    'print([r() for r in refs])',
  ].join('\n') + '\n',
  del_makes_weakrefs_to_self: [
    'import weakref',
    'made = []',
    'class C:',
    '    def __del__(self):',
    '        made.append(weakref.ref(self, lambda r: print("never called")))',
    '        print("in __del__", made[-1]() is self)',
    'c = C()',
    'del c',
    'print("after", made[0]() is None)',
  ].join('\n') + '\n',
  weak_dict_mutated_by_callbacks: [
    'import weakref',
    'class C:',
    '    pass',
    'd = weakref.WeakValueDictionary()',
    'objs = [C() for i in range(50)]',
    'for i, o in enumerate(objs):',
    '    d[i] = o',
    'def cb(r):',
    '    d.pop(len(d) - 1, None)',
    '    d[1000 + len(d)] = objs[0]',
    'refs = [weakref.ref(o, cb) for o in objs[1:]]',
    'del o',
    'del objs[1:]',
    'print(len(d), sorted(d.keys())[:5])',
  ].join('\n') + '\n',
  shutdown_finalizes_cycles: [
    'class C:',
    '    def __init__(self, name):',
    '        self.name = name',
    '        self.me = self',
    '    def __del__(self):',
    '        print("del", self.name)',
    'a = C("a")',
    'b = C("b")',
    'print("end")',
  ].join('\n') + '\n',
  getattr_recursion: 'class A:\n    def __getattr__(self, name):\n        return self.missing\ntry:\n    A().x\nexcept RecursionError as e:\n    print("RecursionError", e)\n',
};

/**
 * Cases where CPython goes deeper than the engine: CPython compiles them, while the engine's
 * recursive compiler passes run out of the host's stack first and stop with a limit on the line.
 */
export const HOST_STACK_LIMITED: ReadonlySet<string> = new Set(['attribute_chain_10000', 'call_chain_10000', 'subtraction_3000']);
