# A subclass of weakref.ref can carry extra attributes set after construction, keeping ref's own signature.
import weakref

class NamedRef(weakref.ref):
    name = "unnamed"

class Obj:
    pass

o = Obj()
r = NamedRef(o)
r.name = "primary"
cb_ref = NamedRef(o, lambda ref: print("callback of", ref.name))
cb_ref.name = "secondary"
print(r.name, r() is o, isinstance(r, weakref.ref), type(r).__name__)
del o
print(r.name, r())
