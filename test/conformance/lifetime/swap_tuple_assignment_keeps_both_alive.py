# Swapping two names with tuple assignment never frees either object.
class Obj:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("obj", self.n, "dead")

a, b = Obj(1), Obj(2)
print("swap")
a, b = b, a
print("a is", a.n, "b is", b.n)
a = b
print("a and b both", a.n)
b = None
print("b cleared")
a = None
print("end")
