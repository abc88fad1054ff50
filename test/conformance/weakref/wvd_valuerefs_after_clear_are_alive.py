# Refs obtained from valuerefs() keep pointing at live objects even after the dictionary is cleared.
import weakref

class V:
    pass

v = V()
d = weakref.WeakValueDictionary({"k": v})
refs = d.valuerefs()
d.clear()
print(len(d), refs[0]() is v, refs[0].key)
