import capi, weakref

class C:
    def __init__(self):
        self.items = [1, 2]
    def total(self):
        return sum(self.items)
    def __str__(self):
        return "C with %d items" % len(self.items)
    def __call__(self, k):
        return k + 1

x = C()
r = weakref.ref(x)
b = capi.PyWeakref_GetObject(r)
print(b.items, b.total(), str(b), b(41))
b.extra = "set through the borrowed pointer"
print(x.extra)
print(b)
