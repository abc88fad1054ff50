# Assigning to a slice releases the replaced items once the assignment finishes.
class I:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("replaced", self.n)
    def __repr__(self):
        return f"I({self.n})"

xs = [I(i) for i in range(6)]
print("assign slice 1:4")
xs[1:4] = [I(10)]
print(xs)
print("delete slice ::2")
del xs[::2]
print(xs)
xs = []
print("end")
