# Methods fetched through a proxy are bound to the real object, not the proxy.
import weakref

class Obj:
    def who(self):
        return type(self).__name__

o = Obj()
p = weakref.proxy(o)
m = p.who
print(m(), m.__self__ is o)
del o
print("method still holds the object:", m())
print("so the proxy still works:", p.who())
del m
try:
    p.who
except ReferenceError as e:
    print("after dropping the method:", e)
