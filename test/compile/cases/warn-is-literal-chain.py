x = 0
y = 1 < x is 2 is x
if 0 < x is 1:
    pass
