def f(x):
    assert (x, "message")
    assert ()
    assert (x,), "fine"
