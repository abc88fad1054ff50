# Intermediate objects reached through an attribute chain of computed properties die after use.
class Layer:
    def __init__(self, depth):
        self.depth = depth
    @property
    def inner(self):
        return Layer(self.depth + 1)
    def __del__(self):
        print("layer", self.depth, "freed")

top = Layer(0)
print("value", top.inner.inner.inner.depth)
print("end")
