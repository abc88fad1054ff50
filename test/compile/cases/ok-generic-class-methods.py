class C[T]:
    def m(self) -> T:
        return self
    def n(self):
        return T
    class Inner:
        def o(self):
            return T
