class C:
    X = int
    type A = list[X]
    def m[T: X](self): pass
