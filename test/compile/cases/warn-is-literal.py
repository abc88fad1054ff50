def check(x):
    if x is 1:
        pass
    a = x is "text"
    b = x is not ()
    c = x is (1, 2)
    d = "s" is x
    e = x is None or x is True or x is ...
    f = x is (a, 1)
    g = 1.5 is not x
    h = x is b"bytes"
    return a < b is -1
