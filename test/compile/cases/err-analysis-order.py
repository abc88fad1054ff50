def outer():
    def f():
        nonlocal y
        def h():
            nonlocal z
    nonlocal w
