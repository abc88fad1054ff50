# Each call of a WeakMethod builds a new bound method object equal to the others.
import weakref

class C:
    def m(self):
        return id(self) == id(c)

c = C()
wm = weakref.WeakMethod(c.m)
m1 = wm()
m2 = wm()
print(m1 is m2, m1 == m2, m1(), m1.__self__ is c)
