from __future__ import annotations
x: undefined = 1
class C:
    y: C
    def m(self, a: C) -> C:
        return a
def f(a: Missing) -> Other:
    z: Local = 1
    return z
