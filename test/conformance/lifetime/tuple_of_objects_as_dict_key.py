# A tuple used as a dict key keeps its members alive until the key is removed.
class Part:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __del__(self):
        print("part", self.n, "freed")

table = {(Part(1), Part(2)): "pair"}
print("stored")
table.popitem()
print("popped")
