"""expr   := term (('+' | '-') term)*
   term   := factor (('*' | '/' | '%') factor)*
   factor := ('-' | '+') factor | power
   power  := atom ('**' factor)?
   atom   := NUMBER | NAME | NAME '(' args ')' | '(' expr ')'
"""
import math
import re
from typing import NamedTuple


class Tok(NamedTuple):
    kind: str
    text: str
    pos: int


TOKEN_RE = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%(),]))")


def tokenize(src):
    pos = 0
    while pos < len(src.rstrip()):
        m = TOKEN_RE.match(src, pos)
        if not m:
            raise SyntaxError(f"unexpected {src[pos]!r} at {pos}")
        kind = m.lastgroup
        yield Tok(kind, m[kind], m.start(kind))
        pos = m.end()
    yield Tok("end", "", pos)


class Parser:
    FUNCS = {"sqrt": math.sqrt, "sin": math.sin, "max": max, "min": min, "abs": abs}

    def __init__(self, src, env=None):
        self.toks = list(tokenize(src))
        self.i = 0
        self.env = {"pi": math.pi, "e": math.e} | (env or {})

    @property
    def tok(self):
        return self.toks[self.i]

    def eat(self, text=None, kind=None):
        t = self.tok
        if (text is not None and t.text != text) or (kind is not None and t.kind != kind):
            raise SyntaxError(f"expected {text or kind} at {t.pos}, found {t.text or 'end'!r}")
        self.i += 1
        return t

    def parse(self):
        value = self.expr()
        self.eat(kind="end")
        return value

    def expr(self):
        value = self.term()
        while self.tok.text in ("+", "-"):
            value = value + self.term() if self.eat().text == "+" else value - self.term()
        return value

    def term(self):
        value = self.factor()
        while (op := self.tok.text) in ("*", "/", "%"):
            self.eat()
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value

    def factor(self):
        if self.tok.text in ("-", "+"):
            sign = -1 if self.eat().text == "-" else 1
            return sign * self.factor()
        return self.power()

    def power(self):
        base = self.atom()
        if self.tok.text == "**":
            self.eat()
            return base ** self.factor()
        return base

    def atom(self):
        t = self.tok
        if t.kind == "num":
            self.eat()
            return float(t.text) if any(c in t.text for c in ".eE") else int(t.text)
        if t.kind == "name":
            self.eat()
            if self.tok.text == "(":
                self.eat("(")
                args = [self.expr()]
                while self.tok.text == ",":
                    self.eat(",")
                    args.append(self.expr())
                self.eat(")")
                return self.FUNCS[t.text](*args)
            return self.env[t.text]
        self.eat("(")
        value = self.expr()
        self.eat(")")
        return value


for src in ["1 + 2 * 3", "-2 ** 2", "(1 + 2) * -3 % 4", "max(1, sqrt(16), x) / 2", "2 ** 3 ** 2", "1.5e3 - pi"]:
    print(f"{src:<26} => {Parser(src, {'x': 7}).parse()}")
