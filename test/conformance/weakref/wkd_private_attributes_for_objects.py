# Attaching extra data to objects you do not own (even with __slots__ and __weakref__).
import weakref

class Point:
    __slots__ = ("x", "y", "__weakref__")
    def __init__(self, x, y):
        self.x, self.y = x, y

labels = weakref.WeakKeyDictionary()
p = Point(1, 2)
q = Point(3, 4)
labels[p] = "origin-ish"
labels[q] = "far"
print(labels[p], labels[q])
try:
    p.label = "x"
except AttributeError as e:
    print("AttributeError:", e)
del q
print(len(labels))
