# The removal callback holds the dictionary only through a weak reference in its default arguments:
# the dictionary is freed by reference counting even though its refs point back at the callback.
import weakref

class V:
    pass

class WVD(weakref.WeakValueDictionary):
    def __del__(self):
        print("dictionary freed")

v = V()
d = WVD()
d["k"] = v
remove = d._remove
defaults = remove.__defaults__
print(len(defaults), type(defaults[0]).__name__, defaults[0]() is d)
print("weakrefs to the dictionary:", weakref.getweakrefcount(d))
print("closure:", remove.__closure__)
kr = d.data["k"]
del d
print("after del:", defaults[0]() is None)
del v
print("callback on a dead dictionary did nothing; kr dead:", kr() is None)
