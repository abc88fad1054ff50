# Looking up a missing key or a key whose value died raises KeyError with the key.
import weakref

class V:
    pass

d = weakref.WeakValueDictionary()
v = V()
d["live"] = v
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e)
temp = V()
d["temp"] = temp
del temp
try:
    d["temp"]
except KeyError as e:
    print("KeyError:", e)
