# WeakKeyDictionary: copy() is a plain WeakKeyDictionary sharing values; deepcopy keeps the keys and
# deep-copies the values, making the subclass.
import copy
import weakref

class K:
    pass

class My(weakref.WeakKeyDictionary):
    pass

k = K()
d = My({k: [1, 2]})
c1 = d.copy()
c2 = copy.deepcopy(d)
print(type(c1).__name__, type(c2).__name__)
print("copy shares value:", c1[k] is d[k], "deepcopy copies value:", c2[k] is not d[k], c2[k] == d[k])
print("same key object:", list(c2)[0] is k)
del k
print(len(d), len(c1), len(c2))
