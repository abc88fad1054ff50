# Arithmetic operators on a proxy are forwarded to the referent's dunder methods.
import weakref

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o): return f"add {o}"
    def __radd__(self, o): return f"radd {o}"
    def __sub__(self, o): return f"sub {o}"
    def __rsub__(self, o): return f"rsub {o}"
    def __mul__(self, o): return f"mul {o}"
    def __matmul__(self, o): return f"matmul {o}"
    def __truediv__(self, o): return f"truediv {o}"
    def __floordiv__(self, o): return f"floordiv {o}"
    def __mod__(self, o): return f"mod {o}"
    def __divmod__(self, o): return f"divmod {o}"
    def __pow__(self, o, m=None): return f"pow {o} {m}"
    def __lshift__(self, o): return f"lshift {o}"
    def __rshift__(self, o): return f"rshift {o}"
    def __and__(self, o): return f"and {o}"
    def __or__(self, o): return f"or {o}"
    def __xor__(self, o): return f"xor {o}"
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __invert__(self): return "invert"

n = Num(1)
p = weakref.proxy(n)
for r in [p + 1, 1 + p, p - 2, 2 - p, p * 3, p @ 4, p / 5, p // 6, p % 7, divmod(p, 8), pow(p, 9), pow(p, 2, 5),
          p << 1, p >> 2, p & 3, p | 4, p ^ 5, -p, +p, abs(p), ~p]:
    print(r)
