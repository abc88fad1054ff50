# Values can be instances of list and dict subclasses because those subclasses are weakrefable.
import weakref

class Row(list):
    pass

class Record(dict):
    pass

d = weakref.WeakValueDictionary()
row, rec = Row([1, 2]), Record(a=1)
d["row"], d["rec"] = row, rec
print(d["row"], d["rec"], sorted(d))
del row
print(sorted(d))
