# reversed() and `in` through a proxy use the referent's __reversed__ and __contains__.
import weakref

class Seq:
    def __reversed__(self):
        return iter(["z", "y"])
    def __contains__(self, item):
        print("contains asked for", item)
        return item == "y"

s = Seq()
p = weakref.proxy(s)
print(list(reversed(p)))
print("y" in p, "q" in p)
