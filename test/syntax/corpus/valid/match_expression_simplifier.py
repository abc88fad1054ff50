from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Num:
    v: float


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class Add:
    l: object
    r: object


@dataclass(frozen=True)
class Mul:
    l: object
    r: object


@dataclass(frozen=True)
class Neg:
    e: object


def simplify(e):
    match e:
        case Add(Num(0), x) | Add(x, Num(0)):
            return simplify(x)
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return Num(0)
        case Mul(Num(1), x) | Mul(x, Num(1)):
            return simplify(x)
        case Add(Num(a), Num(b)):
            return Num(a + b)
        case Mul(Num(a), Num(b)):
            return Num(a * b)
        case Neg(Neg(x)):
            return simplify(x)
        case Neg(Num(v)):
            return Num(-v)
        case Add(x, y) if x == y:
            return simplify(Mul(Num(2), x))
        case Add(l, r):
            new = Add(simplify(l), simplify(r))
            return new if new == e else simplify(new)
        case Mul(l, r):
            new = Mul(simplify(l), simplify(r))
            return new if new == e else simplify(new)
        case Neg(x):
            return Neg(simplify(x))
        case _:
            return e


def show(e) -> str:
    match e:
        case Num(v): return f"{v:g}"
        case Var(n): return n
        case Add(l, r): return f"({show(l)} + {show(r)})"
        case Mul(l, r): return f"{show(l)}·{show(r)}"
        case Neg(x): return f"-{show(x)}"


x, y = Var("x"), Var("y")
exprs = [Add(Num(0), Mul(Num(1), x)), Add(Mul(y, Num(0)), Neg(Neg(Num(3)))), Add(x, x),
         Add(Add(Num(1), Num(2)), Mul(Num(2), Add(y, Num(0))))]
for ex in exprs:
    print(f"{show(ex):<28} => {show(simplify(ex))}")
