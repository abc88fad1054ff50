# After the referent dies, its former refs no longer count anywhere; dead refs stay dead.
import weakref

class Obj:
    pass

o = Obj()
rs = [weakref.ref(o, lambda r: None) for _ in range(3)]
print(weakref.getweakrefcount(o))
del o
print([r() for r in rs])
