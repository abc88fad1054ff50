# Tuples stored in a list: each tuple is released in reverse list order, with its own items.
class I:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("free", self.n)

pairs = [(I("a1"), I("a2")), (I("b1"), I("b2"))]
print("drop")
pairs = 0
print("end")
