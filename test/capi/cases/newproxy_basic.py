import capi

class C:
    name = "c"
    def __del__(self):
        print("C.__del__")

x = C()
p = capi.PyWeakref_NewProxy(x, None)
print(p.name, capi.PyWeakref_CheckProxy(p), capi.PyWeakref_CheckRef(p))
del x
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
capi.Py_DECREF(p)
print("done")
