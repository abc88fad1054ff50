counter = 0
def f():
    global counter
    counter += 1
    def g():
        return counter
    def h():
        global counter
        counter = 0
    return g, h
