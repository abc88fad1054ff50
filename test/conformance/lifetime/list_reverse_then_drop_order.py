# Reversing a list in place changes which item is released first when it dies.
class I:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("free", self.n)

xs = [I(1), I(2), I(3)]
xs.reverse()
print("order now", [i.n for i in xs])
xs = None
print("end")
