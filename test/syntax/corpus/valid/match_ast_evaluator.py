from __future__ import annotations

import ast
import operator as op

BINOPS = {ast.Add: op.add, ast.Sub: op.sub, ast.Mult: op.mul, ast.Div: op.truediv,
          ast.FloorDiv: op.floordiv, ast.Mod: op.mod, ast.Pow: op.pow, ast.MatMult: op.matmul}


def evaluate(node: ast.AST, env: dict[str, float]) -> float:
    match node:
        case ast.Expression(body=body):
            return evaluate(body, env)
        case ast.Constant(value=int() | float() as v):
            return v
        case ast.Constant(value=bool(b)):
            return float(b)
        case ast.Name(id=name) if name in env:
            return env[name]
        case ast.Name(id=name):
            raise NameError(f"unbound variable {name}")
        case ast.UnaryOp(op=ast.USub(), operand=x):
            return -evaluate(x, env)
        case ast.UnaryOp(ast.UAdd(), x):
            return +evaluate(x, env)
        case ast.BinOp(left, ast.Pow(), ast.Constant(2)):
            v = evaluate(left, env)
            return v * v
        case ast.BinOp(left=l, op=o, right=r) if type(o) in BINOPS:
            return BINOPS[type(o)](evaluate(l, env), evaluate(r, env))
        case ast.IfExp(test, body, orelse):
            return evaluate(body, env) if evaluate(test, env) else evaluate(orelse, env)
        case ast.Call(func=ast.Name("min" | "max" as fname), args=[_, *_] as args, keywords=[]):
            fn = min if fname == "min" else max
            return fn(evaluate(a, env) for a in args)
        case ast.Compare(left=l, ops=[ast.Lt()], comparators=[r]):
            return float(evaluate(l, env) < evaluate(r, env))
        case _:
            raise ValueError(f"unsupported: {ast.dump(node)[:40]}...")


for src in ["1 + 2 * x", "-(y ** 2) // 3", "max(x, y, 10) if x < y else 0", "x % 4 + +y"]:
    tree = ast.parse(src, mode="eval")
    print(f"{src:<30} = {evaluate(tree, {'x': 7, 'y': 11.5})}")
