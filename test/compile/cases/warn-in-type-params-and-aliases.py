def f[T: (1)(2) = (3)(4)](): pass
type A[T = (5)(6)] = (7)(8)
class C[T: (9)(10)]((11)(12)): pass
