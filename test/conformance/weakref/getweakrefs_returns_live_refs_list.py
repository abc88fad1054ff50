# getweakrefs returns a new list of the reference objects currently pointing at an object.
import weakref

class Obj:
    pass

o = Obj()
r1 = weakref.ref(o)
r2 = weakref.ref(o, lambda r: None)
refs = weakref.getweakrefs(o)
print(type(refs).__name__, len(refs))
print(any(r is r1 for r in refs), any(r is r2 for r in refs))
print(refs is weakref.getweakrefs(o))
