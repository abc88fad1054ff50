# Objects produced by a comprehension stored in an attribute die when the owner dies.
class Leaf:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("leaf", self.n)

class Tree:
    def __init__(self):
        self.leaves = [Leaf(i) for i in range(3)]
    def __del__(self):
        print("tree")

t = Tree()
print("drop tree")
t = None
print("end")
