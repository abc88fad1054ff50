def a(p):
    q = p + 1
    def b():
        r = q + 1
        class K:
            s = r
            def c(self):
                nonlocal r
                r += p
                return lambda: (p, q, r)
        return K
    return b
