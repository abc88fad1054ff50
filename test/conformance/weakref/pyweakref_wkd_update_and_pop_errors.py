# WeakKeyDictionary errors: keyword keys are strings (not weakly referenceable), pop without
# default, popitem on empty.
import weakref

class K:
    pass

d = weakref.WeakKeyDictionary()
try:
    d.update(a=1)
except TypeError as e:
    print("kwargs:", e)
try:
    weakref.WeakKeyDictionary({1: 2})
except TypeError as e:
    print("constructor:", e)
k = K()
d.update([(k, 1)])
print(d.pop(k), d.pop(k, "default"))
try:
    d.pop(k)
except KeyError as e:
    print("pop missing:", type(e.args[0]).__name__, e.args[0]() is k)
try:
    d.popitem()
except KeyError as e:
    print("popitem:", e)
try:
    del d[k]
except KeyError as e:
    print("del missing:", type(e.args[0]).__name__)
try:
    d[[]] = 1
except TypeError as e:
    print("list key:", e)
