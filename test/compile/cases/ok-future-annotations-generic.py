from __future__ import annotations
class C[T]:
    a: T
    def m[U](self, u: U) -> T:
        b: U = u
        return b
type A[T] = list[T]
if True:
    z: int = 1
