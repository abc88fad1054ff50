# After a for loop ends, its target still references the last item; the iterated list keeps the rest.
class Elem:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print("elem", self.v, "gone")

items = [Elem(i) for i in range(3)]
for e in items:
    pass
print("loop finished, e =", e.v)
items = None
print("list dropped")
e = None
print("end")
