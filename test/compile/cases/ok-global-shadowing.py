def f():
    global x
    def g():
        x = 1
        def h():
            return x
        return h
    return g
def k():
    x = 1
    def m():
        global x
        def n():
            return x
        return n
    return m
