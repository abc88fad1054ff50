f(1 is x, *[2 is x], k=3 is x, **{4 is x: 5})
f(k=6 is x, *(7 is x,))
o.m(8 is x, k=9 is x)
