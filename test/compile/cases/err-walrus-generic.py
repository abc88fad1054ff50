class C[T: [(y := 1) for a in b]]:
    pass
