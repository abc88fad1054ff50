a + b - c * d / e // f % g ** h @ i
a << b >> c & d | e ^ f ~g
a < b > c <= d >= e == f != g
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1
a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
def f() -> int: ...
(x := 5)
x[1:2, ::3]
{'a': 1}.get
lambda: 0
@dec
def g(): pass
not -x
