# A callback that drops the last reference to another watched object triggers that object's callback inside it.
import weakref

class Obj:
    pass

holder = {"b": Obj()}
a = Obj()

def cb_a(r):
    print("callback a start")
    holder.clear()
    print("callback a end")

ra = weakref.ref(a, cb_a)
rb = weakref.ref(holder["b"], lambda r: print("  callback b (nested)"))
del a
print("end")
