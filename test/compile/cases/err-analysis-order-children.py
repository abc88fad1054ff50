def outer():
    def f():
        def h():
            nonlocal z
    def g():
        nonlocal q
