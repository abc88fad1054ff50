# Swapping attribute values between two objects keeps every value alive.
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("V", self.n, "freed")

class Box:
    pass

a, b = Box(), Box()
a.v, b.v = V(1), V(2)
a.v, b.v = b.v, a.v
print("a has", a.v.n, "b has", b.v.n)
del a
print("a gone")
del b
print("end")
