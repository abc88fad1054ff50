# When a value dies, the entry's KeyedRef callback runs in list order with the value's other
# callbacks (newest registered first); a callback runs after the removal only if it was registered
# before the entry was made.
import weakref

class V:
    pass

d = weakref.WeakValueDictionary()
v = V()
weakref.ref(v)  # a callback-less ref does not count
early = weakref.ref(v, lambda r: print("early callback sees entry:", "k" in d, len(d)))
d["k"] = v
late = weakref.ref(v, lambda r: print("late callback sees entry:", "k" in d, len(d)))
del v
print("end", len(d))
