# Storing a new value under an existing key frees the old value right away.
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("old value", self.n, "released")

cache = {"k": V(1)}
for i in range(2, 5):
    print("set", i)
    cache["k"] = V(i)
print("final", cache["k"].n)
