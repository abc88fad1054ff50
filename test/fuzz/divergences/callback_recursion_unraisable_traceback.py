# A weakref callback that makes a new referent with the same callback and lets it die: the
# callbacks nest until the recursion limit. CPython reports the RecursionError with one frame and
# no source line; the engine's traceback has more frames and their source lines.
import weakref

class C:
    pass

keep = []

def cb(r):
    o = C()
    keep.append(weakref.ref(o, cb))
    del o

o = C()
keep.append(weakref.ref(o, cb))
del o
print("end", len(keep) > 100)
