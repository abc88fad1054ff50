# WeakMethod equality: live ones compare instance and function; a dead one equals only itself.
# Its hash is ref's hash (the instance's), remembered after death if taken before.
import weakref

class C:
    def m(self):
        pass
    def n(self):
        pass

c = C()
a = weakref.WeakMethod(c.m)
b = weakref.WeakMethod(c.m)
x = weakref.WeakMethod(c.n)
print(a == b, a != b, a == x, a != x, hash(a) == hash(c), a == weakref.ref(c), a != 5)
h = hash(a)
unhashed = weakref.WeakMethod(c.m)
del c
print(a == b, a != b, a == a, a != a, hash(a) == h)
try:
    hash(unhashed)
except TypeError as e:
    print(e)
