# Inserting at the front of a list shifts items; release order at death still runs from the back.
class I:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("I", self.n)

xs = []
for n in range(4):
    xs.insert(0, I(n))
print([i.n for i in xs])
del xs
print("end")
