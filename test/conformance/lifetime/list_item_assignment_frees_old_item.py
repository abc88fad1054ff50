# Overwriting one list slot frees only the old occupant of that slot.
class I:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("out", self.n)

xs = [I("a"), I("b"), I("c")]
xs[1] = I("B")
print("slot 1 replaced")
xs[0] = xs[2]
print("slot 0 now shares c")
xs[2] = None
print("slot 2 cleared, c still in slot 0")
del xs[0]
print("end")
