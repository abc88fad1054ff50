# repr names the class (checked without addresses); truthiness follows live entries.
import weakref

class K:
    pass

d = weakref.WeakKeyDictionary()
print(bool(d), repr(d).startswith("<WeakKeyDictionary at 0x"))
k = K()
d[k] = 1
print(bool(d))
del k
print(bool(d))
