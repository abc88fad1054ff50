# Rebinding a local inside a generator between yields frees the previous value at that point.
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("V", self.n, "freed")

def gen():
    v = V(1)
    yield v.n
    v = V(2)
    yield v.n
    v = None
    yield "cleared"

g = gen()
for x in g:
    print("got", x)
print("end")
