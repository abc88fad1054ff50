class C[T]:
    def m(self):
        nonlocal T
