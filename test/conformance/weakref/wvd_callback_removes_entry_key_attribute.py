# The internal KeyedRef callback removes the right key; watching it through valuerefs before death.
import weakref

class V:
    pass

vals = {"first": V(), "second": V()}
d = weakref.WeakValueDictionary(vals)
ref = [r for r in d.valuerefs() if r.key == "first"][0]
del vals["first"]
print(ref(), ref.key, sorted(d))
