# Each recursive call's local object lives until that call returns, so they die innermost first.
class Level:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("level", self.n, "released")

def descend(n):
    here = Level(n)
    if n < 3:
        descend(n + 1)
    print("returning from", n)

descend(0)
print("end")
