# Equality of the weak dictionaries is mapping equality on the live items; they are unhashable and
# not reversible.
import weakref

class V:
    pass

a, b = V(), V()
d = weakref.WeakValueDictionary(x=a, y=b)
print(d == {"x": a, "y": b}, {"y": b, "x": a} == d, d != {"x": a}, d == [("x", a)])
del b
print("after death:", d == {"x": a}, d == {"x": a, "y": None})
for obj in (d, weakref.WeakKeyDictionary()):
    try:
        hash(obj)
    except TypeError as e:
        print(e)
    try:
        reversed(obj)
    except TypeError as e:
        print(e)
k = V()
w1 = weakref.WeakKeyDictionary({k: 1})
w2 = weakref.WeakKeyDictionary({k: 1})
print(w1 == w2, w1 == {k: 1}, w1 == {k: 2}, w1 == d)
