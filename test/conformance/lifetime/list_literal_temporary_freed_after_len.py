# A list literal passed to a function is freed with its items right after the function returns.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("free", self.n)

print("length", len([T("x"), T("y"), T("z")]))
print("max", max([T(3), T(9), T(4)], key=lambda t: t.n).n)
print("end")
