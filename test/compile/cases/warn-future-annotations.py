from __future__ import annotations
x: 1 is 1
def f(a: 2 is 2): pass
y = 3 is 3
