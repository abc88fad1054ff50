x = [1]
if 1 ni x:
    pass
