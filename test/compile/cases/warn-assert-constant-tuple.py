assert (1, 2)
assert (a := (1, 2))
assert (*x,)
