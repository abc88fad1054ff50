def a():
    x = 1
    def b():
        def c():
            nonlocal x
            x = 3
            def d():
                return x
            return d
        return c
    return b
