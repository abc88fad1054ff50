# weakref.finalize calls its function with the given arguments when the object is garbage.
import weakref

class Resource:
    pass

def cleanup(name, code):
    print("cleanup", name, code)

r = Resource()
f = weakref.finalize(r, cleanup, "res-1", code=7)
print("alive:", f.alive)
del r
print("alive:", f.alive)
