# Lambdas made in a loop share the loop variable's cell; they all see its last value.
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("V", self.n, "freed")

def build():
    fs = []
    for i in range(3):
        v = V(i)
        fs.append(lambda: v.n)
    return fs

funcs = build()
print([f() for f in funcs])
del funcs
print("end")
