# | and |= on the weak dictionaries, with a dict on either side, and with a non-mapping.
import weakref

class V:
    def __init__(self, n):
        self.n = n

class Sub(weakref.WeakValueDictionary):
    pass

a, b = V(1), V(2)
d = Sub(a=a)
r1 = d | {"b": b}
r2 = {"b": b} | d
print(type(r1).__name__, sorted(r1), type(r2).__name__, sorted(r2))
try:
    d | 5
except TypeError as e:
    print(e)
try:
    [1] | d
except TypeError as e:
    print(e)
d |= [("c", b)]
print(sorted(d))

class K:
    def __init__(self, n):
        self.n = n

class SubK(weakref.WeakKeyDictionary):
    pass

k1, k2 = K(1), K(2)
w = SubK({k1: "x"})
u1 = w | {k2: "y"}
u2 = {k2: "y"} | w
print(type(u1).__name__, sorted(k.n for k in u1), type(u2).__name__, [k.n for k in u2])
try:
    w | "s"
except TypeError as e:
    print(e)
