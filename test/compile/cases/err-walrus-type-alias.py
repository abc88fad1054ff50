type X = [(y := 1) for a in b]
