import capi, weakref

class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a = C("a")
b = C("b")
ra = weakref.ref(a)
rb = weakref.ref(b)
ok, got_a = capi.PyWeakref_GetRef(ra)
ok, got_b = capi.PyWeakref_GetRef(rb)
capi.Py_DECREF(got_b)
del a, b, got_a, got_b
print("a alive:", ra() is not None)
print("b alive:", rb() is not None)
