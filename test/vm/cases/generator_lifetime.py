class Res:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("res freed", self.n)

def gen():
    r = Res("in-gen")
    yield 1
    yield 2

g = gen()
print(next(g))
del g
print("generator dropped")
