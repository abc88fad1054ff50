class C[T](Base[[(y := 1) for a in b]]):
    pass
