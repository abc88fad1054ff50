# WeakMethods are equal when alive and pointing to the same method of the same object; dead ones compare by identity.
import weakref

class C:
    def a(self): pass
    def b(self): pass

x, y = C(), C()
wa1 = weakref.WeakMethod(x.a)
wa2 = weakref.WeakMethod(x.a)
wb = weakref.WeakMethod(x.b)
wy = weakref.WeakMethod(y.a)
print(wa1 == wa2, wa1 == wb, wa1 == wy, wa1 is wa2)
print(wa1 != wa2)
del x
print("dead:", wa1 == wa2, wa1 == wa1, wa1 != wa2)
