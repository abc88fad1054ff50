return 1
def f():
    global x
    x = 1
    global x
def g(a):
    global a
