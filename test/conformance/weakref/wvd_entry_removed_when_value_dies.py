# A WeakValueDictionary entry disappears as soon as its value dies.
import weakref

class Img:
    def __init__(self, name):
        self.name = name

cache = weakref.WeakValueDictionary()
a = Img("a.png")
b = Img("b.png")
cache["a"] = a
cache["b"] = b
print(sorted(cache.keys()))
del a
print(sorted(cache.keys()), "a" in cache)
print(cache.get("a"), cache.get("b").name)
