# enumerate keeps its source iterator alive; tuples it yields die after use.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("free", self.n)
e = enumerate([T(1), T(2)], start=5)
for i, t in e:
    print(i, t.n)
    del t
print("loop done")
del e
print("end")
