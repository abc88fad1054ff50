# bytes() of a proxy uses the referent's __bytes__; on a dead proxy it raises ReferenceError.
import weakref

class Blob:
    def __bytes__(self):
        return b"blob-bytes"

b = Blob()
p = weakref.proxy(b)
print(bytes(p))
del b
try:
    bytes(p)
except ReferenceError as e:
    print("ReferenceError:", e)
