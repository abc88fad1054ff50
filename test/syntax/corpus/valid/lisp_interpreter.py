import math
import operator as op
from collections import ChainMap

Symbol = str
Number = (int, float)


def tokenize(src: str) -> list[str]:
    return src.replace("(", " ( ").replace(")", " ) ").split()


def read(tokens: list[str]):
    if not tokens:
        raise SyntaxError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(read(tokens))
        tokens.pop(0)
        return lst
    if tok == ")":
        raise SyntaxError("unexpected )")
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            continue
    return Symbol(tok)


def standard_env() -> ChainMap:
    env = {k: getattr(math, k) for k in ("pi", "sqrt", "floor")}
    env |= {"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "<": op.lt, "=": op.eq,
            "list": lambda *xs: list(xs), "car": lambda x: x[0], "cdr": lambda x: x[1:],
            "null?": lambda x: x == [], "begin": lambda *x: x[-1]}
    return ChainMap({}, env)


def evaluate(x, env):
    match x:
        case str() as sym:
            return env[sym]
        case int() | float():
            return x
        case ["quote", exp]:
            return exp
        case ["if", test, conseq, alt]:
            return evaluate(conseq if evaluate(test, env) else alt, env)
        case ["define", str(name), exp]:
            env[name] = evaluate(exp, env)
        case ["lambda", [*params], body]:
            return lambda *args: evaluate(body, env.new_child(dict(zip(params, args))))
        case [fn, *args]:
            return evaluate(fn, env)(*(evaluate(a, env) for a in args))


env = standard_env()
for line in ["(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))", "(fact 20)",
             "(define sq (lambda (x) (* x x)))", "(sq (sqrt 2))", "(car (cdr (quote (1 2 3))))"]:
    result = evaluate(read(tokenize(line)), env)
    if result is not None:
        print(result)
