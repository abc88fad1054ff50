# set and frozenset instances themselves support weak references (unlike list, dict and tuple).
import weakref

s = {1, 2}
fs = frozenset("ab")
rs = weakref.ref(s)
rfs = weakref.ref(fs)
print(rs() is s, rfs() is fs)
del s
print(rs())
