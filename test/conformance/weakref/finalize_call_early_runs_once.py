# Calling a finalizer directly runs it once and returns the result; later calls and death do nothing.
import weakref

class Obj:
    pass

def done(tag):
    print("finalizer ran", tag)
    return f"result-{tag}"

o = Obj()
f = weakref.finalize(o, done, "A")
print(f())
print(f())
print("alive:", f.alive)
del o
print("object deleted, nothing more ran")
