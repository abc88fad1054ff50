# keys(), values(), items(), iter(), itervaluerefs() are generators named after the methods.
import weakref

class V:
    pass

v = V()
d = weakref.WeakValueDictionary(k=v)
w = weakref.WeakKeyDictionary({v: 1})
s = weakref.WeakSet([v])
for g in (d.keys(), iter(d), d.values(), d.items(), d.itervaluerefs(),
          w.keys(), iter(w), w.values(), w.items(), iter(s)):
    print(type(g).__name__, g.__name__, g.__qualname__)
print(type(d.valuerefs()).__name__, type(w.keyrefs()).__name__)
