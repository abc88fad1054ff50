# A comprehension's loop variable does not leak into the enclosing scope and its last value is released.
class I:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("I", self.n, "freed")

names = [i.n for i in [I(1), I(2)]]
print(names)
print("i defined:", "i" in globals())
for j in [I(3)]:
    pass
print("j defined:", "j" in globals(), j.n)
