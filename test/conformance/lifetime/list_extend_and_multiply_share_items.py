# Multiplying a list repeats references to the same items, so each item dies once, at the last reference.
class I:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("I", self.n, "freed")

base = [I(1), I(2)]
triple = base * 3
print(len(triple), triple[0] is triple[2])
del base
print("base gone")
del triple[:4]
print("first four slots gone")
del triple
print("end")
