class C:
    x = 1
    y = [x for _ in range(3)]
    z = [w for w in range(x)]
    def m(self):
        return [self for _ in range(2)]
