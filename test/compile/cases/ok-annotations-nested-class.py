def outer():
    T = int
    class C:
        x: T
        def m(self, a: T) -> T:
            return a
    return C
