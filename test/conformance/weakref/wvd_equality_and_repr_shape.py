# repr of a WeakValueDictionary names the class (checked by pieces); dict equality is not defined specially.
import weakref

class V:
    pass

v = V()
d = weakref.WeakValueDictionary({"k": v})
text = repr(d)
print(text.startswith("<WeakValueDictionary at 0x"), text.endswith(">"))
e = weakref.WeakValueDictionary({"k": v})
print(d == e, d == d)
