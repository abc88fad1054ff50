import capi, weakref

class C:
    def __del__(self):
        print("__del__ begins")
        capi.PyObject_ClearWeakRefs(self)
        print("__del__ after PyObject_ClearWeakRefs")

def make_cb(name):
    def cb(ref):
        print("callback", name, "ref dead:", ref() is None)
    return cb

x = C()
r1 = weakref.ref(x, make_cb("r1"))
r2 = weakref.ref(x, make_cb("r2"))
plain = weakref.ref(x)
del x
print("end", r1() is None, r2() is None, plain() is None)
