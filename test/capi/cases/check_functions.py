import capi, weakref

class C:
    def method(self):
        return 1

class MyRef(weakref.ref):
    pass

def f():
    pass

x = C()
r = weakref.ref(x)
p = weakref.proxy(x)
cp = weakref.proxy(f)
m = MyRef(x)
for name, ob in [("ref", r), ("proxy", p), ("callable proxy", cp), ("ref subclass", m), ("int", 5), ("instance", x), ("None", None)]:
    print(name, capi.PyWeakref_Check(ob), capi.PyWeakref_CheckRef(ob), capi.PyWeakref_CheckProxy(ob))
