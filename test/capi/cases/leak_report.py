# oracle: 3.13 3.14
import capi, weakref

class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a = C("a")
b = C("b")
c = C("c")
capi.Py_INCREF(a)
capi.Py_INCREF(a)
ref_b = capi.PyWeakref_NewRef(b, None)
ok, got = capi.PyWeakref_GetRef(weakref.ref(c))
del got
print("end of program")
