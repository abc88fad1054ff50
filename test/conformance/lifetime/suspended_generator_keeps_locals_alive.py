# A suspended generator's frame keeps its local variables alive between next() calls.
class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("res", self.n, "freed")

def gen():
    r = Res(1)
    yield "first"
    r = Res(2)
    yield "second"
    print("generator body finishing")

g = gen()
print(next(g))
print(next(g))
print("exhausting")
print(next(g, "exhausted"))
print("end")
