# KeyedRef: a ref subclass with a `key` slot; it needs all three arguments, is never shared, and
# has no __dict__.
import weakref

class O:
    pass

o = O()
k1 = weakref.KeyedRef(o, None, "a")
k2 = weakref.KeyedRef(o, None, "b")
print(k1 is not k2, k1 == k2, k1.key, k2.key, k1.__callback__, weakref.getweakrefcount(o))
print(weakref.KeyedRef.__slots__, weakref.KeyedRef.__mro__[1] is weakref.ref)
try:
    weakref.KeyedRef(o, None)
except TypeError as e:
    print(e)
try:
    k1.extra = 1
except AttributeError as e:
    print(e)
k1.key = "changed"
print(k1.key)
try:
    weakref.KeyedRef(1, None, "k")
except TypeError as e:
    print(e)
